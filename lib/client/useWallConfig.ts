"use client";
import { useQuery } from "@tanstack/react-query";
import { apiGet } from "./api";
import { configKeys } from "./keys";

/** `GET /api/config/public`: what the wall needs to judge staleness. */
export interface PublicConfig {
  demo: boolean;
  staleAfterSeconds: number;
  sourceFailingAfterSeconds: number;
  viewerTokenRequired: boolean;
}

export const DEFAULT_PUBLIC_CONFIG: PublicConfig = {
  demo: false, staleAfterSeconds: 300, sourceFailingAfterSeconds: 600, viewerTokenRequired: false,
};

export function useWallConfig(): PublicConfig {
  const q = useQuery({
    queryKey: configKeys.public,
    queryFn: ({ signal }) => apiGet<PublicConfig>("/api/config/public", undefined, signal),
    staleTime: 5 * 60_000,
    refetchInterval: 15 * 60_000,
    retry: true,
  });
  return q.data ?? DEFAULT_PUBLIC_CONFIG;
}
