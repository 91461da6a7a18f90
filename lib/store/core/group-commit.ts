/**
 * Group commit: concurrent write jobs share one transaction, so throughput does not depend on one
 * transaction (one COMMIT, one WAL flush) per request.
 *
 * - Idle: a job waits only for the end of the current event-loop turn (setImmediate), so every job
 *   submitted in that turn (requests parsed in the same I/O phase) joins it; a lone job commits at once.
 * - Busy: jobs submitted while a commit runs queue up and form the next batch when it ends. With a synchronous
 *   driver (better-sqlite3) a commit never spans a turn, so the next requests are still unread in the kernel while it
 *   runs. So when jobs arrive fast enough that at least one more is expected within `busyWindowMs` (default 6 ms;
 *   arrival rate x window >= 1, the rate an exponentially decayed count of submissions), the batch waits that long
 *   for company; below that rate waiting would only add delay. Under load a commit (WAL frames for every touched page
 *   of the table, its indexes and the rollups: about 36 pages for a lone statement) is shared by many requests.
 * - Bounded: a batch holds at most `maxJobs` jobs and `maxWeight` statements (a job's weight).
 * - Same promise as before: a job's promise settles only after its transaction committed (or failed).
 * - Isolation of failures: when the batch transaction fails (one job throws, or the commit itself fails),
 *   it is rolled back and every job of that batch runs again in its own transaction; a failing job then
 *   fails alone. Jobs must therefore be safe to re-run after a rollback (store writes are: the rollback
 *   undid them).
 */
import { DecayingRate } from "../../rate";
import type { Db } from "./db";

/** The busy window (ms); docs/server.md has the side-by-side measurement against the earlier 2 ms rule. */
export const DEFAULT_BUSY_WINDOW_MS = 6;

export interface GroupCommitOptions {
  /** At most this many jobs per transaction (default 64). */
  maxJobs?: number;
  /** At most this much weight (statements) per transaction (default 2000); a heavier lone job still runs. */
  maxWeight?: number;
  /** When jobs arrive at least one per this many ms, a batch waits this long (ms) to gather company (default 6; 0 = never). */
  busyWindowMs?: number;
}

export interface GroupCommitStats {
  /** Transactions committed or attempted for batches of more than one job. */
  batches: number;
  /** Jobs settled (resolved or rejected). */
  jobs: number;
  /** Largest number of jobs in one batch so far. */
  largestBatch: number;
  /** Batches that failed and were re-run job by job. */
  fallbacks: number;
}

interface Job {
  run: (t: Db) => Promise<unknown>;
  weight: number;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export class GroupCommit {
  private pending: Job[] = [];
  private running = false;
  private scheduled = false;
  private readonly maxJobs: number;
  private readonly maxWeight: number;
  private readonly busyWindowMs: number;
  private readonly arrivals = new DecayingRate(1000);
  readonly stats: GroupCommitStats = { batches: 0, jobs: 0, largestBatch: 0, fallbacks: 0 };

  constructor(private readonly db: Db, opts: GroupCommitOptions = {}) {
    this.maxJobs = Math.max(1, opts.maxJobs ?? 64);
    this.maxWeight = Math.max(1, opts.maxWeight ?? 2000);
    this.busyWindowMs = Math.max(0, opts.busyWindowMs ?? DEFAULT_BUSY_WINDOW_MS);
  }

  /** Runs `run` inside a (possibly shared) transaction; resolves with its result after the commit. */
  submit<T>(run: (t: Db) => Promise<T>, weight = 1): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ run, weight, resolve: resolve as (v: unknown) => void, reject });
      this.arrivals.add(1, performance.now());
      this.schedule();
    });
  }

  /** Resolves when every job submitted so far has settled. */
  async drain(): Promise<void> {
    while (this.pending.length || this.running || this.scheduled) await new Promise((r) => setImmediate(r));
  }

  private schedule(): void {
    if (this.running || this.scheduled) return;
    this.scheduled = true;
    const go = () => {
      this.scheduled = false;
      void this.loop();
    };
    const busy = this.busyWindowMs > 0 && this.arrivals.perMs(performance.now()) * this.busyWindowMs >= 1;
    if (busy) setTimeout(go, this.busyWindowMs);
    else setImmediate(go);
  }

  private take(): Job[] {
    const batch: Job[] = [];
    let weight = 0;
    while (this.pending.length && batch.length < this.maxJobs) {
      const next = this.pending[0]!;
      if (batch.length && weight + next.weight > this.maxWeight) break;
      batch.push(this.pending.shift()!);
      weight += next.weight;
    }
    return batch;
  }

  private async loop(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.pending.length) await this.commit(this.take());
    } finally {
      this.running = false;
    }
  }

  private async commit(batch: Job[]): Promise<void> {
    this.stats.largestBatch = Math.max(this.stats.largestBatch, batch.length);
    if (batch.length === 1) return this.alone(batch[0]!);
    this.stats.batches++;
    let results: unknown[];
    try {
      results = await this.db.tx(async (t) => {
        const out: unknown[] = [];
        for (const job of batch) out.push(await job.run(t));
        return out;
      });
    } catch {
      // Rolled back: nothing of this batch is stored. Each job again, alone, so only a failing one fails.
      this.stats.fallbacks++;
      for (const job of batch) await this.alone(job);
      return;
    }
    this.stats.jobs += batch.length;
    batch.forEach((job, i) => job.resolve(results[i]));
  }

  private async alone(job: Job): Promise<void> {
    try {
      job.resolve(await this.db.tx(job.run));
    } catch (e) {
      job.reject(e);
    } finally {
      this.stats.jobs++;
    }
  }
}
