/**
 * Resolves an actor on the server before the page streams, so an unknown id is a real HTTP 404
 * (`notFound()` inside a streamed Suspense boundary would answer 200). Reads this process's own
 * API over loopback (as app/_lib/prefetch.ts does): `false` only on a definite 404; `null` when
 * the answer is unknown (timeout, auth, server busy), and the client page then handles it.
 */
import { baseUrl } from "../../_lib/prefetch";

/** Generous: on a loaded machine a first request can take seconds, and giving up means a 200. */
const TIMEOUT_MS = 5_000;

export async function actorExists(id: string, token: string | null, host: string | null): Promise<boolean | null> {
  const base = baseUrl(host);
  if (!base) return null;
  // An empty window (from = to = now): the existence check, not the actor's aggregates.
  const now = new Date().toISOString();
  const params = new URLSearchParams({ from: now, to: now });
  if (token) params.set("token", token);
  try {
    const res = await fetch(`${base}/api/actors/${encodeURIComponent(id)}?${params.toString()}`, {
      signal: AbortSignal.timeout(TIMEOUT_MS), cache: "no-store",
    });
    if (res.status === 404) return false;
    return res.ok ? true : null;
  } catch {
    return null;
  }
}
