/**
 * Security headers and origin rules, one place for pages, the API and Socket.IO.
 * Pages get a Content-Security-Policy with a fresh nonce per request (Next.js reads it from the
 * request's CSP header and puts it on its own scripts); no inline script without the nonce,
 * no third-party origins. Framing is denied unless FRAME_ANCESTORS lists embedders.
 */
import { randomBytes } from "node:crypto";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import type { Env } from "../../lib/env";

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

function frameAncestors(env: Env): string {
  return env.FRAME_ANCESTORS.length ? env.FRAME_ANCESTORS.join(" ") : "'none'";
}

/** The CSP of an HTML page. Development adds 'unsafe-eval' (React's dev tooling needs it). */
export function pageCsp(env: Env, nonce: string): string {
  const dev = env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React renders style="" attributes (charts, map, virtual list): they need 'unsafe-inline' for styles only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors(env)}`,
  ].join("; ");
}

/** JSON and other non-page responses: nothing may run or be framed. */
export function apiCsp(): string {
  return "default-src 'none'; frame-ancestors 'none'";
}

/** Headers sent on every response. */
export function baseHeaders(env: Env): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "cross-origin-opener-policy": "same-origin",
    ...(env.FRAME_ANCESTORS.length ? {} : { "x-frame-options": "DENY" }),
  };
}

/** Sets the base headers and the page CSP; passes the nonce to Next.js through the request headers. */
export function applyPageHeaders(req: IncomingMessage, res: ServerResponse, env: Env): void {
  const nonce = newNonce();
  const csp = pageCsp(env, nonce);
  for (const [k, v] of Object.entries(baseHeaders(env))) res.setHeader(k, v);
  res.setHeader("content-security-policy", csp);
  req.headers["content-security-policy"] = csp;
  req.headers["x-nonce"] = nonce;
}

export function applyApiHeaders(res: ServerResponse, env: Env): void {
  for (const [k, v] of Object.entries(baseHeaders(env))) res.setHeader(k, v);
  res.setHeader("content-security-policy", apiCsp());
}

function single(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Whether a request's Origin may use the API / Socket.IO: no Origin (curl, scripts, same-origin GET),
 * the same host as the request, or one of ALLOWED_ORIGINS.
 */
export function originAllowed(headers: IncomingHttpHeaders, env: Env): boolean {
  const origin = single(headers, "origin");
  if (origin === undefined) return true;
  if (env.ALLOWED_ORIGINS.includes(origin)) return true;
  try {
    const u = new URL(origin);
    return (u.protocol === "http:" || u.protocol === "https:") && u.host === single(headers, "host");
  } catch {
    return false;
  }
}

/** CORS response headers for an allowed cross-origin caller (listed in ALLOWED_ORIGINS). */
export function corsHeaders(headers: IncomingHttpHeaders, env: Env): Record<string, string> {
  const origin = single(headers, "origin");
  if (origin === undefined || !env.ALLOWED_ORIGINS.includes(origin)) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE",
    "access-control-allow-headers": "content-type, x-api-key, authorization, x-viewer-token",
    "access-control-max-age": "600",
    vary: "Origin",
  };
}
