/** Next.js as the page renderer behind the custom server (everything that is not /api or /socket.io). */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Env } from "../lib/env";
import type { Logger } from "./logger";

export interface NextHandle {
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
  close(): Promise<void>;
}

export async function attachNext(env: Env, dir: string, logger: Logger): Promise<NextHandle> {
  const { default: next } = await import("next");
  const dev = env.NODE_ENV !== "production";
  const app = next({ dev, dir, hostname: env.HOST === "0.0.0.0" ? "localhost" : env.HOST, port: env.PORT || 3000 });
  logger.child("next").info(dev ? "preparing Next.js (dev)" : "preparing Next.js (production build)");
  try {
    await app.prepare();
  } catch (e) {
    if (!dev && e instanceof Error && /production build/i.test(e.message)) {
      throw new Error("No production build in .next: run `npm run build` first (or start without NODE_ENV=production)", { cause: e });
    }
    throw e;
  }
  const handler = app.getRequestHandler();
  return {
    async handle(req, res) {
      await handler(req, res);
    },
    async close() {
      await app.close();
    },
  };
}
