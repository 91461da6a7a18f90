"use client";
import { useEffect } from "react";
import type { Filter } from "../contract/schemas";
import type { DashboardFilters } from "./filters";
import { liveClient } from "./live";

/** Points the one socket subscription at these filters while the calling view is mounted. */
export function useLiveStatements(filters: DashboardFilters | Filter): void {
  const sig = JSON.stringify(filters);
  useEffect(() => {
    liveClient.setFilter(JSON.parse(sig) as DashboardFilters | Filter);
  }, [sig]);
}
