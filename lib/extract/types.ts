/**
 * Public types of the extraction pipeline (lib/extract). The pipeline is pure:
 * no I/O, no clock, no randomness; everything it needs is passed in.
 */
import type { GovernorateCode } from "../domain/governorates";
import type { ActorKind, StatementType } from "../domain/statement";

export interface ArticleDoc {
  /** Caller's id (file name without extension for the CLI). */
  id: string;
  /** Plain text of the article (HTML must be converted first: see `htmlToText`). */
  text: string;
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
  /** Publication date from metadata (header line, feed, API), ISO; the text is searched when absent. */
  publishedAt?: string | null;
  language?: string | null;
}

export interface ExtractedActor {
  id: string;
  nameAr: string;
  nameEn: string;
  kind: ActorKind;
  aliases: string[];
}

export interface ExtractedStatement {
  actor: ExtractedActor;
  type: StatementType;
  /** The statement's sentence (or quote) as it appears in the article. */
  text: string;
  quote: boolean;
  /** The statement's own date (ISO), from relative or explicit expressions; falls back to publishedAt. */
  statedAt: string | null;
  securityOperation: boolean;
  provinces: GovernorateCode[];
  /** Character span in `ExtractionResult.text`. */
  evidence: { start: number; end: number };
}

export interface ExtractionResult {
  id: string;
  publishedAt: string | null;
  /** The article text that evidence spans refer to (what the store keeps). */
  text: string;
  statements: ExtractedStatement[];
}

export interface ExtractOptions {
  /** Reference time for relative dates when the article has no date. */
  now: Date;
  /** Upper bound on characters processed per article (work is bounded). */
  maxChars?: number;
}
