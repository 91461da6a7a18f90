/**
 * Coarse rollups for long ranges (migration 8): per actor without the type/security dimensions, by hour, day and
 * week (Monday-aligned: week = floor((hour + 72) / 168)), and per governorate by day. Over two years the all-time volume
 * reads ~200 x 104 weekly rows and the all-time map ~14 x 2 x 730 daily rows, whatever the number of statements.
 * Maintained by `bump` (rollups.ts) in the same transaction as every other counter.
 */
import type { Db } from "./db";
import type { Counted } from "./rollups";

export const WEEK_OFFSET_HOURS = 72;
export const weekOf = (hour: number): number => Math.floor((hour + WEEK_OFFSET_HOURS) / 168);

export const ACTOR_TOTAL_TABLES = [
  ["rollup_actor_total_hour", "hour"],
  ["rollup_actor_total_day", "day"],
  ["rollup_actor_total_week", "week"],
] as const;

const upsert = (table: string, keys: string[]) =>
  `INSERT INTO ${table} (${keys.join(", ")}, uniques, mentions) VALUES (${keys.map(() => "?").join(", ")}, ?, ?)
   ON CONFLICT (${keys.join(", ")}) DO UPDATE SET
     uniques = ${table}.uniques + excluded.uniques, mentions = ${table}.mentions + excluded.mentions`;

/** Migration 11: statements of every actor per hour, day and week (volume's "others" = all minus the top actors). */
export const ALL_TOTAL_TABLES = [
  ["rollup_total_hour", "hour"],
  ["rollup_total_day", "day"],
  ["rollup_total_week", "week"],
] as const;

export async function bumpCoarse(db: Db, s: Counted, dU: number, dM: number): Promise<void> {
  const day = Math.floor(s.hour / 24);
  const at = { hour: s.hour, day, week: weekOf(s.hour) };
  for (const [table, unit] of ACTOR_TOTAL_TABLES) await db.run(upsert(table, [unit, "actor_id"]), [at[unit], s.actorId, dU, dM]);
  for (const [table, unit] of ALL_TOTAL_TABLES) await db.run(upsert(table, [unit]), [at[unit], dU, dM]);
  for (const code of s.govs) {
    await db.run(upsert("rollup_gov_day", ["day", "code", "security_op"]), [day, code, s.securityOp, dU, dM]);
    await db.run(upsert("rollup_actor_gov_day", ["actor_id", "code", "day"]), [s.actorId, code, day, dU, dM]);
  }
  if (s.govs.length === 0) await db.run(upsert("rollup_unresolved_day", ["day", "security_op"]), [day, s.securityOp, dU, dM]);
}

/** Merge: moves the coarse actor rollups of `fromId` onto `intoId`. */
export async function moveCoarse(db: Db, fromId: string, intoId: string): Promise<void> {
  for (const [table, unit] of ACTOR_TOTAL_TABLES) {
    await db.run(
      `INSERT INTO ${table} (${unit}, actor_id, uniques, mentions) SELECT ${unit}, ?, uniques, mentions FROM ${table} WHERE actor_id = ?
       ON CONFLICT (${unit}, actor_id) DO UPDATE SET uniques = ${table}.uniques + excluded.uniques, mentions = ${table}.mentions + excluded.mentions`,
      [intoId, fromId],
    );
    await db.run(`DELETE FROM ${table} WHERE actor_id = ?`, [fromId]);
  }
  await db.run(
    `INSERT INTO rollup_actor_gov_day (actor_id, code, day, uniques, mentions) SELECT ?, code, day, uniques, mentions FROM rollup_actor_gov_day WHERE actor_id = ?
     ON CONFLICT (actor_id, code, day) DO UPDATE SET uniques = rollup_actor_gov_day.uniques + excluded.uniques, mentions = rollup_actor_gov_day.mentions + excluded.mentions`,
    [intoId, fromId],
  );
  await db.run(`DELETE FROM rollup_actor_gov_day WHERE actor_id = ?`, [fromId]);
}

