/**
 * Health of the sources that are not polled (HTTP API, demo generator) in the SourceRepository, like the
 * feeds and the folder keep theirs, so /api/sources shows them with their last success: `api` (POST
 * /api/articles, POST /api/statements) and `demo`. Their items are recorded by the pipeline (`sourceId`).
 * Bookkeeping never fails the request that caused it (errors are logged). Under load a delivery is saved at
 * most once per DELIVERED_REFRESH_MS per source (a read and an upsert per request would cost as much as the
 * article's own transaction); lastSuccessAt is then at most that stale.
 */
import type { SourceState, Store } from "../lib/store/types";
import { HealthRecorder, type SourceIdentity } from "./ingest/sources/health";
import type { Logger } from "./logger";

export const API_SOURCE: SourceIdentity = { id: "api", kind: "api", name: "HTTP API" };
export const DEMO_SOURCE: SourceIdentity = { id: "demo", kind: "demo", name: "Demo generator" };

/** A source's success is saved again only after this long (ms); concurrent deliveries share one save. */
export const DELIVERED_REFRESH_MS = 1000;

export class SourceActivity {
  private readonly health: HealthRecorder;
  /** Per source: when this process last saved a success, and the save in flight. */
  private readonly saved = new Map<string, { at: number; pending: Promise<void> | null }>();

  constructor(
    private readonly deps: { store: Store; logger: Logger; onHealth?: (s: SourceState) => void; now?: () => Date },
  ) {
    this.health = new HealthRecorder(deps.store, deps.onHealth, deps.now);
  }

  /** A successful delivery: the source is alive (its items are counted by the pipeline from `sourceId`). */
  async delivered(src: SourceIdentity): Promise<void> {
    const at = (this.deps.now ?? (() => new Date()))().getTime();
    const last = this.saved.get(src.id);
    if (last?.pending) return last.pending;
    if (last && at - last.at >= 0 && at - last.at < DELIVERED_REFRESH_MS) return;
    const entry = { at, pending: null as Promise<void> | null };
    this.saved.set(src.id, entry);
    entry.pending = this.health.success(src).then(() => undefined, (e: unknown) => {
      this.saved.delete(src.id); // not saved: the next delivery tries again
      this.deps.logger.warn("source bookkeeping failed", { source: src.id, err: e });
    }).finally(() => { entry.pending = null; });
    return entry.pending;
  }

  /** Lists the source (idle) when it is not known yet, e.g. the demo at start. */
  async register(src: SourceIdentity): Promise<void> {
    try {
      if (!(await this.deps.store.getSource(src.id))) await this.health.register(src);
    } catch (e) {
      this.deps.logger.warn("source bookkeeping failed", { source: src.id, err: e });
    }
  }
}
