/**
 * The extraction gate: `npm test` fails when a corpus drops below its floor. Runs the same code as
 * `npm run eval` (scripts/eval-corpora.ts: the production reader, the shared scorer, the floors).
 * The development and real corpora live in ../shared: without it they are skipped with a message,
 * unless CI=true, where a missing corpus fails.
 */
import { describe, expect, it } from "vitest";
import { available, belowFloors, CORPORA, parseScoreLine, scoreCorpus } from "../../../scripts/eval-corpora";

const ci = process.env.CI === "true";

describe("extraction floors per corpus (npm run eval)", () => {
  for (const corpus of CORPORA) {
    const present = available(corpus);
    if (!present && !ci) console.warn(`corpus gate: ${corpus.name} skipped: ${corpus.dir}/gold.json or ../shared/tools/score-extraction.mjs not found`);
    it.skipIf(!present && !ci)(`${corpus.name} is at or above its floor`, () => {
      expect(present, `${corpus.dir}/gold.json and the shared scorer must exist when CI=true`).toBe(true);
      const { score } = scoreCorpus(corpus);
      expect(belowFloors(score, corpus.floors), score.line).toEqual([]);
    }, 60_000);
  }

  it("parses the scorer's line and flags every floor it misses", () => {
    const s = parseScoreLine("actors: tp=1\nactors P=0.90 R=0.80 F1=0.85 | provinces P=1.00 R=0.90 F1=0.95 | dates 4/5 | types 8/10\n");
    expect(s).toMatchObject({ actors: { p: 0.9, r: 0.8, f1: 0.85 }, governorates: { f1: 0.95 }, dates: [4, 5], types: [8, 10] });
    expect(belowFloors(s, { actorsF1: 0.95, governoratesF1: 0.97, types: 0.9, allDates: true })).toHaveLength(4);
    expect(belowFloors(s, { actorsF1: 0.85, governoratesF1: 0.95, types: 0.8, allDates: false })).toEqual([]);
    expect(() => parseScoreLine("actors P=0.9")).toThrow(/unexpected scorer output/);
  });
});
