/** Extraction result → StatementInput[] for the store (ids, idempotency keys, sources, dates). */
import { createHash } from "node:crypto";
import { statementInputSchema, type StatementInput } from "../../lib/contract/schemas";
import type { ExtractedStatement } from "../../lib/extract/types";

const ACTOR_ID = /^[a-z0-9][a-z0-9_.:-]{0,79}$/;

function shortHash(s: string): string {
  return createHash("sha256").update(s, "utf8").digest("hex").slice(0, 16);
}

/** Stable article id: from the canonical URL when there is one (so a changed article updates), else the content hash. */
export function articleIdFor(canonical: string | null, contentHash: string): string {
  return `a-${shortHash(canonical ?? `hash:${contentHash}`)}`;
}

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
