/**
 * Articles keyed by the caller's canonical URL (or by content hash when there is none):
 * same key + same hash = "unchanged" (nothing written); same key + new hash = "updated"
 * (the old version's statements are retracted, the new ones inserted); else "created". A created or updated
 * article's source item (ArticleWrite.sourceItem) is recorded in the same transaction.
 */
import type { ArticleWrite, ArticleWriteOutcome, InsertOutcome, StoredArticle } from "../types";
import type { SignatureCache } from "./clusters";
import type { Db } from "./db";
import { iso, ms } from "./keys";
import { recordSourceItem } from "./sources";
import { type InsertContext, newActorMemo } from "./types-internal";
import { insertOne, retract } from "./writes";

interface ArticleRow {
  id: string;
  url: string | null;
  canonical_url: string | null;
  content_hash: string;
  outlet: string | null;
  title: string | null;
  text: string;
  published_at: number | null;
  fetched_at: number | null;
  ingested_at: number;
}
const COLS = "id, url, canonical_url, content_hash, outlet, title, text, published_at, fetched_at, ingested_at";

const toArticle = (r: ArticleRow): StoredArticle => ({
  id: r.id, url: r.url, canonicalUrl: r.canonical_url, contentHash: r.content_hash, outlet: r.outlet, title: r.title,
  text: r.text, publishedAt: r.published_at != null ? iso(r.published_at) : null,
  fetchedAt: r.fetched_at != null ? iso(r.fetched_at) : null, ingestedAt: iso(r.ingested_at),
});

export async function getArticle(db: Db, id: string): Promise<StoredArticle | null> {
  const r = await db.get<ArticleRow>(`SELECT ${COLS} FROM articles WHERE id = ?`, [id]);
  return r ? toArticle(r) : null;
}

export async function writeArticle(
  db: Db, cache: SignatureCache, w: ArticleWrite, base: Pick<InsertContext, "nowMs" | "echoWindowMs" | "keys">,
): Promise<ArticleWriteOutcome> {
  const a = w.article;
  const nowMs = base.nowMs;
  // The caller's canonical URL (lib/ingest) is the key; the store never derives one from `url`.
  const canon = a.canonicalUrl;
  const existing = canon
    ? await db.get<ArticleRow>(`SELECT ${COLS} FROM articles WHERE canonical_url = ?`, [canon])
    : await db.get<ArticleRow>(`SELECT ${COLS} FROM articles WHERE canonical_url IS NULL AND content_hash = ?`, [a.contentHash]);
  if (existing && existing.content_hash === a.contentHash) {
    return { articleId: existing.id, status: "unchanged", inserted: [], retractedIds: [] };
  }
  const publishedAt = a.publishedAt ? ms(a.publishedAt) : null;
  const fetchedAt = a.fetchedAt ? ms(a.fetchedAt) : null;
  const retractedIds: string[] = [];
  let articleId: string;
  if (existing) {
    articleId = existing.id;
    const old = await db.all<{ seq: number }>(`SELECT seq FROM statements WHERE article_id = ? AND NOT retracted ORDER BY seq`, [articleId]);
    for (const o of old) {
      const id = await retract(db, o.seq);
      if (id) retractedIds.push(id);
    }
    await db.run(
      `UPDATE articles SET url = ?, content_hash = ?, outlet = ?, title = ?, text = ?, published_at = ?, fetched_at = ?, ingested_at = ? WHERE id = ?`,
      [a.url, a.contentHash, a.outlet, a.title, a.text, publishedAt, fetchedAt, nowMs, articleId],
    );
  } else {
    articleId = a.id;
    await db.run(`INSERT INTO articles (${COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      a.id, a.url, canon, a.contentHash, a.outlet, a.title, a.text, publishedAt, fetchedAt, nowMs,
    ]);
  }
  const inserted: InsertOutcome[] = [];
  const ctx = { ...base, demo: false, articleId, fetchedAt, actors: newActorMemo() };
  for (const s of w.statements) inserted.push(await insertOne(db, cache, s, ctx));
  const item = w.sourceItem;
  if (item) {
    await recordSourceItem(db, item.sourceId, { key: item.key ?? `article:${articleId}`, articleId, publishedAt: item.publishedAt, ingestedAt: item.ingestedAt });
  }
  return { articleId, status: existing ? "updated" : "created", inserted, retractedIds };
}

/**
 * Retention (ARTICLE_RETENTION_DAYS): empties the raw text of articles ingested before `cutoff`.
 * The article row (url, outlet, title, hash) and its statements stay; returns how many were emptied.
 */
export async function dropArticleTextBefore(db: Db, cutoff: Date): Promise<number> {
  return db.run(`UPDATE articles SET text = '' WHERE ingested_at < ? AND text <> ''`, [cutoff.getTime()]);
}
