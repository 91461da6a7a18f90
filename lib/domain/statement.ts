import type { GovernorateCode } from "./governorates";

export const ACTOR_KINDS = [
  "person", "government", "military", "media", "armed_group", "organization", "anonymous",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const STATEMENT_TYPES = [
  "statement", "announcement", "denial", "confirmation", "claim", "accusation", "warning", "report",
] as const;
export type StatementType = (typeof STATEMENT_TYPES)[number];

/** A speaker as the rest of the system sees it. `id` is stable: a slug for registry actors, `x-<hash>` for discovered ones. */
export interface ActorRef {
  id: string;
  nameAr: string;
  nameEn: string;
  kind: ActorKind;
}

export interface Actor extends ActorRef {
  aliases: string[];
  country: string | null;
  /** Actor this one was merged into, if any. */
  mergedInto: string | null;
}

export interface SourceRef {
  outlet: string | null;
  url: string | null;
  articleId: string | null;
}

export interface Evidence {
  start: number;
  end: number;
}

/**
 * Reached us more than this long after it was made or published: a late item (a replayed or re-published
 * article). Views show its date instead of "N s ago" (lib/client/timeAxis.ts); source delays leave it out
 * (lib/store/core/sources.ts). One threshold for both.
 */
export const LATE_AFTER_MS = 24 * 3_600_000;

/**
 * One stored statement (one mention by one outlet). Statements by the same actor with
 * near-identical text within the echo window share a `clusterId`; the first stored one
 * is the cluster head (`echoOf === null`), later ones point at it.
 */
export interface Statement {
  id: string;
  /** Monotonic store sequence: the cursor for catch-up. */
  seq: number;
  actor: ActorRef;
  type: StatementType;
  text: string;
  quote: boolean;
  statedAt: string;
  publishedAt: string;
  ingestedAt: string;
  source: SourceRef;
  governorates: GovernorateCode[];
  securityOperation: boolean;
  /** Character span of the sentence in the stored article text, when it came from an article. */
  evidence: Evidence | null;
  clusterId: string;
  echoOf: string | null;
  /** Number of outlets that carried this statement's cluster (1 for a lone statement). */
  mentions: number;
  /** True for statements produced by the built-in demo generator. */
  demo: boolean;
}
