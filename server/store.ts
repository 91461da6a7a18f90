/** Opens the configured store (lib/store: SQLite by default, PostgreSQL with DATABASE_URL) and migrates it. */
import type { Env } from "../lib/env";
import type { Store } from "../lib/store/types";

interface StoreModule {
  createStore(opts: { sqlitePath: string; databaseUrl?: string; pgSchema?: string; echoWindowHours: number }): Promise<Store>;
}

export async function openStore(env: Env, opts: { pgSchema?: string } = {}): Promise<Store> {
  const mod = (await import(/* @vite-ignore */ new URL("../lib/store/index.ts", import.meta.url).href)) as StoreModule;
  const store = await mod.createStore({
    sqlitePath: env.SQLITE_PATH,
    databaseUrl: env.DATABASE_URL,
    pgSchema: opts.pgSchema,
    echoWindowHours: env.ECHO_WINDOW_HOURS,
  });
  await store.migrate();
  return store;
}
