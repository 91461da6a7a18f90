/**
 * Records the sources that are not polled (HTTP API, demo generator) in the SourceRepository, like the
 * feeds and the folder do, so /api/sources shows them with last success and items per hour/day:
 * `api` (articles from POST /api/articles, statements from POST /api/statements) and `demo`.
 * Bookkeeping never fails the request that caused it (errors are logged).
 */
import type { SourceState, Store } from "../lib/store/types";
import { HealthRecorder, type SourceIdentity } from "./ingest/sources/health";
import type { Logger } from "./logger";

export const API_SOURCE: SourceIdentity = { id: "api", kind: "api", name: "HTTP API" };
export const DEMO_SOURCE: SourceIdentity = { id: "demo", kind: "demo", name: "Demo generator" };

export interface SourceItem {
  /** Unique per item within the source, e.g. `article:<id>` or `statement:<id>`. */
  key: string;
  articleId: string | null;
  publishedAt: string | null;
}

export class SourceActivity {
  private readonly health: HealthRecorder;

  constructor(
    private readonly deps: { store: Store; logger: Logger; onHealth?: (s: SourceState) => void; now?: () => Date },
  ) {
    this.health = new HealthRecorder(deps.store, deps.onHealth, deps.now);
  }

  /** A successful delivery of `items` (may be empty: e.g. every statement was a duplicate). */
  async record(src: SourceIdentity, items: SourceItem[]): Promise<void> {
    try {
      const ingestedAt = (this.deps.now ?? (() => new Date()))().toISOString();
      for (const item of items) await this.deps.store.recordSourceItem(src.id, { ...item, ingestedAt });
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
