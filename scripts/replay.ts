/**
 * npm run replay -- <folder> [--speed 60] [--max-gap-seconds N] [--rebase] [--url http://localhost:3000] [--api-key K] [--direct]
 * Re-emits a corpus in publication order with the original gaps divided by --speed
 * (60 = one hour per minute), through the same ingest path as the CLI.
 */
import { basename } from "node:path";
import { loadEnv } from "../lib/env";
import { flagNumber, parseArgs, summaryLine } from "../server/ingest/sources/cli-common";
import { loadDateFinder } from "../server/ingest/sources/date-finder";
import { runCli, submitterFor } from "../server/ingest/sources/cli-run";
import { planReplay, runReplay } from "../server/ingest/sources/replay";

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

  const submitter = await submitterFor(args, env, "replay");
  if (!submitter) return 2;
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

runCli("replay", main);
