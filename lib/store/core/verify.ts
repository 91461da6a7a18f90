/**
 * Consistency check: recounts raw statements and compares with the rollups, actor totals
 * and cluster counters. Returns a list of mismatches (empty when consistent). Used by the
 * contract tests; cheap enough to run by hand on a live database (full scan).
 */
import { ACTOR_TOTAL_TABLES, ALL_TOTAL_TABLES, WEEK_OFFSET_HOURS } from "./coarse-rollups";
import type { Db } from "./db";
import { HOUR_MS } from "./keys";

type Row = { k: string; u: number; m: number };

function diff(label: string, stored: Row[], raw: Row[]): string[] {
  const key = (r: Row) => String(r.k);
  const a = new Map(stored.filter((r) => Number(r.u) !== 0 || Number(r.m) !== 0).map((r) => [key(r), r]));
  const b = new Map(raw.map((r) => [key(r), r]));
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k);
    const y = b.get(k);
    if (Number(x?.u ?? 0) !== Number(y?.u ?? 0) || Number(x?.m ?? 0) !== Number(y?.m ?? 0)) {
      out.push(`${label} ${k}: stored ${x?.u ?? 0}/${x?.m ?? 0}, raw ${y?.u ?? 0}/${y?.m ?? 0}`);
    }
  }
  return out;
}

const U = "SUM(CASE WHEN s.echo_of IS NULL THEN 1 ELSE 0 END)";
const SEC = "CASE WHEN s.security_op THEN 1 ELSE 0 END";
const SEC_R = "CASE WHEN security_op THEN 1 ELSE 0 END";
const SEP = "'|'";

