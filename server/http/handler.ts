/**
 * The /api/* request handler of the custom server:
 * headers → origin check → route → (writes: per-IP limit) → role check → (writes: per-key limit) → handler → envelope.
 * Nothing a client sends may crash the process: every error ends as a JSON error response.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError } from "../../lib/errors";
import type { AppContext } from "../context";
import { asAppError } from "../errors";
import { requireRole, type Need } from "./auth";
import { readBody, readJson } from "./body";
import { RateLimiter, clientIp, retryAfterHeader } from "./rate-limit";
import { sendData, sendError, sendStream } from "./respond";
import { Router } from "./router";
import { applyApiHeaders, corsHeaders, originAllowed } from "./security-headers";
import type { Access, RequestContext, Route } from "./types";
import type { Logger } from "../logger";

function queryRecord(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) out[key] = url.searchParams.getAll(key).join(",");
  return out;
}

/** The role a route needs (the former "read"/"write" names map to viewer/admin). */
export function needOf(access: Access): Need {
  return access === "read" ? "viewer" : access === "write" ? "admin" : access;
}

const isWrite = (method: string) => method !== "GET" && method !== "HEAD";

export function createApiHandler(app: AppContext, routes: Route[]) {
  const router = new Router(routes);
  const httpLog = app.logger.child("http");
  const writesPerIp = new RateLimiter(app.env.RATE_WRITES_PER_MIN);
  const writesPerKey = new RateLimiter(app.env.RATE_WRITES_PER_MIN);

  /** `log` is the request's logger (carries its reqId); the request line itself is written by the caller. */
  return async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, log: Logger = httpLog): Promise<void> {
    const method = req.method ?? "GET";
    applyApiHeaders(res, app.env);
    const cors = corsHeaders(req.headers, app.env);
    try {
      if (!originAllowed(req.headers, app.env)) {
        req.resume();
        throw new AppError("origin_not_allowed", "This origin may not call the API (see ALLOWED_ORIGINS)");
      }
      if (method === "OPTIONS" && Object.keys(cors).length) {
        req.resume();
        res.writeHead(204, cors);
        res.end();
        return;
      }
      const match = router.match(method, url.pathname);
      if (match.kind === "not_found") throw new AppError("not_found", `No API route ${url.pathname}`);
      if (match.kind === "method_not_allowed") {
        req.resume();
        sendError(res, new AppError("method_not_allowed", `Method ${method} not allowed on ${url.pathname}`, { allow: match.allow }), {
          ...cors,
          allow: match.allow.join(", "),
        });
        return;
      }
      const { route, params } = match;
      const need = needOf(route.access);
      const write = isWrite(method) && need !== "public";
      let principal;
      try {
        if (write) writesPerIp.check(clientIp(req, app.env.TRUST_PROXY), "write requests from this address");
        principal = requireRole(app, req, url, need);
        if (write && principal) writesPerKey.check(principal.keyId, "write requests with this key");
      } catch (e) {
        req.resume();
        throw e;
      }
      const defaultMax = need === "admin" ? app.env.ADMIN_MAX_BODY_BYTES : app.env.INGEST_MAX_BODY_BYTES;
      const rc: RequestContext = {
        req,
        res,
        url,
        params,
        query: queryRecord(url),
        app,
        log,
        principal,
        json: (opts) => readJson(req, opts?.maxBytes ?? defaultMax),
        body: (opts) => readBody(req, opts?.maxBytes ?? defaultMax),
      };
      const reply = await route.handler(rc);
      if ("stream" in reply) {
        await sendStream(res, reply, cors, log);
        return;
      }
      sendData(res, reply.status ?? 200, reply.data, { ...cors, ...reply.headers });
    } catch (e) {
      const err = asAppError(e, log, { method, path: url.pathname });
      // After a 413/415 we did not read the body: ask the client to close so it stops sending.
      const close = err.code === "payload_too_large" || err.code === "unsupported_media_type";
      sendError(res, err, { ...cors, ...retryAfterHeader(err), ...(close ? { connection: "close" } : {}) });
    }
  };
}
