/**
 * Generated history written by the database itself (bench:history's fast loader): N statements over 2 years ending at
 * `endMs` from one INSERT … SELECT over a number series (SQLite: recursive CTE; PostgreSQL: generate_series). Every
 * attribute is a hash of the row number, so both stores get the same rows: ~200 actors with a skewed share (actor
 * index = 200·u³), 8 types, a quarter security operations, 30% without governorate / 60% one / 10% two of the 14
 * (skewed), text from our own templates. Echoes: in each block of 20 rows the last 3 (15%) repeat a head (same actor,
 * type, governorates, text) of the same or one of the 3 previous blocks. Governorate links and clusters follow with one
 * statement each; the rollups and actor totals are then rebuilt by the store's own `rebuildRollups`.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { GOVERNORATE_CODES } from "../../lib/domain/governorates";
import { identityKeys } from "../../lib/ingest/canonical";
import { createStore } from "../../lib/store";
import { STATEMENT_TYPES } from "../../lib/domain/statement";
import { ACTOR_COUNT, SPAN_MS } from "./history-gen";

type Dialect = "sqlite" | "postgres";
const P = 2147483647;
const SUBJECTS = ["المكتب الإعلامي", "الناطق الرسمي", "مصدر في الوزارة", "قيادة المنطقة", "اللجنة المحلية", "مجلس المدينة"];
const VERBS = ["أعلن", "أكد", "نفى", "حذّر من", "طالب بـ", "كشف عن"];
const OBJECTS = ["خطة لترميم المدارس", "فتح طريق جديد بين القرى", "نقص في مياه الشرب", "وصول قافلة مساعدات", "إصلاح محطة الكهرباء", "حملة لإزالة الأنقاض"];
const OUTLETS = ["وكالة الشمال", "صحيفة المساء", "قناة الساحل", "موقع الجسر", "إذاعة البادية", "نشرة المدينة"];
export const ACTOR_KINDS_CYCLE = ["government", "military", "person", "organization", "media", "armed_group"];

/** A hash of integer column `x` with salt `s`, in [0, 2^31 - 1): three multiplicative steps mod a prime (no overflow). */
const h = (x: string, s: number) => `((((${x}) * 2 + ${s * 1000003 + 1}) * 1103515245 % ${P}) * 48271 % ${P} * 69621 % ${P})`;
const pick = (expr: string, xs: readonly string[]) =>
  `CASE ${expr} ${xs.map((x, i) => `WHEN ${i} THEN '${x.replace(/'/g, "''")}'`).join(" ")} END`;
const pad = (d: Dialect, x: string) => (d === "sqlite" ? `printf('%010d', ${x})` : `lpad((${x})::text, 10, '0')`);
const bool = (d: Dialect, cond: string) => (d === "sqlite" ? `(CASE WHEN ${cond} THEN 1 ELSE 0 END)` : `(${cond})`);

/** Skewed governorate index 0..13 from a hash (index = 14·v², v uniform). */
const govIdx = (x: string) => `((${x} % 1000) * (${x} % 1000) * 14 / 1000000)`;

/** The statements INSERT … SELECT for rows i = 0 … n-1 (`series` yields column i). */
export function statementsSql(d: Dialect, n: number, endMs: number): string {
  const start = endMs - SPAN_MS;
  const series = d === "sqlite"
    ? `WITH RECURSIVE r(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM r WHERE i < ${n - 1})`
    : "";
  const from = d === "sqlite" ? "FROM r" : `FROM generate_series(0::bigint, ${n - 1}) AS r(i)`;
  const step = Math.max(1, Math.floor(SPAN_MS / n));
  // o: the head row this row repeats (itself for heads).
  const o = `(CASE WHEN i % 20 < 17 THEN i ELSE (CASE WHEN i / 20 < ${h("i", 1)} % 4 THEN 0 ELSE i / 20 - ${h("i", 1)} % 4 END) * 20 + ${h("i", 2)} % 17 END)`;
  const code = (x: string) => pick(x, GOVERNORATE_CODES);
  const govs = `(CASE WHEN gk < 3 THEN '[]' WHEN gk < 9 THEN '["' || ${code("g1")} || '"]' ELSE '["' || ${code("g1")} || '","' || ${code("g2")} || '"]' END)`;
  const actor = `'hist-actor-' || (a * a * a * ${ACTOR_COUNT} / 1000000000)`;
  const text = `${pick(`${h("o", 11)} % ${SUBJECTS.length}`, SUBJECTS)} || ' ' || ${pick(`${h("o", 12)} % ${VERBS.length}`, VERBS)} || ' ' || ${pick(`${h("o", 13)} % ${OBJECTS.length}`, OBJECTS)} || ' (' || (o + 1) || ')'`;
  const at = `${start} + i * ${step} + ${h("i", 14)} % ${step}`;
  // Each level is computed once per row ("LIMIT -1 OFFSET 0" / "OFFSET 0" keep the planners from inlining it).
  const once = d === "sqlite" ? "LIMIT -1 OFFSET 0" : "OFFSET 0";
  const g1 = govIdx(h("o", 7));
  const level1 = `SELECT i, ${o} AS o, ${at} AS at ${from} ${once}`;
  const level2 = `SELECT i, o, at, ${h("o", 3)} % 1000 AS a, ${h("o", 6)} % 10 AS gk, ${g1} AS g1, ${h("o", 8)} % 13 AS g2r FROM (${level1}) l1 ${once}`;
  const level3 = `SELECT i, o, at, a, gk, g1, (g1 + 1 + g2r) % 14 AS g2 FROM (${level2}) l2 ${once}`;
  return `${series}
INSERT INTO statements (seq, id, actor_id, type, text, quote, stated_at, published_at, ingested_at, outlet, url, security_op, govs, cluster_id, echo_of)
SELECT i + 1, 'h' || ${pad(d, "i + 1")}, ${actor}, ${pick(`${h("o", 4)} % ${STATEMENT_TYPES.length}`, STATEMENT_TYPES)}, ${text},
  ${bool(d, `${h("i", 10)} % 10 < 3`)}, at, at, at + 60000, ${pick(`${h("i", 9)} % ${OUTLETS.length}`, OUTLETS)}, 'https://news.example/' || (i + 1),
  ${bool(d, `${h("o", 5)} % 4 = 0`)}, ${govs}, 'h' || ${pad(d, "o + 1")}, CASE WHEN o = i THEN NULL ELSE 'h' || ${pad(d, "o + 1")} END
FROM (${level3}) t`;
}

