/** Opens the configured store (lib/store: SQLite by default, PostgreSQL with DATABASE_URL); migrations run on open. */
import type { Env } from "../lib/env";
import { createStore } from "../lib/store/index";
import type { Store } from "../lib/store/types";
import { identityKeys } from "../lib/ingest/canonical";

export async function openStore(env: Env, opts: { pgSchema?: string } = {}): Promise<Store> {
  return createStore({
    keys: identityKeys,
    sqlitePath: env.SQLITE_PATH,
    sqliteCacheMb: env.SQLITE_CACHE_MB,
    databaseUrl: env.DATABASE_URL,
    pgSchema: opts.pgSchema,
    echoWindowHours: env.ECHO_WINDOW_HOURS,
  });
}
