/** Extraction result → StatementInput[] for the store (ids, idempotency keys, sources, dates). */
import { statementInputSchema, type StatementInput } from "../../lib/contract/schemas";
import type { ExtractedStatement } from "../../lib/extract/types";
import { shortHash } from "../../lib/ingest/canonical";

const ACTOR_ID = /^[a-z0-9][a-z0-9_.:-]{0,79}$/;


export interface ArticleMeta {
  articleId: string;
  canonicalUrl: string | null;
  contentHash: string;
  url: string | null;
  outlet: string | null;
  publishedAt: string;
}

/**
 * Idempotency key: article identity (canonical URL or content hash) + evidence span + sentence,
 * so re-ingesting the same article stores nothing new.
 */
export function toStatementInputs(extracted: ExtractedStatement[], meta: ArticleMeta): StatementInput[] {
  const identity = meta.canonicalUrl ?? `hash:${meta.contentHash}`;
  const out: StatementInput[] = [];
  for (const s of extracted) {
    const candidate = {
      idempotencyKey: `art:${shortHash(identity)}:${s.evidence.start}-${s.evidence.end}:${shortHash(s.text)}`,
      actor: {
        ...(ACTOR_ID.test(s.actor.id) ? { id: s.actor.id } : {}),
        nameAr: s.actor.nameAr,
        nameEn: s.actor.nameEn,
        kind: s.actor.kind,
        aliases: s.actor.aliases.slice(0, 50),
      },
      type: s.type,
      text: s.text.slice(0, 10_000),
      quote: s.quote,
      statedAt: s.statedAt ?? meta.publishedAt,
      publishedAt: meta.publishedAt,
      source: { outlet: meta.outlet, url: meta.url, articleId: meta.articleId },
      governorates: [...new Set(s.provinces)],
      securityOperation: s.securityOperation,
      evidence: s.evidence,
    };
    const parsed = statementInputSchema.safeParse(candidate);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
