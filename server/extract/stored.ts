/**
 * The statements already stored for an article (an unchanged re-post returns them, so clients get ids).
 * The store has no per-article read, so this pages the feed of the statements' actors (echoes
 * included, retracted excluded) and keeps those of the article; it stops as soon as every expected
 * statement (same evidence span and text) was found, and after at most MAX_PAGES pages.
 */
import type { StatementInput } from "../../lib/contract/schemas";
import type { Statement } from "../../lib/domain/statement";
import type { Store } from "../../lib/store/types";

const PAGE = 500;
const MAX_PAGES = 20;

async function resolved(store: Store, id: string): Promise<string> {
  let cur = id;
  for (let i = 0; i < 8; i++) {
    const a = await store.getActor(cur);
    if (!a?.mergedInto) return cur;
    cur = a.mergedInto;
  }
  return cur;
}

const spanKey = (s: { text: string; evidence?: { start: number; end: number } | null }) =>
  `${s.evidence?.start ?? ""}-${s.evidence?.end ?? ""}:${s.text}`;

export async function storedArticleStatements(store: Store, articleId: string, expected: StatementInput[]): Promise<Statement[]> {
  if (expected.length === 0) return [];
  const ids = expected.map((s) => s.actor.id);
  const actors = ids.every((id): id is string => id !== undefined)
    ? [...new Set(await Promise.all([...new Set(ids)].map((id) => resolved(store, id))))]
    : undefined;
  const want = new Set(expected.map(spanKey));
  const found = new Map<string, Statement>();
  let before: number | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await store.listStatements({ ...(actors ? { actors } : {}), echoes: true, limit: PAGE, ...(before ? { before } : {}) });
    for (const s of res.items) {
      if (s.source.articleId !== articleId) continue;
      found.set(s.id, s);
      want.delete(spanKey(s));
    }
    if (want.size === 0 || res.nextBefore === null || res.items.length === 0) break;
    before = res.nextBefore;
  }
  return [...found.values()].sort((a, b) => a.seq - b.seq);
}
