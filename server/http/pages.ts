/**
 * Pages: security headers (CSP with a per-request nonce, see ./security-headers.ts) and, when reading
 * needs a token (READ_ACCESS=token, the default with VIEWER_TOKEN), the viewer gate. A valid
 * `?token=` sets the `bayan_token` cookie (1 year, HttpOnly) so client navigation, API reads and
 * sockets keep working on an unattended wall screen; static assets stay open.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AppContext } from "../context";
import { VIEWER_COOKIE, authenticate, readNeedsToken } from "./auth";
import { applyPageHeaders } from "./security-headers";

const OPEN_PREFIXES = ["/_next/static/", "/_next/image", "/favicon", "/icon", "/fonts/"];

/** Served over TLS (directly, or by the trusted proxy according to X-Forwarded-Proto). */
function isHttps(req: IncomingMessage, trustProxy: boolean): boolean {
  if ("encrypted" in req.socket && req.socket.encrypted === true) return true;
  return trustProxy && String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]!.trim() === "https";
}

/** Returns false when it answered the request itself (401). */
export function pageAccess(req: IncomingMessage, res: ServerResponse, url: URL, app: AppContext): boolean {
  applyPageHeaders(req, res, app.env);
  if (!readNeedsToken(app.env)) return true;
  if (OPEN_PREFIXES.some((p) => url.pathname.startsWith(p))) return true;
  const q = url.searchParams.get("token") ?? undefined;
  if (q !== undefined && app.keys.resolve(q)) {
    const secure = isHttps(req, app.env.TRUST_PROXY) ? "; Secure" : "";
    res.setHeader("set-cookie", `${VIEWER_COOKIE}=${encodeURIComponent(q)}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax${secure}`);
    return true;
  }
  if (authenticate(app.keys, req.headers, undefined, "viewer")) return true;
  req.resume();
  res.writeHead(401, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end("<!doctype html><title>Bayan</title><p>A viewer token is required: open this page with <code>?token=…</code>.</p>");
  return false;
}