export async function verifyRollups(db: Db): Promise<string[]> {
  const cat = (...parts: string[]) => parts.map((p) => `CAST(${p} AS TEXT)`).join(` || ${SEP} || `);
  const hour = `(s.stated_at / ${HOUR_MS})`;
  const out: string[] = [];
  out.push(...diff("actor_hour",
    await db.all(`SELECT ${cat("hour", "actor_id", "type", SEC_R)} AS k, uniques AS u, mentions AS m FROM rollup_actor_hour`),
    await db.all(`SELECT ${cat(hour, "s.actor_id", "s.type", SEC)} AS k, ${U} AS u, COUNT(*) AS m
      FROM statements s WHERE NOT s.retracted GROUP BY 1`)));
  out.push(...diff("actor_day",
    await db.all(`SELECT ${cat("day", "actor_id", "type", SEC_R)} AS k, uniques AS u, mentions AS m FROM rollup_actor_day`),
    await db.all(`SELECT ${cat(`(s.stated_at / ${24 * HOUR_MS})`, "s.actor_id", "s.type", SEC)} AS k, ${U} AS u, COUNT(*) AS m
      FROM statements s WHERE NOT s.retracted GROUP BY 1`)));
  out.push(...diff("gov_hour",
    await db.all(`SELECT ${cat("hour", "code", SEC_R)} AS k, uniques AS u, mentions AS m FROM rollup_gov_hour`),
    await db.all(`SELECT ${cat(hour, "g.code", SEC)} AS k, ${U} AS u, COUNT(*) AS m
      FROM statements s JOIN statement_governorates g ON g.statement_seq = s.seq WHERE NOT s.retracted GROUP BY 1`)));
  out.push(...diff("unresolved_hour",
    await db.all(`SELECT ${cat("hour", SEC_R)} AS k, uniques AS u, mentions AS m FROM rollup_unresolved_hour`),
    await db.all(`SELECT ${cat(hour, SEC)} AS k, ${U} AS u, COUNT(*) AS m
      FROM statements s WHERE NOT s.retracted AND s.govs = '[]' GROUP BY 1`)));
  const day = `(s.stated_at / ${24 * HOUR_MS})`;
  const week = `((s.stated_at / ${HOUR_MS} + ${WEEK_OFFSET_HOURS}) / 168)`;
  for (const [table, unit] of ACTOR_TOTAL_TABLES) {
    const t = unit === "hour" ? hour : unit === "day" ? day : week;
    out.push(...diff(table,
      await db.all(`SELECT ${cat(unit, "actor_id")} AS k, uniques AS u, mentions AS m FROM ${table}`),
      await db.all(`SELECT ${cat(t, "s.actor_id")} AS k, ${U} AS u, COUNT(*) AS m FROM statements s WHERE NOT s.retracted GROUP BY 1`)));
  }
  for (const [table, unit] of ALL_TOTAL_TABLES) {
    const t = unit === "hour" ? hour : unit === "day" ? day : week;
    out.push(...diff(table,
      await db.all(`SELECT CAST(${unit} AS TEXT) AS k, uniques AS u, mentions AS m FROM ${table}`),
      await db.all(`SELECT CAST(${t} AS TEXT) AS k, ${U} AS u, COUNT(*) AS m FROM statements s WHERE NOT s.retracted GROUP BY 1`)));
  }
  out.push(...diff("gov_day",
    await db.all(`SELECT ${cat("day", "code", SEC_R)} AS k, uniques AS u, mentions AS m FROM rollup_gov_day`),
    await db.all(`SELECT ${cat(day, "g.code", SEC)} AS k, ${U} AS u, COUNT(*) AS m
      FROM statements s JOIN statement_governorates g ON g.statement_seq = s.seq WHERE NOT s.retracted GROUP BY 1`)));
  out.push(...diff("actor_gov_day",
    await db.all(`SELECT ${cat("actor_id", "code", "day")} AS k, uniques AS u, mentions AS m FROM rollup_actor_gov_day`),
    await db.all(`SELECT ${cat("s.actor_id", "g.code", day)} AS k, ${U} AS u, COUNT(*) AS m
      FROM statements s JOIN statement_governorates g ON g.statement_seq = s.seq WHERE NOT s.retracted GROUP BY 1`)));
  out.push(...diff("unresolved_day",
    await db.all(`SELECT ${cat("day", SEC_R)} AS k, uniques AS u, mentions AS m FROM rollup_unresolved_day`),
    await db.all(`SELECT ${cat(day, SEC)} AS k, ${U} AS u, COUNT(*) AS m FROM statements s WHERE NOT s.retracted AND s.govs = '[]' GROUP BY 1`)));
  out.push(...diff("actor_total",
    await db.all(`SELECT id AS k, total_uniques AS u, total_mentions AS m FROM actors`),
    await db.all(`SELECT s.actor_id AS k, ${U} AS u, COUNT(*) AS m FROM statements s WHERE NOT s.retracted GROUP BY 1`)));
  out.push(...diff("actor_last",
    await db.all(`SELECT id AS k, 0 AS u, last_stated_at AS m FROM actors WHERE last_stated_at IS NOT NULL`),
    await db.all(`SELECT s.actor_id AS k, 0 AS u, MAX(s.stated_at) AS m FROM statements s WHERE NOT s.retracted GROUP BY 1`)));
  out.push(...diff("cluster",
    await db.all(`SELECT id AS k, 0 AS u, mentions AS m FROM clusters`),
    await db.all(`SELECT s.cluster_id AS k, 0 AS u, COUNT(*) AS m FROM statements s WHERE NOT s.retracted GROUP BY 1`)));
  const heads = await db.all<{ k: string; n: number; ok: number }>(
    `SELECT c.id AS k, COUNT(s.seq) AS n, SUM(CASE WHEN s.id = c.head_id THEN 1 ELSE 0 END) AS ok
     FROM clusters c JOIN statements s ON s.cluster_id = c.id AND NOT s.retracted AND s.echo_of IS NULL GROUP BY c.id`,
  );
  for (const h of heads) if (Number(h.n) !== 1 || Number(h.ok) !== 1) out.push(`cluster ${h.k}: ${h.n} heads`);
  return out;
}
