"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import type { StatementDTO, VolumeResponse } from "../../lib/contract/dto";
import { governorateKeys, volumeKeys } from "../../lib/client/keys";
import { liveClient } from "../../lib/client/live";
import { useActors } from "../../lib/client/useActors";

/** Starts the shared live client (idempotent) and keeps rolling windows ("last 24 h") sliding while unattended. */
export function useWallLive(): void {
  const qc = useQueryClient();
  useEffect(() => {
    liveClient.start(qc);
    const slide = () => {
      for (const k of [volumeKeys.all, governorateKeys.all]) void qc.invalidateQueries({ queryKey: k, refetchType: "active" });
    };
    const t = setInterval(slide, 60_000);
    const onVisible = () => { if (document.visibilityState === "visible") slide(); };
    document.addEventListener("visibilitychange", onVisible);
    return () => { clearInterval(t); document.removeEventListener("visibilitychange", onVisible); };
  }, [qc]);
}

/** On-screen px per design px: 1 at 1920x1080, 2 at 3840x2160. */
export function useViewportUnit(): number {
  const [u, setU] = useState(1);
  useEffect(() => {
    const measure = () => setU(Math.min(window.innerHeight / 1080, window.innerWidth / 1920));
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, []);
  return u;
}

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
