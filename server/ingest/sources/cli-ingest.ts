/**
 * The ingest CLI's work: files, folders and feed URLs → articles → a Submitter (HTTP or direct).
 * Every item is counted as ingested (created/updated), duplicate (unchanged) or failed.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { decodeBytes } from "../../../lib/ingest/charset";
import { parseFeed } from "../../../lib/ingest/feed";
import { readArticleFile } from "../../../lib/ingest/file-article";
import type { ArticleSubmission } from "../../types";
import { collectFiles, type Progress, type Tally } from "./cli-common";
import { itemBody } from "./feed-poll";
import { boundedGet, type FetchLimits } from "./http-fetch";
import type { Submitter } from "./submit";
import { silentLogger } from "./types";

export interface IngestJob {
  label: string;
  load(): Promise<ArticleSubmission>;
}

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** One job per article file. */
export async function fileJobs(paths: string[]): Promise<IngestJob[]> {
  const files = await collectFiles(paths);
  return files.map((file) => ({
    label: basename(file),
    async load() {
      const a = readArticleFile(basename(file), await readFile(file));
      return { ...a, fetchedAt: new Date().toISOString() };
    },
  }));
}

/** Fetches a feed and returns one job per item (the linked page is fetched for summary-only items). */
export async function feedJobs(url: string, limits?: Partial<FetchLimits>): Promise<IngestJob[]> {
  const res = await boundedGet(url, { limits, accept: "application/rss+xml, application/atom+xml, application/xml, text/xml, */*" });
  const feed = parseFeed(decodeBytes(res.body, res.contentType).text, res.url);
  return feed.items.map((item, i) => ({
    label: item.link ?? item.guid ?? `${url}#${i + 1}`,
    async load() {
      const fetchedAt = new Date().toISOString();
      const body = await itemBody(item, { limits, logger: silentLogger });
      return {
        ...(body.html !== undefined ? { html: body.html } : { text: body.text ?? "" }),
        url: item.link,
        outlet: feed.title,
        title: body.title,
        publishedAt: body.publishedAt ?? fetchedAt,
        fetchedAt,
      };
    },
  }));
}

export interface RunOptions {
  submitter: Submitter;
  progress: Progress;
  /** Parallel submissions (default 4). */
  concurrency?: number;
}

/** Runs jobs through the submitter with bounded concurrency; returns the tally. */
export async function runJobs(jobs: IngestJob[], o: RunOptions): Promise<Tally> {
  const tally: Tally = { ingested: 0, duplicate: 0, failed: 0 };
  let next = 0;
  const worker = async () => {
    for (;;) {
      const job = jobs[next++];
      if (!job) return;
      try {
        const outcome = await o.submitter.submit(await job.load());
        if (outcome === "unchanged") tally.duplicate++;
        else tally.ingested++;
        o.progress.step(job.label, outcome === "unchanged" ? "duplicate" : outcome);
      } catch (e) {
        tally.failed++;
        o.progress.step(job.label, "failed");
        o.progress.note(`failed ${job.label}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 4) }, worker));
  return tally;
}
