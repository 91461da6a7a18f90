/**
 * The one article reader: files (.txt with an optional `key: value` header, .json, .html), raw HTTP
 * bodies (`decodeArticleBytes`), feed items and the pages they link to (`readFeedItem`) become the same
 * `FileArticle`. Every byte-level entry point passes the same binary / encoding / emptiness checks here;
 * the pipeline's `checkArticleText` (./limits.ts) is the one text-level check. Used by the folder source,
 * the ingest CLI, replay, the feed poller, the HTTP route, and by `npm run eval` / `npm run extract`
 * (through `toArticleDoc`), so the score measures the reader users get. Pure: bytes in, article out.
 */
import { htmlTitle, htmlToText } from "../extract/html";
import type { ArticleDoc } from "../extract/types";
import { decodeBytes, DecodeError, looksBinary } from "./charset";
import { type FeedItem, parseDate } from "./feed";
import { extractMainText, fragmentText } from "./readable";

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

/** Below this many characters of text, feed content counts as a summary and the linked page is read instead. */
export const FULL_TEXT_MIN_CHARS = 400;

/** A feed item read as an article, and where its text came from. */
export type FeedItemArticle = FileArticle & { via: "content" | "page" | "summary" };

/** The page a feed item links to, as fetched (final URL after redirects). */
export interface LinkedPage {
  bytes: Uint8Array;
  contentType: string | null;
  url: string;
}

/** True when the item's own content is too short to be the article: the caller should fetch `item.link`. */
export function feedItemNeedsPage(item: FeedItem): boolean {
  if (!item.link) return false;
  return !item.content || fragmentText(item.content).length < FULL_TEXT_MIN_CHARS;
}

/**
 * A feed item as an article: its full content when long enough, else the linked page (same byte checks
 * as files and HTTP bodies, then the page's main text), else title + summary. A page that fails the
 * checks or has no text throws ArticleFileError; callers fall back to `readFeedItem(item)` (the summary).
 */
export function readFeedItem(item: FeedItem, page?: LinkedPage): FeedItemArticle {
  const meta = { url: item.link, outlet: null, title: item.title, publishedAt: item.publishedAt, language: null };
  const content = item.content ? fragmentText(item.content) : "";
  if (item.content && content.length >= FULL_TEXT_MIN_CHARS) return { ...meta, html: item.content, via: "content" };
  if (page) {
    const main = extractMainText(decodeArticleBytes(page.bytes, page.contentType), page.url);
    if (!main.text.trim()) throw new ArticleFileError("no_text", "the linked page has no readable text");
    return { ...meta, text: main.text, title: item.title ?? main.title, publishedAt: item.publishedAt ?? main.publishedAt, via: "page" };
  }
  const summary = content || (item.summary ? fragmentText(item.summary) : "");
  return { ...meta, text: [item.title, summary].filter(Boolean).join("\n"), via: "summary" };
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
