/**
 * The one ingestion pipeline (see ./types.ts). Statements: store → announce. Articles: bound →
 * extract in the worker pool → store the article, its statements and its source item in one transaction → announce.
 * Announcements (`stored`) happen only after the store call returned, i.e. after commit. Deliveries that
 * name their source (`sourceId`) are counted here, once, as source items (not by each source).
 * The pipeline never knows realtime exists: the publisher listens to `stored`.
 */
import { EventEmitter } from "node:events";
import type { StatementInput } from "../lib/contract/schemas";
import type { Env } from "../lib/env";
import { AppError } from "../lib/errors";
import { articleIdFor, canonicalUrl } from "../lib/ingest/canonical";
import { checkArticleText } from "../lib/ingest/limits";
import type { InsertOutcome, Store } from "../lib/store/types";
import type { ExtractPool } from "./extract/pool";
import { toStatementInputs } from "./extract/map";
import type { Logger } from "./logger";
import type { ArticleIngestOutcome, ArticleSubmission, Pipeline, StoredEvent } from "./types";

const ARABIC = /[\u0600-\u06ff]/;

export class IngestPipeline implements Pipeline {
  private readonly events = new EventEmitter();
  private readonly log: Logger;

  constructor(
    private readonly deps: { store: Store; pool: ExtractPool; env: Env; logger: Logger; now?: () => Date },
  ) {
    this.log = deps.logger.child("pipeline");
    this.events.setMaxListeners(50);
  }

  on(event: "stored", listener: (e: StoredEvent) => void): void {
    this.events.on(event, listener);
  }

  private announce(e: StoredEvent): void {
    if (e.quiet) return;
    if (!e.inserted.some((o) => !o.duplicate) && e.retractedIds.length === 0) return;
    try {
      this.events.emit("stored", e);
    } catch (err) {
      this.log.error("stored listener failed", { err });
    }
  }

  /** One source item for a delivery that stored something new; bookkeeping never fails the ingest (logged). */
  private async recordItem(sourceId: string | null | undefined, item: { key: string; articleId: string | null; publishedAt: string | null }): Promise<void> {
    if (!sourceId) return;
    try {
      const ingestedAt = (this.deps.now ?? (() => new Date()))().toISOString();
      await this.deps.store.recordSourceItem(sourceId, { ...item, ingestedAt });
    } catch (e) {
      this.log.warn("source bookkeeping failed", { source: sourceId, err: e });
    }
  }

  async ingestStatements(inputs: StatementInput[], opts: { demo?: boolean; quiet?: boolean; sourceId?: string | null } = {}): Promise<InsertOutcome[]> {
    if (inputs.length === 0) return [];
    const inserted = await this.deps.store.insertStatements(inputs, { demo: opts.demo });
    this.announce({ inserted, retractedIds: [], quiet: opts.quiet });
    // One source item per new statement (key `statement:<id>`: counted as statements on /sources).
    // Submitted together, so the store's group commit writes them in one transaction.
    await Promise.all(inserted.filter((o) => !o.duplicate).map((o) =>
      this.recordItem(opts.sourceId, { key: `statement:${o.statement.id}`, articleId: null, publishedAt: o.statement.publishedAt })));
    return inserted;
  }

  async ingestArticle(sub: ArticleSubmission): Promise<ArticleIngestOutcome> {
    const raw = sub.text ?? sub.html;
    if (raw === undefined) throw new AppError("validation_failed", "text or html is required");
    const max = this.deps.env.ARTICLE_MAX_BYTES;
    checkArticleText(raw, max);

    const now = (this.deps.now ?? (() => new Date()))();
    const canonical = canonicalUrl(sub.url ?? null);
    const { result, contentHash: hash } = await this.deps.pool.run({
      doc: {
        id: sub.url ?? "article",
        ...(sub.text !== undefined ? { text: sub.text } : { html: sub.html }),
        url: sub.url ?? null,
        outlet: sub.outlet ?? null,
        title: sub.title ?? null,
        publishedAt: sub.publishedAt ?? null,
        language: sub.language ?? null,
      },
      now: now.toISOString(),
      maxChars: max,
    });
    if (result.text.trim() === "") throw new AppError("unprocessable_article", "The article has no text content");
    if (!ARABIC.test(result.text)) throw new AppError("unprocessable_article", "The article contains no Arabic text");

    const articleId = articleIdFor(canonical, hash);
    const publishedAt = sub.publishedAt ?? result.publishedAt ?? now.toISOString();
    const statements = toStatementInputs(result.statements, {
      articleId,
      canonicalUrl: canonical,
      contentHash: hash,
      url: sub.url ?? null,
      outlet: sub.outlet ?? null,
      publishedAt,
    });
    const outcome = await this.deps.store.writeArticle({
      article: {
        id: articleId,
        url: sub.url ?? null,
        canonicalUrl: canonical,
        contentHash: hash,
        outlet: sub.outlet ?? null,
        title: sub.title ?? null,
        text: result.text,
        publishedAt,
        fetchedAt: sub.fetchedAt ?? null,
      },
      statements,
      // A new or changed version is a delivered item, written in the article's transaction (one commit per article);
      // the same content again only keeps the source alive.
      ...(sub.sourceId
        ? { sourceItem: { sourceId: sub.sourceId, key: sub.itemKey ?? null, publishedAt, ingestedAt: now.toISOString() } }
        : {}),
    });
    this.announce({ inserted: outcome.inserted, retractedIds: outcome.retractedIds });
    this.log.debug("article ingested", { articleId, status: outcome.status, statements: outcome.inserted.length, source: sub.sourceId });
    // Unchanged (same content already stored): nothing was written; answer with the stored statements.
    const stored = outcome.status === "unchanged" ? await this.deps.store.listArticleStatements(outcome.articleId) : null;
    return { ...outcome, statements: stored ?? outcome.inserted.map((o) => o.statement) };
  }
}
