/**
 * Article and statement identity, in one place: canonical URL (tracking parameters stripped),
 * content hashes, article ids, and the keys the store compares (`identityKeys`: URL identity and
 * statement de-duplication keys). Pure; used by every source (feeds, folder, CLI, replay) and the
 * pipeline; the store receives `identityKeys` from the composition root and never derives keys itself.
 */
import { createHash } from "node:crypto";
import { compact } from "../text/normalize";

const TRACKING_EXACT = new Set([
  "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mkt_tok",
  "ref", "ref_src", "ref_url", "referrer", "source", "src", "cmpid", "ocid", "ito", "_ga", "_gl",
  "spm", "share", "amp", "outputtype", "s_cid", "icid", "sr_share", "at_medium", "at_campaign",
]);
const TRACKING_PREFIXES = ["utm_", "mc_", "pk_", "hsa_", "vero_", "_hs", "oly_", "at_", "ga_"];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_EXACT.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

const memo = new Map<string, string | null>();

/**
 * The one canonical form of an http(s) URL (article identity, feed de-duplication, the store's
 * statement keys and echo comparisons): lowercase scheme and host, no default port, no fragment,
 * no tracking parameters, remaining query sorted, no trailing slash on non-root paths.
 * Returns null for anything that is not an absolute http(s) URL.
 */
export function canonicalUrl(raw: string | null | undefined, base?: string): string | null {
  if (!raw) return null;
  if (base !== undefined) return computeCanonical(raw, base);
  // Statement keys and echo comparisons canonicalise URLs on every insert: remember recent answers.
  let c = memo.get(raw);
  if (c === undefined) {
    c = computeCanonical(raw);
    if (memo.size >= 10_000) memo.clear();
    memo.set(raw, c);
  }
  return c;
}

function computeCanonical(raw: string, base?: string): string | null {
  let u: URL;
  try {
    u = base ? new URL(raw.trim(), base) : new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  u.username = "";
  u.password = "";
  u.hostname = u.hostname.toLowerCase().replace(/\.$/, "");
  if ((u.protocol === "http:" && u.port === "80") || (u.protocol === "https:" && u.port === "443")) u.port = "";
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTrackingParam(k));
  kept.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  u.search = kept.length ? new URLSearchParams(kept).toString() : "";
  if (u.pathname.length > 1 && u.pathname.endsWith("/")) u.pathname = u.pathname.replace(/\/+$/, "") || "/";
  return u.toString();
}

/** Resolves a possibly relative link against a base; null when it cannot be made absolute http(s). */
export function resolveUrl(link: string | null | undefined, base: string): string | null {
  if (!link || !link.trim()) return null;
  try {
    const u = new URL(link.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}

/** sha256 (hex) of the normalised text: Arabic folded, diacritics dropped, whitespace collapsed. */
export function contentHash(text: string): string {
  return createHash("sha256").update(compact(text), "utf8").digest("hex");
}

/** First 16 hex digits of sha256: the short hash of article ids and extracted statements' idempotency keys. */
export function shortHash(s: string): string {
  return createHash("sha256").update(s, "utf8").digest("hex").slice(0, 16);
}

/** Stable article id: from the canonical URL when there is one (so a changed article updates), else the content hash. */
export function articleIdFor(canonical: string | null, contentHash: string): string {
  return `a-${shortHash(canonical ?? `hash:${contentHash}`)}`;
}

/** Identity of a source URL for keys and comparisons: the canonical form, else the trimmed text. */
export function urlIdentity(url: string): string {
  return canonicalUrl(url) ?? url.trim();
}

/**
 * De-duplication key of a statement without an idempotency key: sha1 of URL identity, actor id and
 * normalised text (the format stored since the first schema, so existing databases keep matching).
 */
export function statementKey(url: string, actorId: string, text: string): string {
  return createHash("sha1").update(`${urlIdentity(url)}\n${actorId}\n${compact(text)}`).digest("hex");
}

/**
 * The keys handed to the store (lib/store `StoreKeys`). The store resolves merged actors itself, so it
 * receives the key functions rather than precomputed values; it only stores and compares their results.
 */
export const identityKeys = { url: urlIdentity, statement: statementKey } as const;
