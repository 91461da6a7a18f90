/**
 * Who may call what. `requireRole(app, req, url, role)` is the one check (routes declare their
 * role; other handlers such as /metrics call it directly). Credentials:
 * - every role: `x-api-key: <secret>` or `Authorization: Bearer <secret>`;
 * - reading (viewer) also: `?token=`, `x-viewer-token`, the `bayan_token` cookie (never for writes: no CSRF).
 * Missing or unknown credential → 401 `unauthorized`; a valid key whose role is too low → 403 `forbidden`.
 * Reads are open (anonymous) unless READ_ACCESS=token (the default when VIEWER_TOKEN is set).
 */
import type { IncomingHttpHeaders } from "node:http";
import { AppError } from "../../lib/errors";
import type { Env } from "../../lib/env";
import type { KeyRing, Principal } from "../auth/keyring";
import { roleAllows, type KeyRole } from "../auth/keys";

export { safeEqual } from "../auth/keys";
export type { Principal };

export const VIEWER_COOKIE = "bayan_token";

/** "public" needs nothing; a role needs a key of that role or higher (admin ⊇ ingest ⊇ viewer). */
export type Need = "public" | KeyRole;

export interface AuthDeps {
  env: Env;
  keys: KeyRing;
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

/** The key presented in a header (`x-api-key` or `Authorization: Bearer`), if any. */
export function presentedApiKey(headers: IncomingHttpHeaders): string | undefined {
  const x = header(headers, "x-api-key");
  if (x) return x.trim();
  const auth = header(headers, "authorization");
  const m = auth ? /^Bearer\s+(.+)$/i.exec(auth.trim()) : null;
  return m ? m[1]!.trim() : undefined;
}

/** Whether reading (pages, read API, sockets) needs a token. */
export function readNeedsToken(env: Env): boolean {
  return env.READ_ACCESS ? env.READ_ACCESS === "token" : env.VIEWER_TOKEN !== undefined;
}

/** Every credential a request presents, in order; the query/cookie ones only when `forReading`. */
function presented(headers: IncomingHttpHeaders, queryToken: string | undefined, forReading: boolean): string[] {
  const out = [presentedApiKey(headers)];
  if (forReading) out.push(queryToken, header(headers, "x-viewer-token"), cookie(headers, VIEWER_COOKIE));
  return out.filter((s): s is string => typeof s === "string" && s.length > 0);
}

/** The first valid principal among the presented credentials (null when none is valid). */
export function authenticate(keys: KeyRing, headers: IncomingHttpHeaders, queryToken: string | undefined, need: Need): Principal | null {
  for (const secret of presented(headers, queryToken, need === "public" || need === "viewer")) {
    const p = keys.resolve(secret);
    if (p) return p;
  }
  return null;
}

/**
 * Checks a request against a role; returns the caller (null = anonymous, allowed for public and open reads).
 * Throws AppError `unauthorized` (401) or `forbidden` (403).
 */
export function requireRole(
  deps: AuthDeps,
  req: { headers: IncomingHttpHeaders },
  url: URL | null,
  need: Need,
): Principal | null {
  const principal = authenticate(deps.keys, req.headers, url?.searchParams.get("token") ?? undefined, need);
  if (need === "public") return principal;
  if (need === "viewer") {
    if (principal || !readNeedsToken(deps.env)) return principal;
    throw new AppError("unauthorized", "A viewer token is required (?token=, x-viewer-token, or a key in x-api-key)");
  }
  if (!principal) throw new AppError("unauthorized", `A valid ${need} key is required (x-api-key or Authorization: Bearer)`);
  if (!roleAllows(principal.role, need)) throw new AppError("forbidden", `This ${principal.role} key cannot do this: an ${need} key is required`);
  return principal;
}
