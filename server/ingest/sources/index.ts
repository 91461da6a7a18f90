/**
 * Ingestion sources started by the composition root: the RSS/Atom feed poller (FEEDS_FILE)
 * and the folder watcher (WATCH_DIR). Both feed the one pipeline.
 */
import { basename } from "node:path";
import type { Env } from "../../../lib/env";
import type { SourceState, Store } from "../../../lib/store/types";
import type { Pipeline } from "../../types";
import { FeedManager } from "./feed-manager";
import { loadFeedsFile } from "./feeds-config";
import { FolderWatcher } from "./folder";
import { HealthRecorder } from "./health";
import { registerFeedManager, unregisterFeedManager } from "./registry";
import type { SourceLogger } from "./types";

export { FeedManager } from "./feed-manager";
export { getFeedManager } from "./registry";

export interface SourcesContext {
  env: Env;
  store: Store;
  pipeline: Pipeline;
  logger: SourceLogger;
  io?: unknown;
  onHealth?: (s: SourceState) => void;
  /** Every recorded source failure (feed poll, folder file), for metrics. */
  onSourceError?: (src: { id: string; kind: SourceState["kind"] }) => void;
}

export interface RunningSources {
  stop(): Promise<void>;
  feeds: FeedManager;
  folder: FolderWatcher | null;
}

export async function startSources(ctx: SourcesContext): Promise<RunningSources> {
  const health = new HealthRecorder(ctx.store, ctx.onHealth, undefined, ctx.onSourceError);
  const file = ctx.env.FEEDS_FILE ?? null;
  const feeds = new FeedManager({
    store: ctx.store, pipeline: ctx.pipeline, health, logger: ctx.logger, file,
    limits: { timeoutMs: ctx.env.FEED_FETCH_TIMEOUT_MS, maxBytes: ctx.env.FEED_MAX_BYTES },
  });
  if (file) {
    const fileSource = { id: "feeds-file", kind: "feed" as const, name: `Feeds file ${basename(file)}` };
    try {
      const configs = await loadFeedsFile(file);
      ctx.logger.info("feeds loaded", { file, feeds: configs.length });
      registerFeedManager(ctx.store, feeds);
      await feeds.start(configs);
      if (await ctx.store.getSource(fileSource.id)) await health.success(fileSource);
    } catch (e) {
      // An invalid feeds file must be visible (logs, /sources, wall) without stopping the other sources.
      // The admin API stays off so an edit cannot overwrite the file the operator has to fix.
      const message = e instanceof Error ? e.message : String(e);
      ctx.logger.error("feeds file rejected; feeds are not polled", { file, error: message });
      await health.failure(fileSource, message);
    }
  }
  let folder: FolderWatcher | null = null;
  if (ctx.env.WATCH_DIR) {
    folder = new FolderWatcher({
      dir: ctx.env.WATCH_DIR,
      store: ctx.store,
      pipeline: ctx.pipeline,
      health,
      logger: ctx.logger,
      maxBytes: ctx.env.ARTICLE_MAX_BYTES,
    });
    await folder.start();
    ctx.logger.info("watching folder", { dir: ctx.env.WATCH_DIR });
  }
  return {
    feeds,
    folder,
    async stop() {
      unregisterFeedManager(ctx.store, feeds);
      await Promise.allSettled([feeds.stop(), folder?.stop()]);
    },
  };
}
