/**
 * npm run replay -- <folder> [--speed 60] [--max-gap-seconds N] [--rebase] [--url http://localhost:3000] [--api-key K] [--direct]
 * Re-emits a corpus in publication order with the original gaps divided by --speed
 * (60 = one hour per minute), through the same ingest path as the CLI.
 */
import { basename } from "node:path";
import { ConfigError, loadEnv } from "../lib/env";
import { findApiKey, flagNumber, flagString, parseArgs, summaryLine } from "../server/ingest/sources/cli-common";
import { loadDateFinder } from "../server/ingest/sources/date-finder";
import { directSubmitter } from "../server/ingest/sources/direct";
import { planReplay, runReplay } from "../server/ingest/sources/replay";
import { httpSubmitter, type Submitter } from "../server/ingest/sources/submit";

const USAGE =
  "usage: npm run replay -- <folder> [--speed 60] [--max-gap-seconds N] [--rebase] [--url http://localhost:3000] [--api-key KEY] [--direct]";

function fmtMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ["direct", "rebase", "help"]);
  if (args.flags.has("help") || args.positional.length === 0) {
    console.error(USAGE);
    return args.flags.has("help") ? 0 : 2;
  }
  const env = loadEnv();
  const speed = flagNumber(args, "speed") ?? 60;
  if (!(speed > 0)) throw new Error("--speed must be > 0");
  const maxGap = flagNumber(args, "max-gap-seconds");
  const dates = await loadDateFinder();
  const { entries, errors } = await planReplay(args.positional, dates.find);
  for (const e of errors) console.error(`skipped ${basename(e.file)}: ${e.error}`);
  console.error(`replaying ${entries.length} articles at ${speed}x (dates: ${dates.source})`);

  let submitter: Submitter;
  if (args.flags.has("direct")) submitter = await directSubmitter(env, "replay");
  else {
    const apiKey = await findApiKey(flagString(args, "api-key"), env.API_KEY, env.SQLITE_PATH);
    if (!apiKey) {
      console.error("no API key: pass --api-key, set API_KEY, or run next to the server's data folder");
      return 2;
    }
    submitter = httpSubmitter(flagString(args, "url") ?? `http://localhost:${env.PORT}`, apiKey);
  }
  const stop = new AbortController();
  process.once("SIGINT", () => stop.abort());
  try {
    const tally = await runReplay(entries, {
      submitter,
      speed,
      maxGapMs: maxGap === undefined ? undefined : maxGap * 1000,
      rebase: args.flags.has("rebase"),
      signal: stop.signal,
      onEmit: (e) =>
        console.error(
          `[${e.index + 1}/${entries.length}] +${fmtMs(e.waitedMs)} ${e.entry.publishedAt ?? "undated"} ${basename(e.entry.file)} ${e.outcome}${e.error ? `: ${e.error}` : ""}`,
        ),
    });
    console.log(summaryLine(tally));
    return tally.failed > 0 ? 1 : 0;
  } finally {
    await submitter.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof ConfigError ? e.message : `replay failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  },
);
