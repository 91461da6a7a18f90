/** Response shapes of the read API. All dates are ISO strings. */
import type { GovernorateCode } from "../domain/governorates";
import type { Actor, Statement, StatementType } from "../domain/statement";
import type { Bucket, CountMode } from "./schemas";

export type StatementDTO = Statement;

export interface StatementPage {
  items: StatementDTO[];
  /** seq to pass as `before` for the next (older) page, null at the end. */
  nextBefore: number | null;
  /** Highest seq in the store when the page was read: a cursor for live catch-up. */
  head: number;
  /** Statements matching the filter (cluster heads unless echoes=1), on the first page; null on later pages. */
  total: number | null;
}

export interface VolumeSeries {
  actorId: string; // "others" for the remainder
  nameAr: string;
  nameEn: string;
  total: number;
}

export interface VolumeResponse {
  bucket: Bucket;
  count: CountMode;
  from: string;
  to: string;
  series: VolumeSeries[];
  /** One row per bucket start (ISO); `counts[actorId]` for each series. */
  points: { t: string; counts: Record<string, number> }[];
  /** Highest seq when the counts were read: live updates apply only statements above it. */
  head: number;
}

/** A span of an article to highlight in the detail view (GET /api/statements/:id `marks`). */
export interface TextMark {
  /** UTF-16 offsets into the article text. */
  start: number;
  end: number;
  /** "actor": the statement's actor by name, alias or title; "place": a place that gave one of its governorates. */
  kind: "actor" | "place";
  code?: GovernorateCode;
}

export interface GovernorateCount {
  code: GovernorateCode;
  count: number;
}

export interface GovernorateResponse {
  from: string;
  to: string;
  counts: GovernorateCount[];
  /** Security-operation statements with no resolved governorate. */
  unresolved: number;
  /** Highest seq when the counts were read: live updates apply only statements above it. */
  head: number;
}

export interface ActorSummary extends Actor {
  /** All-time statements (cluster heads). */
  total: number;
  lastStatedAt: string | null;
  /**
   * Statements (cluster heads) matching the filter given to `GET /api/actors` (governorates, types,
   * security, from/to/range); present only when such a filter was given.
   */
  matching?: number;
}

export interface ActorDetail extends ActorSummary {
  types: { type: StatementType; count: number }[];
  governorates: GovernorateCount[];
}

export interface IngestResult {
  /** One entry per submitted statement, in order. */
  results: { id: string; seq: number; duplicate: boolean }[];
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
