/**
 * Pure parts of the wall screen and the map (no browser): URL parameters, the staleness rule,
 * the redeploy signature, the map's geometry and the wall's top-actors bars (the map's scale: tests/unit/map/scale.test.ts).
 */
import { describe, expect, it } from "vitest";
import { buildSignature } from "../../components/wall/useBuildWatch";
import { parseWallParams } from "../../components/wall/params";
import { shortDuration, staleness } from "../../components/wall/stale";
import { barModel } from "../../components/wall/barRows";
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

describe("map geometry", () => {
  it("has a path and a label inside the viewBox for all 14 governorates", () => {
    for (const code of GOVERNORATE_CODES) {
      const s = SHAPES[code];
      expect(s.d.startsWith("M")).toBe(true);
      expect(s.label[0]).toBeGreaterThanOrEqual(VIEWBOX.x);
      expect(s.label[1]).toBeLessThanOrEqual(VIEWBOX.height);
    }
  });
});

describe("wall top-actors bars", () => {
  const series = (list: [string, number][]) => list.map(([actorId, total]) => ({ actorId, nameAr: `ع-${actorId}`, nameEn: actorId.toUpperCase(), total }));
  const volume = (list: [string, number][]) => ({ bucket: "hour" as const, count: "unique" as const, from: "", to: "", series: series(list), points: [], head: 1 });
  it("ranks named actors by total, keeps others apart and scales bars to the largest", () => {
    const m = barModel(volume([["others", 900], ["b", 40], ["a", 80], ["c", 0], ["d", 20]]), 10);
    expect(m.rows.map((r) => [r.id, r.total, r.share])).toEqual([["a", 80, 1], ["b", 40, 0.5], ["d", 20, 0.25]]);
    expect(m.others).toBe(900);
    expect(m.total).toBe(1040);
  });
  it("counts actors past the limit as others and handles no data", () => {
    const m = barModel(volume([["a", 5], ["b", 4], ["c", 3], ["others", 1]]), 2);
    expect(m.rows.map((r) => r.id)).toEqual(["a", "b"]);
    expect(m.others).toBe(4);
    expect(barModel(undefined, 10)).toEqual({ rows: [], others: 0, total: 0 });
  });
});
