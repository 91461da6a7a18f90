"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "./api";
import { toApiFilter, type DashboardFilters } from "./filters";
import { filterKey, governorateKeys } from "./keys";

/** Security-operation counts per governorate (+ unresolved) for the filters; updated live. */
export function useGovernorates(filters: DashboardFilters) {
  return useQuery({
    queryKey: governorateKeys.counts(filterKey(filters)),
    queryFn: ({ signal }) => api.governorates(toApiFilter(filters), signal),
    placeholderData: keepPreviousData,
  });
}
