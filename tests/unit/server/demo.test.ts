import { describe, expect, it } from "vitest";
import { statementInputSchema } from "../../../lib/contract/schemas";
import { DEMO_ACTORS } from "../../../server/demo/actors";
import { backfillTimes, demoBurst, demoStatement } from "../../../server/demo/generate";

/** Deterministic generator (mulberry32) so the properties below are checked on a fixed sample. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AT = new Date("2026-01-10T12:00:00Z");
const areasOf = new Map(DEMO_ACTORS.map((a) => [a.id, a.areas]));

describe("demo generator", () => {
  it("produces valid statements, in the actor's areas of operation, never in the future", () => {
    const rng = seeded(7);
    for (let i = 0; i < 2000; i++) {
      const s = demoStatement(rng, AT);
      expect(statementInputSchema.safeParse(s).success).toBe(true);
      const areas = areasOf.get(s.actor.id!);
      for (const g of s.governorates) if (areas) expect(areas).toContain(g);
      expect(Date.parse(s.statedAt!)).toBeLessThanOrEqual(AT.getTime());
    }
  });

  it("bursts are about one place and only actors that operate there speak", () => {
    const rng = seeded(11);
    for (let i = 0; i < 200; i++) {
      const burst = demoBurst(rng, AT, 8);
      const govs = new Set(burst.flatMap((s) => s.governorates));
      expect(govs.size).toBeLessThanOrEqual(1);
      for (const s of burst) {
        const areas = areasOf.get(s.actor.id!);
        for (const g of s.governorates) if (areas) expect(areas).toContain(g);
      }
    }
  });

  it("history has about the requested hourly rate", () => {
    const times = backfillTimes(seeded(3), AT, 48, 240);
    const perHour = times.length / 48;
    expect(perHour).toBeGreaterThan(240 * 0.3);
    expect(perHour).toBeLessThan(240 * 1.2);
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
  });
});
