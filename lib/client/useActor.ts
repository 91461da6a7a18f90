"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "./api";
import { toApiFilter, type DashboardFilters } from "./filters";
import { actorKeys, filterKey } from "./keys";

/** One actor with totals, type breakdown and governorates for a range. */
export function useActor(id: string, filters: DashboardFilters) {
  return useQuery({
    queryKey: actorKeys.detail(id, filterKey(filters)),
    queryFn: ({ signal }) => api.actor(id, toApiFilter(filters), signal),
    placeholderData: keepPreviousData,
  });
}
