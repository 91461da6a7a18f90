/** Wire shapes of `GET /api/sources` (shared by the server route and the /sources page). Dates are ISO strings. */

export const SOURCE_KINDS = ["feed", "folder", "demo", "api", "replay"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SourceHealthState = "ok" | "failing" | "idle" | "disabled";

export interface FeedInfoDTO {
  id: string;
  url: string;
  intervalSeconds: number;
  outlet: string | null;
  language: string | null;
  enabled: boolean;
  /** Consecutive failed polls (backoff grows with it). */
  failures: number;
  nextPollAt: string | null;
}

export interface SourceDTO {
  id: string;
  kind: SourceKind;
  name: string;
  state: SourceHealthState;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  failingSince: string | null;
  /** True when the source has been failing for longer than SOURCE_FAILING_AFTER_SECONDS (wall-screen warning). */
  failingTooLong: boolean;
  itemsLastHour: number;
  itemsLastDay: number;
  /** Average publication-to-ingestion delay over the last 24 h, ms. */
  avgDelayMs: number | null;
  feed: FeedInfoDTO | null;
}

export interface SourcesResponse {
  sources: SourceDTO[];
  /** Whether feeds can be edited through the admin API (FEEDS_FILE set and the poller running). */
  feedsEditable: boolean;
  failingAfterSeconds: number;
  serverTime: string;
}
