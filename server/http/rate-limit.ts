/**
 * Token-bucket rate limits keyed by a string (a key id, an IP). `perMinute` requests may come in a
 * burst, then one every 60/perMinute seconds. Memory is bounded: at most `maxKeys` buckets
 * (full buckets are dropped first, then the oldest).
 */
import type { IncomingHttpHeaders } from "node:http";
import { AppError } from "../../lib/errors";

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly maxKeys = 50_000,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes one token; returns 0 when allowed, else the seconds to wait before a retry. */
  take(key: string): number {
    const t = this.now();
    let b = this.buckets.get(key);
    if (b) {
      b.tokens = Math.min(this.perMinute, b.tokens + (t - b.at) * this.perMs);
      b.at = t;
      this.buckets.delete(key); // re-inserted below: Map order = least recently used first
    } else {
      b = { tokens: this.perMinute, at: t };
      if (this.buckets.size >= this.maxKeys) this.evict();
    }
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.perMs / 1000));
  }

  /** Like take(), but throws `rate_limited` (details.retryAfterSeconds) when over the limit. */
  check(key: string, what: string): void {
    const wait = this.take(key);
    if (wait > 0) throw rateLimited(what, wait);
  }

  get size(): number {
    return this.buckets.size;
  }

  private evict(): void {
    const t = this.now();
    for (const [k, b] of this.buckets) {
      if (b.tokens + (t - b.at) * this.perMs >= this.perMinute) this.buckets.delete(k);
    }
    while (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
  }
}

export function rateLimited(what: string, retryAfterSeconds: number): AppError {
  return new AppError("rate_limited", `Too many ${what}: retry in ${retryAfterSeconds} s`, { retryAfterSeconds });
}

/** The Retry-After header for a rate_limited error (empty for other errors). */
export function retryAfterHeader(err: AppError): Record<string, string> {
  if (err.code !== "rate_limited") return {};
  const d = err.details as { retryAfterSeconds?: unknown } | undefined;
  return typeof d?.retryAfterSeconds === "number" ? { "retry-after": String(d.retryAfterSeconds) } : {};
}

/**
 * The client address of a request: the TCP peer, or with TRUST_PROXY=true (one reverse proxy in front)
 * the last `X-Forwarded-For` entry, the one that proxy appended (earlier entries are client-supplied).
 */
export function clientIp(req: { socket: { remoteAddress?: string | undefined }; headers: IncomingHttpHeaders }, trustProxy: boolean): string {
  if (trustProxy) {
    const xff = req.headers["x-forwarded-for"];
    const last = (Array.isArray(xff) ? xff.join(",") : xff)?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
    if (last) return last.slice(0, 64);
  }
  return req.socket.remoteAddress ?? "unknown";
}
