/**
 * The feed's match count (first page header) from the rollups when the filter allows it: no governorate filter
 * (a statement may have several governorates and the governorate rollups have no actor dimension). Whole hours inside
 * [from, to] are summed from the rollups (whole weeks and days from the coarse tables), the partial edge hours are
 * counted from the raw rows: the result equals COUNT(*) of the raw query, in time bounded by the number of rollup rows.
 */
import type { Filter } from "../../contract/schemas";
import { type Db, type Param, placeholders } from "./db";
import { HOUR_MS, ms } from "./keys";
import { splitHours } from "./range";
import { filterWhere } from "./reads";

/** Beyond any stored statement: open-ended ranges end here (hour number, year ~13 400). */
const FAR_HOUR = 100_000_000;

export function countableFromRollups(f: Filter): boolean {
  return !f.governorates?.length;
}

/** Heads (unique statements) when `echoes` is false, else all mentions, matching `f` (no governorate filter). */
export async function countFromRollups(db: Db, f: Filter, echoes: boolean): Promise<number> {
  const from = f.from ? ms(f.from) : null;
  const to = f.to ? ms(f.to) : null;
  const hA = from === null ? 0 : Math.ceil(from / HOUR_MS);
  const hB = to === null ? FAR_HOUR : Math.floor((to + 1) / HOUR_MS) - 1;
  const coarse = !f.types?.length && f.security !== true;
  const col = echoes ? "mentions" : "uniques";
  let total = 0;
  if (hA <= hB) {
    for (const p of splitHours(hA, hB, coarse ? ["week", "day"] : ["day"])) {
      const params: Param[] = [p.lo, p.hi];
      const conds = [`${p.unit} >= ?`, `${p.unit} <= ?`];
      if (f.actors?.length) {
        conds.push(`actor_id IN (${placeholders(f.actors.length)})`);
        params.push(...f.actors);
      }
      if (f.types?.length) {
        conds.push(`type IN (${placeholders(f.types.length)})`);
        params.push(...f.types);
      }
      if (f.security === true) conds.push("security_op = TRUE");
      const table = coarse ? `rollup_actor_total_${p.unit}` : `rollup_actor_${p.unit}`;
      const r = await db.get<{ n: number | null }>(`SELECT SUM(${col}) AS n FROM ${table} WHERE ${conds.join(" AND ")}`, params);
      total += Number(r?.n ?? 0);
    }
  }
  // Edges: [from, first whole hour) and (last whole hour, to], or all of [from, to] inside one hour.
  const edges: [number, number][] = [];
  if (hA > hB) edges.push([from!, to!]);
  else {
    if (from !== null && from < hA * HOUR_MS) edges.push([from, hA * HOUR_MS - 1]);
    if (to !== null && to >= (hB + 1) * HOUR_MS) edges.push([(hB + 1) * HOUR_MS, to]);
  }
  for (const [a, b] of edges) {
    if (a > b) continue;
    const params: Param[] = [];
    const conds = filterWhere({ ...f, from: undefined, to: undefined }, params);
    if (!echoes) conds.push("s.echo_of IS NULL");
    conds.push("s.stated_at >= ?", "s.stated_at <= ?");
    params.push(a, b);
    const r = await db.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM statements s WHERE ${conds.join(" AND ")}`, params);
    total += Number(r?.n ?? 0);
  }
  return total;
}
