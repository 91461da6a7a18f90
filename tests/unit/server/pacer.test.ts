import { describe, expect, it } from "vitest";
import { FlushPacer } from "../../../server/realtime/pacer";

/** `n` arrivals, one every `gapMs`, from `from` (ms); returns the time of the last. */
function stream(p: FlushPacer, from: number, n: number, gapMs: number): number {
  let t = from;
  for (let i = 0; i < n; i++, t += gapMs) p.arrived(1, t);
  return t - gapMs;
}

describe("FlushPacer", () => {
  it("never holds a lone statement after a quiet moment", () => {
    const p = new FlushPacer({ maxHoldMs: 50 });
    expect(p.waitMs(0)).toBe(0);
    p.arrived(1, 0);
    p.flushed(0, 10);
    // One arrival in the last second: 1/s x 30 ms < 1, so the 10 ms broadcast earns no hold.
    expect(p.waitMs(11)).toBe(0);
  });

  it("holds the next flush for 3x the last broadcast's cost while statements arrive fast enough to share it", () => {
    const p = new FlushPacer({ maxHoldMs: 50 });
    const t = stream(p, 0, 100, 20); // 50/s for 2 s
    expect(p.ratePerSecond(t)).toBeGreaterThan(40);
    p.flushed(t, t + 10); // a 10 ms broadcast (about 1,000 sockets)
    expect(p.waitMs(t + 10)).toBeCloseTo(30, 5);
    expect(p.waitMs(t + 25)).toBeCloseTo(15, 5);
    expect(p.waitMs(t + 40)).toBe(0);
  });

  it("bounds the hold by maxHoldMs", () => {
    const p = new FlushPacer({ maxHoldMs: 50 });
    const t = stream(p, 0, 400, 5); // 200/s
    p.flushed(t, t + 40); // 3 x 40 = 120 ms, capped
    expect(p.waitMs(t + 40)).toBeCloseTo(50, 5);
  });

  it("does not hold when fewer than one statement is expected within the hold (it would only add delay)", () => {
    const p = new FlushPacer({ maxHoldMs: 50 });
    const t = stream(p, 0, 30, 100); // 10/s
    p.flushed(t, t + 40); // hold would be 50 ms: 10/s x 50 ms = 0.5 < 1
    expect(p.waitMs(t + 40)).toBe(0);
  });

  it("forgets a burst after a quiet second or two", () => {
    const p = new FlushPacer({ maxHoldMs: 50 });
    const t = stream(p, 0, 1000, 5); // 200/s for 5 s
    expect(p.ratePerSecond(t)).toBeGreaterThan(190);
    expect(p.ratePerSecond(t + 3000)).toBeLessThan(10);
    p.arrived(1, t + 3000);
    p.flushed(t + 3000, t + 3010);
    expect(p.waitMs(t + 3010)).toBe(0);
  });

  it("maxHoldMs 0 never holds", () => {
    const p = new FlushPacer({ maxHoldMs: 0 });
    const t = stream(p, 0, 400, 5);
    p.flushed(t, t + 40);
    expect(p.waitMs(t + 40)).toBe(0);
  });
});
