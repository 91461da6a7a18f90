/**
 * npm run ingest -- <files | folders | feed URLs> [--url http://localhost:3000] [--api-key K] [--direct] [--concurrency N]
 * Posts articles to a running server (POST /api/articles with the API key) or, with --direct,
 * writes them into the configured store through the same pipeline. Prints
 * `ingested N, duplicate N, failed N`; exits 1 when anything failed.
 */
import { loadEnv } from "../lib/env";
import { flagNumber, parseArgs, Progress, summaryLine } from "../server/ingest/sources/cli-common";
import { feedJobs, fileJobs, isUrl, runJobs, type IngestJob } from "../server/ingest/sources/cli-ingest";
import { runCli, submitterFor } from "../server/ingest/sources/cli-run";

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

  const submitter = await submitterFor(args, env, "cli");
  if (!submitter) return 2;
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

runCli("ingest", main);
