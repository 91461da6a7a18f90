/**
 * The feed's match count (first page header) from the rollups when the filter allows it (see planFor). Whole hours inside
 * [from, to] are summed from the rollups (whole weeks and days from the coarse tables), the partial edge hours are
 * counted from the raw rows: the result equals COUNT(*) of the raw query, in time bounded by the number of rollup rows.
 */
import type { Filter } from "../../contract/schemas";
import { type Db, type Param, placeholders } from "./db";
import { HOUR_MS, ms } from "./keys";
import { type RollupUnit, splitHours } from "./range";
import { filterWhere } from "./reads";

/** Beyond any stored statement: open-ended ranges end here (hour number, year ~13 400). */
const FAR_HOUR = 100_000_000;

interface Plan {
  units: ("day" | "week")[];
  /** The rollup table for a unit, or null: that piece is counted from the rows. */
  table(unit: RollupUnit): string | null;
  conds(params: Param[]): string[];
}

const actorIn = (f: Filter, params: Param[]): string[] => {
  if (!f.actors?.length) return [];
  params.push(...f.actors);
  return [`actor_id IN (${placeholders(f.actors.length)})`];
};

/**
 * Which rollups can answer a filter exactly: no governorate filter (actor rollups: coarse without type/security, else
 * typed); one governorate without types (with actors: the actor x governorate daily rollup; without: the governorate
 * rollups, which have the security dimension). Several governorates would count a statement once per governorate.
 */
function planFor(f: Filter): Plan | null {
  const govs = f.governorates ?? [];
  if (!govs.length) {
    const coarse = !f.types?.length && f.security !== true;
    return {
      units: coarse ? ["week", "day"] : ["day"],
      table: (u) => (coarse ? `rollup_actor_total_${u}` : u === "week" ? null : `rollup_actor_${u}`),
      conds: (params) => {
        const c = actorIn(f, params);
        if (f.types?.length) {
          c.push(`type IN (${placeholders(f.types.length)})`);
          params.push(...f.types);
        }
        if (f.security === true) c.push("security_op = TRUE");
        return c;
      },
    };
  }
  if (govs.length !== 1 || f.types?.length) return null;
  if (f.actors?.length) {
    if (f.security === true) return null;
    return {
      units: ["day"],
      table: (u) => (u === "day" ? "rollup_actor_gov_day" : null),
      conds: (params) => {
        const c = actorIn(f, params);
        c.push("code = ?");
        params.push(govs[0]!);
        return c;
      },
    };
  }
  return {
    units: ["day"],
    table: (u) => (u === "week" ? null : `rollup_gov_${u}`),
    conds: (params) => {
      params.push(govs[0]!);
      return ["code = ?", ...(f.security === true ? ["security_op = TRUE"] : [])];
    },
  };
}

export function countableFromRollups(f: Filter): boolean {
  return planFor(f) !== null;
}

const startHour = (unit: RollupUnit, n: number): number => (unit === "hour" ? n : unit === "day" ? n * 24 : n * 168 - 72);

/** Raw count of matching rows with stated_at in [a, b] (inclusive ms). */
async function rawCount(db: Db, f: Filter, echoes: boolean, a: number, b: number): Promise<number> {
  if (a > b) return 0;
  const params: Param[] = [];
  const conds = filterWhere({ ...f, from: undefined, to: undefined }, params);
  if (!echoes) conds.push("s.echo_of IS NULL");
  conds.push("s.stated_at >= ?", "s.stated_at <= ?");
  params.push(a, b);
  const r = await db.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM statements s WHERE ${conds.join(" AND ")}`, params);
  return Number(r?.n ?? 0);
}

/** Heads (unique statements) when `echoes` is false, else all mentions, matching `f` (countableFromRollups(f) must hold). */
export async function countFromRollups(db: Db, f: Filter, echoes: boolean): Promise<number> {
  const plan = planFor(f);
  if (!plan) throw new Error("countFromRollups: filter not countable from rollups");
  const from = f.from ? ms(f.from) : null;
  const to = f.to ? ms(f.to) : null;
  const hA = from === null ? 0 : Math.ceil(from / HOUR_MS);
  const hB = to === null ? FAR_HOUR : Math.floor((to + 1) / HOUR_MS) - 1;
  const col = echoes ? "mentions" : "uniques";
  let total = 0;
  if (hA <= hB) {
    for (const p of splitHours(hA, hB, plan.units)) {
      const table = plan.table(p.unit);
      if (!table) {
        // No rollup for this unit (edge hours of a daily-only rollup): count those rows.
        const endHour = p.unit === "hour" ? p.hi : startHour(p.unit, p.hi + 1) - 1;
        total += await rawCount(db, f, echoes, startHour(p.unit, p.lo) * HOUR_MS, (endHour + 1) * HOUR_MS - 1);
        continue;
      }
      const params: Param[] = [p.lo, p.hi];
      const conds = [`${p.unit} >= ?`, `${p.unit} <= ?`, ...plan.conds(params)];
      const r = await db.get<{ n: number | null }>(`SELECT SUM(${col}) AS n FROM ${table} WHERE ${conds.join(" AND ")}`, params);
      total += Number(r?.n ?? 0);
    }
  }
  // Edges: [from, first whole hour) and (last whole hour, to], or all of [from, to] inside one hour.
  if (hA > hB) total += await rawCount(db, f, echoes, from!, to!);
  else {
    if (from !== null && from < hA * HOUR_MS) total += await rawCount(db, f, echoes, from, hA * HOUR_MS - 1);
    if (to !== null && to >= (hB + 1) * HOUR_MS) total += await rawCount(db, f, echoes, (hB + 1) * HOUR_MS, to);
  }
  return total;
}
