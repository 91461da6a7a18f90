/** The part scripts/ingest.ts and scripts/replay.ts share beyond argument parsing: where to submit, and how to exit. */
import { ConfigError, type Env } from "../../../lib/env";
import { findApiKey, flagString, type ParsedArgs } from "./cli-common";
import { directSubmitter } from "./direct";
import { httpSubmitter, type Submitter } from "./submit";

/** `--direct`: straight into the configured store; otherwise POST to a running server with the API key (null: no key found, reported). */
export async function submitterFor(args: ParsedArgs, env: Env, sourceId: string): Promise<Submitter | null> {
  if (args.flags.has("direct")) return directSubmitter(env, sourceId);
  const apiKey = await findApiKey(flagString(args, "api-key"), env.API_KEY, env.SQLITE_PATH);
  if (!apiKey) {
    console.error("no API key: pass --api-key, set API_KEY, or run next to the server's data folder (<dir of SQLITE_PATH>/api-key)");
    return null;
  }
  return httpSubmitter(flagString(args, "url") ?? `http://localhost:${env.PORT}`, apiKey);
}

/** Runs a CLI's main and exits with its code; a configuration error or crash exits 2 with one clear line. */
export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof ConfigError ? e.message : `${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(2);
    },
  );
}
