/**
 * Composition root as a function: env → store → extraction pool → pipeline → one HTTP server with
 * Socket.IO → context → publisher → (Next) → /api router → listen → demo source, ingestion sources.
 * Every part is built here from the `AppComponents` bag; nothing is patched in after construction.
 * `server/index.ts` runs it for real; integration tests run it on port 0 without Next.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { Env } from "../lib/env";
import { AppError } from "../lib/errors";
import type { Store } from "../lib/store/types";
import { resolveApiKey } from "./api-key";
import { KeyRing } from "./auth/keyring";
import type { AppContext } from "./context";
import { startDemo, demoEnabled, type DemoHandle } from "./demo";
import { ExtractorActors } from "./extract/actors";
import { loadGazetteerFile } from "./extract/config";
import { ExtractPool } from "./extract/pool";
import { createApiHandler } from "./http/handler";
import { pageAccess } from "./http/pages";
import { requestId } from "./http/request-id";
import { sendError } from "./http/respond";
import { applyApiHeaders } from "./http/security-headers";
import { routeModules } from "./http/routes";
import { createLogger, redactUrl, type Logger } from "./logger";
import { attachNext, type NextHandle } from "./next";
import { IngestPipeline } from "./pipeline";
import { attachRealtime, type Realtime } from "./realtime";
import { startPublisher } from "./realtime/publisher";
import type { BayanIo } from "./realtime/types";
import { SourceActivity } from "./source-activity";
import { emitHealth, startIngestSources, type SourcesHandle } from "./sources";
import { createMetrics, routeGroup } from "./ops/metrics";
import { handleProbe, type ProbeState } from "./ops/probes";
import { startRetention } from "./ops/retention";
import { InFlight, stopAccepting, within } from "./ops/shutdown";
import { openStore } from "./store";

export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const VERSION = "0.1.0";

export interface CreateAppOptions {
  env: Env;
  /** Serve pages with Next.js (default false: non-API paths answer 404 JSON). */
  next?: boolean;
  /** Use this store (not closed by close()); otherwise one is opened from env. */
  store?: Store;
  logger?: Logger;
  /** Start FEEDS_FILE / WATCH_DIR sources (default true). */
  sources?: boolean;
  /** Redis adapter channel namespace when REDIS_URL is set (default "bayan"). */
  redisKey?: string;
}

export interface BayanApp {
  server: Server;
  port: number;
  url: string;
  io: BayanIo;
  store: Store;
  pipeline: IngestPipeline;
  /** Everything createApp built (or was given), for tests and tools that need one part. */
  components: AppComponents;
  /** Every /api route (method, path pattern, role): the router's table, for fuzzing and docs checks. */
  routes: { method: string; path: string; access: string }[];
  apiKey: string;
  apiKeyGenerated: boolean;
  apiKeyFile: string | null;
  demo: boolean;
  close(): Promise<void>;
}

/**
 * The components createApp builds, in dependency order (each from the ones above it). `store` and
 * `logger` may be given in CreateAppOptions; everything else is built here, once.
 */
export interface AppComponents {
  env: Env;
  logger: Logger;
  store: Store;
  /** Access keys and tokens (stored keys re-read periodically, plus API_KEY and VIEWER_TOKEN). */
  keys: KeyRing;
  extractActors: ExtractorActors;
  pool: ExtractPool;
  pipeline: IngestPipeline;
  sourceActivity: SourceActivity;
  io: BayanIo;
}

