/**
 * Whether an actor exists, asked of this same process's API over loopback (like prefetch.ts).
 * `false` only on a definite 404 (then the page is a real 404 via notFound()); `null` when it
 * cannot tell (no base URL, auth, timeout), and the client page shows its own message.
 */
import { baseUrl } from "./prefetch";

export async function actorExists(id: string, host: string | null, token: string | null): Promise<boolean | null> {
  const base = baseUrl(host);
  if (!base) return null;
  const q = token ? `?token=${encodeURIComponent(token)}` : "";
  try {
    const res = await fetch(`${base}/api/actors/${encodeURIComponent(id)}${q}`, { signal: AbortSignal.timeout(800), cache: "no-store" });
    if (res.status === 404) return false;
    return res.ok ? true : null;
  } catch {
    return null;
  }
}
