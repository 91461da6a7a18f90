/** GET /api/health and GET /api/config/public (open: the wall screen reads them before it has a token). */
import { readNeedsToken } from "../auth";
import type { RouteModule } from "../types";

export const systemRoutes: RouteModule = (app) => [
  {
    method: "GET",
    path: "/api/health",
    access: "public",
    async handler() {
      let head: number | null = null;
      let dbOk = true;
      try {
        head = await app.store.head();
      } catch (e) {
        dbOk = false;
        app.logger.warn("health: store unavailable", { err: e });
      }
      return {
        status: dbOk ? 200 : 503,
        data: {
          status: dbOk ? "ok" : "degraded",
          db: { dialect: app.store.dialect, ok: dbOk },
          head,
          uptimeS: Math.round((Date.now() - app.startedAt.getTime()) / 1000),
          demo: app.demo,
          version: app.version,
        },
      };
    },
  },
  {
    method: "GET",
    path: "/api/config/public",
    access: "public",
    handler() {
      return {
        data: {
          demo: app.demo,
          staleAfterSeconds: app.env.STALE_AFTER_SECONDS,
          sourceFailingAfterSeconds: app.env.SOURCE_FAILING_AFTER_SECONDS,
          viewerTokenRequired: readNeedsToken(app.env),
        },
      };
    },
  },
];
