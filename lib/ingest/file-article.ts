/**
 * The one article-file reader: .txt with an optional `key: value` header, .json, .html to an article
 * submission. Used by the folder source, the ingest CLI, replay, and by `npm run eval` / `npm run extract`
 * (through `toArticleDoc`), so the score measures the reader users get. Pure: name + bytes in.
 */
import { htmlTitle, htmlToText } from "../extract/html";
import type { ArticleDoc } from "../extract/types";
import { decodeBytes, DecodeError, looksBinary } from "./charset";
import { parseDate } from "./feed";

export interface FileArticle {
  text?: string;
  html?: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  publishedAt: string | null;
  language: string | null;
}

export class ArticleFileError extends Error {
  constructor(
    readonly reason: "empty" | "binary" | "invalid_encoding" | "unsupported" | "invalid_json" | "no_text",
    message: string,
  ) {
    super(message);
    this.name = "ArticleFileError";
  }
}

export const ARTICLE_EXTENSIONS = [".txt", ".json", ".html", ".htm"] as const;

export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((e) => lower.endsWith(e));
}

const HEADER_KEYS = new Set(["url", "date", "outlet", "title", "language", "lang", "publishedat", "published", "source", "charset"]);

/** Splits the optional `key: value` header block (terminated by a blank line) from the body. */
export function splitHeader(text: string): { header: Record<string, string>; body: string } {
  const lines = text.split(/\r?\n/);
  const header: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && i < 20; i++) {
    const line = lines[i]!;
    if (line.trim() === "") break;
    const m = /^\s*([A-Za-z_][A-Za-z_-]*)\s*:\s*(.*)$/.exec(line);
    if (!m || !HEADER_KEYS.has(m[1]!.toLowerCase())) return { header: {}, body: text };
    header[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  if (i === 0 || i >= lines.length || Object.keys(header).length === 0) return { header: {}, body: text };
  return { header, body: lines.slice(i + 1).join("\n") };
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

function fromJson(raw: string): FileArticle {
  let obj: unknown;
  try {
    obj = JSON.parse(raw);
  } catch (e) {
    throw new ArticleFileError("invalid_json", `invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) throw new ArticleFileError("invalid_json", "JSON file must hold one article object");
  const o = obj as Record<string, unknown>;
  const text = str(o["text"]) ?? str(o["body"]) ?? str(o["content"]);
  const html = str(o["html"]);
  if (!text && !html) throw new ArticleFileError("no_text", "JSON article has no text/body/content/html");
  return {
    ...(text ? { text } : { html: html! }),
    url: str(o["url"]) ?? str(o["link"]),
    outlet: str(o["outlet"]) ?? str(o["source"]),
    title: str(o["title"]),
    publishedAt: parseDate(str(o["publishedAt"]) ?? str(o["date"]) ?? str(o["published"])),
    language: str(o["language"]) ?? str(o["lang"]),
  };
}

/**
 * Article bytes (a file, or a raw text/plain or text/html HTTP body with its Content-Type) to text:
 * the binary, encoding and emptiness checks of every byte-level entry point.
 */
export function decodeArticleBytes(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes.length === 0) throw new ArticleFileError("empty", "empty file");
  if (looksBinary(bytes)) throw new ArticleFileError("binary", "binary file (NUL or control bytes)");
  let raw: string;
  try {
    raw = decodeBytes(bytes, contentType).text;
  } catch (e) {
    throw new ArticleFileError("invalid_encoding", e instanceof DecodeError ? e.message : "invalid encoding");
  }
  if (!raw.trim()) throw new ArticleFileError("empty", "file contains only whitespace");
  return raw;
}

/** Reads one article file; throws ArticleFileError with the reason (empty, binary, invalid encoding, ...). */
export function readArticleFile(fileName: string, bytes: Uint8Array): FileArticle {
  const lower = fileName.toLowerCase();
  if (!isArticleFile(lower)) throw new ArticleFileError("unsupported", `unsupported file type: ${fileName}`);
  const raw = decodeArticleBytes(bytes);
  if (lower.endsWith(".json")) return fromJson(raw);
  if (lower.endsWith(".html") || lower.endsWith(".htm")) {
    return { html: raw, url: null, outlet: null, title: htmlTitle(raw), publishedAt: null, language: null };
  }
  const { header, body } = splitHeader(raw.replace(/\r\n/g, "\n"));
  if (!body.trim()) throw new ArticleFileError("empty", "file has a header but no text");
  return {
    text: body,
    url: header["url"] ?? null,
    outlet: header["outlet"] ?? header["source"] ?? null,
    title: header["title"] ?? null,
    publishedAt: parseDate(header["date"] ?? header["publishedat"] ?? header["published"] ?? null),
    language: header["language"] ?? header["lang"] ?? null,
  };
}

/** Id of an article file for the extraction CLIs: its name without folder and extension. */
export function articleFileId(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, "");
}

/** The extractor's input for a file article: HTML becomes text exactly as in the worker (server/extract/run.ts). */
export function toArticleDoc(id: string, a: FileArticle): ArticleDoc {
  const { text, html, ...meta } = a;
  return { id, ...meta, text: text ?? (html !== undefined ? htmlToText(html) : "") };
}
