"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { governorateKeys, volumeKeys } from "./keys";
import { liveClient } from "./live";

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
