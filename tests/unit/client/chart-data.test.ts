/** Bucket choice, partial buckets and dated tick labels of the volume chart (pure parts). */
import { describe, expect, it } from "vitest";
import { applyToVolume } from "../../../lib/client/cache";
import type { StatementDTO, VolumeResponse } from "../../../lib/contract/dto";
import type { Bucket } from "../../../lib/contract/schemas";
import { chooseBucket, hourRange } from "../../../lib/store/core/range";
import { partialBuckets, spansDays, tickFormatter } from "../../../components/charts/chartData";

const NOW = Date.parse("2026-12-03T13:27:40.000Z");
const H = 3_600_000;
const range = (hours: number) => hourRange({ from: new Date(NOW - hours * H).toISOString() }, new Date(NOW));

function volume(bucket: Bucket, starts: number[], from: number, to: number): VolumeResponse {
  return {
    bucket, count: "unique", from: new Date(from).toISOString(), to: new Date(to).toISOString(), head: 0,
    series: [{ actorId: "a", nameAr: "أ", nameEn: "A", total: 0 }],
    points: starts.map((t) => ({ t: new Date(t).toISOString(), counts: { a: 0 } })),
  };
}

describe("bucket from the range", () => {
  it("minutes for 1 h, hours for 24 h and 7 d, days for 30 d, weeks for years", () => {
    expect(chooseBucket(range(1)).bucket).toBe("minute");
    expect(chooseBucket(range(3)).bucket).toBe("minute");
    expect(chooseBucket(range(24)).bucket).toBe("hour");
    expect(chooseBucket(range(24 * 7)).bucket).toBe("hour");
    expect(chooseBucket(range(24 * 30)).bucket).toBe("day");
    expect(chooseBucket(range(24 * 365 * 3)).bucket).toBe("week");
    // A requested bucket too fine for 600 points is coarsened.
    expect(chooseBucket(range(24), "minute").bucket).toBe("hour");
    expect(chooseBucket(range(2), "minute").bucket).toBe("minute");
  });
});

describe("partial buckets", () => {
  it("marks the current minute and hour as partial, not the finished ones", () => {
    const m0 = Math.floor((NOW - H) / 60_000) * 60_000;
    const starts = Array.from({ length: 61 }, (_, i) => m0 + i * 60_000);
    const v = volume("minute", starts, NOW - H, NOW);
    expect(partialBuckets(v, NOW)).toEqual([60]);
    // Two minutes later the bucket is finished (a live statement would have opened the next one).
    expect(partialBuckets(v, NOW + 2 * 60_000)).toEqual([]);
    const h0 = Math.floor((NOW - 24 * H) / H) * H;
    const hours = Array.from({ length: 25 }, (_, i) => h0 + i * H);
    expect(partialBuckets(volume("hour", hours, NOW - 24 * H, NOW), NOW)).toEqual([24]);
  });

  it("marks day buckets the range cuts at either end, and the current day", () => {
    const D = 24 * H;
    const d0 = Math.floor((NOW - 30 * D) / D) * D;
    const days = Array.from({ length: 31 }, (_, i) => d0 + i * D);
    expect(partialBuckets(volume("day", days, NOW - 30 * D, NOW), NOW)).toEqual([0, 30]);
    // A past custom range from midnight to midnight has no partial bucket.
    const whole = volume("day", days.slice(0, 3), d0, d0 + 3 * D - 1);
    expect(partialBuckets(whole, NOW)).toEqual([]);
    // ... but one that ends at noon cuts its last day.
    expect(partialBuckets(volume("day", days.slice(0, 3), d0, d0 + 2 * D + 12 * H), NOW)).toEqual([2]);
  });
});

describe("tick labels", () => {
  const tz = "UTC";
  it("times only within one calendar day", () => {
    const t0 = Date.parse("2026-12-03T12:00:00Z");
    const fmt = tickFormatter("minute", "en", t0, t0 + H, tz);
    expect(fmt(t0 + 5 * 60_000)).toBe("12:05");
    expect(tickFormatter("hour", "en", t0 - 10 * H, t0, tz)(t0)).toBe("12:00");
  });

  it("any range over more than one calendar day shows dates, even under 2 days", () => {
    const t0 = Date.parse("2026-12-02T14:00:00Z");
    expect(spansDays(t0, t0 + 23 * H, tz)).toBe(true);
    const fmt = tickFormatter("hour", "en", t0, t0 + 23 * H, tz);
    expect(fmt(t0 + 12 * H)).toBe("3 Dec, 02:00");
    // Day buckets over a year boundary carry the year; Arabic uses Arabic-Indic digits.
    const days = tickFormatter("day", "en", Date.parse("2025-12-20T00:00:00Z"), Date.parse("2026-01-10T00:00:00Z"), tz);
    expect(days(Date.parse("2026-01-02T00:00:00Z"))).toBe("2 Jan 2026");
    expect(tickFormatter("day", "ar", t0, t0 + 5 * 24 * H, tz)(t0)).toMatch(/^[٠-٩]+ /);
  });
});

describe("live updates land in their bucket", () => {
  it("a statement minutes after the last minute bucket zero-fills the gap", () => {
    const m0 = Date.parse("2026-12-03T13:00:00Z");
    const v = volume("minute", [m0, m0 + 60_000], m0, m0 + 2 * 60_000);
    const s = { seq: 1, echoOf: null, actor: { id: "a" }, statedAt: new Date(m0 + 5 * 60_000 + 20_000).toISOString() } as unknown as StatementDTO;
    const next = applyToVolume(v, [s], "unique");
    expect(next.points.map((p) => p.t.slice(11, 16))).toEqual(["13:00", "13:01", "13:02", "13:03", "13:04", "13:05"]);
    expect(next.points.map((p) => p.counts.a ?? 0)).toEqual([0, 0, 0, 0, 0, 1]);
  });
});
