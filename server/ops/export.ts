/**
 * Statement export as CSV or NDJSON, streamed: the feed's catch-up query (`listStatements` with
 * `after`, seq ascending, pages of EXPORT_PAGE) with the same filters as GET /api/statements, written
 * through a backpressure-aware `write`. Used by GET /api/export and `npm run export`.
 */
import type { StatementDTO } from "../../lib/contract/dto";
import type { ExportFormat, Filter } from "../../lib/contract/schemas";
import type { Store } from "../../lib/store/types";

export const EXPORT_PAGE = 500;

export const CSV_COLUMNS = [
  "seq", "id", "stated_at", "published_at", "ingested_at", "actor_id", "actor_name_ar", "actor_name_en", "type", "quote", "text",
  "governorates", "security_operation", "outlet", "url", "article_id", "cluster_id", "echo_of", "mentions", "demo",
] as const;

/**
 * RFC 4180 field: quoted when it holds a comma, quote, CR or LF (quotes doubled). Text that a
 * spreadsheet would run as a formula (starts with = + - @ or a tab/CR) gets a leading apostrophe.
 */
export function csvField(v: string | number | boolean | null, formulaGuard = false): string {
  if (v === null) return "";
  let s = String(v);
  if (formulaGuard && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(s: StatementDTO): string {
  const t = (v: string | null) => csvField(v, true);
  return [
    csvField(s.seq), csvField(s.id), csvField(s.statedAt), csvField(s.publishedAt), csvField(s.ingestedAt),
    t(s.actor.id), t(s.actor.nameAr), t(s.actor.nameEn), csvField(s.type), csvField(s.quote), t(s.text),
    csvField(s.governorates.join(";")), csvField(s.securityOperation), t(s.source.outlet), t(s.source.url),
    csvField(s.source.articleId), csvField(s.clusterId), csvField(s.echoOf), csvField(s.mentions), csvField(s.demo),
  ].join(",") + "\r\n";
}

/** Writes one chunk; resolves when the consumer can take more (false: the consumer went away, stop). */
export type ExportWrite = (chunk: string) => Promise<boolean>;

/** Streams every matching statement, oldest first (by seq). Returns how many rows were written. */
export async function exportStatements(store: Store, q: Filter & { echoes: boolean }, format: ExportFormat, write: ExportWrite): Promise<number> {
  // UTF-8 BOM: spreadsheet programs then read the Arabic text as UTF-8.
  if (format === "csv" && !(await write(`\ufeff${CSV_COLUMNS.join(",")}\r\n`))) return 0;
  let after = 0;
  let rows = 0;
  for (;;) {
    const page = await store.listStatements({ ...q, after, limit: EXPORT_PAGE });
    if (page.items.length === 0) return rows;
    const chunk = page.items.map((s) => (format === "csv" ? csvRow(s) : `${JSON.stringify(s)}\n`)).join("");
    rows += page.items.length;
    if (!(await write(chunk))) return rows;
    after = page.items[page.items.length - 1]!.seq;
    if (page.items.length < EXPORT_PAGE) return rows;
  }
}

export const EXPORT_CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  ndjson: "application/x-ndjson; charset=utf-8",
};
