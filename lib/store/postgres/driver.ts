/**
 * node-postgres executor: a pool, `search_path` set per connection when a schema is given,
 * `?` placeholders rewritten to `$n`, BIGINT/NUMERIC parsed to numbers (epoch ms and
 * counts fit in a double). Transactions take an advisory transaction lock (keyed by schema) so writes
 * to one schema are serialised across processes (echo clustering and rollups read-then-write).
 */
import pg from "pg";
import { ANALYZED_TABLES, type Db, type Param } from "../core/db";

/** Advisory lock key per schema, so stores in different schemas of one database never wait for each other. */
function writeLockKey(schema: string | undefined): number {
  let h = 7_428_001;
  for (const ch of schema ?? "public") h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}
const converted = new Map<string, string>();

function toPg(sql: string): string {
  let out = converted.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    if (converted.size > 2000) converted.clear();
    converted.set(sql, out);
  }
  return out;
}

const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === 20 || oid === 1700) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

type Queryable = pg.Pool | pg.PoolClient;

class PgHandle implements Db {
  readonly dialect = "postgres" as const;
  constructor(protected readonly q: Queryable) {}

  async all<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    const r = await this.q.query(toPg(sql), params as Param[]);
    return r.rows as T[];
  }
  async get<T>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    const rows = await this.all<T>(sql, params);
    return rows[0];
  }
  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    const r = await this.q.query(toPg(sql), params as Param[]);
    return r.rowCount ?? 0;
  }
  async exec(sql: string): Promise<void> {
    await this.q.query(sql);
  }
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return fn(this);
  }
  /** Autovacuum may be off (it is on these machines): keep statistics fresh ourselves. */
  async maintain(): Promise<void> {
    await this.q.query(`ANALYZE ${ANALYZED_TABLES.join(", ")}`);
  }
  async close(): Promise<void> {}
}

export class PgDb extends PgHandle {
  constructor(
    private readonly pool: pg.Pool,
    private readonly lockKey: number,
  ) {
    super(pool);
  }

  static create(databaseUrl: string, schema?: string): PgDb {
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 10,
      types,
      // No parallel workers: the store's queries read a few thousand index rows, and starting workers (tens of ms on a
      // busy 2-core server) costs more than it saves (the volume ranking took 43 ms in parallel, ~3 ms serial).
      options: [`-c max_parallel_workers_per_gather=0`, ...(schema ? [`-c search_path=${schema}`] : [])].join(" "),
    });
    pool.on("error", () => undefined);
    return new PgDb(pool, writeLockKey(schema));
  }

  override async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [this.lockKey]);
      const result = await fn(new PgHandle(client));
      await client.query("COMMIT");
      return result;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  override async close(): Promise<void> {
    await this.pool.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Creates the schema (if given) before the pool that uses it as search_path opens. */
export async function ensureSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
  } finally {
    await client.end();
  }
}
