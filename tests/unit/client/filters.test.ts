import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, parseFilters, serializeFilters, toApiFilter, toQueryString } from "../../../lib/client/filters";

describe("URL filters", () => {
  it("round-trips every filter and keeps unknown params", () => {
    const f = {
      ...DEFAULT_FILTERS, actors: ["sana", "x-12ab"], gov: ["SY-HL" as const, "SY-DI" as const],
      types: ["denial" as const], security: true, range: "custom" as const,
      from: "2026-11-01T00:00:00.000Z", to: "2026-11-08T00:00:00.000Z", count: "mentions" as const,
    };
    const sp = serializeFilters(f, "watch=sana&lang=ar");
    expect(sp.get("watch")).toBe("sana");
    expect(sp.get("lang")).toBe("ar");
    expect(parseFilters(sp)).toEqual(f);
    expect(toQueryString(sp)).toContain("actors=sana,x-12ab");
  });

  it("drops invalid values and defaults", () => {
    const f = parseFilters(new URLSearchParams("gov=SY-XX,sy-hl&types=bogus,claim&range=5y&count=lots&security=yes"));
    expect(f.gov).toEqual(["SY-HL"]);
    expect(f.types).toEqual(["claim"]);
    expect(f.range).toBe("24h");
    expect(f.count).toBe("unique");
    expect(f.security).toBe(false);
    expect(serializeFilters(DEFAULT_FILTERS).toString()).toBe("");
  });

  it("infers custom range from from/to and orders them", () => {
    const f = parseFilters(new URLSearchParams("from=2026-11-08T00:00:00Z&to=2026-11-01T00:00:00Z"));
    expect(f.range).toBe("custom");
    expect(f.from! < f.to!).toBe(true);
  });

  it("computes the API window from presets at fetch time", () => {
    const now = Date.parse("2026-11-26T12:00:00Z");
    expect(toApiFilter({ ...DEFAULT_FILTERS, range: "1h" }, now).from).toBe("2026-11-26T11:00:00.000Z");
    expect(toApiFilter({ ...DEFAULT_FILTERS, range: "all" }, now).from).toBeUndefined();
  });
});
