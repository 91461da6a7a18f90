/**
 * Entry point: `node --import tsx server/index.ts`. Loads config (fails fast with every problem),
 * starts the app with Next.js, prints `Bayan listening on http://<host>:<port>`, shuts down
 * gracefully on SIGTERM/SIGINT.
 */
import { relative } from "node:path";
import { ConfigError, loadEnv, type Env } from "../lib/env";
import { createApp, type BayanApp } from "./app";
import { createLogger } from "./logger";

/** `./data/api-key` for files under the working directory, the absolute path otherwise. */
function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith("..") ? file : `./${rel}`;
}

async function main(): Promise<void> {
  let env: Env;
  try {
    env = loadEnv();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const logger = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  process.on("unhandledRejection", (reason) => logger.error("unhandled rejection", { err: reason }));
  process.on("uncaughtException", (err) => logger.error("uncaught exception", { err }));

  let app: BayanApp;
  try {
    app = await createApp({ env, next: env.PAGES === "on", logger });
  } catch (e) {
    // Problems only found while starting (e.g. an unusable GAZETTEER_FILE) are configuration errors too.
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const keyFile = app.apiKeyFile ? displayPath(app.apiKeyFile) : null;
  if (app.apiKeyGenerated) process.stdout.write(`API key: ${app.apiKey} (saved in ${keyFile})\n`);
  else if (keyFile) process.stdout.write(`API key: in ${keyFile}\n`);
  if (app.demo) process.stdout.write("Demo source is on (DEMO=off turns it off)\n");
  process.stdout.write(`Bayan listening on ${app.url}\n`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    // close() cuts in-flight work after SHUTDOWN_GRACE_MS; this is the backstop if closing itself hangs.
    const forceMs = env.SHUTDOWN_GRACE_MS + 5000;
    const force = setTimeout(() => {
      logger.warn("forced exit: shutdown did not finish", { ms: forceMs });
      process.exit(1);
    }, forceMs);
    force.unref();
    app.close().then(
      () => {
        logger.info("shutdown complete");
        process.exit(0);
      },
      (e: unknown) => {
        logger.error("shutdown failed", { err: e });
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((e: unknown) => {
  process.stderr.write(`Bayan failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
