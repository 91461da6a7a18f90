/**
 * Raw-article retention (ARTICLE_RETENTION_DAYS > 0): every RETENTION_INTERVAL_MINUTES (and once at
 * start) the text of articles ingested more than N days ago is emptied; statements, their evidence
 * offsets and the article's url/outlet/title stay. Off (no timer) when the setting is 0.
 */
import type { Env } from "../../lib/env";
import type { Store } from "../../lib/store/types";
import type { Logger } from "../logger";

export interface RetentionHandle {
  /** Runs the job now; resolves with how many articles lost their text. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

const DAY_MS = 86_400_000;

export function startRetention(deps: {
  env: Pick<Env, "ARTICLE_RETENTION_DAYS" | "RETENTION_INTERVAL_MINUTES">; store: Store; logger: Logger; now?: () => number;
}): RetentionHandle | null {
  const days = deps.env.ARTICLE_RETENTION_DAYS;
  if (days <= 0) return null;
  const now = deps.now ?? Date.now;
  const log = deps.logger.child("retention");
  let running: Promise<number> | null = null;
  const runOnce = (): Promise<number> => {
    running ??= deps.store.dropArticleTextBefore(new Date(now() - days * DAY_MS)).then(
      (n) => {
        if (n > 0) log.info("dropped raw text of old articles", { articles: n, days });
        return n;
      },
      (e: unknown) => {
        log.warn("retention job failed (retried next interval)", { err: e });
        return 0;
      },
    ).finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => void runOnce(), deps.env.RETENTION_INTERVAL_MINUTES * 60_000);
  timer.unref();
  void runOnce();
  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
