/**
 * Versioned migrations. Each entry is applied once, in its own transaction, and recorded
 * in `schema_migrations`. The DDL is written once with dialect tokens, resolved side by side:
 *   SEQ   INTEGER PRIMARY KEY AUTOINCREMENT | BIGSERIAL PRIMARY KEY
 *   BIG   INTEGER                           | BIGINT   (epoch milliseconds, hour numbers)
 *   BOOL  INTEGER (0/1)                     | BOOLEAN
 * All instants in the statement/article tables are epoch milliseconds; rollup `hour` is
 * floor(ms / 3 600 000). JSON lists (aliases, outlets, governorates) are TEXT holding JSON.
 */
import { ACTOR_KINDS, STATEMENT_TYPES } from "../../domain/statement";
import type { Db, Dialect } from "./db";
import { actorGovSql, allTotalsSql, coarseRollupsSql } from "./coarse-rollups";

const TOKENS: Record<Dialect, Record<"SEQ" | "BIG" | "BOOL", string>> = {
  sqlite: { SEQ: "INTEGER PRIMARY KEY AUTOINCREMENT", BIG: "INTEGER", BOOL: "INTEGER" },
  postgres: { SEQ: "BIGSERIAL PRIMARY KEY", BIG: "BIGINT", BOOL: "BOOLEAN" },
};

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(", ");

const V1 = `
CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name_ar TEXT NOT NULL,
  name_en TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN (${list(ACTOR_KINDS)})),
  aliases TEXT NOT NULL DEFAULT '[]',
  search TEXT NOT NULL DEFAULT '',
  country TEXT,
  merged_into TEXT REFERENCES actors(id),
  total_uniques BIG NOT NULL DEFAULT 0,
  total_mentions BIG NOT NULL DEFAULT 0,
  created_at BIG NOT NULL
);
CREATE INDEX actors_total ON actors (total_uniques);

CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  url TEXT,
  canonical_url TEXT UNIQUE,
  content_hash TEXT NOT NULL,
  outlet TEXT,
  title TEXT,
  text TEXT NOT NULL,
  published_at BIG,
  fetched_at BIG,
  ingested_at BIG NOT NULL
);
CREATE INDEX articles_hash ON articles (content_hash);

CREATE TABLE statements (
  seq SEQ,
  id TEXT NOT NULL UNIQUE,
  actor_id TEXT NOT NULL REFERENCES actors(id),
  type TEXT NOT NULL CHECK (type IN (${list(STATEMENT_TYPES)})),
  text TEXT NOT NULL,
  quote BOOL NOT NULL,
  stated_at BIG NOT NULL,
  published_at BIG NOT NULL,
  ingested_at BIG NOT NULL,
  fetched_at BIG,
  pushed_at BIG,
  outlet TEXT,
  url TEXT,
  article_id TEXT,
  security_op BOOL NOT NULL,
  govs TEXT NOT NULL DEFAULT '[]',
  evidence_start INTEGER,
  evidence_end INTEGER,
  cluster_id TEXT NOT NULL,
  echo_of TEXT,
  demo BOOL NOT NULL DEFAULT FALSE,
  idempotency_key TEXT UNIQUE,
  dedupe_key TEXT UNIQUE,
  retracted BOOL NOT NULL DEFAULT FALSE
);
CREATE INDEX statements_stated ON statements (stated_at);
CREATE INDEX statements_actor_stated ON statements (actor_id, stated_at);
CREATE INDEX statements_actor_seq ON statements (actor_id, seq);
CREATE INDEX statements_cluster ON statements (cluster_id);
CREATE INDEX statements_article ON statements (article_id);
CREATE INDEX statements_pushed ON statements (pushed_at);

CREATE TABLE statement_governorates (
  statement_seq BIG NOT NULL REFERENCES statements(seq),
  code TEXT NOT NULL,
  PRIMARY KEY (statement_seq, code)
);
CREATE INDEX statement_governorates_code ON statement_governorates (code, statement_seq);

CREATE TABLE clusters (
  id TEXT PRIMARY KEY,
  head_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  first_at BIG NOT NULL,
  mentions INTEGER NOT NULL,
  outlets TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE rollup_actor_hour (
  hour BIG NOT NULL,
  actor_id TEXT NOT NULL,
  type TEXT NOT NULL,
  security_op BOOL NOT NULL,
  uniques INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (hour, actor_id, type, security_op)
);
CREATE INDEX rollup_actor_hour_actor ON rollup_actor_hour (actor_id, hour);

CREATE TABLE rollup_gov_hour (
  hour BIG NOT NULL,
  code TEXT NOT NULL,
  security_op BOOL NOT NULL,
  uniques INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (hour, code, security_op)
);

CREATE TABLE rollup_unresolved_hour (
  hour BIG NOT NULL,
  security_op BOOL NOT NULL,
  uniques INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (hour, security_op)
);

CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  state TEXT NOT NULL,
  last_success_at TEXT,
  last_error_at TEXT,
  last_error TEXT,
  failing_since TEXT,
  etag TEXT,
  last_modified TEXT,
  updated_at TEXT NOT NULL
);

CREATE TABLE seen_items (
  source_id TEXT NOT NULL,
  item_key TEXT NOT NULL,
  seen_at BIG NOT NULL,
  PRIMARY KEY (source_id, item_key)
);

CREATE TABLE source_items (
  id SEQ,
  source_id TEXT NOT NULL,
  item_key TEXT NOT NULL,
  article_id TEXT,
  published_at BIG,
  ingested_at BIG NOT NULL
);
CREATE INDEX source_items_source ON source_items (source_id, ingested_at);
`;

export interface Migration {
  version: number;
  name: string;
  /** One text with dialect tokens, or one text per dialect. */
  sql: string | Record<Dialect, string>;
}