/** Migration 10: statements per actor per governorate per day (feed totals filtered by actor and one governorate). */
export function actorGovSql(sqlite: boolean): string {
  return `CREATE TABLE rollup_actor_gov_day (actor_id TEXT NOT NULL, code TEXT NOT NULL, day ${sqlite ? "INTEGER" : "BIGINT"} NOT NULL,
  uniques INTEGER NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY (actor_id, code, day))${sqlite ? " WITHOUT ROWID" : ""};
INSERT INTO rollup_actor_gov_day (actor_id, code, day, uniques, mentions)
  SELECT s.actor_id, g.code, s.stated_at / ${24 * 3_600_000}, SUM(CASE WHEN s.echo_of IS NULL THEN 1 ELSE 0 END), COUNT(*)
  FROM statements s JOIN statement_governorates g ON g.statement_seq = s.seq WHERE NOT s.retracted GROUP BY 1, 2, 3;
`;
}

/** Migration 8: the tables, filled from the hourly rollups. */
export function coarseRollupsSql(sqlite: boolean): string {
  const big = sqlite ? "INTEGER" : "BIGINT";
  const bool = sqlite ? "INTEGER" : "BOOLEAN";
  const clustered = sqlite ? " WITHOUT ROWID" : "";
  const counts = "uniques INTEGER NOT NULL, mentions INTEGER NOT NULL";
  const actorTable = (table: string, unit: string) =>
    `CREATE TABLE ${table} (${unit} ${big} NOT NULL, actor_id TEXT NOT NULL, ${counts}, PRIMARY KEY (${unit}, actor_id))${clustered};`;
  return `
${actorTable("rollup_actor_total_hour", "hour")}
${actorTable("rollup_actor_total_day", "day")}
${actorTable("rollup_actor_total_week", "week")}
CREATE TABLE rollup_gov_day (day ${big} NOT NULL, code TEXT NOT NULL, security_op ${bool} NOT NULL, ${counts}, PRIMARY KEY (day, code, security_op))${clustered};
CREATE TABLE rollup_unresolved_day (day ${big} NOT NULL, security_op ${bool} NOT NULL, ${counts}, PRIMARY KEY (day, security_op))${clustered};
INSERT INTO rollup_actor_total_hour (hour, actor_id, uniques, mentions)
  SELECT hour, actor_id, SUM(uniques), SUM(mentions) FROM rollup_actor_hour GROUP BY 1, 2;
INSERT INTO rollup_actor_total_day (day, actor_id, uniques, mentions)
  SELECT hour / 24, actor_id, SUM(uniques), SUM(mentions) FROM rollup_actor_hour GROUP BY 1, 2;
INSERT INTO rollup_actor_total_week (week, actor_id, uniques, mentions)
  SELECT (hour + ${WEEK_OFFSET_HOURS}) / 168, actor_id, SUM(uniques), SUM(mentions) FROM rollup_actor_hour GROUP BY 1, 2;
INSERT INTO rollup_gov_day (day, code, security_op, uniques, mentions)
  SELECT hour / 24, code, security_op, SUM(uniques), SUM(mentions) FROM rollup_gov_hour GROUP BY 1, 2, 3;
INSERT INTO rollup_unresolved_day (day, security_op, uniques, mentions)
  SELECT hour / 24, security_op, SUM(uniques), SUM(mentions) FROM rollup_unresolved_hour GROUP BY 1, 2;
`;
}

/**
 * Migration 11: all-actor totals per hour/day/week, filled from the actor totals, and covering (actor, time) indexes on
 * the actor totals so the volume series of the top actors seeks each actor's rows instead of scanning every actor.
 */
export function allTotalsSql(sqlite: boolean): string {
  const big = sqlite ? "INTEGER" : "BIGINT";
  const clustered = sqlite ? " WITHOUT ROWID" : "";
  return ALL_TOTAL_TABLES.map(([table, unit], i) => {
    const src = ACTOR_TOTAL_TABLES[i]![0];
    const cover = sqlite ? `(actor_id, ${unit}, uniques, mentions)` : `(actor_id, ${unit}) INCLUDE (uniques, mentions)`;
    return `CREATE TABLE ${table} (${unit} ${big} NOT NULL PRIMARY KEY, uniques INTEGER NOT NULL, mentions INTEGER NOT NULL)${clustered};
INSERT INTO ${table} (${unit}, uniques, mentions) SELECT ${unit}, SUM(uniques), SUM(mentions) FROM ${src} GROUP BY 1;
CREATE INDEX ${src}_actor ON ${src} ${cover};`;
  }).join("\n");
}
