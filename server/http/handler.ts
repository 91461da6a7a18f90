/**
 * The /api/* request handler of the custom server: route → access check → handler → envelope.
 * Nothing a client sends may crash the process: every error ends as a JSON error response.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError } from "../../lib/errors";
import type { AppContext } from "../context";
import { asAppError } from "../errors";
import { canRead, hasApiKey } from "./auth";
import { readBody, readJson } from "./body";
import { sendData, sendError } from "./respond";
import { Router } from "./router";
import type { RequestContext, Route } from "./types";

function queryRecord(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) out[key] = url.searchParams.getAll(key).join(",");
  return out;
}

export function createApiHandler(app: AppContext, routes: Route[]) {
  const router = new Router(routes);
  const log = app.logger.child("http");

  return async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const started = performance.now();
    const method = req.method ?? "GET";
    try {
      const match = router.match(method, url.pathname);
      if (match.kind === "not_found") throw new AppError("not_found", `No API route ${url.pathname}`);
      if (match.kind === "method_not_allowed") {
        req.resume();
        sendError(res, new AppError("method_not_allowed", `Method ${method} not allowed on ${url.pathname}`, { allow: match.allow }), {
          allow: match.allow.join(", "),
        });
        return;
      }
      const { route, params } = match;
      if (route.access === "write" && !hasApiKey(req.headers, app.apiKey)) {
        req.resume();
        throw new AppError("unauthorized", "A valid API key is required (x-api-key or Authorization: Bearer)");
      }
      if (
        route.access === "read" &&
        !canRead(req.headers, url.searchParams.get("token") ?? undefined, { apiKey: app.apiKey, viewerToken: app.env.VIEWER_TOKEN })
      ) {
        req.resume();
        throw new AppError("unauthorized", "A viewer token is required (?token=, x-viewer-token or the API key)");
      }
      const rc: RequestContext = {
        req,
        res,
        url,
        params,
        query: queryRecord(url),
        app,
        log,
        json: (opts) => readJson(req, opts?.maxBytes ?? app.env.INGEST_MAX_BODY_BYTES),
        body: (opts) => readBody(req, opts?.maxBytes ?? app.env.INGEST_MAX_BODY_BYTES),
      };
      const reply = await route.handler(rc);
      sendData(res, reply.status ?? 200, reply.data, reply.headers);
    } catch (e) {
      const err = asAppError(e, log, { method, path: url.pathname });
      // After a 413/415 we did not read the body: ask the client to close so it stops sending.
      const close = err.code === "payload_too_large" || err.code === "unsupported_media_type";
      sendError(res, err, close ? { connection: "close" } : undefined);
    } finally {
      log.debug("request", { method, path: url.pathname, status: res.statusCode, ms: Math.round(performance.now() - started) });
    }
  };
}
