/** Actor list (totals from the maintained counters) and actor detail (rollups + indexed joins). */
import type { ActorDetail, ActorSummary } from "../../contract/dto";
import type { Filter } from "../../contract/schemas";
import type { StatementType } from "../../domain/statement";
import { type GovernorateCode } from "../../domain/governorates";
import { searchKey } from "./actors";
import { type Db, type Param, placeholders } from "./db";
import { hourOf, iso, ms } from "./keys";
import { ACTOR_COLS, type ActorRow, toActor } from "./rows";
import { filterWhere } from "./reads";

/** Time of the actor's latest non-retracted statement (maintained with the totals). */
const lastOf = (r: ActorRow): string | null => (r.last_stated_at != null ? iso(Number(r.last_stated_at)) : null);

/**
 * Actors (merged ones excluded), most statements first; `q` searches folded names and aliases.
 * With `filter`, each actor also carries `matching`: its cluster heads under that filter (the
 * contract's filter semantics, lib/contract/filter.ts; the filter's own `actors` is ignored).
 */
export async function listActors(db: Db, opts: { q?: string; limit?: number; filter?: Filter } = {}): Promise<ActorSummary[]> {
  const params: Param[] = [];
  const conds = ["merged_into IS NULL"];
  const q = opts.q ? searchKey(opts.q) : "";
  if (q) {
    conds.push("search LIKE ? ESCAPE '\\'");
    params.push(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  params.push(Math.min(Math.max(opts.limit ?? 100, 1), 1000));
  const rows = await db.all<ActorRow>(
    `SELECT ${ACTOR_COLS} FROM actors WHERE ${conds.join(" AND ")} ORDER BY total_uniques DESC, id ASC LIMIT ?`,
    params,
  );
  const out: ActorSummary[] = rows.map((r) => ({ ...toActor(r), total: Number(r.total_uniques), lastStatedAt: lastOf(r) }));
  if (!opts.filter || !out.length) return out;
  const cp: Param[] = [];
  const where = filterWhere({ ...opts.filter, actors: out.map((a) => a.id) }, cp);
  where.push("s.echo_of IS NULL");
  const counts = await db.all<{ actor_id: string; n: number | string }>(
    `SELECT s.actor_id, COUNT(*) AS n FROM statements s WHERE ${where.join(" AND ")} GROUP BY s.actor_id`, cp,
  );
  const by = new Map(counts.map((c) => [c.actor_id, Number(c.n)]));
  return out.map((a) => ({ ...a, matching: by.get(a.id) ?? 0 }));
}

/** One actor with its statement types (exact in a range, else from rollup_actor_hour) and governorates (indexed join) under a filter. */
export async function getActor(db: Db, id: string, f: Filter = {}): Promise<ActorDetail | null> {
  const row = await db.get<ActorRow>(`SELECT ${ACTOR_COLS} FROM actors WHERE id = ?`, [id]);
  if (!row) return null;
  const params: Param[] = [id];
  const conds = ["actor_id = ?"];
  if (f.from) {
    conds.push("hour >= ?");
    params.push(hourOf(ms(f.from)));
  }
  if (f.to) {
    conds.push("hour <= ?");
    params.push(hourOf(ms(f.to)));
  }
  if (f.types?.length) {
    conds.push(`type IN (${placeholders(f.types.length)})`);
    params.push(...f.types);
  }
  if (f.security === true) conds.push("security_op = TRUE");
  const gp: Param[] = [];
  const gconds = filterWhere({ ...f, actors: [id] }, gp);
  gconds.push("s.echo_of IS NULL");
  // A range with a start counts the actor's statements in it exactly ((actor_id, stated_at) index), the same
  // number the feed shows; whole history (no start) is summed from the hourly rollup.
  const types = f.from
    ? await db.all<{ type: string; n: number }>(
      `SELECT s.type AS type, COUNT(*) AS n FROM statements s WHERE ${gconds.join(" AND ")} GROUP BY s.type ORDER BY n DESC, s.type`,
      gp,
    )
    : await db.all<{ type: string; n: number }>(
      `SELECT type, SUM(uniques) AS n FROM rollup_actor_hour WHERE ${conds.join(" AND ")} GROUP BY type ORDER BY n DESC, type`,
      params,
    );
  const govs = await db.all<{ code: string; n: number }>(
    `SELECT g.code, COUNT(*) AS n FROM statement_governorates g JOIN statements s ON s.seq = g.statement_seq
     WHERE ${gconds.join(" AND ")} GROUP BY g.code ORDER BY n DESC, g.code`,
    gp,
  );
  const typeCounts = types.map((t) => ({ type: t.type as StatementType, count: Number(t.n) })).filter((t) => t.count > 0);
  return {
    ...toActor(row),
    total: typeCounts.reduce((s, t) => s + t.count, 0),
    lastStatedAt: lastOf(row),
    types: typeCounts,
    governorates: govs.map((g) => ({ code: g.code as GovernorateCode, count: Number(g.n) })),
  };
}
