"use client";
export { useWallLive } from "../../lib/client/useWallLive";
import { useMemo } from "react";
import type { StatementDTO, VolumeResponse } from "../../lib/contract/dto";
import { useActors } from "../../lib/client/useActors";

/** Actor id -> display name, from the actor list, the feed and the chart series. */
export function useActorNames(lang: "en" | "ar", items: StatementDTO[] | undefined, volume: VolumeResponse | undefined): (id: string) => string {
  const actors = useActors("", 100);
  return useMemo(() => {
    const names = new Map<string, string>();
    const put = (id: string, ar: string, en: string) => names.set(id, lang === "ar" ? ar : en || ar);
    for (const a of actors.data ?? []) put(a.id, a.nameAr, a.nameEn);
    for (const s of volume?.series ?? []) put(s.actorId, s.nameAr, s.nameEn);
    for (const s of items ?? []) put(s.actor.id, s.actor.nameAr, s.actor.nameEn);
    return (id: string) => names.get(id) ?? id;
  }, [actors.data, volume, items, lang]);
}
