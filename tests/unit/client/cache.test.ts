import { describe, expect, it } from "vitest";
import { admitted, applyToGovernorates, applyToVolume, keyToFilter, mergeIntoPage } from "../../../lib/client/cache";
import type { FilterKey } from "../../../lib/client/keys";
import { matchesFilter } from "../../../lib/contract/filter";
import type { StatementDTO, VolumeResponse } from "../../../lib/contract/dto";

function st(seq: number, over: Partial<StatementDTO> = {}): StatementDTO {
  return {
    id: `s${seq}`, seq, actor: { id: "a", nameAr: "أ", nameEn: "A", kind: "person" }, type: "statement",
    text: "نص قصير", quote: false, statedAt: "2026-11-26T10:30:00.000Z", publishedAt: "2026-11-26T10:30:00.000Z",
    ingestedAt: "2026-11-26T10:30:00.000Z", source: { outlet: null, url: null, articleId: null }, governorates: [],
    securityOperation: false, evidence: null, clusterId: `c${seq}`, echoOf: null, mentions: 1, demo: false, ...over,
  };
}

describe("live cache reducers", () => {
  it("merges newest first, dedupes by id, skips echoes and caps the window", () => {
    const page = { items: [st(2), st(1)], nextBefore: null, head: 2, total: 7 };
    const next = mergeIntoPage(page, [st(3), st(2), st(4, { echoOf: "s1" })], 2);
    expect(next.total).toBe(8);
    expect(next.items.map((s) => s.seq)).toEqual([3, 2]);
    expect(next.nextBefore).toBe(2);
    expect(next.head).toBe(3);
  });

  it("sorts by statement time: a late arrival made long ago goes below newer statements", () => {
    const page = { items: [st(2, { statedAt: "2026-11-26T10:00:00.000Z" })], nextBefore: null, head: 2, total: 1 };
    const next = mergeIntoPage(page, [st(3, { statedAt: "2025-11-11T10:00:00.000Z" }), st(4, { statedAt: "2026-11-26T10:05:00.000Z" })]);
    expect(next.items.map((s) => s.seq)).toEqual([4, 2, 3]);
  });

  it("matches filters", () => {
    expect(matchesFilter(st(1, { governorates: ["SY-HL"] }), { governorates: ["SY-HL", "SY-DI"] })).toBe(true);
    expect(matchesFilter(st(1), { actors: ["b"] })).toBe(false);
    expect(matchesFilter(st(1), { security: true })).toBe(false);
  });

  it("applies the time range on the statement time, inclusive, across offsets", () => {
    const s = st(1, { statedAt: "2026-11-26T10:30:00.000Z" });
    expect(matchesFilter(s, { from: "2026-11-26T10:30:00.000Z" })).toBe(true);
    expect(matchesFilter(s, { to: "2026-11-26T13:30:00+03:00" })).toBe(true);
    expect(matchesFilter(s, { from: "2026-11-26T13:31:00+03:00" })).toBe(false);
    expect(matchesFilter(s, { to: "2026-11-26T10:29:59.999Z" })).toBe(false);
  });

  it("admits into a relative-range view only what is inside the range at the current time", () => {
    const key: FilterKey = { actors: [], gov: [], types: [], security: false, range: "24h", from: null, to: null };
    const now = Date.parse("2026-11-26T12:00:00.000Z");
    const fresh = st(1, { statedAt: "2026-11-26T11:00:00.000Z" });
    const old = st(2, { statedAt: "2025-11-11T09:00:00.000Z" });
    expect(keyToFilter(key, now)).toEqual({ from: "2026-11-25T12:00:00.000Z" });
    expect(admitted(key, [fresh, old], now).map((s) => s.seq)).toEqual([1]);
    expect(admitted({ ...key, range: "all" }, [fresh, old], now).map((s) => s.seq)).toEqual([1, 2]);
    expect(admitted({ ...key, actors: ["b"] }, [fresh], now)).toEqual([]);
    const custom = { ...key, range: "custom" as const, from: "2025-11-01T00:00:00.000Z", to: "2025-11-30T00:00:00.000Z" };
    expect(admitted(custom, [fresh, old], now).map((s) => s.seq)).toEqual([2]);
  });

  it("increments the current bucket and opens a new one", () => {
    const v: VolumeResponse = {
      bucket: "hour", count: "unique", from: "2026-11-26T09:00:00.000Z", to: "2026-11-26T10:59:00.000Z",
      series: [{ actorId: "a", nameAr: "أ", nameEn: "A", total: 1 }],
      points: [{ t: "2026-11-26T09:00:00.000Z", counts: {} }, { t: "2026-11-26T10:00:00.000Z", counts: { a: 1 } }],
      head: 4,
    };
    const next = applyToVolume(v, [st(5), st(6, { actor: { id: "z", nameAr: "ز", nameEn: "Z", kind: "person" }, statedAt: "2026-11-26T12:10:00.000Z" })], "unique");
    expect(next.points[1]!.counts.a).toBe(2);
    expect(next.points.at(-1)).toEqual({ t: "2026-11-26T12:00:00.000Z", counts: { others: 1 } });
    expect(next.series.find((s) => s.actorId === "others")?.total).toBe(1);
    expect(v.points[1]!.counts.a).toBe(1);
    expect(next.head).toBe(6);
    // Already counted (seq <= head): a refetch that landed before a buffered push is not counted twice.
    expect(applyToVolume(next, [st(5), st(6)], "unique")).toBe(next);
  });

  it("counts security operations per governorate and unresolved", () => {
    const g = applyToGovernorates({ from: "", to: "", counts: [{ code: "SY-HL", count: 2 }], unresolved: 0, head: 1 },
      [st(1, { securityOperation: true, governorates: ["SY-HL"] }), st(2, { securityOperation: true, governorates: ["SY-HL"] }),
        st(3, { securityOperation: true }), st(4, { governorates: ["SY-DI"] })]);
    expect(g.counts).toEqual([{ code: "SY-HL", count: 3 }]);
    expect(g.unresolved).toBe(1);
  });
});
