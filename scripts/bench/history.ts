/**
 * History benchmark: generated statements (~200 actors, 14 governorates, 2 years, generated text) written into a fresh store
 * (SQLite file, PostgreSQL schema) by the database itself (history-sql.ts, default) or by the JS bulk loader (history-gen.ts,
 * `--loader js`), then the dashboard's queries through the store (SqlStore), each
 * timed `--reps` times after a warm-up: volume per actor 7 d / 90 d / all time, governorate counts 7 d / all time, and feed
 * first pages with their total (no filter; one actor; actor + governorate, all time; security operations over 7 d). Prints p50/p95 beside the targets
 * (<= 1M rows: every query p95 <= 50 ms; 10M: all-time <= 250 ms, 7 d <= 40 ms), writes bench/results/<date>-history.json.
 *
 *   npm run bench:history [-- --sizes 1000000,10000000 --stores sqlite,postgres --pg-max 1000000 --reps 20 --loader sql|js] [--smoke]
 *
 * PostgreSQL runs sizes up to --pg-max (default 1M, to keep `npm run bench` under 15 minutes); for 10M on PostgreSQL:
 *   npm run bench:history -- --sizes 10000000 --stores postgres --pg-max 10000000
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) names the PostgreSQL server; skipped when unreachable.
 */
import Database from "better-sqlite3";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { statementQuerySchema, volumeQuerySchema } from "../../lib/contract/schemas";
import { identityKeys } from "../../lib/ingest/canonical";
import { createStore, type SqlStore } from "../../lib/store";
import { loadEnv } from "../../lib/env";
import { ACTOR_TOTAL_TABLES, ALL_TOTAL_TABLES } from "../../lib/store/core/coarse-rollups";
import { actors, type ActorRow, type Chunk, generate, HOUR_MS } from "./history-gen";
import { loadPostgresSql, loadSqliteSql } from "./history-sql";
import { fmt, pct, printTable, type Row, writeResult } from "./lib";

const DAY = 24 * HOUR_MS;

/** cpuMs: this process's CPU per call (all of the work for SQLite, which runs in-process; the client side for PostgreSQL). */
export interface QueryResult { name: string; p50: number | null; p95: number | null; cpuMs: number; target: number; ok: boolean | null }
export interface HistoryRun {
  store: "sqlite" | "postgres"; size: number; loadSeconds: number; rowsPerSecond: number; dbMb: number | null;
  /** With --verify: mismatches between the loaded rollups and a recount of the raw rows (expected: none). */
  mismatches: number | null;
  queries: QueryResult[];
}

function strArg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

/** Targets: up to 1M rows every query p95 <= 50 ms; beyond, all-time <= 250 ms and 7 d <= 40 ms (others: 250 ms). */
function targetFor(name: string, size: number): number {
  if (size <= 1_000_000) return 50;
  return name.includes("7 d") ? 40 : 250;
}

/** The all-actor totals (migration 11) summed from the actor totals the generator computed. */
const allTotalsFromActorTotals = ALL_TOTAL_TABLES.map(([table, unit], i) =>
  `INSERT INTO ${table} (${unit}, uniques, mentions) SELECT ${unit}, SUM(uniques), SUM(mentions) FROM ${ACTOR_TOTAL_TABLES[i]![0]} GROUP BY 1`);