export async function createApp(opts: CreateAppOptions): Promise<BayanApp> {
  const { env } = opts;
  const logger = opts.logger ?? createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  // A bad GAZETTEER_FILE is a configuration error: thrown (ConfigError) before anything is started.
  const gazetteer = loadGazetteerFile(env.GAZETTEER_FILE);
  if (gazetteer) logger.info("official gazetteer loaded", { file: env.GAZETTEER_FILE, entries: gazetteer.length });
  const key = resolveApiKey(env);
  const demoOn = demoEnabled(env);
  // Requests are dispatched once every component exists (nothing listens before that).
  let dispatch: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => sendError(res, new AppError("internal", "Server starting"));
  const server = createServer((req, res) => dispatch(req, res));
  const store = opts.store ?? (await openStore(env));
  let pool: ExtractPool | null = null;
  let realtime: Realtime | null = null;
  let keys: KeyRing | null = null;
  let c: AppComponents;
  const metrics = createMetrics({ clients: () => realtime?.io.engine.clientsCount ?? 0 });
  try {
    keys = new KeyRing({
      store, adminKey: key.key, viewerToken: env.VIEWER_TOKEN, refreshMs: env.KEY_REFRESH_SECONDS * 1000, logger: logger.child("keys"),
    });
    await keys.start();
    const extractActors = new ExtractorActors({ store, logger, apply: (actors) => pool?.configure({ actors }) });
    const actors = await extractActors.load();
    pool = new ExtractPool({
      size: env.EXTRACT_WORKERS, timeoutMs: env.EXTRACT_TIMEOUT_MS, logger, config: { gazetteer, actors },
      observe: (seconds, outcome) => metrics.extractionDuration.observe({ outcome }, seconds),
    });
    const pipeline = new IngestPipeline({ store, pool, env, logger });
    realtime = await attachRealtime(server, {
      store, logger, env, keys, redisUrl: env.REDIS_URL, redisKey: opts.redisKey, demo: () => demoOn,
    });
    const io = realtime.io;
    const sourceActivity = new SourceActivity({ store, logger, onHealth: (s) => emitHealth(io, s) });
    c = { env, logger, store, keys, extractActors, pool, pipeline, sourceActivity, io };
  } catch (e) {
    keys?.stop();
    await Promise.allSettled([realtime?.close(), pool?.close()]);
    if (!opts.store) await store.close();
    throw e;
  }
  const { pipeline, sourceActivity, io } = c;
  const ctx: AppContext = { ...c, apiKey: key.key, demo: demoOn, startedAt: new Date(), version: VERSION };
  let shuttingDown = false;
  const inFlight = new InFlight();
  pipeline.on("stored", ({ inserted }) => metrics.recordStored(inserted));
  const publisher = startPublisher(io, pipeline, store, logger.child("publisher"), {
    maxHoldMs: env.PUSH_HOLD_MAX_MS,
    onFlush: (outcomes) => metrics.recordPushed(outcomes),
  });

  const next: NextHandle | null = opts.next ? await attachNext(env, REPO_ROOT, logger) : null;
  const apiRoutes = routeModules.flatMap((m) => m(ctx));
  const handleApi = createApiHandler(ctx, apiRoutes);
  const httpLog = logger.child("http");
  const probes: ProbeState = { store, metrics, auth: { env, keys: c.keys }, nextReady: () => !opts.next || next !== null, shuttingDown: () => shuttingDown };
  dispatch = (req: IncomingMessage, res: ServerResponse) => {
    inFlight.track(res);
    const started = performance.now();
    const reqId = requestId(req);
    res.setHeader("x-request-id", reqId);
    const reqLog = httpLog.with({ reqId });
    const endTimer = metrics.httpDuration.startTimer({ method: req.method ?? "?" });
    res.once("finish", () => {
      endTimer({ route: routeGroup(url?.pathname ?? "?"), status: String(res.statusCode) });
      // One line per request (API and probes at info, pages and assets at debug); never headers, and no secret query values.
      const fields = { method: req.method, url: redactUrl(req.url ?? "/"), status: res.statusCode, ms: Math.round(performance.now() - started) };
      if (url?.pathname.startsWith("/api") || url?.pathname === "/metrics") reqLog.info("request", fields);
      else reqLog.debug("request", fields);
    });
    let url: URL | undefined;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
    } catch {
      sendError(res, new AppError("not_found", "Malformed URL"));
      return;
    }
    res.on("error", (e) => httpLog.debug("response error", { err: e }));
    req.on("error", (e) => httpLog.debug("request error", { err: e }));
    const pathname = url.pathname;
    if (shuttingDown) res.setHeader("connection", "close");
    if (pathname === "/healthz" || pathname === "/readyz" || pathname === "/metrics") {
      applyApiHeaders(res, env);
      handleProbe(req, res, pathname, probes).catch((e: unknown) => {
        httpLog.error("probe failed", { err: e });
        sendError(res, new AppError("internal", "Internal server error"));
      });
    } else if (shuttingDown && (pathname === "/api" || pathname.startsWith("/api/"))) {
      // Requests that arrive on an open connection after SIGTERM are refused (not acknowledged): retry later.
      req.resume();
      applyApiHeaders(res, env);
      sendError(res, new AppError("unavailable", "Server shutting down, retry shortly"), { "retry-after": "2" });
    } else if (url.pathname === "/api" || url.pathname.startsWith("/api/")) {
      // handleApi sets the API's security headers itself.
      void handleApi(req, res, url, reqLog);
    } else if (next) {
      if (!pageAccess(req, res, url, ctx)) return;
      next.handle(req, res, url).catch((e: unknown) => {
        httpLog.error("next handler failed", { err: e });
        if (!res.headersSent) sendError(res, new AppError("internal", "Internal server error"));
        else res.destroy();
      });
    } else {
      req.resume();
      applyApiHeaders(res, env);
      sendError(res, new AppError("not_found", `No route ${url.pathname}`));
    }
  };
  server.on("clientError", (err, socket) => {
    httpLog.debug("client error", { err });
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
    else socket.destroy();
  });
  server.requestTimeout = env.HTTP_REQUEST_TIMEOUT_MS;
  server.headersTimeout = env.HTTP_HEADERS_TIMEOUT_MS;
  // Idle keep-alive connections stay open longer than clients (undici, proxies) keep them, so a client never
  // reuses a socket the server is closing at that instant (seen as "other side closed" under event-loop lag).
  server.keepAliveTimeout = 65_000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(env.PORT, env.HOST, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (e) {
    // e.g. the port is taken: release what was built, so a caller that retries leaks nothing.
    c.keys.stop();
    await Promise.allSettled([realtime?.close(), pool.close(), next?.close()]);
    if (!opts.store) await store.close();
    throw e;
  }
  const port = (server.address() as AddressInfo).port;
  const host = env.HOST === "0.0.0.0" || env.HOST === "::" ? "127.0.0.1" : env.HOST;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;

  const demo: DemoHandle | null = ctx.demo ? await startDemo({ env, store, pipeline, logger: logger.child("demo"), activity: sourceActivity }) : null;
  const sources: SourcesHandle | null =
    opts.sources === false ? null : await startIngestSources({
      env, store, pipeline, logger, io, onSourceError: (s) => metrics.sourceErrors.inc({ source: s.id, kind: s.kind }),
    });

  const retention = startRetention({ env, store, logger });

  let closing: Promise<void> | null = null;
  return {
    server, port, url, io, store, pipeline, components: c,
    routes: apiRoutes.map((r) => ({ method: r.method, path: r.path, access: r.access })),
    apiKey: key.key, apiKeyGenerated: key.generated, apiKeyFile: key.file, demo: ctx.demo,
    close() {
      closing ??= (async () => {
        // 1. /readyz answers 503, new API requests 503 `unavailable`; sockets hear `server:shutdown`.
        shuttingDown = true;
        realtime?.announceShutdown(env.SHUTDOWN_RECONNECT_MS);
        c.keys.stop();
        // 2. Stop accepting; in-flight requests (ingests) and source polls finish within SHUTDOWN_GRACE_MS.
        const closed = stopAccepting(server);
        const started = Date.now();
        const drained = await within(Promise.allSettled([inFlight.idle(env.SHUTDOWN_GRACE_MS), sources?.stop(), demo?.stop()]), env.SHUTDOWN_GRACE_MS);
        if (!drained || inFlight.size > 0) logger.warn("shutdown: grace period over, cutting connections", { inFlight: inFlight.size, graceMs: env.SHUTDOWN_GRACE_MS });
        else logger.info("shutdown: in-flight work finished", { ms: Date.now() - started });
        // 3. Cut what is left, close sockets, flush pushes, close the pool, Next and the store.
        server.closeAllConnections();
        // Upgraded (websocket) connections count for server.close() too: disconnect the sockets first.
        await realtime?.close();
        await closed;
        await Promise.allSettled([publisher.close(), pool?.close(), next?.close(), retention?.stop()]);
        if (!opts.store) await store.close();
      })();
      return closing;
    },
  };
}
