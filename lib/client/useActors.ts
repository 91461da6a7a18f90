"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "./api";
import { toApiFilter, type DashboardFilters } from "./filters";
import { actorKeys, filterKey } from "./keys";

/**
 * Actor search by Arabic/English name or alias (empty query: the most active actors). With
 * `filters`, each actor also carries `matching`: its statements in that range and filter.
 */
export function useActors(q: string, limit = 20, filters?: DashboardFilters) {
  const query = q.trim();
  const fk = filters ? { ...filterKey(filters), actors: [] } : null;
  return useQuery({
    queryKey: fk ? actorKeys.matching(query, limit, fk) : actorKeys.search(query, limit),
    queryFn: ({ signal }) => api.actors(query, limit, signal, filters ? toApiFilter({ ...filters, actors: [] }) : undefined),
    placeholderData: keepPreviousData,
    staleTime: filters ? 15_000 : 60_000,
  });
}