/** Echo candidate lookups read only the index: (actor_id, stated_at) prefix + retracted, id, cluster_id. */
const V2 = `
CREATE INDEX statements_actor_window ON statements (actor_id, stated_at, retracted, id, cluster_id);
DROP INDEX statements_actor_stated;
`;

/** SQLite: rollups become WITHOUT ROWID tables (clustered on their primary key: range scans read no extra pages). */
const rebuild = (table: string, cols: string, pk: string, extra = "") => `
CREATE TABLE ${table}_new (${cols}, PRIMARY KEY (${pk})) WITHOUT ROWID;
INSERT INTO ${table}_new SELECT * FROM ${table};
DROP TABLE ${table};
ALTER TABLE ${table}_new RENAME TO ${table};
${extra}`;
const V3_SQLITE = [
  rebuild("rollup_actor_hour",
    "hour INTEGER NOT NULL, actor_id TEXT NOT NULL, type TEXT NOT NULL, security_op INTEGER NOT NULL, uniques INTEGER NOT NULL, mentions INTEGER NOT NULL",
    "hour, actor_id, type, security_op", "CREATE INDEX rollup_actor_hour_actor ON rollup_actor_hour (actor_id, hour);"),
  rebuild("rollup_gov_hour",
    "hour INTEGER NOT NULL, code TEXT NOT NULL, security_op INTEGER NOT NULL, uniques INTEGER NOT NULL, mentions INTEGER NOT NULL",
    "hour, code, security_op"),
  rebuild("rollup_unresolved_hour",
    "hour INTEGER NOT NULL, security_op INTEGER NOT NULL, uniques INTEGER NOT NULL, mentions INTEGER NOT NULL",
    "hour, security_op"),
].join("\n");

/** Daily actor rollup (day = floor(hour / 24)), so day and week buckets over long ranges read 24x fewer rows. */
const dayTable = (d: Dialect) => `
CREATE TABLE rollup_actor_day (
  day ${TOKENS[d].BIG} NOT NULL,
  actor_id TEXT NOT NULL,
  type TEXT NOT NULL,
  security_op ${TOKENS[d].BOOL} NOT NULL,
  uniques INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (day, actor_id, type, security_op)
)${d === "sqlite" ? " WITHOUT ROWID" : ""};
INSERT INTO rollup_actor_day (day, actor_id, type, security_op, uniques, mentions)
  SELECT hour / 24, actor_id, type, security_op, SUM(uniques), SUM(mentions) FROM rollup_actor_hour GROUP BY 1, 2, 3, 4;
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: "initial schema", sql: V1 },
  { version: 2, name: "covering index for echo candidates", sql: V2 },
  // PostgreSQL keeps heap tables + primary-key indexes (nothing to do).
  { version: 3, name: "clustered rollup tables", sql: { sqlite: V3_SQLITE, postgres: "" } },
  { version: 4, name: "daily actor rollup", sql: { sqlite: dayTable("sqlite"), postgres: dayTable("postgres") } },
  // The default feed (cluster heads, newest first) walks this partial index in both planners.
  { version: 5, name: "feed heads index", sql: "CREATE INDEX statements_heads ON statements (seq) WHERE NOT retracted AND echo_of IS NULL;" },
  {
    version: 6,
    name: "actor last statement time",
    sql: `ALTER TABLE actors ADD COLUMN last_stated_at BIG;
UPDATE actors SET last_stated_at = (SELECT MAX(s.stated_at) FROM statements s WHERE s.actor_id = actors.id AND NOT s.retracted);`,
  },
  // Access keys (ingest, admin) and viewer tokens: only a SHA-256 of the secret is stored.
  {
    version: 7,
    name: "access keys",
    sql: `CREATE TABLE access_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'ingest', 'admin')),
  hash TEXT NOT NULL UNIQUE,
  created_at BIG NOT NULL,
  revoked_at BIG
);`,
  },
  // Coarse rollups for long ranges (coarse-rollups.ts).
  { version: 8, name: "coarse rollups", sql: { sqlite: coarseRollupsSql(true), postgres: coarseRollupsSql(false) } },
  // Feed pages filtered by actor walk the actor's cluster heads in time order from this partial index.
  {
    version: 9,
    name: "actor heads index",
    sql: "CREATE INDEX statements_actor_heads ON statements (actor_id, stated_at, seq) WHERE NOT retracted AND echo_of IS NULL;",
  },
  { version: 10, name: "actor governorate daily rollup", sql: { sqlite: actorGovSql(true), postgres: actorGovSql(false) } },
  // All-actor totals and covering per-actor indexes for the volume chart (coarse-rollups.ts).
  { version: 11, name: "all-actor totals", sql: { sqlite: allTotalsSql(true), postgres: allTotalsSql(false) } },
];

export function resolveDialect(sql: string, dialect: Dialect): string {
  const t = TOKENS[dialect];
  return sql.replace(/\b(SEQ|BIG|BOOL)\b/g, (m) => t[m as keyof typeof t]);
}

/** Applies every pending migration (up to `upTo`), each once, in its own transaction. Safe to call on every open. */
export async function migrate(db: Db, upTo = Number.POSITIVE_INFINITY): Promise<number[]> {
  await db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
  );
  const applied: number[] = [];
  for (const m of MIGRATIONS.filter((x) => x.version <= upTo)) {
    const done = await db.tx(async (t) => {
      const row = await t.get<{ version: number }>(`SELECT version FROM schema_migrations WHERE version = ?`, [m.version]);
      if (row) return false;
      const sql = typeof m.sql === "string" ? resolveDialect(m.sql, db.dialect) : m.sql[db.dialect];
      if (sql.trim()) await t.exec(sql);
      await t.run(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`, [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}
