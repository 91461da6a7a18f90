"use client";
/**
 * Filters live in the URL: read with useSearchParams. A filter change is pushed (Back returns to the
 * previous view, as analysts expect); other parameters (the open statement, language) are replaced.
 */
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseFilters, serializeFilters, toQueryString, type DashboardFilters } from "./filters";

export interface UseFilters {
  filters: DashboardFilters;
  setFilters: (patch: Partial<DashboardFilters>) => void;
  /** Sets or removes any other URL parameter (e.g. `statement`, `lang`). */
  setParam: (key: string, value: string | null) => void;
  /** The current query string (`?…`, without `statement`), for links that keep the filters. */
  search: string;
}

export function useFilters(): UseFilters {
  const sp = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const key = sp.toString();
  const filters = useMemo(() => parseFilters(new URLSearchParams(key)), [key]);
  const setFilters = useCallback((patch: Partial<DashboardFilters>) => {
    const next = serializeFilters({ ...parseFilters(new URLSearchParams(key)), ...patch }, key);
    const href = `${pathname}${toQueryString(next)}`;
    if (href !== `${pathname}${toQueryString(new URLSearchParams(key))}`) router.push(href, { scroll: false });
  }, [key, pathname, router]);
  const setParam = useCallback((name: string, value: string | null) => {
    const next = new URLSearchParams(key);
    if (value === null) next.delete(name);
    else next.set(name, value);
    router.replace(`${pathname}${toQueryString(next)}`, { scroll: false });
  }, [key, pathname, router]);
  const search = useMemo(() => {
    const sp2 = new URLSearchParams(key);
    sp2.delete("statement");
    return toQueryString(sp2);
  }, [key]);
  return { filters, setFilters, setParam, search };
}
