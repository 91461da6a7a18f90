/**
 * Worker-thread pool for extraction, so long articles never block the event loop (pushes, API).
 * Each job has a timeout: a stuck worker is terminated and replaced, the job rejects with
 * `extraction_failed`. Size 0 runs jobs inline (tests, tiny deployments).
 */
import { Worker } from "node:worker_threads";
import { AppError } from "../../lib/errors";
import type { Logger } from "../logger";
import { ThreadExtractor, type ExtractConfig } from "./config";
import { runExtraction, type ExtractJob, type ExtractOutput } from "./run";
import type { WorkerRequest, WorkerResponse } from "./worker";

interface Pending {
  id: number;
  job: ExtractJob;
  timeoutMs: number;
  resolve(r: ExtractOutput): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  /** False until the worker has loaded its modules: a cold start (seconds on a busy machine) is not a job's time. */
  ready: boolean;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
}

/** A worker that has not loaded its modules by then is considered broken and replaced. */
const BOOT_TIMEOUT_MS = 60_000;

export interface PoolOptions {
  size: number;
  timeoutMs: number;
  /** Jobs waiting beyond this are refused with 503 `unavailable`. */
  maxQueue?: number;
  logger: Logger;
  /** Gazetteer and actor entries installed in every worker (and inline when size is 0). */
  config?: ExtractConfig;
  /** Called when a job settles: seconds from submission (queue wait included) to result, and the outcome. */
  observe?: (seconds: number, outcome: "ok" | "failed") => void;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  /** Consecutive worker crashes (not timeouts): respawns back off so a broken worker cannot spin. */
  private crashes = 0;
  private readonly log: Logger;
  private config: ExtractConfig;
  /** Inline extraction (size 0): this thread's own extractor. */
  private readonly inline: ThreadExtractor | null;

  constructor(private readonly opts: PoolOptions) {
    this.log = opts.logger.child("extract-pool");
    this.config = opts.config ?? { gazetteer: null, actors: [] };
    this.inline = opts.size === 0 ? new ThreadExtractor(this.config) : null;
    for (let i = 0; i < opts.size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Runs one job; `timeoutMs` overrides the pool's per-job timeout. */
  run(job: ExtractJob, opts: { timeoutMs?: number } = {}): Promise<ExtractOutput> {
    const observe = this.opts.observe;
    if (!observe) return this.runJob(job, opts);
    const started = performance.now();
    const done = (outcome: "ok" | "failed") => {
      try {
        observe((performance.now() - started) / 1000, outcome);
      } catch { /* metrics never fail an extraction */ }
    };
    const p = this.runJob(job, opts);
    p.then(() => done("ok"), () => done("failed"));
    return p;
  }

  private runJob(job: ExtractJob, opts: { timeoutMs?: number }): Promise<ExtractOutput> {
    if (this.closed) return Promise.reject(new AppError("unavailable", "Server is shutting down"));
    if (this.inline) return runExtraction(job, this.inline.extractor).catch((e: unknown) => Promise.reject(this.failed(e)));
    if (this.queue.length >= (this.opts.maxQueue ?? 1000)) {
      return Promise.reject(new AppError("unavailable", "Extraction queue is full, retry later"));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, timeoutMs: opts.timeoutMs ?? this.opts.timeoutMs, resolve, reject });
      this.pump();
    });
  }

  /**
   * Updates the extraction configuration everywhere: running workers get it before any later job
   * (messages on a port are ordered), respawned workers start with it, inline extraction uses it at once.
   */
  configure(patch: Partial<ExtractConfig>): void {
    this.config = { ...this.config, ...patch };
    this.inline?.configure(patch);
    for (const s of this.slots) s.worker.postMessage({ config: patch } satisfies WorkerRequest);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new AppError("unavailable", "Server is shutting down"));
    await Promise.all(
      this.slots.splice(0).map(async (s) => {
        if (s.timer) clearTimeout(s.timer);
        s.current?.reject(new AppError("unavailable", "Server is shutting down"));
        s.worker.removeAllListeners();
        await s.worker.terminate();
      }),
    );
  }

  private failed(e: unknown): AppError {
    if (e instanceof AppError) return e;
    this.log.warn("extraction failed", { err: e });
    return new AppError("extraction_failed", "Extraction failed for this article");
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("./worker-boot.mjs", import.meta.url), { workerData: this.config });
    const slot: Slot = { worker, ready: false, current: null, timer: null };
    worker.unref();
    const boot = setTimeout(() => {
      if (this.closed || !this.slots.includes(slot)) return;
      this.log.error("extraction worker did not start: replacing it", { timeoutMs: BOOT_TIMEOUT_MS });
      this.replace(slot, new AppError("extraction_failed", "Extraction failed for this article"), true);
    }, BOOT_TIMEOUT_MS).unref();
    worker.once("exit", () => clearTimeout(boot));
    worker.on("message", (msg: WorkerResponse) => {
      if ("ready" in msg) {
        clearTimeout(boot);
        slot.ready = true;
        this.pump();
        return;
      }
      const p = slot.current;
      if (!p || p.id !== msg.id) return;
      this.settle(slot);
      this.crashes = 0;
      if (msg.ok) p.resolve(msg.result);
      else {
        this.log.warn("extraction error in worker", { message: msg.message });
        p.reject(new AppError("extraction_failed", "Extraction failed for this article"));
      }
      this.pump();
    });
    worker.on("error", (e) => {
      this.log.error("extraction worker crashed", { err: e });
      this.replace(slot, new AppError("extraction_failed", "Extraction failed for this article"), true);
    });
    worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot)) {
        this.log.warn("extraction worker exited", { code });
        this.replace(slot, new AppError("extraction_failed", "Extraction failed for this article"), true);
      }
    });
    return slot;
  }

  private settle(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.current = null;
  }

  private replace(slot: Slot, err: AppError, crashed = false): void {
    const p = slot.current;
    this.settle(slot);
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    slot.worker.removeAllListeners();
    slot.worker.on("error", () => undefined);
    void slot.worker.terminate();
    p?.reject(err);
    if (this.closed) return;
    if (crashed) this.crashes++;
    const delay = this.crashes > 2 ? Math.min(30_000, 250 * 2 ** this.crashes) : 0;
    const respawn = () => {
      if (this.closed) return;
      this.slots.push(this.spawn());
      this.pump();
    };
    if (delay === 0) respawn();
    else setTimeout(respawn, delay).unref();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.current || !slot.ready) continue;
      const p = this.queue.shift();
      if (!p) return;
      slot.current = p;
      slot.timer = setTimeout(() => {
        this.log.warn("extraction timed out: replacing worker", { timeoutMs: p.timeoutMs });
        this.replace(slot, new AppError("extraction_failed", `Extraction exceeded ${p.timeoutMs} ms`));
      }, p.timeoutMs);
      slot.worker.postMessage({ id: p.id, job: p.job } satisfies WorkerRequest);
    }
  }
}
