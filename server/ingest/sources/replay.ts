/**
 * Replay: re-emits a folder of articles in publication order, with the original gaps divided by
 * `speed` (60 = one hour per minute), optionally capped, through a Submitter (HTTP or direct).
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { readArticleFile, type FileArticle } from "../../../lib/ingest/file-article";
import { fragmentText } from "../../../lib/ingest/readable";
import { collectFiles, type Tally } from "./cli-common";
import type { Submitter } from "./submit";

export interface ReplayEntry {
  file: string;
  article: FileArticle;
  /** Publication time used for ordering (null: unknown, emitted last in file order). */
  publishedAt: string | null;
}

/** Publication date of an article from its text (and optional metadata string); ISO or null. */
export type DateFinder = (text: string, meta: string | null) => string | null;

export interface ReplayEvent {
  entry: ReplayEntry;
  index: number;
  waitedMs: number;
  outcome: "created" | "updated" | "unchanged" | "failed";
  error: string | null;
}

/** Reads the folder and orders the articles by publication date (unparseable files are reported, not fatal). */
export async function planReplay(
  paths: string[],
  findDate: DateFinder,
): Promise<{ entries: ReplayEntry[]; errors: { file: string; error: string }[] }> {
  const entries: ReplayEntry[] = [];
  const errors: { file: string; error: string }[] = [];
  for (const file of await collectFiles(paths)) {
    try {
      const article = readArticleFile(basename(file), await readFile(file));
      const text = article.text ?? fragmentText(article.html ?? "");
      const publishedAt = article.publishedAt ?? findDate(text, null);
      entries.push({ file, article, publishedAt });
    } catch (e) {
      errors.push({ file, error: e instanceof Error ? e.message : String(e) });
    }
  }
  const t = (e: ReplayEntry) => (e.publishedAt ? Date.parse(e.publishedAt) : Infinity);
  entries.sort((a, b) => t(a) - t(b) || (a.file < b.file ? -1 : 1));
  return { entries, errors };
}

/** Delay before each entry: the gap to the previous one divided by speed, capped at maxGapMs. */
export function replayDelays(entries: ReplayEntry[], speed: number, maxGapMs = Infinity): number[] {
  return entries.map((e, i) => {
    const prev = entries[i - 1];
    if (!prev?.publishedAt || !e.publishedAt) return 0;
    const gap = Math.max(0, Date.parse(e.publishedAt) - Date.parse(prev.publishedAt));
    return Math.min(maxGapMs, gap / speed);
  });
}

export interface ReplayOptions {
  submitter: Submitter;
  speed: number;
  maxGapMs?: number;
  /** Shift publication dates so the first article is "now" (gaps kept): statements land in live charts. */
  rebase?: boolean;
  onEmit?: (e: ReplayEvent) => void;
  sleep?: (ms: number) => Promise<void>;
  signal?: AbortSignal;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function runReplay(entries: ReplayEntry[], o: ReplayOptions): Promise<Tally> {
  if (!(o.speed > 0)) throw new Error("speed must be a positive number");
  const delays = replayDelays(entries, o.speed, o.maxGapMs);
  const sleep = o.sleep ?? defaultSleep;
  const first = entries.find((e) => e.publishedAt)?.publishedAt;
  const shift = o.rebase && first ? Date.now() - Date.parse(first) : 0;
  const tally: Tally = { ingested: 0, duplicate: 0, failed: 0 };
  for (let i = 0; i < entries.length; i++) {
    if (o.signal?.aborted) break;
    const entry = entries[i]!;
    const wait = delays[i]!;
    if (wait > 0) await sleep(wait);
    const publishedAt = entry.publishedAt ? new Date(Date.parse(entry.publishedAt) + shift).toISOString() : null;
    let outcome: ReplayEvent["outcome"];
    let error: string | null = null;
    try {
      outcome = await o.submitter.submit({ ...entry.article, publishedAt, fetchedAt: new Date().toISOString() });
    } catch (e) {
      outcome = "failed";
      error = e instanceof Error ? e.message : String(e);
    }
    if (outcome === "failed") tally.failed++;
    else if (outcome === "unchanged") tally.duplicate++;
    else tally.ingested++;
    o.onEmit?.({ entry, index: i, waitedMs: wait, outcome, error });
  }
  return tally;
}
