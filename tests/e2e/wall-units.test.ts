/**
 * Pure parts of the wall screen and the map (no browser): URL parameters, the staleness rule,
 * the redeploy signature, the map's colour scale and the wall chart's geometry.
 */
import { describe, expect, it } from "vitest";
import { buildSignature } from "../../components/wall/useBuildWatch";
import { parseWallParams } from "../../components/wall/params";
import { shortDuration, staleness } from "../../components/wall/stale";
import { chartGeometry, niceTicks } from "../../components/wall/chartGeometry";
import { buildScale, niceStep } from "../../components/map/scale";
import { SHAPES, VIEWBOX } from "../../components/map/geometry.generated";
import { GOVERNORATE_CODES } from "../../lib/domain/governorates";

describe("parseWallParams", () => {
  it("defaults to all three views side by side", () => {
    const p = parseWallParams(new URLSearchParams(""));
    expect(p).toMatchObject({ views: ["chart", "feed", "map"], rotate: null, watchActors: [], watchGovs: [], stale: null, tz: null, glow: 120 });
  });
  it("parses views, rotation, watch list, stale, tz and glow; drops junk", () => {
    const p = parseWallParams(new URLSearchParams("views=map,feed,bogus,map&rotate=30&watch=sdf,sy-dy,SY-XX,bad id&stale=600&tz=Asia/Damascus&glow=15"));
    expect(p.views).toEqual(["map", "feed"]);
    expect(p.rotate).toBe(30);
    expect(p.watchActors).toEqual(["sdf"]);
    expect(p.watchGovs).toEqual(["SY-DY"]);
    expect(p).toMatchObject({ stale: 600, tz: "Asia/Damascus", glow: 15 });
  });
  it("ignores rotation with a single view, clamps numbers, rejects unknown zones", () => {
    const p = parseWallParams(new URLSearchParams("views=feed&rotate=30&stale=1&tz=Mars/Base"));
    expect(p.rotate).toBeNull();
    expect(p.stale).toBe(5);
    expect(p.tz).toBeNull();
    expect(parseWallParams(new URLSearchParams("rotate=-4")).rotate).toBeNull();
  });
});

describe("staleness", () => {
  const base = { stateSince: 0, lastStatementAt: 1_000, staleAfterS: 300, pageStartedAt: 0 };
  it("is fresh while live and statements keep coming", () => {
    expect(staleness({ ...base, state: "live", now: 200_000 }).stale).toBe(false);
  });
  it("goes stale after staleAfterS seconds without a statement", () => {
    expect(staleness({ ...base, state: "live", now: 302_000 })).toEqual({ stale: true, reason: "quiet", seconds: 301 });
  });
  it("is stale whenever the socket is not live, except a short grace on first connect", () => {
    expect(staleness({ ...base, state: "connecting", now: 2_000 }).stale).toBe(false);
    expect(staleness({ ...base, state: "connecting", now: 9_000 })).toMatchObject({ stale: true, reason: "connecting" });
    expect(staleness({ ...base, state: "offline", stateSince: 10_000, now: 40_000 })).toEqual({ stale: true, reason: "offline", seconds: 30 });
    expect(staleness({ ...base, state: "reconnecting", now: 1_500 })).toMatchObject({ stale: true, reason: "reconnecting" });
  });
  it("formats durations", () => {
    expect(shortDuration(42, "en")).toBe("42 s");
    expect(shortDuration(600, "en")).toBe("10 min");
    expect(shortDuration(7_200, "ar")).toBe("ساعتين");
  });
});

describe("buildSignature", () => {
  it("changes when the static chunks change and ignores everything else", () => {
    const a = '<script src="/_next/static/chunks/abc.js"></script><link href="/_next/static/chunks/x.css"><p>12:00</p>';
    const b = '<link href="/_next/static/chunks/x.css"><script src="/_next/static/chunks/abc.js"></script><p>12:01</p>';
    const c = '<script src="/_next/static/chunks/def.js"></script><link href="/_next/static/chunks/x.css">';
    expect(buildSignature(a)).toBe(buildSignature(b));
    expect(buildSignature(a)).not.toBe(buildSignature(c));
    expect(buildSignature("<p>no build</p>")).toBe("");
  });
});

describe("map colour scale", () => {
  it("uses round steps", () => {
    expect([0.4, 1, 3, 17.6, 27.6, 120].map(niceStep)).toEqual([1, 1, 5, 20, 50, 200]);
  });
  it("keeps zero distinct, covers the maximum, at most five classes", () => {
    for (const theme of ["light", "dark"] as const) {
      for (const max of [1, 2, 7, 88, 138, 5_000]) {
        const s = buildScale(max, theme);
        expect(s.classes.length).toBeGreaterThan(0);
        expect(s.classes.length).toBeLessThanOrEqual(5);
        expect(s.classes[0]?.from).toBe(1);
        expect(s.classes[s.classes.length - 1]!.to).toBeGreaterThanOrEqual(max);
        expect(s.color(0)).toBe(s.zero);
        expect(s.color(1)).not.toBe(s.zero);
        expect(s.color(max)).toBe(s.classes[s.classes.length - 1]!.color);
      }
    }
    expect(buildScale(0, "light").classes).toEqual([]);
  });
  it("has a path and a label inside the viewBox for all 14 governorates", () => {
    for (const code of GOVERNORATE_CODES) {
      const s = SHAPES[code];
      expect(s.d.startsWith("M")).toBe(true);
      expect(s.label[0]).toBeGreaterThanOrEqual(VIEWBOX.x);
      expect(s.label[1]).toBeLessThanOrEqual(VIEWBOX.height);
    }
  });
});

describe("wall chart geometry", () => {
  it("stacks series bottom-up with round y ticks", () => {
    expect(niceTicks(42)).toEqual([0, 20, 40, 60]);
    const data = {
      bucket: "hour" as const, count: "unique" as const, from: "", to: "",
      series: [{ actorId: "a", nameAr: "", nameEn: "", total: 3 }, { actorId: "b", nameAr: "", nameEn: "", total: 4 }],
      points: [{ t: "2026-01-01T00:00:00Z", counts: { a: 1, b: 2 } }, { t: "2026-01-01T01:00:00Z", counts: { a: 2, b: 2 } }],
      head: 7,
    };
    const g = chartGeometry(data, ["a", "b"], { width: 200, height: 100, left: 0, right: 0, top: 0, bottom: 0 }, 5);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4]);
    // "b" is stacked on "a": its top is 3 then 4 of a 4-high axis (100 px) → y = 25, then 0.
    expect(g.areas[1]!.line).toBe("M0,25L200,0");
    expect(g.areas[0]!.line).toBe("M0,75L200,50");
    expect(g.xTicks.map((t) => t.x)).toEqual([0, 200]);
  });
});
