/** SourceRepository: source health, seen items (de-duplication across restarts), item log, latency. */
import { LATE_AFTER_MS } from "../../domain/statement";
import type { LatencyHistogram, SourceActivityCounts, SourceState } from "../types";
import { type Db, type Param, placeholders } from "./db";
import { ms } from "./keys";

interface SourceRow {
  id: string; kind: string; name: string; state: string;
  last_success_at: string | null; last_error_at: string | null; last_error: string | null;
  failing_since: string | null; etag: string | null; last_modified: string | null; updated_at: string;
}
const COLS = "id, kind, name, state, last_success_at, last_error_at, last_error, failing_since, etag, last_modified, updated_at";

const toSource = (r: SourceRow): SourceState => ({
  id: r.id, kind: r.kind as SourceState["kind"], name: r.name, state: r.state as SourceState["state"],
  lastSuccessAt: r.last_success_at, lastErrorAt: r.last_error_at, lastError: r.last_error,
  failingSince: r.failing_since, etag: r.etag, lastModified: r.last_modified, updatedAt: r.updated_at,
});

export async function getSource(db: Db, id: string): Promise<SourceState | null> {
  const r = await db.get<SourceRow>(`SELECT ${COLS} FROM sources WHERE id = ?`, [id]);
  return r ? toSource(r) : null;
}

export async function listSources(db: Db): Promise<SourceState[]> {
  return (await db.all<SourceRow>(`SELECT ${COLS} FROM sources ORDER BY id`)).map(toSource);
}

export async function saveSource(db: Db, s: SourceState): Promise<void> {
  await db.run(
    `INSERT INTO sources (${COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, state = excluded.state,
       last_success_at = excluded.last_success_at, last_error_at = excluded.last_error_at, last_error = excluded.last_error,
       failing_since = excluded.failing_since, etag = excluded.etag, last_modified = excluded.last_modified,
       updated_at = excluded.updated_at`,
    [s.id, s.kind, s.name, s.state, s.lastSuccessAt, s.lastErrorAt, s.lastError, s.failingSince, s.etag, s.lastModified, s.updatedAt],
  );
}

export async function markItemSeen(db: Db, sourceId: string, itemKey: string, at: Date): Promise<boolean> {
  const n = await db.run(`INSERT INTO seen_items (source_id, item_key, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, [
    sourceId, itemKey, at.getTime(),
  ]);
  return n > 0;
}

export async function recordSourceItem(
  db: Db, sourceId: string, item: { key: string; articleId: string | null; publishedAt: string | null; ingestedAt: string },
): Promise<void> {
  await db.run(`INSERT INTO source_items (source_id, item_key, article_id, published_at, ingested_at) VALUES (?, ?, ?, ?, ?)`, [
    sourceId, item.key, item.articleId, item.publishedAt ? ms(item.publishedAt) : null, ms(item.ingestedAt),
  ]);
}

/** An item published more than this long before it was ingested is a replay: left out of the delay (the domain's late threshold). */
export const REPLAY_AFTER_MS = LATE_AFTER_MS;
/** The delay is the median over at most this many of the most recent items. */
const DELAY_SAMPLE = 5_000;

/**
 * Activity of a source since a time: deliveries (`items`), distinct articles, statements (those of
 * its articles that are still live, plus items recorded per statement, key `statement:<id>`), and the
 * median publication-to-ingestion delay over recent items published at most REPLAY_AFTER_MS before
 * ingestion (older ones are `replayed` and do not count towards the delay).
 */
export async function sourceActivity(db: Db, sourceId: string, since: Date): Promise<SourceActivityCounts> {
  const p = [sourceId, since.getTime()];
  const r = await db.get<{ n: number | string; a: number | string; direct: number | string }>(
    `SELECT COUNT(*) AS n, COUNT(DISTINCT article_id) AS a,
       SUM(CASE WHEN article_id IS NULL AND item_key LIKE 'statement:%' THEN 1 ELSE 0 END) AS direct
     FROM source_items WHERE source_id = ? AND ingested_at >= ?`, p,
  );
  const fromArticles = await db.get<{ n: number | string }>(
    `SELECT COUNT(*) AS n FROM statements s WHERE NOT s.retracted AND s.article_id IN
       (SELECT article_id FROM source_items WHERE source_id = ? AND ingested_at >= ? AND article_id IS NOT NULL)`, p,
  );
  const delays = (await db.all<{ d: number | string }>(
    `SELECT ingested_at - published_at AS d FROM source_items
     WHERE source_id = ? AND ingested_at >= ? AND published_at IS NOT NULL ORDER BY ingested_at DESC LIMIT ?`,
    [...p, DELAY_SAMPLE],
  )).map((x) => Number(x.d));
  const recent = delays.filter((d) => d <= REPLAY_AFTER_MS).sort((a, b) => a - b);
  const mid = recent.length >> 1;
  const median = !recent.length ? null : recent.length % 2 ? recent[mid]! : (recent[mid - 1]! + recent[mid]!) / 2;
  return {
    items: Number(r?.n ?? 0),
    articles: Number(r?.a ?? 0),
    statements: Number(r?.direct ?? 0) + Number(fromArticles?.n ?? 0),
    medianDelayMs: median === null ? null : Math.round(median),
    replayed: delays.length - recent.length,
  };
}

export async function markPushed(db: Db, ids: string[], at: Date): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const params: Param[] = [at.getTime(), ...chunk];
    await db.run(`UPDATE statements SET pushed_at = ? WHERE pushed_at IS NULL AND id IN (${placeholders(chunk.length)})`, params);
  }
}

/** Upper bounds (ms) of the latency buckets; one more open-ended bucket follows the last. */
export const LATENCY_BOUNDS = [1e3, 2e3, 5e3, 10e3, 30e3, 60e3, 300e3, 900e3, 3_600e3, 21_600e3, 86_400e3];

export function histogram(values: number[]): LatencyHistogram {
  const sorted = values.map((v) => Math.max(0, v)).sort((a, b) => a - b);
  const counts = new Array<number>(LATENCY_BOUNDS.length + 1).fill(0);
  for (const v of sorted) {
    const i = LATENCY_BOUNDS.findIndex((b) => v <= b);
    counts[i === -1 ? LATENCY_BOUNDS.length : i]!++;
  }
  const pct = (p: number): number | null => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]! : null);
  return { bounds: [...LATENCY_BOUNDS], counts, count: sorted.length, p50: pct(0.5), p95: pct(0.95), p99: pct(0.99) };
}

/** Publication-to-push latency of statements pushed since `since` (all pushed statements when absent). */
export async function latencyHistogram(db: Db, since?: Date): Promise<LatencyHistogram> {
  const rows = await db.all<{ d: number }>(
    `SELECT pushed_at - published_at AS d FROM statements WHERE pushed_at IS NOT NULL AND pushed_at >= ?`,
    [since ? since.getTime() : 0],
  );
  return histogram(rows.map((r) => Number(r.d)));
}
