/**
 * The repository interface. SQLite (default) and PostgreSQL implement it; one contract
 * test suite (tests/unit/store/contract.ts) runs against both.
 */
import type { ActorDetail, ActorSummary, GovernorateResponse, StatementPage, VolumeResponse } from "../contract/dto";
import type { CountMode, Filter, StatementInput, StatementQuery, VolumeQuery } from "../contract/schemas";
import type { SourceHealth } from "../contract/sources";
import type { Actor, Statement } from "../domain/statement";

/**
 * Identity keys the store stores and compares but never derives (lib/ingest/canonical.ts `identityKeys`,
 * handed in by the composition root). Functions, not values, because the store resolves merged actors:
 * a statement's key is asked for each actor id it may be stored under.
 */
export interface StoreKeys {
  /** Identity of a source URL: two statements come from the same source when these are equal. */
  url(url: string): string;
  /** De-duplication key of a statement (source URL, actor id, text) without an idempotency key. */
  statement(url: string, actorId: string, text: string): string;
}

export interface InsertOutcome {
  statement: Statement;
  /** True when the idempotency key (or url + actor + text) was already stored: nothing new was written. */
  duplicate: boolean;
  /** Set when the statement joined an existing echo cluster (the head's updated mention count). */
  cluster: { clusterId: string; headId: string; mentions: number; outlets: string[] } | null;
}

export interface StoredArticle {
  id: string;
  url: string | null;
  /** Given by the caller (lib/ingest canonicalUrl); the store keys articles by it and never derives it. */
  canonicalUrl: string | null;
  contentHash: string;
  outlet: string | null;
  title: string | null;
  text: string;
  publishedAt: string | null;
  fetchedAt: string | null;
  ingestedAt: string;
}

export interface ArticleWrite {
  article: Omit<StoredArticle, "ingestedAt">;
  statements: StatementInput[];
  /**
   * The delivering source's item, recorded in the same transaction when the write is "created" or "updated"
   * (key defaults to `article:<articleId>`), so an article costs one transaction, not two.
   */
  sourceItem?: { sourceId: string; key: string | null; publishedAt: string | null; ingestedAt: string };
}

export interface ArticleWriteOutcome {
  articleId: string;
  /** "created" (new), "unchanged" (same content hash: nothing written), "updated" (old statements replaced). */
  status: "created" | "unchanged" | "updated";
  inserted: InsertOutcome[];
  retractedIds: string[];
}

export interface Repository {
  readonly dialect: "sqlite" | "postgres";
  migrate(): Promise<void>;
  /** Stores a batch in one transaction; all or nothing. Outcomes are in input order. */
  insertStatements(inputs: StatementInput[], opts?: { demo?: boolean; now?: Date }): Promise<InsertOutcome[]>;
  /** Stores an article and its statements in one transaction, replacing the statements of an earlier version. */
  writeArticle(write: ArticleWrite, opts?: { now?: Date }): Promise<ArticleWriteOutcome>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Retention: empties the raw text of articles ingested before `cutoff` (statements and article metadata stay); returns the count. */
  dropArticleTextBefore(cutoff: Date): Promise<number>;
  getStatement(id: string): Promise<Statement | null>;
  /** Other mentions (echoes) of a cluster, oldest first. */
  getCluster(clusterId: string): Promise<Statement[]>;
  /** The live (non-retracted) statements of one article, oldest first. */
  listArticleStatements(articleId: string): Promise<Statement[]>;
  listStatements(q: StatementQuery): Promise<StatementPage>;
  /** Statements with seq > cursor matching the filter, oldest first, at most `limit`. */
  statementsAfter(cursor: number, filter: Filter, limit: number): Promise<Statement[]>;
  head(): Promise<number>;
  volume(q: VolumeQuery, now?: Date): Promise<VolumeResponse>;
  /** Security-operation statements only unless filter.security === false; unique statements unless opts.count = "mentions". */
  governorateCounts(filter: Filter, now?: Date, opts?: { count?: CountMode }): Promise<GovernorateResponse>;
  listActors(opts?: { q?: string; limit?: number; filter?: Filter }): Promise<ActorSummary[]>;
  getActor(id: string, filter?: Filter): Promise<ActorDetail | null>;
  upsertActor(actor: Omit<Actor, "mergedInto">): Promise<Actor>;
  addAliases(actorId: string, aliases: string[]): Promise<Actor>;
  /** Moves every statement of `fromId` to `intoId` (rollups included) and records the merge. */
  mergeActors(fromId: string, intoId: string): Promise<Actor>;
  close(): Promise<void>;
}

/** Latency of one statement from publication to screen, in milliseconds. */
export interface LatencyHistogram {
  /** Upper bounds of the buckets in ms (the last bucket is open-ended). */
  bounds: number[];
  /** counts[i] = statements whose publication-to-push latency fell in bucket i. */
  counts: number[];
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

/** Stored state of a source: the contract's identity and health fields (lib/contract/sources.ts), plus what only the server needs. */
export interface SourceState extends SourceHealth {
  /** HTTP validators for conditional requests. */
  etag: string | null;
  lastModified: string | null;
  updatedAt: string;
}

export interface SourceActivityCounts {
  /** Recorded deliveries (an article, a feed item, a statement). */
  items: number;
  articles: number;
  /** Live statements of its articles plus statements recorded one per item. */
  statements: number;
  /** Median publication-to-ingestion delay over items that are not replays; null without any. */
  medianDelayMs: number | null;
  /** Items published more than 24 h before ingestion (excluded from the delay). */
  replayed: number;
}

/** Storage used by ingestion sources (feeds, folders): health and item de-duplication across restarts. */
export interface SourceRepository {
  getSource(id: string): Promise<SourceState | null>;
  listSources(): Promise<SourceState[]>;
  saveSource(state: SourceState): Promise<void>;
  /** Returns true when the item key (GUID or canonical URL) was not seen before for that source, and records it. */
  markItemSeen(sourceId: string, itemKey: string, at: Date): Promise<boolean>;
  /** Deliveries, articles and statements of a source since a time, and its median delay (replays excluded). */
  sourceActivity(sourceId: string, since: Date): Promise<SourceActivityCounts>;
  recordSourceItem(sourceId: string, item: { key: string; articleId: string | null; publishedAt: string | null; ingestedAt: string }): Promise<void>;
  /** Records when statements were pushed to sockets (for latency). */
  markPushed(ids: string[], at: Date): Promise<void>;
  latencyHistogram(since?: Date): Promise<LatencyHistogram>;
}

export const KEY_ROLES = ["viewer", "ingest", "admin"] as const;
/** viewer: read-only (pages, read API, sockets); ingest: + writes of statements/articles; admin: everything. */
export type KeyRole = (typeof KEY_ROLES)[number];

/** A stored access key. The secret itself is never stored: only `hash` (SHA-256 hex of the secret). */
export interface AccessKey {
  id: string;
  name: string;
  role: KeyRole;
  hash: string;
  createdAt: string;
  revokedAt: string | null;
}

/** Access keys and viewer tokens (hashed), revocable. */
export interface KeyRepository {
  /** Fails with a unique violation when the hash is already stored. */
  insertAccessKey(key: Omit<AccessKey, "revokedAt">): Promise<void>;
  /** Every key, revoked ones included, oldest first. */
  listAccessKeys(): Promise<AccessKey[]>;
  /** Marks a key revoked; false when it does not exist or was already revoked. */
  revokeAccessKey(id: string, at: Date): Promise<boolean>;
}

/** Everything the server needs from storage. */
export type Store = Repository & SourceRepository & KeyRepository;
