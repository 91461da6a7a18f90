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

export class SqliteDb extends SqliteHandle {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly inner: SqliteHandle;
  private closed = false;

  constructor(path: string) {
    const conn = new Database(path);
    conn.pragma("journal_mode = WAL");
    conn.pragma("synchronous = NORMAL");
    conn.pragma("foreign_keys = ON");
    conn.pragma("busy_timeout = 5000");
    // Page cache 64 MB and memory map 256 MB: both bounded, both fill as the database grows. The page cache is most of
    // the soak's native (RssAnon minus V8 heap) growth until it is full, about 22 min at 50 statements/s (minutes 5-10:
    // +3.3 MB/min with 64 MB, +1.1 MB/min with 16 MB; the database grows 2.9 MB/min); mapped pages (RssFile) stayed flat.
    // Kept anyway: smaller was measured slower (bench:history, 300,000 rows, CPU per query, shared machine, 2026-12-03):
    // 16 MB cache, all-time volume 24.7 → 40.5 ms; 16 MB without mmap, feed page 3.2 → 5.4 ms, all-time governorate
    // counts 4.2 → 6.9 ms.
    conn.pragma("cache_size = -65536");
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
