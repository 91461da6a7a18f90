/**
 * createStore: PostgreSQL when `databaseUrl` is set, else SQLite at `sqlitePath`
 * (default ./data/bayan.db, parent folder created). Migrations run on open.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { SqlStore } from "./core/repo";
import { PgDb, ensureSchema } from "./postgres/driver";
import { SqliteDb } from "./sqlite/driver";
import type { StoreKeys } from "./types";


export type { Store, StoreKeys } from "./types";
export { SqlStore } from "./core/repo";
export { migrate, MIGRATIONS } from "./core/migrations";
export type { Db } from "./core/db";
export { SqliteDb } from "./sqlite/driver";
export { PgDb, ensureSchema } from "./postgres/driver";

export interface CreateStoreOptions {
  sqlitePath?: string;
  /** SQLite page cache in MB (default DEFAULT_SQLITE_CACHE_MB). */
  sqliteCacheMb?: number;
  databaseUrl?: string;
  /** PostgreSQL schema used as search_path (created if missing). */
  pgSchema?: string;
  echoWindowHours?: number;
  /** Statement and URL keys: pass lib/ingest/canonical.ts `identityKeys` (the store never derives keys). */
  keys: StoreKeys;
}

export const DEFAULT_SQLITE_PATH = "./data/bayan.db";
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export async function createStore(opts: CreateStoreOptions): Promise<SqlStore> {
  const storeOpts = { echoWindowHours: opts.echoWindowHours, keys: opts.keys };
  let store: SqlStore;
  if (opts.databaseUrl) {
    if (opts.pgSchema !== undefined && !SCHEMA_NAME.test(opts.pgSchema)) throw new Error(`invalid pgSchema "${opts.pgSchema}"`);
    if (opts.pgSchema) await ensureSchema(opts.databaseUrl, opts.pgSchema);
    store = new SqlStore(PgDb.create(opts.databaseUrl, opts.pgSchema), storeOpts);
  } else {
    const path = opts.sqlitePath ?? DEFAULT_SQLITE_PATH;
    if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
    store = new SqlStore(new SqliteDb(path, { cacheMb: opts.sqliteCacheMb }), storeOpts);
  }
  try {
    await store.migrate();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return store;
}