export async function loadSqlite(path: string, size: number, endMs: number, chunk: number): Promise<void> {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.pragma("foreign_keys = OFF");
  db.pragma("cache_size = -262144");
  const ins = {
    s: db.prepare(`INSERT INTO statements (seq, id, actor_id, type, text, quote, stated_at, published_at, ingested_at, outlet, url, security_op, govs, cluster_id, echo_of)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    g: db.prepare(`INSERT INTO statement_governorates (statement_seq, code) VALUES (?, ?)`),
    c: db.prepare(`INSERT INTO clusters (id, head_id, actor_id, first_at, mentions, outlets) VALUES (?, ?, ?, ?, ?, ?)`),
    ah: db.prepare(`INSERT INTO rollup_actor_hour (hour, actor_id, type, security_op, uniques, mentions) VALUES (?, ?, ?, ?, ?, ?)`),
    ad: db.prepare(`INSERT INTO rollup_actor_day (day, actor_id, type, security_op, uniques, mentions) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (day, actor_id, type, security_op) DO UPDATE SET uniques = uniques + excluded.uniques, mentions = mentions + excluded.mentions`),
    gh: db.prepare(`INSERT INTO rollup_gov_hour (hour, code, security_op, uniques, mentions) VALUES (?, ?, ?, ?, ?)`),
    un: db.prepare(`INSERT INTO rollup_unresolved_hour (hour, security_op, uniques, mentions) VALUES (?, ?, ?, ?)`),
    th: db.prepare(`INSERT INTO rollup_actor_total_hour (hour, actor_id, uniques, mentions) VALUES (?, ?, ?, ?)`),
    td: db.prepare(`INSERT INTO rollup_actor_total_day (day, actor_id, uniques, mentions) VALUES (?, ?, ?, ?)`),
    tw: db.prepare(`INSERT INTO rollup_actor_total_week (week, actor_id, uniques, mentions) VALUES (?, ?, ?, ?)`),
    gd: db.prepare(`INSERT INTO rollup_gov_day (day, code, security_op, uniques, mentions) VALUES (?, ?, ?, ?, ?)`),
    ud: db.prepare(`INSERT INTO rollup_unresolved_day (day, security_op, uniques, mentions) VALUES (?, ?, ?, ?)`),
    ag: db.prepare(`INSERT INTO rollup_actor_gov_day (actor_id, code, day, uniques, mentions) VALUES (?, ?, ?, ?, ?)`),
  };
  // Secondary indexes are dropped for the load and rebuilt after it (one sort each instead of 10M B-tree inserts).
  const indexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('statements', 'statement_governorates') AND sql IS NOT NULL`)
    .all() as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);
  const b = (x: boolean) => (x ? 1 : 0);
  const write = db.transaction((c: Chunk) => {
    for (const r of c.statements) ins.s.run(r[0], r[1], r[2], r[3], r[4], b(r[5]), r[6], r[7], r[8], r[9], r[10], b(r[11]), r[12], r[13], r[14]);
    for (const r of c.govs) ins.g.run(r[0], r[1]);
    for (const r of c.clusters) ins.c.run(...r);
    for (const r of c.actorHour) ins.ah.run(r[0], r[1], r[2], b(r[3]), r[4], r[5]);
    for (const r of c.actorDay) ins.ad.run(r[0], r[1], r[2], b(r[3]), r[4], r[5]);
    for (const r of c.govHour) ins.gh.run(r[0], r[1], b(r[2]), r[3], r[4]);
    for (const r of c.unresolved) ins.un.run(r[0], b(r[1]), r[2], r[3]);
    for (const r of c.totalHour) ins.th.run(...r);
    for (const r of c.totalDay) ins.td.run(...r);
    for (const r of c.totalWeek) ins.tw.run(...r);
    for (const r of c.govDay) ins.gd.run(r[0], r[1], b(r[2]), r[3], r[4]);
    for (const r of c.unresolvedDay) ins.ud.run(r[0], b(r[1]), r[2], r[3]);
    for (const r of c.actorGovDay) ins.ag.run(...r);
  });
  const rows = actors();
  await generate(size, endMs, chunk, rows, (c) => { write(c); });
  writeActorsSqlite(db, rows, endMs);
  for (const sql of allTotalsFromActorTotals) db.exec(sql);
  for (const ix of indexes) db.exec(ix.sql);
  db.pragma("analysis_limit = 1000");
  db.exec("ANALYZE");
  db.close();
}

