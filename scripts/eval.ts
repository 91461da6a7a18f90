/**
 * Development-corpus evaluation: extracts ../shared/corpus/dev (or --corpus DIR), writes
 * predictions JSONL to a temp file and runs ../shared/tools/score-extraction.mjs on it.
 * The last line printed is the scorer's score line.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { articleFileId, readArticleFile, toArticleDoc } from "../lib/ingest/file-article";
import { extractArticle } from "../lib/extract/index";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const ci = args.indexOf("--corpus");
const corpus = ci >= 0 && args[ci + 1] ? resolve(args[ci + 1]!) : join(repo, "..", "shared", "corpus", "dev");
const scorer = join(repo, "..", "shared", "tools", "score-extraction.mjs");
const gold = join(corpus, "gold.json");

if (!existsSync(corpus) || !existsSync(gold) || !existsSync(scorer)) {
  console.log(`eval: development corpus not found (${corpus} with gold.json and ${scorer}); nothing to score.`);
  process.exit(0);
}

const now = new Date();
const lines: string[] = [];
for (const f of readdirSync(corpus).filter((f) => /\.(txt|json|html?)$/i.test(f) && f !== "gold.json").sort()) {
  const id = articleFileId(f);
  try {
    const r = extractArticle(toArticleDoc(id, readArticleFile(f, readFileSync(join(corpus, f)))), { now });
    lines.push(JSON.stringify({ id, publishedAt: r.publishedAt, statements: r.statements }));
    if (verbose) {
      console.log(`${id}: ${r.publishedAt ?? "no date"}`);
      for (const s of r.statements) console.log(`  ${s.actor.nameAr} [${s.actor.id}] ${s.type}${s.securityOperation ? ` op=${s.provinces.join(",")}` : ""} :: ${s.text.slice(0, 90).replace(/\s+/g, " ")}`);
    }
  } catch (e) {
    lines.push(JSON.stringify({ id, error: { code: "extraction_failed", message: String(e) }, statements: [] }));
  }
}
const dir = mkdtempSync(join(tmpdir(), "bayan-eval-"));
const preds = join(dir, "preds.jsonl");
writeFileSync(preds, lines.join("\n") + "\n");
try {
  const out = execFileSync(process.execPath, [scorer, gold, preds, ...(verbose ? ["--verbose"] : [])], { encoding: "utf8" });
  process.stdout.write(out.endsWith("\n") ? out : out + "\n");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
