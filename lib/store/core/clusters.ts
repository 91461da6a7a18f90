/**
 * Echo clustering. A new statement joins the cluster of an earlier, non-retracted statement
 * by the same actor whose text is near-identical (lib/domain/echo.ts) within ±window of
 * its stated_at, when the two came from different sources (different canonical URL, or
 * different outlet when URLs are missing) and not from the same article.
 * Candidate lookup uses the (actor_id, stated_at) index with a bounded LIMIT.
 */
import { type EchoSignature, echoSignature, echoSimilarity, ECHO_THRESHOLD } from "../../domain/echo";
import type { Db } from "./db";
import { canonicalUrl, outletLabel } from "./keys";
import { parseList } from "./rows";

export const CANDIDATE_LIMIT = 100;

interface CandidateRow {
  seq: number;
  id: string;
  text: string;
  url: string | null;
  outlet: string | null;
  article_id: string | null;
  cluster_id: string;
}

export interface EchoSource {
  url: string | null;
  outlet: string | null;
  articleId: string | null;
}

/** Small LRU of text signatures by statement seq, so recent candidates are not re-tokenised. */
const SIG_CACHE_LIMIT = 20_000;
export class SignatureCache {
  private map = new Map<number, EchoSignature>();
  get(seq: number, text: string): EchoSignature {
    let sig = this.map.get(seq);
    if (sig) return sig;
    sig = echoSignature(text);
    if (this.map.size >= SIG_CACHE_LIMIT) {
      const first = this.map.keys().next();
      if (!first.done) this.map.delete(first.value);
    }
    this.map.set(seq, sig);
    return sig;
  }
}

export function sourcesDiffer(a: EchoSource, b: EchoSource): boolean {
  if (a.articleId && b.articleId && a.articleId === b.articleId) return false;
  if (a.url && b.url) return canonicalUrl(a.url) !== canonicalUrl(b.url);
  return (a.url ?? "") !== (b.url ?? "") || (a.outlet ?? "") !== (b.outlet ?? "");
}

/** Returns the cluster id the new statement should join, or null. */
export async function findEchoCluster(
  db: Db,
  cache: SignatureCache,
  q: { actorId: string; statedAt: number; windowMs: number; text: string; source: EchoSource },
): Promise<string | null> {
  if (q.windowMs <= 0) return null;
  const rows = await db.all<CandidateRow>(
    `SELECT seq, id, text, url, outlet, article_id, cluster_id FROM statements
     WHERE actor_id = ? AND stated_at >= ? AND stated_at <= ? AND NOT retracted
     ORDER BY stated_at DESC LIMIT ?`,
    [q.actorId, q.statedAt - q.windowMs, q.statedAt + q.windowMs, CANDIDATE_LIMIT],
  );
  if (rows.length === 0) return null;
  const sig = echoSignature(q.text);
  let best: { sim: number; row: CandidateRow } | null = null;
  for (const row of rows) {
    if (!sourcesDiffer(q.source, { url: row.url, outlet: row.outlet, articleId: row.article_id })) continue;
    const sim = echoSimilarity(sig, cache.get(row.seq, row.text));
    if (sim >= ECHO_THRESHOLD && (!best || sim > best.sim || (sim === best.sim && row.seq < best.row.seq))) best = { sim, row };
  }
  return best ? best.row.cluster_id : null;
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
