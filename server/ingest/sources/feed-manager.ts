/**
 * Schedules every configured feed on its own interval (exponential backoff after errors, capped),
 * and edits the feed list (admin API), persisting it back to FEEDS_FILE atomically.
 * One feed's failure never affects another: each has its own timer and error handling.
 */
import type { SourceRepository } from "../../../lib/store/types";
import type { Pipeline } from "../../types";
import { feedConfigSchema, saveFeedsFile, type FeedConfig, type FeedPatch } from "./feeds-config";
import { feedIdentity, pollFeed } from "./feed-poll";
import type { HealthRecorder } from "./health";
import type { FetchLimits } from "./http-fetch";
import type { PollSummary, SourceLogger } from "./types";

export const BACKOFF_CAP_MS = 30 * 60_000;

/** Delay before the next poll: the interval, doubled per consecutive failure, capped. */
export function nextDelayMs(intervalSeconds: number, failures: number, capMs = BACKOFF_CAP_MS): number {
  const base = intervalSeconds * 1000;
  if (failures <= 0) return base;
  return Math.min(capMs, base * 2 ** Math.min(failures, 20));
}

interface Runtime {
  config: FeedConfig;
  timer: NodeJS.Timeout | null;
  failures: number;
  running: Promise<PollSummary> | null;
  nextPollAt: Date | null;
  lastPoll: PollSummary | null;
}

export interface FeedStatus {
  config: FeedConfig;
  failures: number;
  nextPollAt: string | null;
  lastPoll: PollSummary | null;
}

export class FeedConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedConflictError";
  }
}

export interface FeedManagerDeps {
  store: SourceRepository;
  pipeline: Pipeline;
  health: HealthRecorder;
  logger: SourceLogger;
  /** Where the list is persisted (FEEDS_FILE); null keeps edits in memory. */
  file: string | null;
  limits?: Partial<FetchLimits>;
  backoffCapMs?: number;
  /** Called after every poll (tests, metrics). */
  onPoll?: (s: PollSummary) => void;
}

export class FeedManager {
  private readonly feeds = new Map<string, Runtime>();
  private readonly abort = new AbortController();
  private writes: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly deps: FeedManagerDeps) {}

  /** Registers and schedules the feeds (first poll right away, or only on `pollNow` when `immediate` is false). */
  async start(configs: FeedConfig[], opts: { immediate?: boolean } = {}): Promise<void> {
    for (const c of configs) await this.install(c, 0, opts.immediate ?? true);
  }

  list(): FeedConfig[] {
    return [...this.feeds.values()].map((r) => r.config);
  }

  status(id: string): FeedStatus | null {
    const r = this.feeds.get(id);
    return r ? { config: r.config, failures: r.failures, nextPollAt: r.nextPollAt?.toISOString() ?? null, lastPoll: r.lastPoll } : null;
  }

  async add(input: unknown): Promise<FeedConfig> {
    const config = feedConfigSchema.parse(input);
    if (this.feeds.has(config.id)) throw new FeedConflictError(`a feed with id "${config.id}" already exists`);
    await this.install(config);
    await this.persist();
    return config;
  }

  async update(id: string, patch: FeedPatch): Promise<FeedConfig | null> {
    const r = this.feeds.get(id);
    if (!r) return null;
    const config = feedConfigSchema.parse({ ...r.config, ...patch, id });
    this.unschedule(r);
    this.feeds.delete(id);
    await this.install(config, r.failures);
    await this.persist();
    return config;
  }

  async remove(id: string): Promise<boolean> {
    const r = this.feeds.get(id);
    if (!r) return false;
    this.unschedule(r);
    this.feeds.delete(id);
    await this.deps.health.disable(feedIdentity(r.config));
    await this.persist();
    return true;
  }

  /** Polls one feed now (waits for a poll already running). */
  async pollNow(id: string): Promise<PollSummary | null> {
    const r = this.feeds.get(id);
    if (!r) return null;
    if (r.running) return r.running;
    this.unschedule(r);
    return this.run(r);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    const running = [...this.feeds.values()].map((r) => {
      this.unschedule(r);
      return r.running;
    }).filter((p) => p !== null);
    await Promise.allSettled(running);
    await this.writes.catch(() => undefined);
  }

  private async install(config: FeedConfig, failures = 0, immediate = true): Promise<void> {
    const r: Runtime = { config, timer: null, failures, running: null, nextPollAt: null, lastPoll: null };
    this.feeds.set(config.id, r);
    const ident = feedIdentity(config);
    if (!config.enabled) {
      await this.deps.health.disable(ident);
      return;
    }
    await this.deps.health.register(ident);
    if (immediate) this.schedule(r, 0);
  }

  private schedule(r: Runtime, delayMs: number): void {
    if (this.stopped || !r.config.enabled || this.feeds.get(r.config.id) !== r) return;
    r.nextPollAt = new Date(Date.now() + delayMs);
    r.timer = setTimeout(() => {
      r.timer = null;
      void this.run(r);
    }, delayMs);
    r.timer.unref?.();
  }

  private unschedule(r: Runtime): void {
    if (r.timer) clearTimeout(r.timer);
    r.timer = null;
    r.nextPollAt = null;
  }

  private run(r: Runtime): Promise<PollSummary> {
    const p = pollFeed(r.config, { ...this.deps, stop: this.abort.signal })
      .then((s) => {
        r.failures = s.status === "failed" ? r.failures + 1 : 0;
        r.lastPoll = s;
        if (s.status === "failed") this.deps.logger.warn("feed poll failed", { feed: r.config.id, failures: r.failures, error: s.error });
        else if (s.ingested) this.deps.logger.info("feed polled", { feed: r.config.id, ingested: s.ingested, duplicates: s.duplicates });
        try {
          this.deps.onPoll?.(s);
        } catch {
          /* observers never break polling */
        }
        return s;
      })
      .finally(() => {
        r.running = null;
        this.schedule(r, nextDelayMs(r.config.intervalSeconds, r.failures, this.deps.backoffCapMs));
      });
    r.running = p;
    return p;
  }

  private persist(): Promise<void> {
    const file = this.deps.file;
    if (!file) return Promise.resolve();
    const snapshot = this.list();
    this.writes = this.writes.catch(() => undefined).then(() => saveFeedsFile(file, snapshot));
    return this.writes;
  }
}
