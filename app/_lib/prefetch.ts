/**
 * Server-side prefetch for `/`: the first screen (feed, chart, map) arrives with the HTML, so the
 * largest contentful paint does not wait for hydration and three API round trips. Reads the API of
 * this same process over loopback; any failure or slowness (> 800 ms) just falls back to client
 * fetching. Query keys are the client's (lib/client/keys), so React Query hydrates them as-is.
 */
import { dehydrate, QueryClient, type DehydratedState } from "@tanstack/react-query";
import type { GovernorateResponse, StatementPage, VolumeResponse } from "../../lib/contract/dto";
import { filterToParams, parseFilters, toApiFilter } from "../../lib/client/filters";
import { filterKey, governorateKeys, statementKeys, volumeKeys } from "../../lib/client/keys";
import { loadEnv } from "../../lib/env";

export const SSR_FEED_LIMIT = 40;
const TIMEOUT_MS = 800;

export function baseUrl(host: string | null): string | null {
  let env;
  try { env = loadEnv(); } catch { return null; }
  const local = ["0.0.0.0", "::", "127.0.0.1", "localhost"].includes(env.HOST) ? "127.0.0.1" : env.HOST;
  if (env.PORT !== 0) return `http://${local.includes(":") ? `[${local}]` : local}:${env.PORT}`;
  const port = host?.match(/:(\d+)$/)?.[1];
  return port ? `http://${local}:${port}` : null;
}

async function get<T>(base: string, path: string, params: URLSearchParams, token: string | null): Promise<T> {
  if (token) params.set("token", token);
  const res = await fetch(`${base}${path}?${params.toString()}`, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: "no-store" });
  if (!res.ok) throw new Error(`${path} ${res.status}`);
  return ((await res.json()) as { data: T }).data;
}

export async function prefetchDashboard(sp: URLSearchParams, host: string | null): Promise<DehydratedState | null> {
  const base = baseUrl(host);
  if (!base) return null;
  const filters = parseFilters(sp);
  const api = toApiFilter(filters);
  const fk = filterKey(filters);
  const token = sp.get("token");
  const qc = new QueryClient();
  const feedParams = filterToParams(api);
  feedParams.set("limit", String(SSR_FEED_LIMIT));
  const volParams = filterToParams(api);
  volParams.set("count", filters.count);
  volParams.set("top", "8");
  const results = await Promise.allSettled([
    get<StatementPage>(base, "/api/statements", feedParams, token).then((d) => qc.setQueryData(statementKeys.list(fk), d)),
    get<VolumeResponse>(base, "/api/volume", volParams, token).then((d) => qc.setQueryData(volumeKeys.range(fk, filters.count, 8, "auto"), d)),
    get<GovernorateResponse>(base, "/api/governorates", filterToParams(api), token).then((d) => qc.setQueryData(governorateKeys.counts(fk), d)),
  ]);
  if (results.every((r) => r.status === "rejected")) return null;
  return dehydrate(qc);
}
