"use client";
import { useQueries } from "@tanstack/react-query";
import { api } from "./api";
import { actorKeys } from "./keys";
import type { ActorRef } from "../domain/statement";

/** Names for actor ids taken from the URL (chips, legends); falls back to the id while loading. */
export function useActorNames(ids: string[]): Map<string, Pick<ActorRef, "nameAr" | "nameEn">> {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: actorKeys.name(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => api.actor(id, {}, signal),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  const map = new Map<string, Pick<ActorRef, "nameAr" | "nameEn">>();
  ids.forEach((id, i) => {
    const d = results[i]?.data;
    map.set(id, d ? { nameAr: d.nameAr, nameEn: d.nameEn } : { nameAr: id, nameEn: id });
  });
  return map;
}
