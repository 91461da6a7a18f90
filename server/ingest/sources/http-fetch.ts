/**
 * Bounded HTTP GET for feeds and linked article pages: total-time timeout (also while streaming),
 * response size limit (aborts while streaming), manual redirects with a cap and loop detection,
 * conditional requests.
 */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export interface FetchResult {
  status: number;
  url: string;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Empty for 304. */
  body: Uint8Array;
}

export type FetchErrorKind = "timeout" | "too_large" | "redirect_loop" | "too_many_redirects" | "http_status" | "network";

export class FetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

const USER_AGENT = "BayanBot/0.1 (+https://github.com/bayan; news monitoring)";

async function readLimited(res: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(res.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new FetchError("too_large", `response too large: ${declared} bytes declared (limit ${maxBytes})`);
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    if (signal.aborted) throw signal.reason;
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchError("too_large", `response too large: more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

/**
 * GETs a URL within the limits. 2xx and 304 resolve; other statuses, timeouts, oversize bodies and
 * redirect problems reject with a FetchError. `stop` aborts early (source shutdown).
 */
export async function boundedGet(
  url: string,
  opts: { limits?: Partial<FetchLimits>; etag?: string | null; lastModified?: string | null; accept?: string; stop?: AbortSignal } = {},
): Promise<FetchResult> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = opts.stop ? AbortSignal.any([timeout, opts.stop]) : timeout;
  const seen = new Set<string>();
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      seen.add(current);
      const headers: Record<string, string> = { "user-agent": USER_AGENT, accept: opts.accept ?? "*/*" };
      if (hop === 0 && opts.etag) headers["if-none-match"] = opts.etag;
      if (hop === 0 && opts.lastModified) headers["if-modified-since"] = opts.lastModified;
      const res = await fetch(current, { headers, redirect: "manual", signal });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => undefined);
        const loc = res.headers.get("location");
        if (!loc) throw new FetchError("http_status", `HTTP ${res.status} without Location`, res.status);
        const next = new URL(loc, current).toString();
        if (seen.has(next)) throw new FetchError("redirect_loop", `redirect loop at ${next}`, res.status);
        if (hop + 1 > limits.maxRedirects) throw new FetchError("too_many_redirects", `more than ${limits.maxRedirects} redirects`, res.status);
        current = next;
        continue;
      }
      const meta = {
        status: res.status,
        url: current,
        contentType: res.headers.get("content-type"),
        etag: res.headers.get("etag"),
        lastModified: res.headers.get("last-modified"),
      };
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        return { ...meta, body: new Uint8Array(0) };
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => undefined);
        throw new FetchError("http_status", `HTTP ${res.status}`, res.status);
      }
      return { ...meta, body: await readLimited(res, limits.maxBytes, signal) };
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    if (timeout.aborted) throw new FetchError("timeout", `timed out after ${limits.timeoutMs} ms`);
    if (opts.stop?.aborted) throw new FetchError("network", "aborted");
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : "";
    throw new FetchError("network", `${e instanceof Error ? e.message : String(e)}${cause}`);
  }
}
