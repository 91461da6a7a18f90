/**
 * Credentials: writes need the API key (`x-api-key` or `Authorization: Bearer`); reads need the
 * viewer token when VIEWER_TOKEN is set (`?token=`, `x-viewer-token`, the `bayan_token` cookie, or the API key).
 */
import { timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

export const VIEWER_COOKIE = "bayan_token";

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function cookie(headers: IncomingHttpHeaders, name: string): string | undefined {
  const raw = header(headers, "cookie");
  if (!raw) return undefined;
  for (const part of raw.split(";")) {
    const [k, ...rest] = part.trim().split("=");
    if (k === name) {
      try {
        return decodeURIComponent(rest.join("="));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The API key presented by a request, if any. */
export function presentedApiKey(headers: IncomingHttpHeaders): string | undefined {
  const x = header(headers, "x-api-key");
  if (x) return x.trim();
  const auth = header(headers, "authorization");
  const m = auth ? /^Bearer\s+(.+)$/i.exec(auth.trim()) : null;
  return m ? m[1]!.trim() : undefined;
}

export function hasApiKey(headers: IncomingHttpHeaders, apiKey: string): boolean {
  const k = presentedApiKey(headers);
  return k !== undefined && safeEqual(k, apiKey);
}

/** Read access: open when no viewer token is configured. */
export function canRead(
  headers: IncomingHttpHeaders,
  queryToken: string | undefined,
  cfg: { apiKey: string; viewerToken: string | undefined },
): boolean {
  if (!cfg.viewerToken) return true;
  const candidates = [queryToken, header(headers, "x-viewer-token"), cookie(headers, VIEWER_COOKIE)];
  if (candidates.some((c) => c !== undefined && safeEqual(c, cfg.viewerToken!))) return true;
  return hasApiKey(headers, cfg.apiKey);
}
