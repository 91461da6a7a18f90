"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Bucket } from "../contract/schemas";
import { api } from "./api";
import { toApiFilter, type DashboardFilters } from "./filters";
import { filterKey, volumeKeys } from "./keys";

/** Volume per actor per bucket (top N + "others"); the current bucket is updated live. */
export function useVolume(filters: DashboardFilters, top = 8, bucket?: Bucket) {
  return useQuery({
    queryKey: volumeKeys.range(filterKey(filters), filters.count, top, bucket ?? "auto"),
    queryFn: ({ signal }) => api.volume(toApiFilter(filters), filters.count, top, signal, bucket),
    placeholderData: keepPreviousData,
  });
}
