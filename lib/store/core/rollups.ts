/**
 * Rollup maintenance (rollup_actor_hour, rollup_actor_day, rollup_gov_hour, rollup_unresolved_hour,
 * actor totals). Every change to what counts (insert, echo join, retraction, head
 * promotion) calls `bump` inside the same transaction, so the hourly rollups and the
 * actor totals always equal a recount of the raw rows:
 *   uniques  = non-retracted statements that head their cluster (echo_of IS NULL)
 *   mentions = non-retracted statements
 * bucketed by the hour of stated_at.
 */
import { bumpCoarse, moveCoarse } from "./coarse-rollups";
import type { Db } from "./db";

export interface Counted {
  statedAt: number;
  hour: number;
  actorId: string;
  type: string;
  securityOp: boolean;
  govs: readonly string[];
}

export async function bump(db: Db, s: Counted, dU: number, dM: number): Promise<void> {
  if (dU === 0 && dM === 0) return;
  await bumpCoarse(db, s, dU, dM);
  await db.run(
    `INSERT INTO rollup_actor_hour (hour, actor_id, type, security_op, uniques, mentions) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (hour, actor_id, type, security_op) DO UPDATE SET
       uniques = rollup_actor_hour.uniques + excluded.uniques, mentions = rollup_actor_hour.mentions + excluded.mentions`,
    [s.hour, s.actorId, s.type, s.securityOp, dU, dM],
  );
  await db.run(
    `INSERT INTO rollup_actor_day (day, actor_id, type, security_op, uniques, mentions) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (day, actor_id, type, security_op) DO UPDATE SET
       uniques = rollup_actor_day.uniques + excluded.uniques, mentions = rollup_actor_day.mentions + excluded.mentions`,
    [Math.floor(s.hour / 24), s.actorId, s.type, s.securityOp, dU, dM],
  );
  for (const code of s.govs) {
    await db.run(
      `INSERT INTO rollup_gov_hour (hour, code, security_op, uniques, mentions) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (hour, code, security_op) DO UPDATE SET
         uniques = rollup_gov_hour.uniques + excluded.uniques, mentions = rollup_gov_hour.mentions + excluded.mentions`,
      [s.hour, code, s.securityOp, dU, dM],
    );
  }
  if (s.govs.length === 0) {
    await db.run(
      `INSERT INTO rollup_unresolved_hour (hour, security_op, uniques, mentions) VALUES (?, ?, ?, ?)
       ON CONFLICT (hour, security_op) DO UPDATE SET
         uniques = rollup_unresolved_hour.uniques + excluded.uniques, mentions = rollup_unresolved_hour.mentions + excluded.mentions`,
      [s.hour, s.securityOp, dU, dM],
    );
  }
  if (dM > 0) {
    await db.run(
      `UPDATE actors SET total_uniques = total_uniques + ?, total_mentions = total_mentions + ?,
         last_stated_at = CASE WHEN last_stated_at IS NULL OR last_stated_at < ? THEN ? ELSE last_stated_at END WHERE id = ?`,
      [dU, dM, s.statedAt, s.statedAt, s.actorId],
    );
  } else if (dM < 0) {
    await db.run(
      `UPDATE actors SET total_uniques = total_uniques + ?, total_mentions = total_mentions + ?,
         last_stated_at = (SELECT MAX(s.stated_at) FROM statements s WHERE s.actor_id = ? AND NOT s.retracted) WHERE id = ?`,
      [dU, dM, s.actorId, s.actorId],
    );
  } else {
    await db.run(`UPDATE actors SET total_uniques = total_uniques + ? WHERE id = ?`, [dU, s.actorId]);
  }
}

/** Moves an actor's hourly rollups and totals onto another actor (merge). */
export async function moveActorRollups(db: Db, fromId: string, intoId: string): Promise<void> {
  await moveCoarse(db, fromId, intoId);
  for (const [table, unit] of [["rollup_actor_hour", "hour"], ["rollup_actor_day", "day"]] as const) {
    await db.run(
      `INSERT INTO ${table} (${unit}, actor_id, type, security_op, uniques, mentions)
       SELECT ${unit}, ?, type, security_op, uniques, mentions FROM ${table} WHERE actor_id = ?
       ON CONFLICT (${unit}, actor_id, type, security_op) DO UPDATE SET
         uniques = ${table}.uniques + excluded.uniques, mentions = ${table}.mentions + excluded.mentions`,
      [intoId, fromId],
    );
    await db.run(`DELETE FROM ${table} WHERE actor_id = ?`, [fromId]);
  }
  const from = await db.get<{ u: number; m: number }>(`SELECT total_uniques AS u, total_mentions AS m FROM actors WHERE id = ?`, [fromId]);
  await db.run(`UPDATE actors SET total_uniques = total_uniques + ?, total_mentions = total_mentions + ? WHERE id = ?`, [
    from?.u ?? 0,
    from?.m ?? 0,
    intoId,
  ]);
  await db.run(`UPDATE actors SET last_stated_at = (SELECT MAX(last_stated_at) FROM actors WHERE id IN (?, ?)) WHERE id = ?`, [
    fromId, intoId, intoId,
  ]);
  await db.run(`UPDATE actors SET total_uniques = 0, total_mentions = 0, last_stated_at = NULL WHERE id = ?`, [fromId]);
}
