/**
 * Health of the sources that are not polled (HTTP API, demo generator) in the SourceRepository, like the
 * feeds and the folder keep theirs, so /api/sources shows them with their last success: `api` (POST
 * /api/articles, POST /api/statements) and `demo`. Their items are recorded by the pipeline (`sourceId`).
 * Bookkeeping never fails the request that caused it (errors are logged).
 */
import type { SourceState, Store } from "../lib/store/types";
import { HealthRecorder, type SourceIdentity } from "./ingest/sources/health";
import type { Logger } from "./logger";

export const API_SOURCE: SourceIdentity = { id: "api", kind: "api", name: "HTTP API" };
export const DEMO_SOURCE: SourceIdentity = { id: "demo", kind: "demo", name: "Demo generator" };

export class SourceActivity {
  private readonly health: HealthRecorder;

  constructor(
    private readonly deps: { store: Store; logger: Logger; onHealth?: (s: SourceState) => void; now?: () => Date },
  ) {
    this.health = new HealthRecorder(deps.store, deps.onHealth, deps.now);
  }

  /** A successful delivery: the source is alive (its items are counted by the pipeline from `sourceId`). */
  async delivered(src: SourceIdentity): Promise<void> {
    try {
      await this.health.success(src);
    } catch (e) {
      this.deps.logger.warn("source bookkeeping failed", { source: src.id, err: e });
    }
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
