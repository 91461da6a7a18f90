/** One extraction job, the same code inline and in a worker: HTML → text, then the pure extractor. */
import type { Extractor } from "../../lib/extract/index";
import { htmlToText } from "../../lib/extract/html";
import type { ArticleDoc, ExtractionResult } from "../../lib/extract/types";
import { contentHash } from "../../lib/ingest/canonical";

export interface ExtractJob {
  doc: Omit<ArticleDoc, "text"> & { text?: string; html?: string };
  /** Reference time (ISO) for relative dates. */
  now: string;
  maxChars: number;
}

export interface ExtractOutput {
  result: ExtractionResult;
  /** Content hash of `result.text` (computed here to keep the main thread free). */
  contentHash: string;
}

export async function runExtraction(job: ExtractJob, extractor: Extractor): Promise<ExtractOutput> {
  const { html, text, ...meta } = job.doc;
  const plain = text ?? (html !== undefined ? htmlToText(html) : "");
  const result = extractor.extractArticle({ ...meta, text: plain }, { now: new Date(job.now), maxChars: job.maxChars });
  return { result, contentHash: contentHash(result.text) };
}
