/** Socket.IO Redis adapter (REDIS_URL): several server processes share rooms and broadcasts. */
import { createAdapter } from "@socket.io/redis-adapter";
import { Redis } from "ioredis";
import type { Logger } from "../logger";
import type { BayanIo } from "./types";

export interface RedisHandle {
  close(): Promise<void>;
}

/** `key` namespaces the Redis channels: only servers with the same key share rooms. */
export async function attachRedisAdapter(io: BayanIo, url: string, log: Logger, key = "bayan"): Promise<RedisHandle> {
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const sub = pub.duplicate();
  for (const c of [pub, sub]) c.on("error", (e: unknown) => log.warn("redis error", { err: e }));
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub, { key }));
  log.info("redis adapter attached", { url: url.replace(/\/\/[^@]*@/, "//***@") });
  return {
    async close() {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
