/**
 * CPU cost of one article on the ingest path, without HTTP, sockets or a second process, so it can be compared between
 * two checkouts on a busy machine (CPU time, not wall time). One process: the real store on a fresh SQLite file, the
 * pipeline with inline extraction (EXTRACT_WORKERS=0), the bench:ingest generated articles (3.4 statements each).
 *   1. extraction alone, article by article (the worker's share);
 *   2. pipeline.ingestArticle with --inflight articles at a time (group commit batches them);
 * prints CPU ms per article for both and their difference (pipeline + store on the main thread), and the group-commit stats.
 *
 *   node --import tsx scripts/bench/ingest-cpu.ts [--articles 800] [--inflight 8]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadEnv } from "../../lib/env";
import { ExtractPool } from "../../server/extract/pool";
import { silentLogger } from "../../server/logger";
import { IngestPipeline } from "../../server/pipeline";
import { openStore } from "../../server/store";
import { article } from "./ingest";
import { numArg } from "./lib";

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export async function ingestCpu(n = numArg("articles", 800), inflight = numArg("inflight", 8)): Promise<{ extractMs: number; totalMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), "bayan-ingest-cpu-"));
  const env = loadEnv({ SQLITE_PATH: join(dir, "i.db"), DEMO: "off", LOG_LEVEL: "error", EXTRACT_WORKERS: "0" });
  const store = await openStore(env);
  const pool = new ExtractPool({ size: 0, timeoutMs: 30_000, logger: silentLogger });
  const pipeline = new IngestPipeline({ store, pool, env, logger: silentLogger });
  try {
    for (let i = 0; i < 100; i++) await pipeline.ingestArticle({ ...article(1_000_000 + i), sourceId: "api" }); // warm-up
    let t = cpuMs();
    for (let i = 0; i < n; i++) {
      const a = article(i);
      await pool.run({ doc: { id: a.url, text: a.text, url: a.url, outlet: a.outlet, title: a.title, publishedAt: null, language: null }, now: new Date().toISOString(), maxChars: env.ARTICLE_MAX_BYTES });
    }
    const extractMs = (cpuMs() - t) / n;
    t = cpuMs();
    for (let i = 0; i < n; i += inflight) {
      await Promise.all(Array.from({ length: Math.min(inflight, n - i) }, (_, k) => pipeline.ingestArticle({ ...article(i + k), sourceId: "api" })));
    }
    const totalMs = (cpuMs() - t) / n;
    const stats = "groupCommitStats" in store ? (store as { groupCommitStats(): unknown }).groupCommitStats() : null;
    console.log(`CPU per article: extraction ${extractMs.toFixed(3)} ms, pipeline + store ${(totalMs - extractMs).toFixed(3)} ms, `
      + `total ${totalMs.toFixed(3)} ms (${n} articles, ${inflight} in flight); group commit ${JSON.stringify(stats)}`);
    return { extractMs, totalMs };
  } finally {
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  ingestCpu().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
}
