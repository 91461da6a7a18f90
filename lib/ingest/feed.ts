/**
 * RSS 2.0 / RSS 1.0 (RDF) / Atom parsing with fast-xml-parser (no regular expressions on XML).
 * Pure: text in, items out. Relative links are resolved against the feed URL.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { resolveUrl } from "./canonical";

export interface FeedItem {
  /** GUID (RSS) or id (Atom), when present. */
  guid: string | null;
  /** Absolute link to the article page, when present. */
  link: string | null;
  title: string | null;
  /** Short description (HTML or text). */
  summary: string | null;
  /** Full content (content:encoded, Atom content), HTML or text. */
  content: string | null;
  /** ISO date when the item carries a parseable one. */
  publishedAt: string | null;
  author: string | null;
}

export interface ParsedFeed {
  format: "rss" | "atom" | "rdf";
  title: string | null;
  items: FeedItem[];
}

export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedParseError";
  }
}

type Node = Record<string, unknown>;
const ARRAYS = new Set(["item", "entry", "link", "category"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  processEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

function isNode(v: unknown): v is Node {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Text of an element: plain string, {#text}, or (XHTML content) the concatenated text of its children. */
function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (isNode(v)) {
    if (typeof v["#text"] === "string") return v["#text"].trim() || null;
    const parts = Object.entries(v)
      .filter(([k]) => !k.startsWith("@_"))
      .map(([, c]) => text(c))
      .filter((s): s is string => !!s);
    return parts.join(" ").trim() || null;
  }
  return null;
}

export function parseDate(v: string | null): string | null {
  if (!v) return null;
  const t = Date.parse(v.trim());
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  // Reject absurd dates (typos such as year 0202 or far future).
  if (d.getUTCFullYear() < 1990 || d.getTime() > Date.now() + 7 * 86_400_000) return null;
  return d.toISOString();
}

function rssItem(it: Node, base: string): FeedItem {
  const guidRaw = it["guid"];
  const guid = text(guidRaw);
  const isPermalink = isNode(guidRaw) ? guidRaw["@_isPermaLink"] !== "false" : true;
  let link = resolveUrl(text(it["link"]), base);
  if (!link && guid && isPermalink && /^https?:\/\//i.test(guid)) link = resolveUrl(guid, base);
  return {
    guid,
    link,
    title: text(it["title"]),
    summary: text(it["description"]),
    content: text(it["content:encoded"]),
    publishedAt: parseDate(text(it["pubDate"]) ?? text(it["dc:date"]) ?? text(it["published"])),
    author: text(it["author"]) ?? text(it["dc:creator"]),
  };
}

function atomLink(links: unknown, base: string): string | null {
  const list = Array.isArray(links) ? links : links === undefined ? [] : [links];
  let fallback: string | null = null;
  for (const l of list) {
    if (!isNode(l)) continue;
    const href = typeof l["@_href"] === "string" ? l["@_href"] : null;
    const rel = typeof l["@_rel"] === "string" ? l["@_rel"] : "alternate";
    if (href && rel === "alternate") return resolveUrl(href, base);
    if (href && !fallback && rel !== "self" && rel !== "enclosure") fallback = href;
  }
  return fallback ? resolveUrl(fallback, base) : null;
}

function atomEntry(e: Node, base: string): FeedItem {
  const entryBase = isNode(e) && typeof e["@_xml:base"] === "string" ? resolveUrl(e["@_xml:base"], base) ?? base : base;
  const author = isNode(e["author"]) ? text(e["author"]["name"]) : text(e["author"]);
  return {
    guid: text(e["id"]),
    link: atomLink(e["link"], entryBase),
    title: text(e["title"]),
    summary: text(e["summary"]),
    content: text(e["content"]),
    publishedAt: parseDate(text(e["published"]) ?? text(e["updated"]) ?? text(e["dc:date"])),
    author,
  };
}

function asArray(v: unknown): Node[] {
  if (Array.isArray(v)) return v.filter(isNode);
  return isNode(v) ? [v] : [];
}

/** Parses a feed document; throws FeedParseError for malformed XML, HTML pages and unknown formats. */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed {
  const body = xml.replace(/^\uFEFF/, "");
  if (!body.trim()) throw new FeedParseError("empty response");
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    const looksHtml = /^\s*(<!doctype html|<html)/i.test(body);
    if (looksHtml) throw new FeedParseError("not a feed: the server returned an HTML page");
    throw new FeedParseError(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  let doc: Node;
  try {
    doc = parser.parse(body) as Node;
  } catch (e) {
    throw new FeedParseError(`malformed XML: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (isNode(doc["rss"])) {
    const channel = doc["rss"]["channel"];
    if (!isNode(channel)) throw new FeedParseError("RSS document without a <channel>");
    return { format: "rss", title: text(channel["title"]), items: asArray(channel["item"]).map((i) => rssItem(i, feedUrl)) };
  }
  if (isNode(doc["feed"])) {
    const feed = doc["feed"];
    const base = typeof feed["@_xml:base"] === "string" ? resolveUrl(feed["@_xml:base"], feedUrl) ?? feedUrl : feedUrl;
    return { format: "atom", title: text(feed["title"]), items: asArray(feed["entry"]).map((e) => atomEntry(e, base)) };
  }
  if (isNode(doc["rdf:RDF"])) {
    const rdf = doc["rdf:RDF"];
    const channel = isNode(rdf["channel"]) ? rdf["channel"] : {};
    return { format: "rdf", title: text(channel["title"]), items: asArray(rdf["item"]).map((i) => rssItem(i, feedUrl)) };
  }
  if (isNode(doc["html"]) || isNode(doc["HTML"])) throw new FeedParseError("not a feed: the server returned an HTML page");
  const root = Object.keys(doc).find((k) => !k.startsWith("?")) ?? "(none)";
  throw new FeedParseError(`not a feed: unknown root element <${root}>`);
}
