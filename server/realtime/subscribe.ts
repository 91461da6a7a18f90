/**
 * `feed:subscribe`: validate → join the filter's rooms → reply with what was missed since the
 * cursor (oldest first, capped) → live pushes continue. Rooms are joined BEFORE the missed
 * statements are read, so nothing falls in between (at worst a statement arrives twice; clients
 * dedupe by seq). Echoes in the missed range are sent as `cluster:updated` after the ack.
 */
import { z } from "zod";
import type { Ack, SubscribeResult } from "../../lib/contract/events";
import { governorateCodeSchema, statementTypeSchema } from "../../lib/contract/schemas";
import { AppError } from "../../lib/errors";
import type { Statement } from "../../lib/domain/statement";
import type { Store } from "../../lib/store/types";
import { asAppError, errorAck } from "../errors";
import type { Logger } from "../logger";
import { normalizeFilter, roomsForFilter } from "./rooms";
import type { BayanSocket } from "./types";

export const CATCH_UP_CAP = 1000;
/** Each subscribe may read up to CATCH_UP_CAP rows: at most this many per socket per window. */
const SUBSCRIBE_BURST = 20;
const SUBSCRIBE_WINDOW_MS = 10_000;

export const subscribeSchema = z.object({
  filter: z
    .object({
      actors: z.array(z.string().min(1).max(80)).max(50).optional(),
      governorates: z.array(governorateCodeSchema).max(14).optional(),
      types: z.array(statementTypeSchema).max(8).optional(),
      security: z.boolean().optional(),
    })
    .default({}),
  cursor: z.number().int().min(0).optional(),
});

type AckFn<T> = (res: Ack<T>) => void;

function safeAck<T>(ack: unknown): AckFn<T> {
  return typeof ack === "function" ? (res) => (ack as AckFn<T>)(res) : () => undefined;
}

function leaveFeedRooms(socket: BayanSocket): void {
  for (const room of [...socket.rooms]) if (room !== socket.id) socket.leave(room);
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

export function registerFeedHandlers(socket: BayanSocket, store: Store, log: Logger): void {
  let recent: number[] = [];
  socket.on("feed:subscribe", async (req: unknown, ack: unknown) => {
    const reply = safeAck<SubscribeResult>(ack);
    const now = Date.now();
    recent = recent.filter((t) => now - t < SUBSCRIBE_WINDOW_MS);
    if (recent.length >= SUBSCRIBE_BURST) {
      reply(errorAck(new AppError("rate_limited", "Too many subscriptions, retry in a few seconds")));
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
      socket.join(roomsForFilter(filter));
      const cursor = parsed.data.cursor;
      const rows =
        cursor === undefined
          ? []
          : await store.statementsAfter(cursor, { ...parsed.data.filter, security: filter.security || undefined }, CATCH_UP_CAP + 1);
      const truncated = rows.length > CATCH_UP_CAP;
      const window = rows.slice(0, CATCH_UP_CAP);
      const head = Math.max(await store.head(), window.at(-1)?.seq ?? 0);
      const echoes = window.filter((s) => s.echoOf !== null);
      reply({ ok: true, data: { missed: window.filter((s) => s.echoOf === null), truncated, head } });
      if (echoes.length) for (const u of await clusterUpdates(echoes, store)) socket.emit("cluster:updated", u);
    } catch (e) {
      reply(errorAck(asAppError(e, log, { event: "feed:subscribe" })));
    }
  });

  socket.on("feed:unsubscribe", (ack: unknown) => {
    const reply = safeAck<null>(ack);
    leaveFeedRooms(socket);
    socket.data.filter = null;
    reply({ ok: true, data: null });
  });
}
