"use client";
import { useQuery } from "@tanstack/react-query";
import { apiGet } from "../../lib/client/api";

/** `GET /api/config/public`: what the wall needs to judge staleness. */
export interface PublicConfig {
  demo: boolean;
  staleAfterSeconds: number;
  sourceFailingAfterSeconds: number;
  viewerTokenRequired: boolean;
}

export const wallKeys = {
  all: ["wall"] as const,
  config: () => [...wallKeys.all, "config"] as const,
  sources: () => [...wallKeys.all, "sources"] as const,
};

export const DEFAULT_PUBLIC_CONFIG: PublicConfig = {
  demo: false, staleAfterSeconds: 300, sourceFailingAfterSeconds: 600, viewerTokenRequired: false,
};

export function useWallConfig(): PublicConfig {
  const q = useQuery({
    queryKey: wallKeys.config(),
    queryFn: ({ signal }) => apiGet<PublicConfig>("/api/config/public", undefined, signal),
    staleTime: 5 * 60_000,
    refetchInterval: 15 * 60_000,
    retry: true,
  });
  return q.data ?? DEFAULT_PUBLIC_CONFIG;
}
