/** Staleness rules of the wall screen (pure). */
import type { ConnectionState } from "../../lib/client/connection";
import { fmtDuration } from "../../lib/i18n/plural";

export type Staleness =
  | { stale: false }
  | { stale: true; reason: "offline" | "reconnecting" | "restarting" | "connecting" | "quiet"; seconds: number };

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

/** "42 s", "5 min", "3 h", "2 d" (Arabic: plurals and Arabic-Indic digits, see lib/i18n/plural.ts). */
export function shortDuration(seconds: number, lang: "en" | "ar"): string {
  return fmtDuration(lang, seconds);
}
