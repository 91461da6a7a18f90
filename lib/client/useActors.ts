"use client";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "./api";
import { actorKeys } from "./keys";

/** Actor search by Arabic/English name or alias (empty query: the most active actors). */
export function useActors(q: string, limit = 20) {
  const query = q.trim();
  return useQuery({
    queryKey: actorKeys.search(query, limit),
    queryFn: ({ signal }) => api.actors(query, limit, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
