/**
 * One extraction job, the same code inline and in a worker: HTML → text, then the pure extractor.
 * The extractor is loaded lazily so the server starts even before lib/extract exists.
 */
import type { ArticleDoc, ExtractionResult, ExtractOptions } from "../../lib/extract/types";

export interface ExtractJob {
  doc: Omit<ArticleDoc, "text"> & { text?: string; html?: string };
  /** Reference time (ISO) for relative dates. */
  now: string;
  maxChars: number;
}

interface ExtractModule {
  extractArticle(doc: ArticleDoc, opts: ExtractOptions): ExtractionResult;
}
interface HtmlModule {
  htmlToText(html: string): string;
}

const EXTRACT_SPEC = "../../lib/extract/index.ts";
const HTML_SPEC = "../../lib/extract/html.ts";

let extractMod: Promise<ExtractModule> | null = null;
let htmlMod: Promise<HtmlModule> | null = null;

function load<T>(spec: string): Promise<T> {
  return import(/* @vite-ignore */ new URL(spec, import.meta.url).href) as Promise<T>;
}

export async function runExtraction(job: ExtractJob): Promise<ExtractionResult> {
  let text = job.doc.text ?? "";
  if (job.doc.html !== undefined && job.doc.text === undefined) {
    htmlMod ??= load<HtmlModule>(HTML_SPEC);
    text = (await htmlMod).htmlToText(job.doc.html);
  }
  extractMod ??= load<ExtractModule>(EXTRACT_SPEC);
  const { extractArticle } = await extractMod;
  const { html: _html, ...meta } = job.doc;
  return extractArticle({ ...meta, text }, { now: new Date(job.now), maxChars: job.maxChars });
}
