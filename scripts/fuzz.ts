/**
 * Long fuzz run: `npm run fuzz -- [--runs 10000] [--seed N] [--concurrency 4] [--only REGEX] [--out FILE]`.
 * `--only` keeps the targets whose name ("POST /api/statements", "socket feed:subscribe") matches.
 * Starts the app in this process (temp SQLite, PAGES off, limits raised) and sends `--runs` generated
 * inputs to every /api route and every socket event (server/dev/fuzz.ts). Prints one line per target,
 * RSS start/peak/end, and every failure with its input; exits 1 on any failure.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadEnv } from "../lib/env";
import { createApp } from "../server/app";
import { fuzz } from "../server/dev/fuzz";
import { silentLogger } from "../server/logger";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { runs: { type: "string", default: "10000" }, seed: { type: "string" }, concurrency: { type: "string", default: "4" }, out: { type: "string" }, only: { type: "string" } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error("--runs must be a positive integer");
    return 2;
  }
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  const dir = mkdtempSync(path.join(tmpdir(), "bayan-fuzz-"));
  // An (empty) feed list, so the feed management routes are live and fuzzed too.
  writeFileSync(path.join(dir, "feeds.json"), JSON.stringify({ feeds: [] }));
  const env = loadEnv({
    NODE_ENV: "test", HOST: "127.0.0.1", PORT: "0", SQLITE_PATH: path.join(dir, "bayan.db"), DEMO: "off", LOG_LEVEL: "silent",
    API_KEY: "fuzz-admin-key-0123456789abcdef", EXTRACT_WORKERS: "1", FEEDS_FILE: path.join(dir, "feeds.json"),
    RATE_WRITES_PER_MIN: "100000000", RATE_SOCKET_CONNECTS_PER_MIN: "1000000", RATE_SUBSCRIBES_PER_MIN: "100000000", SUBSCRIBE_BURST_PER_SOCKET: "1000000",
  });
  const app = await createApp({ env, logger: silentLogger });
  const started = Date.now();
  console.log(`fuzz: ${app.routes.length} routes + socket events, ${runs} inputs each, seed ${seed}`);
  try {
    const report = await fuzz(
      { url: app.url, apiKey: app.apiKey, routes: app.routes, rss: () => process.memoryUsage().rss },
      { runs, seed, concurrency: Number(values.concurrency), only: values.only ? new RegExp(values.only) : undefined, onProgress: (l) => console.log(`  ${l}`) },
    );
    const total = report.targets.reduce((a, t) => a + t.runs, 0);
    console.log(`fuzz: ${total} inputs in ${Math.round((Date.now() - started) / 1000)} s; RSS start ${report.rssStartMb} MB, peak ${report.rssPeakMb} MB, end ${report.rssEndMb} MB (fuzzer and server share this process)`);
    if (values.out) writeFileSync(values.out, JSON.stringify({ seed, runs, ...report }, null, 2));
    for (const f of report.failures) console.log(`FAIL ${f.target}: ${f.problem}\n  input: ${f.input}`);
    console.log(report.failures.length ? `fuzz: ${report.failures.length} failure(s) (rerun with --seed ${seed})` : "fuzz: no failures");
    return report.failures.length ? 1 : 0;
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (e: unknown) => {
  console.error(e);
  process.exit(1);
});
