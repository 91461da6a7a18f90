/**
 * Corpus evaluation shared by `npm run eval` (scripts/eval.ts) and the gate test
 * (tests/unit/extract/corpus.test.ts): extracts every article of a corpus through the production
 * reader (lib/ingest/file-article.ts), scores it with ../shared/tools/score-extraction.mjs (run, its
 * last line parsed; never re-implemented) and checks the corpus's floors.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createExtractor } from "../lib/extract/index";
import { articleFileId, isArticleFile, readArticleFile, toArticleDoc } from "../lib/ingest/file-article";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = join(REPO, "..", "shared");
export const SCORER = join(SHARED, "tools", "score-extraction.mjs");

export interface Floors {
  actorsF1: number;
  governoratesF1: number;
  /** Fraction of gold statements with the right type (0 = no floor). */
  types: number;
  /** Every article's publication date right. */
  allDates: boolean;
}

export interface Corpus {
  name: string;
  dir: string;
  /** Needs ../shared (the real and development corpora live there, never in the repository). */
  shared: boolean;
  floors: Floors;
}

const AUTHORED: Floors = { actorsF1: 0.97, governoratesF1: 1, types: 0, allDates: true };
const FIXTURES = join(REPO, "tests", "fixtures");

/** Authored corpora: every folder under tests/fixtures with a gold.json (eval-synthetic, eval-synthetic-2, ...). */
function authored(): Corpus[] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, "gold.json")))
    .map((d) => d.name).sort()
    .map((name) => ({ name, dir: join(FIXTURES, name), shared: false, floors: AUTHORED }));
}

/** Every corpus `npm run eval` scores, with its floor (issue #8). */
export const CORPORA: Corpus[] = [
  { name: "dev", dir: join(SHARED, "corpus", "dev"), shared: true, floors: { actorsF1: 0.97, governoratesF1: 1, types: 0, allDates: true } },
  { name: "real", dir: join(SHARED, "corpus", "real"), shared: true, floors: { actorsF1: 0.95, governoratesF1: 0.97, types: 0.9, allDates: true } },
  ...authored(),
];

export interface PRF { p: number; r: number; f1: number }
export interface Score {
  actors: PRF;
  governorates: PRF;
  dates: [number, number];
  types: [number, number];
  /** The scorer's last line, as printed. */
  line: string;
}

const LINE = /actors P=([\d.]+) R=([\d.]+) F1=([\d.]+) \| provinces P=([\d.]+) R=([\d.]+) F1=([\d.]+) \| dates (\d+)\/(\d+) \| types (\d+)\/(\d+)/;

/** Parses the scorer's score line; throws when its format changed (the gate must not pass silently). */
export function parseScoreLine(out: string): Score {
  const line = out.trim().split("\n").pop() ?? "";
  const m = LINE.exec(line);
  if (!m) throw new Error(`unexpected scorer output: ${line}`);
  const n = m.slice(1).map(Number);
  return {
    actors: { p: n[0]!, r: n[1]!, f1: n[2]! },
    governorates: { p: n[3]!, r: n[4]!, f1: n[5]! },
    dates: [n[6]!, n[7]!],
    types: [n[8]!, n[9]!],
    line,
  };
}

/** Whether the corpus (gold.json) and the scorer are on this machine. */
export function available(c: Corpus): boolean {
  return existsSync(join(c.dir, "gold.json")) && existsSync(SCORER);
}

/** One JSON line per article file of `dir` (sorted by name), as `npm run -s extract -- --jsonl` prints. */
export function predictions(dir: string, now: Date): string {
  const extractor = createExtractor();
  const lines: string[] = [];
  for (const f of readdirSync(dir).filter((f) => isArticleFile(f) && f !== "gold.json").sort()) {
    const id = articleFileId(f);
    try {
      const r = extractor.extractArticle(toArticleDoc(id, readArticleFile(f, readFileSync(join(dir, f)))), { now });
      lines.push(JSON.stringify({ id, publishedAt: r.publishedAt, statements: r.statements }));
    } catch (e) {
      lines.push(JSON.stringify({ id, error: { code: "extraction_failed", message: String(e) }, statements: [] }));
    }
  }
  return lines.join("\n") + "\n";
}

/** Extracts and scores one corpus; `verbose` returns the scorer's per-article misses too. */
export function scoreCorpus(c: Corpus, opts: { now?: Date; verbose?: boolean } = {}): { score: Score; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "bayan-eval-"));
  try {
    const preds = join(dir, "preds.jsonl");
    writeFileSync(preds, predictions(c.dir, opts.now ?? new Date()));
    const output = execFileSync(process.execPath, [SCORER, join(c.dir, "gold.json"), preds, ...(opts.verbose ? ["--verbose"] : [])], { encoding: "utf8" });
    return { score: parseScoreLine(output), output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The floors a score misses, as readable lines (empty: the corpus holds). */
export function belowFloors(s: Score, f: Floors): string[] {
  const out: string[] = [];
  if (s.actors.f1 < f.actorsF1) out.push(`actors F1 ${s.actors.f1.toFixed(2)} < ${f.actorsF1.toFixed(2)}`);
  if (s.governorates.f1 < f.governoratesF1) out.push(`governorates F1 ${s.governorates.f1.toFixed(2)} < ${f.governoratesF1.toFixed(2)}`);
  if (f.allDates && s.dates[0] < s.dates[1]) out.push(`dates ${s.dates[0]}/${s.dates[1]} (all required)`);
  const typeShare = s.types[1] ? s.types[0] / s.types[1] : 1;
  if (typeShare < f.types) out.push(`types ${s.types[0]}/${s.types[1]} (${pct(typeShare)}) < ${pct(f.types)}`);
  return out;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Human-readable floor of a corpus, for the table. */
export function describeFloors(f: Floors): string {
  const parts = [`actors>=${f.actorsF1.toFixed(2)}`, `gov>=${f.governoratesF1.toFixed(2)}`];
  if (f.allDates) parts.push("dates all");
  if (f.types > 0) parts.push(`types>=${pct(f.types)}`);
  return parts.join(", ");
}

export interface Row { corpus: Corpus; score: Score | null; failures: string[] }

/** A Markdown table: corpus | actors P/R/F1 | governorates P/R/F1 | dates | types | floor | result. */
export function formatTable(rows: Row[]): string {
  const prf = (x: PRF) => `${x.p.toFixed(2)} / ${x.r.toFixed(2)} / ${x.f1.toFixed(2)}`;
  const out = [
    "| corpus | actors P / R / F1 | governorates P / R / F1 | dates | types n/m | floor | result |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const { corpus, score, failures } of rows) {
    if (!score) { out.push(`| ${corpus.name} | - | - | - | - | ${describeFloors(corpus.floors)} | skipped (not found) |`); continue; }
    const types = `${score.types[0]}/${score.types[1]} (${pct(score.types[1] ? score.types[0] / score.types[1] : 1)})`;
    out.push(`| ${corpus.name} | ${prf(score.actors)} | ${prf(score.governorates)} | ${score.dates[0]}/${score.dates[1]} | ${types} | ${describeFloors(corpus.floors)} | ${failures.length ? "BELOW: " + failures.join("; ") : "ok"} |`);
  }
  return out.join("\n");
}
