/**
 * Dashboard filters as URL search parameters: pure parse / serialise.
 * Unknown parameters (wall params such as `watch`, `views`, `rotate`) are preserved untouched.
 */
import { RANGE_PRESETS, resolveRange, type RangePreset } from "../contract/filter";
import { COUNT_MODES, type CountMode, type Filter } from "../contract/schemas";
import { GOVERNORATE_CODES, type GovernorateCode } from "../domain/governorates";
import { STATEMENT_TYPES, type StatementType } from "../domain/statement";
import type { Lang } from "../i18n";

export { RANGE_MS, RANGE_PRESETS, type RangePreset } from "../contract/filter";
/** The one Lang type lives in lib/i18n. */
export type { Lang };

export interface DashboardFilters {
  actors: string[];
  gov: GovernorateCode[];
  types: StatementType[];
  security: boolean;
  range: RangePreset;
  /** ISO strings, only meaningful when range = custom. */
  from: string | null;
  to: string | null;
  count: CountMode;
}

export const DEFAULT_FILTERS: DashboardFilters = {
  actors: [], gov: [], types: [], security: false, range: "24h", from: null, to: null, count: "unique",
};

/** URL keys owned by the dashboard filters (order = serialisation order). */
export const FILTER_KEYS = ["actors", "gov", "types", "security", "range", "from", "to", "count"] as const;

type Params = Pick<URLSearchParams, "get">;

const list = (sp: Params, key: string): string[] =>
  (sp.get(key) ?? "").split(",").map((s) => s.trim()).filter(Boolean);

const unique = <T,>(xs: T[]): T[] => [...new Set(xs)];

function isoOrNull(v: string | null): string | null {
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

export function parseFilters(sp: Params): DashboardFilters {
  const actors = unique(list(sp, "actors").filter((a) => /^[a-z0-9][a-z0-9_.:-]{0,79}$/i.test(a))).slice(0, 50);
  const gov = unique(list(sp, "gov").map((g) => g.toUpperCase()))
    .filter((g): g is GovernorateCode => (GOVERNORATE_CODES as readonly string[]).includes(g));
  const types = unique(list(sp, "types"))
    .filter((t): t is StatementType => (STATEMENT_TYPES as readonly string[]).includes(t));
  const sec = sp.get("security");
  const rawRange = sp.get("range");
  let from = isoOrNull(sp.get("from"));
  let to = isoOrNull(sp.get("to"));
  let range: RangePreset = (RANGE_PRESETS as readonly string[]).includes(rawRange ?? "")
    ? (rawRange as RangePreset)
    : from || to ? "custom" : DEFAULT_FILTERS.range;
  if (range === "custom" && !from && !to) range = DEFAULT_FILTERS.range;
  if (range !== "custom") { from = null; to = null; }
  if (from && to && from > to) [from, to] = [to, from];
  const rawCount = sp.get("count");
  const count: CountMode = (COUNT_MODES as readonly string[]).includes(rawCount ?? "") ? (rawCount as CountMode) : "unique";
  return { actors, gov, types, security: sec === "1" || sec === "true", range, from, to, count };
}

/** Writes the filters into a copy of `base`, dropping defaults so URLs stay short. Other keys are kept. */
export function serializeFilters(f: DashboardFilters, base?: URLSearchParams | string): URLSearchParams {
  const sp = new URLSearchParams(base ?? "");
  for (const k of FILTER_KEYS) sp.delete(k);
  if (f.actors.length) sp.set("actors", f.actors.join(","));
  if (f.gov.length) sp.set("gov", f.gov.join(","));
  if (f.types.length) sp.set("types", f.types.join(","));
  if (f.security) sp.set("security", "1");
  if (f.range !== DEFAULT_FILTERS.range) sp.set("range", f.range);
  if (f.range === "custom") {
    if (f.from) sp.set("from", f.from);
    if (f.to) sp.set("to", f.to);
  }
  if (f.count !== "unique") sp.set("count", f.count);
  return sp;
}

/** `?a=1&b=2` (or "" when empty), with commas kept readable. */
export function toQueryString(sp: URLSearchParams): string {
  const s = sp.toString().replace(/%2C/gi, ",");
  return s ? `?${s}` : "";
}

export function parseLang(sp: Params): Lang | null {
  const l = sp.get("lang");
  return l === "ar" || l === "en" ? l : null;
}

/** The API filter (contract `Filter`) for the dashboard filters at time `now`. */
export function toApiFilter(f: DashboardFilters, now: number = Date.now()): Filter {
  const out: Filter = {};
  if (f.actors.length) out.actors = f.actors;
  if (f.gov.length) out.governorates = f.gov;
  if (f.types.length) out.types = f.types;
  if (f.security) out.security = true;
  return { ...out, ...resolveRange(f, now) };
}

/** Filter -> query string for the read API (comma lists). */
export function filterToParams(f: Filter): URLSearchParams {
  const sp = new URLSearchParams();
  if (f.actors?.length) sp.set("actors", f.actors.join(","));
  if (f.governorates?.length) sp.set("governorates", f.governorates.join(","));
  if (f.types?.length) sp.set("types", f.types.join(","));
  if (f.security !== undefined) sp.set("security", f.security ? "1" : "0");
  if (f.from) sp.set("from", f.from);
  if (f.to) sp.set("to", f.to);
  if (f.range) sp.set("range", f.range);
  return sp;
}

export function toggle<T>(xs: readonly T[], x: T): T[] {
  return xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x];
}

export function activeFilterCount(f: DashboardFilters): number {
  return f.actors.length + f.gov.length + f.types.length + (f.security ? 1 : 0);
}
