"use client";
/** The feed list for a filter (cluster heads, newest first). Live pushes are merged in by liveClient. */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import type { StatementPage } from "../contract/dto";
import { api } from "./api";
import { appendOlder } from "./cache";
import { connectionStore } from "./connection";
import { toApiFilter, type DashboardFilters } from "./filters";
import { filterKey, statementKeys } from "./keys";

export const FEED_PAGE = 200;
export const FEED_MAX = 5_000;

export function useStatements(filters: DashboardFilters) {
  const qc = useQueryClient();
  const fk = filterKey(filters);
  const key = statementKeys.list(fk);
  const query = useQuery({
    queryKey: key,
    // A gap between this page and the live cursor is filled by liveClient.reconcile() once stored.
    queryFn: ({ signal }) => api.statements(toApiFilter(filters), { limit: FEED_PAGE }, signal),
  });
  const newestAt = query.data?.items[0]?.ingestedAt;
  useEffect(() => {
    // "last statement N s ago" is known from the first page, before any push arrives.
    if (newestAt && connectionStore.get().lastStatementAt === null) connectionStore.update({ lastStatementAt: Date.parse(newestAt) || null });
  }, [newestAt]);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const nextBefore = query.data?.nextBefore ?? null;
  const loadOlder = useCallback(async () => {
    if (nextBefore === null || loadingOlder) return;
    setLoadingOlder(true);
    try {
      const older = await api.statements(toApiFilter(filters), { before: nextBefore, limit: FEED_PAGE });
      qc.setQueryData<StatementPage>(key, (cur) => (cur ? appendOlder(cur, older, FEED_MAX) : older));
    } finally {
      setLoadingOlder(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is compared by value (JSON) so a re-created key object does not recreate the callback
  }, [nextBefore, loadingOlder, qc, JSON.stringify(key)]);
  return { ...query, loadOlder, loadingOlder, hasOlder: nextBefore !== null };
}
