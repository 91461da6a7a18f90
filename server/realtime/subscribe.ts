/**
 * `feed:subscribe`: validate → join the filter's rooms → reply with what was missed since the
 * cursor (oldest first, capped) → live pushes continue. Rooms are joined BEFORE the missed
 * statements are read, so nothing falls in between (at worst a statement arrives twice; clients
 * dedupe by seq). Echoes in the missed range are sent as `cluster:updated` after the ack.
 */
import type { Ack, SubscribeResult } from "../../lib/contract/events";
import { subscribeSchema } from "../../lib/contract/schemas";
import type { Env } from "../../lib/env";
import { AppError } from "../../lib/errors";
import type { Statement } from "../../lib/domain/statement";
import type { Store } from "../../lib/store/types";
import { asAppError, errorAck } from "../errors";
import { rateLimited, type RateLimiter } from "../http/rate-limit";
import type { Logger } from "../logger";
import { normalizeFilter, roomsForFilter } from "./rooms";
import type { BayanSocket } from "./types";

/** Each subscribe may read up to SUBSCRIBE_CATCH_UP_CAP rows: at most SUBSCRIBE_BURST_PER_SOCKET per socket per window, and RATE_SUBSCRIBES_PER_MIN per IP. */
const SUBSCRIBE_WINDOW_MS = 10_000;

type AckFn<T> = (res: Ack<T>) => void;

/** The ack is the LAST argument when it is a function (clients may send too few or too many arguments). */
function safeAck<T>(args: unknown[]): AckFn<T> {
  const ack = args.at(-1);
  return typeof ack === "function" ? (res) => (ack as AckFn<T>)(res) : () => undefined;
}

function leaveFeedRooms(socket: BayanSocket): void {
  for (const room of [...socket.rooms]) if (room !== socket.id) void socket.leave(room);
}

function clusterUpdates(echoes: Statement[], store: Store) {
  const byCluster = new Map<string, Statement>();
  for (const e of echoes) byCluster.set(e.clusterId, e);
  return Promise.all(
    [...byCluster.values()].map(async (e) => {
      const headId = e.echoOf ?? e.id;
      const [head, echoesOfCluster] = await Promise.all([store.getStatement(headId), store.getCluster(e.clusterId)]);
      const members = [...(head ? [head] : []), ...echoesOfCluster];
      const outlets = [...new Set(members.map((m) => m.source.outlet).filter((o): o is string => !!o))];
      return { clusterId: e.clusterId, headId, mentions: Math.max(e.mentions, head?.mentions ?? 0, members.length), outlets };
    }),
  );
}

export interface SubscribeLimits {
  env: Pick<Env, "SUBSCRIBE_BURST_PER_SOCKET" | "SUBSCRIBE_CATCH_UP_CAP">;
  /** Shared per-IP and per-key limiters (RATE_SUBSCRIBES_PER_MIN each). */
  subscribes: { ip: RateLimiter; key: RateLimiter };
}

export function registerFeedHandlers(socket: BayanSocket, store: Store, log: Logger, limits: SubscribeLimits): void {
  const CATCH_UP_CAP = limits.env.SUBSCRIBE_CATCH_UP_CAP;
  let recent: number[] = [];
  socket.on("feed:subscribe", async (...args: unknown[]) => {
    const reply = safeAck<SubscribeResult>(args);
    const req = typeof args[0] === "function" ? undefined : args[0];
    const now = Date.now();
    recent = recent.filter((t) => now - t < SUBSCRIBE_WINDOW_MS);
    if (recent.length >= limits.env.SUBSCRIBE_BURST_PER_SOCKET) {
      reply(errorAck(rateLimited("subscriptions on this connection", Math.ceil((SUBSCRIBE_WINDOW_MS - (now - recent[0]!)) / 1000))));
      return;
    }
    const wait = limits.subscribes.ip.take(socket.data.ip);
    if (wait > 0) {
      reply(errorAck(rateLimited("subscriptions from this address", wait)));
      return;
    }
    const keyWait = socket.data.keyId === null ? 0 : limits.subscribes.key.take(socket.data.keyId);
    if (keyWait > 0) {
      reply(errorAck(rateLimited("subscriptions with this key", keyWait)));
      return;
    }
    recent.push(now);
    try {
      const parsed = subscribeSchema.safeParse(req);
      if (!parsed.success) {
        reply(errorAck(new AppError("validation_failed", parsed.error.issues[0]?.message ?? "Invalid subscription")));
        return;
      }
      const filter = normalizeFilter(parsed.data.filter);
      leaveFeedRooms(socket);
      socket.data.filter = parsed.data.filter;
      void socket.join(roomsForFilter(filter));
      const cursor = parsed.data.cursor;
      // Head BEFORE the catch-up read: a statement committed after this read is either in `rows` (then
      // head covers it below) or above the returned head, so a client that sets its cursor to `head`
      // and drops before the live push arrives still gets it on its next subscribe (no gap).
      const headBefore = await store.head();
      const rows =
        cursor === undefined
          ? []
          : await store.statementsAfter(cursor, { ...parsed.data.filter, security: filter.security || undefined }, CATCH_UP_CAP + 1);
      const truncated = rows.length > CATCH_UP_CAP;
      const window = rows.slice(0, CATCH_UP_CAP);
      const head = Math.max(headBefore, window.at(-1)?.seq ?? 0);
      const echoes = window.filter((s) => s.echoOf !== null);
      reply({ ok: true, data: { missed: window.filter((s) => s.echoOf === null), truncated, head } });
      if (echoes.length) for (const u of await clusterUpdates(echoes, store)) socket.emit("cluster:updated", u);
    } catch (e) {
      reply(errorAck(asAppError(e, log, { event: "feed:subscribe" })));
    }
  });

  socket.on("feed:unsubscribe", (...args: unknown[]) => {
    const reply = safeAck<null>(args);
    leaveFeedRooms(socket);
    socket.data.filter = null;
    reply({ ok: true, data: null });
  });
}
