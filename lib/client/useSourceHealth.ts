"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import type { SourcesResponse } from "../contract/sources";
import { apiGet } from "./api";
import { sourceKeys } from "./keys";
import { getSocket, onConnected } from "./socket";

export interface FailingSource {
  id: string;
  name: string;
  failingSince: string;
}

type Health = { state: string; failingSince: string | null };

/**
 * Sources failing for longer than `failingAfterS`: `GET /api/sources` for names and the
 * initial state, `source:health` pushes for changes (no polling).
 */
export function useFailingSources(failingAfterS: number, now: number): FailingSource[] {
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: sourceKeys.all,
    queryFn: ({ signal }) => apiGet<SourcesResponse>("/api/sources", undefined, signal),
    staleTime: 60_000,
    retry: true,
  });
  const [pushed, setPushed] = useState<Record<string, Health>>({});
  useEffect(() => {
    const s = getSocket();
    const onHealth = (p: { id: string; state: string; failingSince: string | null }) =>
      setPushed((cur) => ({ ...cur, [p.id]: { state: p.state, failingSince: p.failingSince } }));
    s.on("source:health", onHealth);
    const off = onConnected(() => void qc.invalidateQueries({ queryKey: sourceKeys.all }));
    return () => { s.off("source:health", onHealth); off(); };
  }, [qc]);

  return useMemo(() => {
    const merged = new Map<string, { name: string } & Health>();
    for (const src of q.data?.sources ?? []) merged.set(src.id, { name: src.name, state: src.state, failingSince: src.failingSince });
    for (const [id, h] of Object.entries(pushed)) merged.set(id, { name: merged.get(id)?.name ?? id, ...h });
    const out: FailingSource[] = [];
    for (const [id, s] of merged) {
      if (s.state !== "failing" || !s.failingSince) continue;
      if (now - Date.parse(s.failingSince) > failingAfterS * 1000) out.push({ id, name: s.name, failingSince: s.failingSince });
    }
    return out;
  }, [q.data, pushed, failingAfterS, now]);
}
