/** Staleness rules of the wall screen (pure). */
import type { ConnectionState } from "../../lib/client/connection";

export type Staleness =
  | { stale: false }
  | { stale: true; reason: "offline" | "reconnecting" | "connecting" | "quiet"; seconds: number };

/**
 * Stale when the socket is not live (after a short grace for the first connect), or when no
 * statement has arrived for `staleAfterS` seconds.
 */
export function staleness(input: {
  state: ConnectionState;
  stateSince: number;
  lastStatementAt: number | null;
  staleAfterS: number;
  now: number;
  pageStartedAt: number;
}): Staleness {
  const { state, stateSince, lastStatementAt, staleAfterS, now, pageStartedAt } = input;
  if (state !== "live") {
    if (state === "connecting" && now - pageStartedAt < 5_000) return { stale: false };
    return { stale: true, reason: state, seconds: Math.max(0, Math.round((now - (stateSince || pageStartedAt)) / 1000)) };
  }
  const last = lastStatementAt ?? pageStartedAt;
  const quiet = (now - last) / 1000;
  return quiet > staleAfterS ? { stale: true, reason: "quiet", seconds: Math.round(quiet) } : { stale: false };
}

/** "42 s", "5 min", "3 h", "2 d". */
export function shortDuration(seconds: number, lang: "en" | "ar"): string {
  const s = Math.max(0, Math.round(seconds));
  const [n, unit] = s < 60 ? [s, "s"] : s < 3600 ? [Math.floor(s / 60), "min"] : s < 86_400 ? [Math.floor(s / 3600), "h"] : [Math.floor(s / 86_400), "d"];
  if (lang === "en") return `${n} ${unit}`;
  const ar: Record<string, string> = { s: "ثانية", min: "دقيقة", h: "ساعة", d: "يوم" };
  return `${n} ${ar[unit] ?? unit}`;
}
