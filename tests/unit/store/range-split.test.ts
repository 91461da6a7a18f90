/** splitHours: the pieces tile the hour range exactly, each week/day piece is whole and Monday/midnight-aligned. */
import { describe, expect, it } from "vitest";
import { splitHours, type RangePiece } from "../../../lib/store/core/range";

const hoursOf = (p: RangePiece): [number, number] =>
  p.unit === "hour" ? [p.lo, p.hi] : p.unit === "day" ? [p.lo * 24, p.hi * 24 + 23] : [p.lo * 168 - 72, p.hi * 168 + 95];

describe("splitHours", () => {
  it("tiles random ranges with whole weeks, whole days and edge hours, in order", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const h0 = 480_000 + Math.floor(rnd() * 20_000);
      const h1 = h0 + Math.floor(rnd() * (n % 2 ? 30 : 20_000));
      for (const units of [[], ["day"], ["week", "day"]] as ("day" | "week")[][]) {
        const ps = splitHours(h0, h1, units);
        let next = h0;
        for (const p of ps) {
          const [a, b] = hoursOf(p);
          expect(a).toBe(next);
          expect(b).toBeGreaterThanOrEqual(a);
          if (p.unit !== "hour") expect(units).toContain(p.unit);
          if (p.unit === "week") expect((a + 72) % 168).toBe(0); // Monday 00:00 UTC
          next = b + 1;
        }
        expect(next).toBe(h1 + 1);
        // At most: hours, days, weeks, days, hours.
        expect(ps.length).toBeLessThanOrEqual(units.length * 2 + 1);
      }
    }
  });

  it("a week bucket over two years reads weeks, not days or hours", () => {
    const ps = splitHours(480_000, 480_000 + 730 * 24, ["week", "day"]);
    expect(ps.filter((p) => p.unit === "week")[0]!.hi - ps.filter((p) => p.unit === "week")[0]!.lo).toBeGreaterThan(100);
    expect(splitHours(10, 5, ["day"])).toEqual([]);
  });
});
