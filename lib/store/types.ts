/**
 * The repository interface. SQLite (default) and PostgreSQL implement it; one contract
 * test suite (tests/unit/store.contract.ts) runs against both.
 */
import type { ActorDetail, ActorSummary, GovernorateResponse, StatementPage, VolumeResponse } from "../contract/dto";
import type { Filter, StatementInput, StatementQuery, VolumeQuery } from "../contract/schemas";
import type { Actor, Statement } from "../domain/statement";

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
  getStatement(id: string): Promise<Statement | null>;
  /** Other mentions (echoes) of a cluster, oldest first. */
  getCluster(clusterId: string): Promise<Statement[]>;
  listStatements(q: StatementQuery): Promise<StatementPage>;
  /** Statements with seq > cursor matching the filter, oldest first, at most `limit`. */
  statementsAfter(cursor: number, filter: Filter, limit: number): Promise<Statement[]>;
  head(): Promise<number>;
  volume(q: VolumeQuery, now?: Date): Promise<VolumeResponse>;
  governorateCounts(filter: Filter, now?: Date): Promise<GovernorateResponse>;
  listActors(opts?: { q?: string; limit?: number }): Promise<ActorSummary[]>;
  getActor(id: string, filter?: Filter): Promise<ActorDetail | null>;
  upsertActor(actor: Omit<Actor, "mergedInto">): Promise<Actor>;
  addAliases(actorId: string, aliases: string[]): Promise<Actor>;
  /** Moves every statement of `fromId` to `intoId` (rollups included) and records the merge. */
  mergeActors(fromId: string, intoId: string): Promise<Actor>;
  close(): Promise<void>;
}
