/**
 * Filter semantics: the one definition of "does this statement belong in this view".
 * The server's rooms and catch-up, the browser cache and the SQL in lib/store (filterWhere)
 * apply exactly these rules; tests/unit/store/filter-agreement.test.ts checks SQL and
 * `matchesFilter` agree on generated statements and filters.
 *
 * - actors / governorates / types: any-of within a list, all lists must match (AND across lists);
 *   a statement matches a governorate list when one of its governorates is in it.
 * - security: true keeps security-operation statements only; false/absent adds nothing.
 * - from / to: bounds on the statement time (`statedAt`), both inclusive, compared as instants.
 * - relative ranges (1h, 24h, 7d, 30d) are resolved against a clock into `from` (see resolveRange);
 *   `all` has no lower bound.
 */
import type { StatementDTO } from "./dto";
import type { Filter } from "./schemas";

export const RANGE_PRESETS = ["1h", "24h", "7d", "30d", "all", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const RANGE_MS: Record<Exclude<RangePreset, "all" | "custom">, number> = {
  "1h": 3_600_000, "24h": 86_400_000, "7d": 7 * 86_400_000, "30d": 30 * 86_400_000,
};

/** The time part of a view: a preset, or custom bounds (ISO) when range = custom. */
export interface ViewRange {
  range: RangePreset;
  from: string | null;
  to: string | null;
}

/** Resolves a view's range at time `now` into the absolute `from`/`to` (and `range: "all"`) of a Filter. */
export function resolveRange(r: ViewRange, now: number): Pick<Filter, "from" | "to" | "range"> {
  if (r.range === "custom") return { ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) };
  if (r.range === "all") return { range: "all" };
  return { from: new Date(now - RANGE_MS[r.range]).toISOString() };
}

const instant = (iso: string): number => Date.parse(iso);

/** Does a statement belong in a view with this (absolute) filter? */
export function matchesFilter(s: StatementDTO, f: Filter): boolean {
  if (f.actors?.length && !f.actors.includes(s.actor.id)) return false;
  if (f.governorates?.length && !s.governorates.some((g) => f.governorates?.includes(g))) return false;
  if (f.types?.length && !f.types.includes(s.type)) return false;
  if (f.security === true && !s.securityOperation) return false;
  const t = instant(s.statedAt);
  if (f.from && t < instant(f.from)) return false;
  if (f.to && t > instant(f.to)) return false;
  return true;
}

/** The part of a filter that selects socket rooms (the time range is applied by `matchesFilter`). */
export type SubscriptionFilter = Pick<Filter, "actors" | "governorates" | "types" | "security">;

export function toSubscriptionFilter(f: Filter): SubscriptionFilter {
  const { actors, governorates, types, security } = f;
  return {
    ...(actors?.length ? { actors } : {}),
    ...(governorates?.length ? { governorates } : {}),
    ...(types?.length ? { types } : {}),
    ...(security ? { security } : {}),
  };
}