/** Governorate links, clusters (one per head: first time, mentions, distinct outlets) and the 200 actors. */
export function companionSql(d: Dialect, endMs: number): string[] {
  const codes = d === "sqlite"
    ? "SELECT s.seq, j.value FROM statements s, json_each(s.govs) j"
    : "SELECT s.seq, j FROM statements s, jsonb_array_elements_text(s.govs::jsonb) j";
  const outlets = d === "sqlite" ? "json_group_array(DISTINCT outlet)" : "json_agg(DISTINCT outlet)::text";
  const actors = Array.from({ length: ACTOR_COUNT }, (_, i) =>
    `('hist-actor-${i}', 'الجهة ${i + 1}', 'Actor ${i + 1}', '${ACTOR_KINDS_CYCLE[i % ACTOR_KINDS_CYCLE.length]}', '[]', 'الجهة ${i + 1} | actor ${i + 1}', ${endMs})`);
  return [
    `INSERT INTO actors (id, name_ar, name_en, kind, aliases, search, created_at) VALUES ${actors.join(", ")}`,
    `INSERT INTO statement_governorates (statement_seq, code) ${codes}`,
    `INSERT INTO clusters (id, head_id, actor_id, first_at, mentions, outlets)
       SELECT cluster_id, cluster_id, MIN(actor_id), MIN(stated_at), COUNT(*), ${outlets} FROM statements GROUP BY cluster_id`,
  ];
}

/**
 * SQLite, generated inside the database (history-sql.ts): secondary indexes dropped for the load and rebuilt after it
 * (one sort each instead of millions of B-tree inserts), then the rollups rebuilt by the store (`rebuildRollups`).
 */
export async function loadSqliteSql(path: string, size: number, endMs: number): Promise<void> {
  const db = new Database(path);
  // A fresh benchmark file: no journal (one big transaction, nothing to recover; WAL must be left first), the store
  // reopens it in WAL.
  db.pragma("journal_mode = DELETE");
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("foreign_keys = OFF");
  db.pragma("cache_size = -262144");
  // Index builds sort with a helper thread.
  db.pragma("threads = 2");
  const indexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('statements', 'statement_governorates') AND sql IS NOT NULL`)
    .all() as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);
  const [actorsSql, ...rest] = companionSql("sqlite", endMs);
  db.transaction(() => {
    db.exec(actorsSql!);
    db.exec(statementsSql("sqlite", size, endMs));
    for (const sql of rest) db.exec(sql);
  })();
  for (const ix of indexes) db.exec(ix.sql);
  // Sampled statistics (a full ANALYZE of 10M rows and 9 indexes takes a minute).
  db.pragma("analysis_limit = 1000");
  db.exec("ANALYZE");
  db.close();
  const store = await createStore({ keys: identityKeys, sqlitePath: path });
  await store.rebuildRollups();
  await store.close();
}

/** PostgreSQL, generated inside the database (generate_series), secondary indexes rebuilt after the load. */
export async function loadPostgresSql(url: string, schema: string, size: number, endMs: number): Promise<void> {
  const c = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await c.connect();
  try {
    const { rows: indexes } = await c.query<{ name: string; sql: string }>(
      `SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE schemaname = $1 AND tablename IN ('statements', 'statement_governorates')
         AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE connamespace = $1::regnamespace)`, [schema]);
    await c.query("SET maintenance_work_mem = '256MB'");
    await c.query("BEGIN");
    for (const ix of indexes) await c.query(`DROP INDEX ${ix.name}`);
    for (const sql of companionSql("postgres", endMs)) {
      if (sql.includes("statement_governorates")) await c.query(statementsSql("postgres", size, endMs));
      await c.query(sql);
    }
    for (const ix of indexes) await c.query(ix.sql);
    await c.query(`SELECT setval(pg_get_serial_sequence('statements', 'seq'), GREATEST(1, (SELECT MAX(seq) FROM statements)))`);
    await c.query("COMMIT");
    const store = await createStore({ keys: identityKeys, databaseUrl: url, pgSchema: schema });
    await store.rebuildRollups();
    await store.close();
    await c.query("VACUUM ANALYZE");
  } finally {
    await c.end();
  }
}
