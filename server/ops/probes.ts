/**
 * Operator endpoints outside /api: GET /healthz (liveness: the process answers), GET /readyz
 * (store reachable, Next prepared, not shutting down → 200, else 503), GET /metrics (Prometheus text;
 * needs an admin key: the single API_KEY is one). Returns false when the path is not one of them.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Store } from "../../lib/store/types";
import { requireRole, type AuthDeps } from "../http/auth";
import { AppError } from "../../lib/errors";
import { sendError, sendJson } from "../http/respond";
import type { Metrics } from "./metrics";

export const PROBE_PATHS = new Set(["/healthz", "/readyz", "/metrics"]);

export interface ProbeState {
  store: Store;
  metrics: Metrics;
  auth: AuthDeps;
  nextReady: () => boolean;
  shuttingDown: () => boolean;
}

export async function handleProbe(req: IncomingMessage, res: ServerResponse, pathname: string, s: ProbeState): Promise<boolean> {
  if (!PROBE_PATHS.has(pathname)) return false;
  req.resume();
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendError(res, new AppError("method_not_allowed", `${req.method ?? "?"} not allowed on ${pathname}`), { allow: "GET, HEAD" });
    return true;
  }
  if (pathname === "/healthz") {
    sendJson(res, 200, { status: "ok" });
  } else if (pathname === "/readyz") {
    const checks = { store: await storeOk(s.store), next: s.nextReady(), shuttingDown: s.shuttingDown() };
    const ready = checks.store && checks.next && !checks.shuttingDown;
    sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "not_ready", checks });
  } else {
    try {
      requireRole(s.auth, req, null, "admin");
    } catch (e) {
      if (e instanceof AppError) sendError(res, e);
      else throw e;
      return true;
    }
    const body = await s.metrics.registry.metrics();
    res.writeHead(200, { "content-type": s.metrics.registry.contentType, "cache-control": "no-store" });
    res.end(body);
  }
  return true;
}

async function storeOk(store: Store): Promise<boolean> {
  try {
    await store.head();
    return true;
  } catch {
    return false;
  }
}
