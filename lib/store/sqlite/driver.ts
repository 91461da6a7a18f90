/**
 * better-sqlite3 executor: one connection, WAL, prepared statements cached by SQL text.
 * The driver is synchronous; every public call goes through one promise queue so a
 * transaction that awaits between statements is never interleaved with other work.
 */
import Database from "better-sqlite3";
import type { Db, Param } from "../core/db";

type Sqlite = Database.Database;
type Prepared = Database.Statement<unknown[], unknown>;
const CACHE_LIMIT = 1000;

class SqliteHandle implements Db {
  readonly dialect = "sqlite" as const;
  constructor(
    protected readonly conn: Sqlite,
    private readonly cache: Map<string, Prepared>,
  ) {}

  protected prep(sql: string): Prepared {
    let st = this.cache.get(sql);
    if (!st) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      st = this.conn.prepare(sql);
      this.cache.set(sql, st);
    }
    return st;
  }

  protected static bind(params: readonly Param[]): unknown[] {
    return params.map((p) => (typeof p === "boolean" ? (p ? 1 : 0) : p));
  }

  allSync<T>(sql: string, params: readonly Param[] = []): T[] {
    return this.prep(sql).all(...SqliteHandle.bind(params)) as T[];
  }
  getSync<T>(sql: string, params: readonly Param[] = []): T | undefined {
    return this.prep(sql).get(...SqliteHandle.bind(params)) as T | undefined;
  }
  runSync(sql: string, params: readonly Param[] = []): number {
    return this.prep(sql).run(...SqliteHandle.bind(params)).changes;
  }

  async all<T>(sql: string, params?: readonly Param[]): Promise<T[]> {
    return this.allSync<T>(sql, params);
  }
  async get<T>(sql: string, params?: readonly Param[]): Promise<T | undefined> {
    return this.getSync<T>(sql, params);
  }
  async run(sql: string, params?: readonly Param[]): Promise<number> {
    return this.runSync(sql, params);
  }
  async exec(sql: string): Promise<void> {
    this.conn.exec(sql);
  }
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return fn(this);
  }
  async maintain(): Promise<void> {
    this.conn.pragma("optimize");
  }
  async close(): Promise<void> {}
}

/** Default page cache of the SQLite store (MB). */
export const DEFAULT_SQLITE_CACHE_MB = 16;

export interface SqliteOptions {
  /** Page cache size in MB (default DEFAULT_SQLITE_CACHE_MB). */
  cacheMb?: number;
}

export class SqliteDb extends SqliteHandle {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly inner: SqliteHandle;
  private closed = false;

  constructor(path: string, opts: SqliteOptions = {}) {
    const conn = new Database(path);
    conn.pragma("journal_mode = WAL");
    conn.pragma("synchronous = NORMAL");
    conn.pragma("foreign_keys = ON");
    conn.pragma("busy_timeout = 5000");
    // Page cache (SQLITE_CACHE_MB) and a 256 MB memory map: both bounded. The page cache fills as pages are read and
    // written, so on a database younger than the cache it grows for as long as the file does (the soak's native growth);
    // mapped pages are file-backed (RssFile) and stayed flat in the soak. docs/store.md has the measured trade-off.
    conn.pragma(`cache_size = -${Math.round((opts.cacheMb ?? DEFAULT_SQLITE_CACHE_MB) * 1024)}`);
    conn.pragma("temp_store = MEMORY");
    conn.pragma("mmap_size = 268435456");
    const cache = new Map<string, Prepared>();
    super(conn, cache);
    this.inner = new SqliteHandle(conn, cache);
  }

  private exclusive<T>(fn: () => Promise<T> | T): Promise<T> {
    const run = this.queue.then(() => {
      if (this.closed) throw new Error("store is closed");
      return fn();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  override all<T>(sql: string, params?: readonly Param[]): Promise<T[]> {
    return this.exclusive(() => this.allSync<T>(sql, params));
  }
  override get<T>(sql: string, params?: readonly Param[]): Promise<T | undefined> {
    return this.exclusive(() => this.getSync<T>(sql, params));
  }
  override run(sql: string, params?: readonly Param[]): Promise<number> {
    return this.exclusive(() => this.runSync(sql, params));
  }
  override exec(sql: string): Promise<void> {
    return this.exclusive(() => {
      this.conn.exec(sql);
    });
  }
  override tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      this.conn.exec("BEGIN IMMEDIATE");
      try {
        const result = await fn(this.inner);
        this.conn.exec("COMMIT");
        return result;
      } catch (err) {
        if (this.conn.inTransaction) this.conn.exec("ROLLBACK");
        throw err;
      }
    });
  }
  override maintain(): Promise<void> {
    return this.exclusive(() => {
      this.conn.pragma("optimize");
    });
  }
  override close(): Promise<void> {
    return this.exclusive(() => {
      this.conn.pragma("optimize");
      this.closed = true;
      this.conn.close();
    });
  }
}
