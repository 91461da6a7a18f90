/**
 * Extraction CLI.
 *   npm run -s extract -- --jsonl <files or folders>   one JSON line per article file (sorted by name)
 *   npm run -s extract -- <files or folders>           readable summary
 * Options: --now ISO (reference time for relative dates), --max-chars N.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "../lib/errors";
import { createExtractor } from "../lib/extract/index";
import { ArticleFileError, articleFileId, isArticleFile, readArticleFile, toArticleDoc } from "../lib/ingest/file-article";

// `npm run -s extract -- --jsonl dir | head`: a closed pipe ends the run quietly, not with a stack trace.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

function collect(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try { st = statSync(p); } catch { out.push(p); continue; }
    if (st.isDirectory()) {
      for (const f of readdirSync(p)) if (isArticleFile(f) && f !== "gold.json") out.push(join(p, f));
    } else out.push(p);
  }
  return out.sort((a, b) => articleFileId(a).localeCompare(articleFileId(b)) || a.localeCompare(b));
}

function main(argv: string[]): number {
  const jsonl = argv.includes("--jsonl");
  let now = new Date();
  let maxChars: number | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--jsonl") continue;
    if (a === "--now") { now = new Date(argv[++i] ?? ""); continue; }
    if (a === "--max-chars") { maxChars = Number(argv[++i]); continue; }
    paths.push(a);
  }
  const files = collect(paths);
  const extractor = createExtractor();
  if (files.length === 0) {
    process.stderr.write("usage: npm run -s extract -- [--jsonl] [--now ISO] <files or folders>\n");
    return 2;
  }
  for (const file of files) {
    const id = articleFileId(file);
    try {
      const doc = toArticleDoc(id, readArticleFile(file, readFileSync(file)));
      const r = extractor.extractArticle(doc, { now, maxChars });
      if (jsonl) {
        process.stdout.write(JSON.stringify({
          id, publishedAt: r.publishedAt,
          statements: r.statements.map((s) => ({
            actor: s.actor, type: s.type, text: s.text, quote: s.quote, statedAt: s.statedAt,
            securityOperation: s.securityOperation, provinces: s.provinces, evidence: s.evidence,
          })),
        }) + "\n");
      } else {
        process.stdout.write(`\n${id}  (published ${r.publishedAt ?? "unknown"}, ${r.statements.length} statements)\n`);
        for (const s of r.statements) {
          const ops = s.securityOperation ? ` [op ${s.provinces.join(",") || "-"}]` : "";
          process.stdout.write(`  - ${s.actor.nameAr} (${s.actor.id}, ${s.type})${ops}: ${s.text.slice(0, 140).replace(/\s+/g, " ")}\n`);
        }
      }
    } catch (e) {
      const err = e instanceof AppError ? { code: e.code, message: e.message }
        : e instanceof ArticleFileError ? { code: "unprocessable_article", message: e.message }
        : { code: (e as NodeJS.ErrnoException)?.code === "ENOENT" ? "not_found" : "extraction_failed", message: e instanceof Error ? e.message : String(e) };
      if (jsonl) process.stdout.write(JSON.stringify({ id, error: err, statements: [] }) + "\n");
      else process.stdout.write(`\n${id}: error ${err.code}: ${err.message}\n`);
    }
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
