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

/**
 * Identity and health of a source: the one home of these fields. The store's `SourceState`
 * (lib/store/types.ts) extends it with HTTP validators; `SourceDTO` adds activity; `source:health` sends a subset.
 */
export interface SourceHealth {
  id: string;
  kind: SourceKind;
  name: string;
  state: SourceHealthState;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  failingSince: string | null;
}

/** Payload of the `source:health` socket event (a disabled source is shown as idle). */
export type SourceHealthEvent = Pick<SourceHealth, "id" | "failingSince"> & { state: Exclude<SourceHealthState, "disabled"> };

export interface SourceDTO extends SourceHealth {
  /** True when the source has been failing for longer than SOURCE_FAILING_AFTER_SECONDS (wall-screen warning). */
  failingTooLong: boolean;
  /** Deliveries recorded (an article, a feed item, a statement posted or generated). */
  itemsLastHour: number;
  itemsLastDay: number;
  /** Statements the source brought (live statements of its articles, plus statements delivered one by one). */
  statementsLastHour: number;
  statementsLastDay: number;
  articlesLastHour: number;
  articlesLastDay: number;
  /**
   * Median publication-to-ingestion delay over the last 24 h, ms, leaving out replays (items published
   * more than 24 h before they were ingested); null when there is no such item.
   */
  medianDelayMs: number | null;
  /** Items of the last 24 h that were replays (excluded from the delay). */
  replayedLastDay: number;
  feed: FeedInfoDTO | null;
}

export interface SourcesResponse {
  sources: SourceDTO[];
  /** Whether feeds can be edited through the admin API (FEEDS_FILE set and the poller running). */
  feedsEditable: boolean;
  failingAfterSeconds: number;
  serverTime: string;
}
