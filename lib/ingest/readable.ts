/**
 * Main text of an article page with @mozilla/readability on a linkedom DOM (no hand-written scraping).
 * Pure apart from CPU: HTML in, text out.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface MainText {
  title: string | null;
  text: string;
  /** Publication time from common meta tags, ISO, when present. */
  publishedAt: string | null;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
];

function cleanText(s: string): string {
  return s
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l, i, arr) => l !== "" || (i > 0 && arr[i - 1] !== ""))
    .join("\n")
    .trim();
}

/** Extracts the readable article; falls back to the body text when Readability finds nothing. */
export function extractMainText(html: string, url?: string | null): MainText {
  const { document } = parseHTML(html);
  let publishedAt: string | null = null;
  for (const sel of DATE_META) {
    const v = document.querySelector(sel)?.getAttribute("content");
    const t = v ? Date.parse(v) : NaN;
    if (!Number.isNaN(t)) {
      publishedAt = new Date(t).toISOString();
      break;
    }
  }
  const docTitle = document.querySelector("title")?.textContent?.trim() || null;
  if (url) {
    try {
      const base = document.createElement("base");
      base.setAttribute("href", url);
      document.head?.appendChild(base);
    } catch {
      /* base is only for link resolution inside Readability */
    }
  }
  // Readability mutates the DOM; read the fallback text first.
  const fallback = cleanText(document.body?.textContent ?? "");
  let article: { title?: string | null; textContent?: string | null } | null = null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    article = null;
  }
  const text = cleanText(article?.textContent ?? "");
  return { title: article?.title?.trim() || docTitle, text: text || fallback, publishedAt };
}

/** Plain text of an HTML fragment (feed summaries). */
export function fragmentText(html: string): string {
  if (!/[<&]/.test(html)) return html.trim();
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const br of [...document.querySelectorAll("br")]) br.replaceWith("\n");
  for (const p of [...document.querySelectorAll("p,div,li,h1,h2,h3,h4")]) p.append("\n");
  return cleanText(document.body?.textContent ?? "");
}
