/**
 * Rebuilds every rollup and the actor totals from the raw statements, in one transaction: the same counts `bump`
 * (rollups.ts) keeps up to date live (uniques = non-retracted cluster heads, mentions = non-retracted statements, by
 * the hour of stated_at), recomputed with one INSERT … SELECT … GROUP BY per table. Used after bulk loads that bypass
 * the insert path (the history benchmark) and as a repair; `verifyRollups` checks the result against a recount.
 */
import { ACTOR_TOTAL_TABLES, ALL_TOTAL_TABLES, WEEK_OFFSET_HOURS } from "./coarse-rollups";
import { type Db, ROLLUP_TABLES } from "./db";
import { HOUR_MS } from "./keys";

const U = "SUM(CASE WHEN s.echo_of IS NULL THEN 1 ELSE 0 END)";
const LIVE = "FROM statements s WHERE NOT s.retracted";
const GOV_LIVE = "FROM statements s JOIN statement_governorates g ON g.statement_seq = s.seq WHERE NOT s.retracted";
const HOUR = `s.stated_at / ${HOUR_MS}`;

/** The statements, in order (finer tables first: the coarser ones sum them). */
export const REBUILD_SQL: readonly string[] = [
  `INSERT INTO rollup_actor_hour (hour, actor_id, type, security_op, uniques, mentions)
     SELECT ${HOUR}, s.actor_id, s.type, s.security_op, ${U}, COUNT(*) ${LIVE} GROUP BY 1, 2, 3, 4`,
  `INSERT INTO rollup_actor_day (day, actor_id, type, security_op, uniques, mentions)
     SELECT hour / 24, actor_id, type, security_op, SUM(uniques), SUM(mentions) FROM rollup_actor_hour GROUP BY 1, 2, 3, 4`,
  `INSERT INTO rollup_actor_total_hour (hour, actor_id, uniques, mentions)
     SELECT hour, actor_id, SUM(uniques), SUM(mentions) FROM rollup_actor_hour GROUP BY 1, 2`,
  `INSERT INTO rollup_actor_total_day (day, actor_id, uniques, mentions)
     SELECT hour / 24, actor_id, SUM(uniques), SUM(mentions) FROM rollup_actor_total_hour GROUP BY 1, 2`,
  `INSERT INTO rollup_actor_total_week (week, actor_id, uniques, mentions)
     SELECT (hour + ${WEEK_OFFSET_HOURS}) / 168, actor_id, SUM(uniques), SUM(mentions) FROM rollup_actor_total_hour GROUP BY 1, 2`,
  ...ALL_TOTAL_TABLES.map(([table, unit], i) => `INSERT INTO ${table} (${unit}, uniques, mentions)
     SELECT ${unit}, SUM(uniques), SUM(mentions) FROM ${ACTOR_TOTAL_TABLES[i]![0]} GROUP BY 1`),
  `INSERT INTO rollup_gov_hour (hour, code, security_op, uniques, mentions)
     SELECT ${HOUR}, g.code, s.security_op, ${U}, COUNT(*) ${GOV_LIVE} GROUP BY 1, 2, 3`,
  `INSERT INTO rollup_gov_day (day, code, security_op, uniques, mentions)
     SELECT hour / 24, code, security_op, SUM(uniques), SUM(mentions) FROM rollup_gov_hour GROUP BY 1, 2, 3`,
  `INSERT INTO rollup_actor_gov_day (actor_id, code, day, uniques, mentions)
     SELECT s.actor_id, g.code, ${HOUR} / 24, ${U}, COUNT(*) ${GOV_LIVE} GROUP BY 1, 2, 3`,
  `INSERT INTO rollup_unresolved_hour (hour, security_op, uniques, mentions)
     SELECT ${HOUR}, s.security_op, ${U}, COUNT(*) ${LIVE} AND s.govs = '[]' GROUP BY 1, 2`,
  `INSERT INTO rollup_unresolved_day (day, security_op, uniques, mentions)
     SELECT hour / 24, security_op, SUM(uniques), SUM(mentions) FROM rollup_unresolved_hour GROUP BY 1, 2`,
  `UPDATE actors SET
     total_uniques = COALESCE((SELECT SUM(w.uniques) FROM rollup_actor_total_week w WHERE w.actor_id = actors.id), 0),
     total_mentions = COALESCE((SELECT SUM(w.mentions) FROM rollup_actor_total_week w WHERE w.actor_id = actors.id), 0),
     last_stated_at = (SELECT MAX(s.stated_at) FROM statements s WHERE s.actor_id = actors.id AND NOT s.retracted)`,
];

/** Sort memory for the GROUP BYs (millions of rows): SQLite's sorter spills to temp files beyond cache_size. */
const SORT_KIB = 262_144;

export async function rebuildRollups(db: Db): Promise<void> {
  const sqlite = db.dialect === "sqlite";
  const cache = sqlite ? await db.get<{ cache_size: number }>("PRAGMA cache_size") : undefined;
  if (sqlite) await db.exec(`PRAGMA cache_size = -${SORT_KIB}; PRAGMA threads = 2;`);
  try {
    await db.tx(async (t) => {
      if (!sqlite) await t.exec(`SET LOCAL work_mem = '${SORT_KIB / 1024}MB'`);
      for (const table of ROLLUP_TABLES) await t.run(`DELETE FROM ${table}`);
      for (const sql of REBUILD_SQL) await t.run(sql);
    });
  } finally {
    if (sqlite) await db.exec(`PRAGMA cache_size = ${cache?.cache_size ?? -2000}; PRAGMA threads = 0;`);
  }
  await db.maintain();
}
