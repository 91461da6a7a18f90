/**
 * Article files for the CLI and folder ingestion: plain text with optional `key: value`
 * header lines, .json objects, or .html pages. Bytes are decoded as UTF-8, or as
 * windows-1256 when declared and the bytes are not valid UTF-8. Binary input is rejected.
 */
import iconv from "iconv-lite";
import { AppError } from "../errors";
import { htmlTitle, htmlToText } from "./html";
import type { ArticleDoc } from "./types";

const HEADER_KEYS = new Set(["url", "date", "outlet", "title", "publishedat", "published", "source", "charset", "language", "lang"]);

export function baseId(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, "");
}

function decode(content: string | Uint8Array): string {
  if (typeof content === "string") {
    if (content.includes("\u0000")) throw new AppError("unprocessable_article", "binary content (NUL bytes)");
    return content.replace(/^\uFEFF/, "");
  }
  const bytes = content;
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (probe.includes(0)) throw new AppError("unprocessable_article", "binary content (NUL bytes)");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    const head = Buffer.from(probe).toString("latin1");
    if (/charset\s*[:=]\s*["']?\s*(?:windows|cp)-?1256/i.test(head)) return iconv.decode(Buffer.from(bytes), "windows-1256");
    throw new AppError("unprocessable_article", "invalid UTF-8 and no supported charset declared (windows-1256)");
  }
}

function isoDate(v: unknown): string | null {
  if (typeof v !== "string" || v.trim() === "") return null;
  const t = Date.parse(v.trim());
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}

export function parseArticleFile(fileName: string, content: string | Uint8Array): ArticleDoc {
  const id = baseId(fileName);
  const body = decode(content);
  const ext = (/\.([^.\\/]+)$/.exec(fileName)?.[1] ?? "").toLowerCase();
  if (ext === "json") {
    let obj: unknown;
    try { obj = JSON.parse(body); } catch { throw new AppError("invalid_json", "article file is not valid JSON"); }
    if (!obj || typeof obj !== "object" || Array.isArray(obj)) throw new AppError("validation_failed", "JSON article must be an object");
    const o = obj as Record<string, unknown>;
    const html = str(o.html);
    const text = str(o.text) ?? str(o.body) ?? (html ? htmlToText(html) : null);
    if (text === null) throw new AppError("validation_failed", "JSON article needs text, html or body");
    return {
      id, text, url: str(o.url), outlet: str(o.outlet), title: str(o.title) ?? (html ? htmlTitle(html) : null),
      publishedAt: isoDate(o.publishedAt) ?? isoDate(o.date), language: str(o.language),
    };
  }
  if (ext === "html" || ext === "htm" || /^\s*<(?:!doctype|html)/i.test(body)) {
    return { id, text: htmlToText(body), title: htmlTitle(body), url: null, outlet: null, publishedAt: null };
  }
  // Plain text: optional "key: value" header lines, then a blank line.
  const lines = body.split(/\r?\n/);
  const meta: Record<string, string> = {};
  let i = 0;
  while (i < lines.length && i < 20) {
    const m = /^([A-Za-z][A-Za-z_-]*)\s*:\s*(.*)$/.exec(lines[i]!);
    if (!m || !HEADER_KEYS.has(m[1]!.toLowerCase())) break;
    meta[m[1]!.toLowerCase()] = m[2]!.trim();
    i++;
  }
  const hasHeader = i > 0 && (i >= lines.length || lines[i]!.trim() === "");
  const text = hasHeader ? lines.slice(i + 1).join("\n") : body;
  return {
    id, text: text.replace(/\r\n/g, "\n"),
    url: hasHeader ? meta.url ?? null : null,
    outlet: hasHeader ? meta.outlet ?? meta.source ?? null : null,
    title: hasHeader ? meta.title ?? null : null,
    publishedAt: hasHeader ? isoDate(meta.date ?? meta.publishedat ?? meta.published) : null,
    language: hasHeader ? meta.language ?? meta.lang ?? null : null,
  };
}
