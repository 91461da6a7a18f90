/** Row shapes and mappers from SQL rows to domain objects (both dialects). */
import type { GovernorateCode } from "../../domain/governorates";
import type { Actor, ActorKind, Statement, StatementType } from "../../domain/statement";
import { iso } from "./keys";

/** SQLite returns 0/1, PostgreSQL booleans. */
export type DbBool = boolean | number;

export interface ActorRow {
  id: string;
  name_ar: string;
  name_en: string;
  kind: string;
  aliases: string;
  country: string | null;
  merged_into: string | null;
  total_uniques: number;
  total_mentions: number;
  last_stated_at: number | null;
}

export const ACTOR_COLS = "id, name_ar, name_en, kind, aliases, country, merged_into, total_uniques, total_mentions, last_stated_at";

export function toActor(r: ActorRow): Actor {
  return {
    id: r.id,
    nameAr: r.name_ar,
    nameEn: r.name_en,
    kind: r.kind as ActorKind,
    aliases: parseList(r.aliases),
    country: r.country,
    mergedInto: r.merged_into,
  };
}

export interface StatementRow {
  seq: number;
  id: string;
  actor_id: string;
  name_ar: string;
  name_en: string;
  kind: string;
  type: string;
  text: string;
  quote: DbBool;
  stated_at: number;
  published_at: number;
  ingested_at: number;
  outlet: string | null;
  url: string | null;
  article_id: string | null;
  govs: string;
  security_op: DbBool;
  evidence_start: number | null;
  evidence_end: number | null;
  cluster_id: string;
  echo_of: string | null;
  mentions: number | null;
  demo: DbBool;
}

const STATEMENT_COLS = `s.seq, s.id, s.actor_id, a.name_ar, a.name_en, a.kind, s.type, s.text, s.quote,
  s.stated_at, s.published_at, s.ingested_at, s.outlet, s.url, s.article_id, s.govs, s.security_op,
  s.evidence_start, s.evidence_end, s.cluster_id, s.echo_of, c.mentions, s.demo`;
const JOINS = "JOIN actors a ON a.id = s.actor_id LEFT JOIN clusters c ON c.id = s.cluster_id";

/** Columns + joins for reading full statements; alias `s` is the statements table. */
export const STATEMENT_SELECT = `SELECT ${STATEMENT_COLS} FROM statements s ${JOINS}`;

/**
 * Full statements for a page chosen by `inner` (a `SELECT * FROM statements s WHERE … ORDER BY … LIMIT ?`):
 * the page is picked from the statements table alone, then joined, so both planners walk the seq index.
 */
/** Wraps a page query with the joins; `feed` orders by statement time (then seq), else by seq. */
export function statementPage(inner: string, order: "ASC" | "DESC" | "feed"): string {
  const by = order === "feed" ? "s.stated_at DESC, s.seq DESC" : `s.seq ${order}`;
  return `SELECT ${STATEMENT_COLS} FROM (${inner}) s ${JOINS} ORDER BY ${by}`;
}

export function toStatement(r: StatementRow): Statement {
  return {
    id: r.id,
    seq: r.seq,
    actor: { id: r.actor_id, nameAr: r.name_ar, nameEn: r.name_en, kind: r.kind as ActorKind },
    type: r.type as StatementType,
    text: r.text,
    quote: Boolean(r.quote),
    statedAt: iso(r.stated_at),
    publishedAt: iso(r.published_at),
    ingestedAt: iso(r.ingested_at),
    source: { outlet: r.outlet, url: r.url, articleId: r.article_id },
    governorates: parseList(r.govs) as GovernorateCode[],
    securityOperation: Boolean(r.security_op),
    evidence: r.evidence_start !== null && r.evidence_end !== null ? { start: r.evidence_start, end: r.evidence_end } : null,
    clusterId: r.cluster_id,
    echoOf: r.echo_of,
    mentions: r.mentions ?? 1,
    demo: Boolean(r.demo),
  };
}

export function parseList(json: string | null): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}