function writeActorsSqlite(db: Database.Database, rows: ActorRow[], now: number): void {
  const st = db.prepare(`INSERT INTO actors (id, name_ar, name_en, kind, aliases, search, total_uniques, total_mentions, last_stated_at, created_at)
    VALUES (?, ?, ?, ?, '[]', ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (const a of rows) st.run(a.id, a.nameAr, a.nameEn, a.kind, `${a.nameAr} | ${a.nameEn.toLowerCase()}`, a.uniques, a.mentions, a.last, now);
  })();
}

/** PostgreSQL: one multi-row INSERT … SELECT FROM unnest(arrays) per table per chunk, a transaction per chunk. */
export async function loadPostgres(url: string, schema: string, size: number, endMs: number, chunk: number): Promise<void> {
  const c = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await c.connect();
  try {
    const cols = <T extends unknown[]>(rows: T[], n: number): unknown[][] => Array.from({ length: n }, (_, k) => rows.map((r) => r[k]));
    const put = async (rows: unknown[][], sql: string, n: number) => {
      for (let i = 0; i < rows.length; i += 20_000) await c.query(sql, cols(rows.slice(i, i + 20_000), n));
    };
    const rows = actors();
    // Actors first (statements reference them); totals are set after the load.
    await c.query(`INSERT INTO actors (id, name_ar, name_en, kind, aliases, search, created_at)
      SELECT id, ar, en, k, '[]', ar || ' | ' || lower(en), $5 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, ar, en, k)`,
    [rows.map((a) => a.id), rows.map((a) => a.nameAr), rows.map((a) => a.nameEn), rows.map((a) => a.kind), endMs]);
    await generate(size, endMs, chunk, rows, async (ch) => {
      await c.query("BEGIN");
      await put(ch.statements, `INSERT INTO statements (seq, id, actor_id, type, text, quote, stated_at, published_at, ingested_at, outlet, url, security_op, govs, cluster_id, echo_of)
        SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bool[], $7::bigint[], $8::bigint[], $9::bigint[], $10::text[], $11::text[], $12::bool[], $13::text[], $14::text[], $15::text[])`, 15);
      await put(ch.govs, `INSERT INTO statement_governorates (statement_seq, code) SELECT * FROM unnest($1::bigint[], $2::text[])`, 2);
      await put(ch.clusters, `INSERT INTO clusters (id, head_id, actor_id, first_at, mentions, outlets) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::int[], $6::text[])`, 6);
      await put(ch.actorHour, `INSERT INTO rollup_actor_hour (hour, actor_id, type, security_op, uniques, mentions) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bool[], $5::int[], $6::int[])`, 6);
      await put(ch.actorDay, `INSERT INTO rollup_actor_day AS d (day, actor_id, type, security_op, uniques, mentions) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bool[], $5::int[], $6::int[])
        ON CONFLICT (day, actor_id, type, security_op) DO UPDATE SET uniques = d.uniques + excluded.uniques, mentions = d.mentions + excluded.mentions`, 6);
      await put(ch.govHour, `INSERT INTO rollup_gov_hour (hour, code, security_op, uniques, mentions) SELECT * FROM unnest($1::bigint[], $2::text[], $3::bool[], $4::int[], $5::int[])`, 5);
      await put(ch.unresolved, `INSERT INTO rollup_unresolved_hour (hour, security_op, uniques, mentions) SELECT * FROM unnest($1::bigint[], $2::bool[], $3::int[], $4::int[])`, 4);
      for (const [table, unit, rows] of [["rollup_actor_total_hour", "hour", ch.totalHour], ["rollup_actor_total_day", "day", ch.totalDay], ["rollup_actor_total_week", "week", ch.totalWeek]] as const) {
        await put(rows, `INSERT INTO ${table} (${unit}, actor_id, uniques, mentions) SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[], $4::int[])`, 4);
      }
      await put(ch.govDay, `INSERT INTO rollup_gov_day (day, code, security_op, uniques, mentions) SELECT * FROM unnest($1::bigint[], $2::text[], $3::bool[], $4::int[], $5::int[])`, 5);
      await put(ch.unresolvedDay, `INSERT INTO rollup_unresolved_day (day, security_op, uniques, mentions) SELECT * FROM unnest($1::bigint[], $2::bool[], $3::int[], $4::int[])`, 4);
      await put(ch.actorGovDay, `INSERT INTO rollup_actor_gov_day (actor_id, code, day, uniques, mentions) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::int[], $5::int[])`, 5);
      await c.query("COMMIT");
    });
    await c.query(`UPDATE actors a SET total_uniques = t.u, total_mentions = t.m, last_stated_at = t.l
      FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::bigint[]) AS t(id, u, m, l) WHERE a.id = t.id`,
    [rows.map((a) => a.id), rows.map((a) => a.uniques), rows.map((a) => a.mentions), rows.map((a) => a.last)]);
    for (const sql of allTotalsFromActorTotals) await c.query(sql);
    await c.query(`SELECT setval(pg_get_serial_sequence('statements', 'seq'), GREATEST(1, (SELECT MAX(seq) FROM statements)))`);
    await c.query("VACUUM ANALYZE");
  } finally {
    await c.end();
  }
}

export async function timeQueries(store: SqlStore, size: number, endMs: number, reps: number): Promise<QueryResult[]> {
  const now = new Date(endMs);
  const iso = (t: number) => new Date(t).toISOString();
  const queries: [string, () => Promise<unknown>][] = [
    ["volume per actor, 7 d", () => store.volume(volumeQuerySchema.parse({ from: iso(endMs - 7 * DAY), to: iso(endMs) }), now)],
    ["volume per actor, 90 d", () => store.volume(volumeQuerySchema.parse({ from: iso(endMs - 90 * DAY), to: iso(endMs) }), now)],
    ["volume per actor, all time", () => store.volume(volumeQuerySchema.parse({ range: "all" }), now)],
    ["governorate counts, 7 d", () => store.governorateCounts({ from: iso(endMs - 7 * DAY), to: iso(endMs) }, now)],
    ["governorate counts, all time", () => store.governorateCounts({ range: "all" }, now)],
    ["feed page, no filter (newest + total)", () => store.listStatements(statementQuerySchema.parse({}))],
    ["feed page, one actor, all time", () => store.listStatements(statementQuerySchema.parse({ actors: "hist-actor-3" }))],
    ["feed page, actor + governorate, all time", () => store.listStatements(statementQuerySchema.parse({ actors: "hist-actor-3", governorates: "SY-HL" }))],
    ["feed page, security ops, 7 d", () => store.listStatements(statementQuerySchema.parse({ security: "true", from: iso(endMs - 7 * DAY), to: iso(endMs) }))],
  ];
  const out: QueryResult[] = [];
  for (const [name, fn] of queries) {
    await fn();
    await fn();
    const ts: number[] = [];
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < reps; i++) {
      const t = performance.now();
      await fn();
      ts.push(performance.now() - t);
    }
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000 / Math.max(1, reps);
    const target = targetFor(name, size);
    const p95 = pct(ts, 95);
    out.push({ name, p50: pct(ts, 50), p95, cpuMs, target, ok: p95 === null ? null : p95 <= target });
  }
  return out;
}

async function pgUsable(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

type Loader = "sql" | "js";

async function runOne(kind: "sqlite" | "postgres", size: number, reps: number, url: string, verify: boolean, loader: Loader): Promise<HistoryRun> {
  const endMs = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
  const chunk = Math.min(100_000, Math.max(1000, size));
  const t = performance.now();
  let store: SqlStore;
  let dbMb: number | null = null;
  let cleanup: () => Promise<void>;
  // A failed load still removes its file / schema.
  const orClean = async <T>(p: Promise<T>): Promise<T> => p.catch(async (e: unknown) => { await cleanup(); throw e; });
  if (kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "bayan-history-"));
    const path = join(dir, "history.db");
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
    store = await orClean((async () => {
      await (await createStore({ keys: identityKeys, sqlitePath: path })).close();
      if (loader === "js") await loadSqlite(path, size, endMs, chunk);
      else await loadSqliteSql(path, size, endMs);
      // The page cache the server would use (SQLITE_CACHE_MB), so a run measures the configured setting.
      return createStore({ keys: identityKeys, sqlitePath: path, sqliteCacheMb: loadEnv().SQLITE_CACHE_MB });
    })());
    dbMb = statSync(path).size / 2 ** 20;
  } else {
    const schema = `bayan_history_${process.pid}_${Date.now().toString(36)}`;
    cleanup = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    };
    store = await orClean((async () => {
      await (await createStore({ keys: identityKeys, databaseUrl: url, pgSchema: schema })).close();
      if (loader === "js") await loadPostgres(url, schema, size, endMs, chunk);
      else await loadPostgresSql(url, schema, size, endMs);
      return createStore({ keys: identityKeys, databaseUrl: url, pgSchema: schema });
    })());
  }
  const loadSeconds = (performance.now() - t) / 1000;
  console.log(`${kind} ${size} (${loader} loader): generated and loaded in ${loadSeconds.toFixed(1)} s (${Math.round(size / loadSeconds)} statements/s)`);
  try {
    const mismatches = verify ? (await store.verifyRollups()).length : null;
    if (mismatches) console.warn(`  ${mismatches} rollup mismatches after the load`);
    const queries = await timeQueries(store, size, endMs, reps);
    for (const q of queries) console.log(`  ${q.name}: p50 ${fmt(q.p50)} ms, p95 ${fmt(q.p95)} ms, cpu ${fmt(q.cpuMs)} ms (target p95 <= ${q.target} ms)`);
    return { store: kind, size, loadSeconds, rowsPerSecond: size / loadSeconds, dbMb, mismatches, queries };
  } finally {
    await store.close();
    await cleanup();
  }
}

export async function benchHistory(smoke = process.argv.includes("--smoke")): Promise<{ file: string; rows: Row[]; runs: HistoryRun[] }> {
  const sizes = strArg("sizes", smoke ? "5000" : "1000000,10000000").split(",").map(Number).filter((n) => n > 0);
  const stores = strArg("stores", "sqlite,postgres").split(",") as ("sqlite" | "postgres")[];
  const pgMax = Number(strArg("pg-max", "1000000"));
  const reps = Number(strArg("reps", smoke ? "3" : "20"));
  const verify = smoke || process.argv.includes("--verify");
  const loader = strArg("loader", "sql") as Loader;
  const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const pgUp = stores.includes("postgres") && (await pgUsable(url));
  if (stores.includes("postgres") && !pgUp) console.warn(`[history] PostgreSQL unreachable at ${url}: skipped`);
  const runs: HistoryRun[] = [];
  for (const size of sizes) {
    for (const kind of stores) {
      if (kind === "postgres" && (!pgUp || size > pgMax)) continue;
      runs.push(await runOne(kind, size, reps, url, verify, loader));
    }
  }
  const rows: Row[] = [];
  for (const r of runs) {
    const label = `${r.store} ${r.size >= 1e6 ? `${r.size / 1e6}M` : r.size}`;
    rows.push({ figure: `${label} load`, value: `${fmt(r.loadSeconds, 0)} s, ${Math.round(r.rowsPerSecond)}/s`, target: "", ok: null });
    for (const q of r.queries) {
      rows.push({ figure: `${label} ${q.name} p50/p95 (cpu)`, value: `${fmt(q.p50)}/${fmt(q.p95)} ms (${fmt(q.cpuMs)})`, target: `p95<=${q.target} ms`, ok: q.ok });
    }
  }
  printTable("history", rows);
  const file = writeResult("history", { parameters: { sizes, stores, pgMax, reps, smoke, verify, loader, actors: 200, governorates: 14, spanDays: 730 }, runs, rows });
  console.log(`\nwrote ${file}`);
  return { file, rows, runs };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchHistory().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
}
