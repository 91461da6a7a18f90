"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { SourcesResponse } from "../contract/sources";
import { apiGet } from "./api";
import { sourceKeys } from "./keys";
import { getSocket, onConnected } from "./socket";

/** Activity counters change with every stored statement: refetch at most this often because of pushes. */
const THROTTLE_MS = 5_000;

/**
 * `GET /api/sources`, refreshed by pushes (no polling): `source:health` (state changes) and,
 * throttled, `statement:created` (activity counters); refetched on (re)connect.
 * Shares its cache key with the wall screen's failing-source banner.
 */
export function useSources() {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: sourceKeys.all,
    queryFn: ({ signal }) => apiGet<SourcesResponse>("/api/sources", undefined, signal),
    staleTime: 10_000,
  });
  useEffect(() => {
    const s = getSocket();
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => void qc.invalidateQueries({ queryKey: sourceKeys.all });
    const throttled = () => {
      const wait = last + THROTTLE_MS - Date.now();
      if (wait <= 0) {
        last = Date.now();
        refresh();
      } else if (!timer) {
        timer = setTimeout(() => {
          timer = null;
          last = Date.now();
          refresh();
        }, wait);
      }
    };
    s.on("source:health", refresh);
    s.on("statement:created", throttled);
    s.on("statements:created", throttled);
    const off = onConnected(refresh);
    return () => {
      s.off("source:health", refresh);
      s.off("statement:created", throttled);
      s.off("statements:created", throttled);
      off();
      if (timer) clearTimeout(timer);
    };
  }, [qc]);
  return query;
}
