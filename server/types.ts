/** Interfaces between the server's parts (HTTP, realtime, ingestion sources, pipeline). */
import type { StatementInput } from "../lib/contract/schemas";
import type { Statement } from "../lib/domain/statement";
import type { ArticleWriteOutcome, InsertOutcome } from "../lib/store/types";

export interface ArticleSubmission {
  text?: string;
  html?: string;
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
  publishedAt?: string | null;
  language?: string | null;
  /** When a source fetched it (feeds, folders); for latency. */
  fetchedAt?: string | null;
  /**
   * Which source delivered it ("api", "feed:<id>", "folder", "replay", "cli"). The pipeline records the
   * delivery as one source item (GET /api/sources items per hour/day) when it stored something new.
   */
  sourceId?: string | null;
  /** The item's key within the source (a feed item's guid/link, `file:<name>`); default `article:<article id>`. */
  itemKey?: string | null;
}

export interface ArticleIngestOutcome extends ArticleWriteOutcome {
  statements: Statement[];
}

/** Announced after a transaction committed. `quiet` batches (demo backfill) are not pushed. */
export interface StoredEvent {
  inserted: InsertOutcome[];
  retractedIds: string[];
  quiet?: boolean;
}

/**
 * The one ingestion pipeline: every source (HTTP API, feeds, folder, replay, CLI --direct)
 * goes through it. It extracts (off the event loop), stores, then announces; realtime listens.
 */
export interface Pipeline {
  /**
   * `quiet`: store without pushing (historical backfill). `sourceId`: the delivering source; one source item
   * (`statement:<id>`) is recorded per new statement.
   */
  ingestStatements(inputs: StatementInput[], opts?: { demo?: boolean; quiet?: boolean; sourceId?: string | null }): Promise<InsertOutcome[]>;
  ingestArticle(sub: ArticleSubmission): Promise<ArticleIngestOutcome>;
  /** Domain events, consumed by realtime. */
  on(event: "stored", listener: (e: StoredEvent) => void): void;
}
