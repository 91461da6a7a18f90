/** Socket.IO on the shared HTTP server: typed, viewer-token auth, feed subscriptions, optional Redis adapter. */
import type { Server as HttpServer } from "node:http";
import { Server, type ExtendedError } from "socket.io";
import type { Store } from "../../lib/store/types";
import { canRead } from "../http/auth";
import type { Logger } from "../logger";
import { attachRedisAdapter, type RedisHandle } from "./redis";
import { registerFeedHandlers } from "./subscribe";
import type { BayanIo } from "./types";

export interface RealtimeOptions {
  store: Store;
  logger: Logger;
  apiKey: string;
  viewerToken: string | undefined;
  redisUrl: string | undefined;
  /** Redis channel namespace (servers sharing it form one cluster). */
  redisKey?: string;
  demo: () => boolean;
}

export interface Realtime {
  io: BayanIo;
  close(): Promise<void>;
}

export async function attachRealtime(http: HttpServer, opts: RealtimeOptions): Promise<Realtime> {
  const log = opts.logger.child("realtime");
  const io: BayanIo = new Server(http, {
    path: "/socket.io",
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    // Next.js (dev) has its own upgrade handling for HMR on the same server: leave other upgrades alone.
    destroyUpgrade: false,
  });

  let redis: RedisHandle | null = null;
  if (opts.redisUrl) redis = await attachRedisAdapter(io, opts.redisUrl, log, opts.redisKey);

  io.use((socket, next) => {
    const hs = socket.handshake;
    const token = [hs.auth?.token, hs.query.token].find((t): t is string => typeof t === "string");
    const headers = { ...hs.headers };
    if (typeof hs.auth?.apiKey === "string") headers["x-api-key"] = hs.auth.apiKey;
    socket.data.filter = null;
    socket.data.viewer = true;
    if (canRead(headers, token, { apiKey: opts.apiKey, viewerToken: opts.viewerToken })) return next();
    const err: ExtendedError = new Error("unauthorized");
    err.data = { code: "unauthorized", message: "A viewer token is required" };
    next(err);
  });

  io.on("connection", (socket) => {
    registerFeedHandlers(socket, opts.store, log);
    socket.on("error", (e) => log.debug("socket error", { err: e }));
    opts.store
      .head()
      .then((head) => socket.emit("server:hello", { serverTime: new Date().toISOString(), head, demo: opts.demo() }))
      .catch((e: unknown) => log.warn("server:hello failed", { err: e }));
  });

  return {
    io,
    async close() {
      // Local only: with the Redis adapter, io.disconnectSockets() would disconnect every node's clients.
      io.local.disconnectSockets(true);
      // io.close() would also close the HTTP server, which the app closes itself: close engine + adapter only.
      io.engine.close();
      await io.sockets.adapter.close();
      if (redis) await redis.close();
    },
  };
}
