/**
 * One poll of one feed: conditional GET → decode → parse → for each new item (GUID / canonical URL
 * not seen before) read it through the one article reader (full content, else the linked page's main
 * text, else the summary) → pipeline.ingestArticle. Errors are returned, never thrown past the caller.
 */
import { canonicalUrl, contentHash } from "../../../lib/ingest/canonical";
import { decodeBytes } from "../../../lib/ingest/charset";
import { parseFeed, type FeedItem } from "../../../lib/ingest/feed";
import { feedItemNeedsPage, readFeedItem, type FeedItemArticle } from "../../../lib/ingest/file-article";
import type { SourceRepository } from "../../../lib/store/types";
import type { ArticleSubmission, Pipeline } from "../../types";
import type { FeedConfig } from "./feeds-config";
import { HealthRecorder, type SourceIdentity } from "./health";
import { boundedGet, type FetchLimits } from "./http-fetch";
import type { PollSummary, SourceLogger } from "./types";

/** Upper bound on items handled per poll (the rest wait for the next poll). */
export const MAX_ITEMS_PER_POLL = 200;

export interface PollDeps {
  store: SourceRepository;
  pipeline: Pipeline;
  health: HealthRecorder;
  logger: SourceLogger;
  limits?: Partial<FetchLimits>;
  stop?: AbortSignal;
  now?: () => Date;
}

export const feedSourceId = (id: string) => `feed:${id}`;

export function feedIdentity(feed: FeedConfig): SourceIdentity {
  return { id: feedSourceId(feed.id), kind: "feed", name: feed.outlet ? `${feed.outlet} (${feed.id})` : feed.id };
}

/** Stable de-duplication keys of an item: GUID and canonical URL, or a content hash when it has neither. */
export function itemKeys(item: FeedItem): string[] {
  const keys: string[] = [];
  if (item.guid) keys.push(`guid:${item.guid}`);
  const canon = canonicalUrl(item.link);
  if (canon) keys.push(`url:${canon}`);
  if (keys.length === 0) keys.push(`hash:${contentHash(`${item.title ?? ""}\n${item.summary ?? ""}\n${item.content ?? ""}`)}`);
  return keys;
}

/** Key of an item's current version (its identity plus a hash of what the feed says about it). */
export function versionKey(item: FeedItem, keys: string[]): string {
  const identity = keys.find((k) => k.startsWith("url:")) ?? keys[0]!;
  return `ver:${identity}:${contentHash(`${item.title ?? ""}\n${item.summary ?? ""}\n${item.content ?? ""}`).slice(0, 16)}`;
}

/**
 * Reads an item through the one article reader (lib/ingest/file-article.ts): its full content, else the
 * linked page (fetched here, checked and read there), else the summary when the page fails.
 */
export async function itemBody(item: FeedItem, deps: Pick<PollDeps, "limits" | "stop" | "logger">): Promise<FeedItemArticle> {
  if (item.link && feedItemNeedsPage(item)) {
    try {
      // No stop signal: an item being ingested when the server shuts down is finished (bounded by the
      // fetch timeout and SHUTDOWN_GRACE_MS), since it is already marked seen.
      const page = await boundedGet(item.link, { limits: deps.limits, accept: "text/html,application/xhtml+xml" });
      return readFeedItem(item, { bytes: page.body, contentType: page.contentType, url: page.url });
    } catch (e) {
      deps.logger.warn("linked page could not be read; using the feed summary", { link: item.link, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return readFeedItem(item);
}

function sortOldestFirst(items: FeedItem[]): FeedItem[] {
  return items
    .map((it, i) => ({ it, i }))
    .sort((a, b) => {
      const ta = a.it.publishedAt ? Date.parse(a.it.publishedAt) : Infinity;
      const tb = b.it.publishedAt ? Date.parse(b.it.publishedAt) : Infinity;
      return ta === tb ? b.i - a.i : ta - tb;
    })
    .map((x) => x.it);
}

export async function pollFeed(feed: FeedConfig, deps: PollDeps): Promise<PollSummary> {
  const now = deps.now ?? (() => new Date());
  const ident = feedIdentity(feed);
  const summary: PollSummary = { sourceId: ident.id, status: "ok", items: 0, ingested: 0, duplicates: 0, failed: 0, error: null };
  try {
    const prev = await deps.health.current(ident);
    const res = await boundedGet(feed.url, {
      limits: deps.limits,
      stop: deps.stop,
      etag: prev.etag,
      lastModified: prev.lastModified,
      accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    });
    if (res.status === 304) {
      summary.status = "not_modified";
      await deps.health.success(ident);
      return summary;
    }
    const decoded = decodeBytes(res.body, res.contentType);
    if (decoded.warning) deps.logger.warn("feed charset", { feed: feed.id, warning: decoded.warning });
    const parsed = parseFeed(decoded.text, res.url);
    const items = sortOldestFirst(parsed.items).slice(-MAX_ITEMS_PER_POLL);
    summary.items = items.length;
    let interrupted = false;
    for (const item of items) {
      if (deps.stop?.aborted) {
        interrupted = true;
        break;
      }
      const keys = itemKeys(item);
      let fresh = true;
      for (const k of keys) fresh = (await deps.store.markItemSeen(ident.id, k, now())) && fresh;
      // A known item whose feed content changed is re-ingested: the store replaces its statements.
      const changed = await deps.store.markItemSeen(ident.id, versionKey(item, keys), now());
      if (!fresh && !changed) {
        summary.duplicates++;
        continue;
      }
      try {
        const fetchedAt = now().toISOString();
        const body = await itemBody(item, deps);
        const sub: ArticleSubmission = {
          ...(body.html !== undefined ? { html: body.html } : { text: body.text ?? "" }),
          url: item.link,
          outlet: feed.outlet ?? parsed.title,
          title: body.title,
          publishedAt: body.publishedAt ?? fetchedAt,
          language: feed.language ?? null,
          fetchedAt,
          sourceId: ident.id,
          itemKey: keys[0]!,
        };
        await deps.pipeline.ingestArticle(sub);
        summary.ingested++;
      } catch (e) {
        summary.failed++;
        deps.logger.warn("feed item failed", { feed: feed.id, link: item.link, error: e instanceof Error ? e.message : String(e) });
      }
    }
    // Interrupted by a shutdown: keep the old validators so the next start fetches the feed again and
    // ingests the items not reached yet (seen items are skipped by key).
    await deps.health.success(ident, interrupted ? undefined : { etag: res.etag, lastModified: res.lastModified });
    return summary;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    summary.status = "failed";
    summary.error = message;
    await deps.health.failure(ident, message).catch((err: unknown) => deps.logger.error("could not record source failure", { err }));
    return summary;
  }
}
