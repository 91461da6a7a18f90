/**
 * Echo clustering. A new statement joins the cluster of an earlier, non-retracted statement
 * by the same actor whose text is near-identical (lib/domain/echo.ts) within ±window of
 * its stated_at, when the two came from different sources (different canonical URL, or
 * different outlet when URLs are missing) and not from the same article.
 * Candidate lookup uses the (actor_id, stated_at) index with a bounded LIMIT.
 */
import { type EchoSignature, echoSignature, echoSimilarityAtLeast, ECHO_THRESHOLD, maybeEcho } from "../../domain/echo";
import { type Db, placeholders } from "./db";
import { outletLabel } from "./keys";
import { parseList } from "./rows";

export const CANDIDATE_LIMIT = 100;

interface CandidateRow {
  seq: number;
  id: string;
}

export interface EchoSource {
  url: string | null;
  outlet: string | null;
  articleId: string | null;
}

/**
 * Bounded cache of text signatures by statement id (ids are random, never reused even when a
 * transaction rolls back), so recent candidates are neither re-read nor re-tokenised.
 */
/**
 * 10,000 signatures (about 1.9 KB each for a 25-word statement: ~18 MB) cover the last 100 candidates of 100
 * actors active together; at 50 statements/s the cache is full after 3.3 min, so the soak's 5-min warm-up
 * includes it (20,000 took 6.7 min and ~52 MB with the old three-set signature).
 */
const SIG_CACHE_LIMIT = 10_000;
export class SignatureCache {
  private map = new Map<string, EchoSignature>();
  peek(id: string): EchoSignature | undefined {
    return this.map.get(id);
  }
  put(id: string, text: string | EchoSignature): EchoSignature {
    const sig = typeof text === "string" ? echoSignature(text) : text;
    if (this.map.size >= SIG_CACHE_LIMIT) {
      const first = this.map.keys().next();
      if (!first.done) this.map.delete(first.value);
    }
    this.map.set(id, sig);
    return sig;
  }
}

/** `urlIdentity` is the caller's URL key (StoreKeys.url): the store compares identities, never derives them. */
export function sourcesDiffer(a: EchoSource, b: EchoSource, urlIdentity: (url: string) => string): boolean {
  if (a.articleId && b.articleId && a.articleId === b.articleId) return false;
  if (a.url && b.url) return urlIdentity(a.url) !== urlIdentity(b.url);
  return (a.url ?? "") !== (b.url ?? "") || (a.outlet ?? "") !== (b.outlet ?? "");
}

/**
 * Returns the cluster id the new statement should join (or null), and the new text's signature.
 * Candidates (seq and id only: up to CANDIDATE_LIMIT rows per statement) come from the (actor_id, stated_at,
 * retracted, id, cluster_id) covering index; texts only for signatures not cached; source fields and the
 * cluster only for the few that match.
 */
export async function findEchoCluster(
  db: Db,
  cache: SignatureCache,
  q: { actorId: string; statedAt: number; windowMs: number; text: string; source: EchoSource; urlIdentity: (url: string) => string },
): Promise<{ clusterId: string | null; sig: EchoSignature }> {
  const sig = echoSignature(q.text);
  if (q.windowMs <= 0) return { clusterId: null, sig };
  const rows = await db.all<CandidateRow>(
    `SELECT seq, id FROM statements
     WHERE actor_id = ? AND stated_at >= ? AND stated_at <= ? AND retracted = FALSE
     ORDER BY stated_at DESC LIMIT ?`,
    [q.actorId, q.statedAt - q.windowMs, q.statedAt + q.windowMs, CANDIDATE_LIMIT],
  );
  if (rows.length === 0) return { clusterId: null, sig };
  const missing = rows.filter((r) => !cache.peek(r.id));
  if (missing.length) {
    const texts = await db.all<{ id: string; text: string }>(
      `SELECT id, text FROM statements WHERE seq IN (${placeholders(missing.length)})`,
      missing.map((r) => r.seq),
    );
    for (const t of texts) cache.put(t.id, t.text);
  }
  const matches: { sim: number; row: CandidateRow }[] = [];
  for (const row of rows) {
    const other = cache.peek(row.id);
    if (!other || !maybeEcho(sig, other)) continue;
    const sim = echoSimilarityAtLeast(sig, other, ECHO_THRESHOLD);
    if (sim >= ECHO_THRESHOLD) matches.push({ sim, row });
  }
  matches.sort((a, b) => b.sim - a.sim || a.row.seq - b.row.seq);
  for (const m of matches) {
    const src = await db.get<{ url: string | null; outlet: string | null; article_id: string | null; cluster_id: string }>(
      `SELECT url, outlet, article_id, cluster_id FROM statements WHERE seq = ?`,
      [m.row.seq],
    );
    if (src && sourcesDiffer(q.source, { url: src.url, outlet: src.outlet, articleId: src.article_id }, q.urlIdentity)) {
      return { clusterId: src.cluster_id, sig };
    }
  }
  return { clusterId: null, sig };
}

export interface ClusterInfo {
  clusterId: string;
  headId: string;
  mentions: number;
  outlets: string[];
}

export async function createCluster(db: Db, head: { id: string; actorId: string; statedAt: number; outlet: string | null; url: string | null }): Promise<void> {
  const label = outletLabel(head.outlet, head.url);
  await db.run(`INSERT INTO clusters (id, head_id, actor_id, first_at, mentions, outlets) VALUES (?, ?, ?, ?, 1, ?)`, [
    head.id, head.id, head.actorId, head.statedAt, JSON.stringify(label ? [label] : []),
  ]);
}

export async function joinCluster(db: Db, clusterId: string, m: { statedAt: number; outlet: string | null; url: string | null }): Promise<ClusterInfo> {
  const c = await db.get<{ head_id: string; mentions: number; outlets: string; first_at: number }>(
    `SELECT head_id, mentions, outlets, first_at FROM clusters WHERE id = ?`,
    [clusterId],
  );
  if (!c) throw new Error(`cluster ${clusterId} missing`);
  const outlets = parseList(c.outlets);
  const label = outletLabel(m.outlet, m.url);
  if (label && !outlets.includes(label)) outlets.push(label);
  const mentions = c.mentions + 1;
  await db.run(`UPDATE clusters SET mentions = ?, outlets = ?, first_at = ? WHERE id = ?`, [
    mentions, JSON.stringify(outlets), Math.min(c.first_at, m.statedAt), clusterId,
  ]);
  return { clusterId, headId: c.head_id, mentions, outlets };
}
