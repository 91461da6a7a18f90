/**
 * Query-key factory. Keys hold the user's filter (presets such as "24h", never a computed "now"),
 * so a key stays stable while time moves on.
 */
import type { Bucket, CountMode } from "../contract/schemas";
import type { DashboardFilters } from "./filters";

/** The filter part of a key: what the data depends on (the count mode is keyed separately). */
export type FilterKey = Omit<DashboardFilters, "count">;

export function filterKey(f: DashboardFilters): FilterKey {
  const { actors, gov, types, security, range, from, to } = f;
  return { actors: [...actors].sort(), gov: [...gov].sort(), types: [...types].sort(), security, range, from, to };
}

export const statementKeys = {
  all: ["statements"] as const,
  lists: () => [...statementKeys.all, "list"] as const,
  list: (f: FilterKey) => [...statementKeys.lists(), f] as const,
  details: () => [...statementKeys.all, "detail"] as const,
  detail: (id: string) => [...statementKeys.details(), id] as const,
};

export const volumeKeys = {
  all: ["volume"] as const,
  range: (f: FilterKey, count: CountMode, top: number, bucket: Bucket | "auto" = "auto") => [...volumeKeys.all, f, count, top, bucket] as const,
};

export const governorateKeys = {
  all: ["governorates"] as const,
  counts: (f: FilterKey) => [...governorateKeys.all, f] as const,
};

export const actorKeys = {
  all: ["actors"] as const,
  search: (q: string, limit: number) => [...actorKeys.all, "search", q, limit] as const,
  /** Search with per-actor counts under a filter (the actor dropdown). */
  matching: (q: string, limit: number, f: FilterKey) => [...actorKeys.all, "search", q, limit, f] as const,
  details: () => [...actorKeys.all, "detail"] as const,
  /** Display name of one actor (chips, legends). */
  name: (id: string) => [...actorKeys.all, "name", id] as const,
  detail: (id: string, f: FilterKey) => [...actorKeys.details(), id, f] as const,
};

/** `GET /api/sources` (the /sources page and the wall's failing-source banner share it). */
export const sourceKeys = {
  all: ["sources"] as const,
};

/** `GET /api/config/public`. */
export const configKeys = {
  public: ["config", "public"] as const,
};
