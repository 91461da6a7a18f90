/**
 * Socket.IO on the shared HTTP server: typed, origin-checked, key/token auth (the same keys as the
 * API), per-IP connection limit, feed subscriptions, optional Redis adapter. Sockets whose key is
 * revoked are disconnected as soon as the key ring notices (KEY_REFRESH_SECONDS at most).
 */
import type { Server as HttpServer } from "node:http";
import { Server, type ExtendedError } from "socket.io";
import type { Env } from "../../lib/env";
import type { AppError } from "../../lib/errors";
import type { Store } from "../../lib/store/types";
import type { KeyRing } from "../auth/keyring";
import { asAppError } from "../errors";
import { requireRole } from "../http/auth";
import { RateLimiter, clientIp } from "../http/rate-limit";
import { originAllowed } from "../http/security-headers";
import type { Logger } from "../logger";
import { attachRedisAdapter, type RedisHandle } from "./redis";
import { registerFeedHandlers } from "./subscribe";
import type { BayanIo } from "./types";

export interface RealtimeOptions {
  store: Store;
  logger: Logger;
  env: Env;
  keys: KeyRing;
  redisUrl: string | undefined;
  /** Redis channel namespace (servers sharing it form one cluster). */
  redisKey?: string;
  demo: () => boolean;
}

export interface Realtime {
  io: BayanIo;
  /** Tells this process's sockets that it is shutting down (`server:shutdown`); they stay open until close(). */
  announceShutdown(reconnectInMs: number): void;
  close(): Promise<void>;
}

function connectError(e: AppError): ExtendedError {
  const err: ExtendedError = new Error(e.code);
  err.data = { code: e.code, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) };
  return err;
}

export async function attachRealtime(http: HttpServer, opts: RealtimeOptions): Promise<Realtime> {
  const { env } = opts;
  const log = opts.logger.child("realtime");
  const io: BayanIo = new Server(http, {
    path: "/socket.io",
    serveClient: false,
    maxHttpBufferSize: env.SOCKET_MAX_MESSAGE_BYTES,
    // Same-origin or ALLOWED_ORIGINS only (checked on the handshake and on the websocket upgrade).
    allowRequest: (req, cb) => {
      const ok = originAllowed(req.headers, env);
      cb(ok ? null : "origin not allowed", ok);
    },
    cors: env.ALLOWED_ORIGINS.length ? { origin: env.ALLOWED_ORIGINS, credentials: true } : undefined,
    // Off so a broadcast is encoded once for all its sockets (compression would be per socket).
    perMessageDeflate: false,
    // Next.js (dev) has its own upgrade handling for HMR on the same server: leave other upgrades alone.
    destroyUpgrade: false,
  });

  let redis: RedisHandle | null = null;
  if (opts.redisUrl) redis = await attachRedisAdapter(io, opts.redisUrl, log, opts.redisKey);

  // Per IP and per key (a key used from many addresses is limited as a whole).
  const connects = { ip: new RateLimiter(env.RATE_SOCKET_CONNECTS_PER_MIN), key: new RateLimiter(env.RATE_SOCKET_CONNECTS_PER_MIN) };
  const subscribes = { ip: new RateLimiter(env.RATE_SUBSCRIBES_PER_MIN), key: new RateLimiter(env.RATE_SUBSCRIBES_PER_MIN) };

  io.use((socket, next) => {
    const hs = socket.handshake;
    const ip = clientIp(socket.conn.request, env.TRUST_PROXY);
    socket.data.filter = null;
    socket.data.viewer = true;
    socket.data.keyId = null;
    socket.data.ip = ip;
    try {
      connects.ip.check(ip, "socket connections from this address");
      const token = [hs.auth?.token, hs.query.token].find((t): t is string => typeof t === "string");
      // The handshake's auth.token / ?token= count like x-viewer-token, auth.apiKey like x-api-key.
      const headers = { ...hs.headers };
      if (token !== undefined) headers["x-viewer-token"] = token;
      if (typeof hs.auth?.apiKey === "string") headers["x-api-key"] = hs.auth.apiKey;
      socket.data.keyId = requireRole(opts, { headers }, null, "viewer")?.keyId ?? null;
      if (socket.data.keyId !== null) connects.key.check(socket.data.keyId, "socket connections with this key");
      next();
    } catch (e) {
      next(connectError(asAppError(e, log, { event: "connect" })));
    }
  });

  const stopRevocations = opts.keys.onRevoked((revoked) => {
    for (const socket of io.sockets.sockets.values()) {
      if (socket.data.keyId !== null && revoked.has(socket.data.keyId)) {
        log.info("disconnecting a socket whose key was revoked", { keyId: socket.data.keyId });
        socket.disconnect(true);
      }
    }
  });

  io.on("connection", (socket) => {
    registerFeedHandlers(socket, opts.store, log, { env, subscribes });
    socket.on("error", (e) => log.debug("socket error", { err: e }));
    opts.store
      .head()
      .then((head) => socket.emit("server:hello", { serverTime: new Date().toISOString(), head, demo: opts.demo() }))
      .catch((e: unknown) => log.warn("server:hello failed", { err: e }));
  });

  return {
    io,
    announceShutdown(reconnectInMs) {
      // Local only: other nodes of a Redis cluster keep running.
      io.local.emit("server:shutdown", { reconnectInMs });
    },
    async close() {
      stopRevocations();
      // Local only: with the Redis adapter, io.disconnectSockets() would disconnect every node's clients.
      io.local.disconnectSockets(true);
      // io.close() would also close the HTTP server, which the app closes itself: close engine + adapter only.
      io.engine.close();
      await io.sockets.adapter.close();
      if (redis) await redis.close();
    },
  };
}
