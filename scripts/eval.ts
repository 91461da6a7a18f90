/**
 * Scores extraction on every corpus in one run: ../shared/corpus/dev, ../shared/corpus/real and the
 * authored corpora under tests/fixtures (each with gold.json), using ../shared/tools/score-extraction.mjs.
 * Prints one table (corpus | actors P/R/F1 | governorates P/R/F1 | dates | types n/m | floor | result)
 * and exits 1 when a corpus is below its floor. A corpus that is not on this machine is shown as skipped.
 *   npm run eval [-- --verbose] [-- --corpus DIR]
 * --corpus DIR scores one folder only (the floor of the known corpus at DIR, else none);
 * --verbose prints the scorer's per-article misses above the table.
 */
import { resolve } from "node:path";
import { available, belowFloors, CORPORA, formatTable, scoreCorpus, type Corpus, type Row } from "./eval-corpora";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const ci = args.indexOf("--corpus");
let corpora: Corpus[] = CORPORA;
if (ci >= 0) {
  const dir = resolve(args[ci + 1] ?? "");
  const known = CORPORA.find((c) => resolve(c.dir) === dir);
  corpora = [known ?? { name: dir, dir, shared: false, floors: { actorsF1: 0, governoratesF1: 0, types: 0, allDates: false } }];
}

const rows: Row[] = [];
for (const corpus of corpora) {
  if (!available(corpus)) { rows.push({ corpus, score: null, failures: [] }); continue; }
  const { score, output } = scoreCorpus(corpus, { verbose });
  if (verbose) process.stdout.write(`\n## ${corpus.name}\n${output}`);
  rows.push({ corpus, score, failures: belowFloors(score, corpus.floors) });
}
process.stdout.write(`\n${formatTable(rows)}\n`);
const below = rows.filter((r) => r.failures.length > 0);
const skipped = rows.filter((r) => !r.score).map((r) => r.corpus.name);
if (skipped.length) process.stdout.write(`skipped (corpus or ../shared/tools/score-extraction.mjs not found): ${skipped.join(", ")}\n`);
process.stdout.write(below.length ? `BELOW FLOOR: ${below.map((r) => `${r.corpus.name} (${r.failures.join("; ")})`).join(", ")}\n` : "all corpora at or above their floors\n");
process.exitCode = below.length ? 1 : 0;
