/**
 * Prometheus metrics (prom-client) on one registry per app: default Node metrics (RSS, heap, GC,
 * event-loop lag), HTTP request durations by route group, statements stored/duplicates,
 * push latency (ingestedAt → emitted), connected Socket.IO clients, extraction time per article,
 * source errors, ArrayBuffer memory. Served at GET /metrics.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { InsertOutcome } from "../../lib/store/types";

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status">;
  statementsStored: Counter<"outcome">;
  pushLatency: Histogram;
  connectedClients: Gauge;
  extractionDuration: Histogram<"outcome">;
  sourceErrors: Counter<"source" | "kind">;
  /** Counts the outcomes of one committed write (called from the pipeline's `stored` event). */
  recordStored(inserted: InsertOutcome[]): void;
  /** Observes push latency for the outcomes one publisher flush emitted (called as the emit starts). */
  recordPushed(outcomes: InsertOutcome[], now?: number): void;
}

/** `/api/statements/abc` → `/api/statements/:id`-like bucket: keeps label cardinality bounded. */
export function routeGroup(pathname: string): string {
  if (pathname === "/metrics" || pathname === "/healthz" || pathname === "/readyz") return pathname;
  if (!pathname.startsWith("/api")) return pathname.startsWith("/_next/") ? "/_next" : "page";
  const parts = pathname.split("/").filter(Boolean).slice(0, 3);
  return `/${parts.map((p, i) => (i < 2 && /^[a-z_-]{1,24}$/.test(p) ? p : ":x")).join("/")}`;
}

export function createMetrics(opts: { clients: () => number }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "bayan_", eventLoopMonitoringPrecision: 10 });
  const httpDuration = new Histogram({
    name: "bayan_http_request_duration_seconds",
    help: "HTTP request duration by method, route group and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const statementsStored = new Counter({
    name: "bayan_statements_stored_total",
    help: "Statements in announced writes, by outcome (new, duplicate; a batch of only duplicates is not announced)",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  const pushLatency = new Histogram({
    name: "bayan_push_latency_seconds",
    help: "Time from a statement's ingestion to its Socket.IO emit",
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const connectedClients = new Gauge({
    name: "bayan_socket_clients",
    help: "Socket.IO clients connected to this process",
    registers: [registry],
    collect() {
      this.set(opts.clients());
    },
  });
  const extractionDuration = new Histogram({
    name: "bayan_extraction_duration_seconds",
    help: "Extraction of one article in the worker pool, from submission (queue wait included) to result, by outcome (ok, failed)",
    labelNames: ["outcome"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  // prom-client's defaults have external memory but not the ArrayBuffer share of it (Buffers, socket frames).
  new Gauge({
    name: "bayan_nodejs_array_buffers_bytes",
    help: "Memory of ArrayBuffers and Buffers (process.memoryUsage().arrayBuffers), part of external memory",
    registers: [registry],
    collect() {
      this.set(process.memoryUsage().arrayBuffers);
    },
  });
  const sourceErrors = new Counter({
    name: "bayan_source_errors_total",
    help: "Recorded source failures (feed polls, folder files) by source id and kind",
    labelNames: ["source", "kind"] as const,
    registers: [registry],
  });
  return {
    registry, httpDuration, statementsStored, pushLatency, connectedClients, extractionDuration, sourceErrors,
    recordStored(inserted) {
      for (const o of inserted) statementsStored.inc({ outcome: o.duplicate ? "duplicate" : "new" });
    },
    recordPushed(outcomes, now = Date.now()) {
      for (const o of outcomes) {
        if (o.duplicate) continue;
        const t = Date.parse(o.statement.ingestedAt);
        if (Number.isFinite(t)) pushLatency.observe(Math.max(0, now - t) / 1000);
      }
    },
  };
}
