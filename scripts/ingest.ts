/**
 * npm run ingest -- <files | folders | feed URLs> [--url http://localhost:3000] [--api-key K] [--direct] [--concurrency N]
 * Posts articles to a running server (POST /api/articles with the API key) or, with --direct,
 * writes them into the configured store through the same pipeline. Prints
 * `ingested N, duplicate N, failed N`; exits 1 when anything failed.
 */
import { ConfigError, loadEnv } from "../lib/env";
import { findApiKey, flagNumber, flagString, parseArgs, Progress, summaryLine } from "../server/ingest/sources/cli-common";
import { feedJobs, fileJobs, isUrl, runJobs, type IngestJob } from "../server/ingest/sources/cli-ingest";
import { directSubmitter } from "../server/ingest/sources/direct";
import { httpSubmitter, type Submitter } from "../server/ingest/sources/submit";

const USAGE = "usage: npm run ingest -- <files | folders | feed URLs> [--url http://localhost:3000] [--api-key KEY] [--direct] [--concurrency 4]";

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ["direct", "help"]);
  if (args.flags.has("help") || args.positional.length === 0) {
    console.error(USAGE);
    return args.flags.has("help") ? 0 : 2;
  }
  const env = loadEnv();
  const jobs: IngestJob[] = [];
  let failed = 0;
  const urls = args.positional.filter(isUrl);
  const paths = args.positional.filter((p) => !isUrl(p));
  for (const u of urls) {
    try {
      jobs.push(...(await feedJobs(u)));
    } catch (e) {
      failed++;
      console.error(`failed feed ${u}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  try {
    jobs.push(...(await fileJobs(paths)));
  } catch (e) {
    console.error(`cannot read ${paths.join(", ")}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }

  let submitter: Submitter;
  if (args.flags.has("direct")) {
    submitter = await directSubmitter(env, "cli");
  } else {
    const apiKey = await findApiKey(flagString(args, "api-key"), env.API_KEY, env.SQLITE_PATH);
    if (!apiKey) {
      console.error("no API key: pass --api-key, set API_KEY, or run next to the server's data folder (<dir of SQLITE_PATH>/api-key)");
      return 2;
    }
    submitter = httpSubmitter(flagString(args, "url") ?? `http://localhost:${env.PORT}`, apiKey);
  }
  const bar = new Progress(jobs.length, process.stderr.isTTY === true);
  try {
    const tally = await runJobs(jobs, { submitter, progress: bar, concurrency: flagNumber(args, "concurrency") ?? 4 });
    tally.failed += failed;
    console.log(summaryLine(tally));
    return tally.failed > 0 ? 1 : 0;
  } finally {
    await submitter.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof ConfigError ? e.message : `ingest failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
