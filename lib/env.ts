/**
 * Configuration, parsed once with zod. Nothing else reads process.env.
 * Every key is documented in README.md ("Configuration").
 */
import { z } from "zod";

const optionalString = z.string().trim().min(1).optional().catch(undefined);

/** "a, b" → ["a", "b"] (trailing slashes dropped, so origins compare exactly). */
const origins = (v: string): string[] =>
  v.split(",").map((o) => o.trim().replace(/\/+$/, "")).filter((o) => o.length > 0);

const isOrigin = (o: string): boolean => {
  try {
    const u = new URL(o);
    return (u.protocol === "http:" || u.protocol === "https:") && u.origin === o;
  } catch {
    return false;
  }
};
const originList = z.array(z.string().refine(isOrigin, "each entry must be an origin like https://example.org (scheme, host, optional port)"));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** SQLite database file (default store). */
  SQLITE_PATH: z.string().default("./data/bayan.db"),
  /** Upper bound (ms) of the publisher's hold after a broadcast (3x the broadcast's cost); 0 never holds. */
  PUSH_HOLD_MAX_MS: z.coerce.number().int().min(0).max(1000).default(50),
  /** SQLite page cache (MB, bounded; default DEFAULT_SQLITE_CACHE_MB in lib/store/sqlite/driver.ts); docs/store.md has the measured trade-off. */
  SQLITE_CACHE_MB: z.coerce.number().int().min(2).max(4096).optional(),
  /** postgres://... selects the PostgreSQL store instead of SQLite. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL").optional(),
  /** redis://... enables the Socket.IO Redis adapter (several server processes). */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// URL").optional(),
  /** Key required by the write API (x-api-key or Authorization: Bearer). Generated into ./data/api-key when unset. */
  API_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  /** A viewer token (read-only). When set, reads need a token (see READ_ACCESS). Store-backed tokens: `npm run keys`. */
  VIEWER_TOKEN: z.string().min(8).optional(),
  /** "token": pages, read API and sockets need a viewer/ingest/admin token; "open": anyone may read. Default: token when VIEWER_TOKEN is set, else open. */
  READ_ACCESS: z.enum(["open", "token"]).optional(),
  /** Extra origins (comma-separated, e.g. https://wall.example.org) allowed to call the API and open sockets; same-origin is always allowed. */
  ALLOWED_ORIGINS: z.string().default("").transform(origins).pipe(originList),
  /** Origins allowed to frame the pages (comma-separated); none by default (frame-ancestors 'none', X-Frame-Options DENY). */
  FRAME_ANCESTORS: z.string().default("").transform(origins).pipe(originList),
  /** Seconds between re-reads of the key table (revocations by another process or the CLI take effect within this). */
  KEY_REFRESH_SECONDS: z.coerce.number().min(0.2).max(300).default(2),
  /** Write requests (POST/PUT/PATCH/DELETE) per minute, per key and per IP (token bucket: the whole minute may come as a burst). */
  RATE_WRITES_PER_MIN: z.coerce.number().int().min(1).default(6000),
  /** "true" behind exactly one reverse proxy: per-IP limits use the last X-Forwarded-For entry instead of the proxy's address. */
  TRUST_PROXY: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  /** Socket.IO connections per minute per IP and per key (raise it for load tests opening many clients from one host). */
  RATE_SOCKET_CONNECTS_PER_MIN: z.coerce.number().int().min(1).default(600),
  /** feed:subscribe events per minute per IP and per key (each may read up to SUBSCRIBE_CATCH_UP_CAP rows). */
  RATE_SUBSCRIBES_PER_MIN: z.coerce.number().int().min(1).default(1200),
  /** feed:subscribe burst allowed per socket within 10 s. */
  SUBSCRIBE_BURST_PER_SOCKET: z.coerce.number().int().min(1).default(20),
  /** Missed statements sent at most per subscribe (catch-up). */
  SUBSCRIBE_CATCH_UP_CAP: z.coerce.number().int().min(10).max(10_000).default(1000),
  /** Largest Socket.IO message (bytes). */
  SOCKET_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).max(16_777_216).default(65_536),
  /** HTTP: whole-request timeout and header timeout (ms). */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).default(20_000),
  /** Body limit of admin requests (keys, feeds, actors), bytes. */
  ADMIN_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(65_536),
  /** Feeds: one fetch (feed or article page) must finish within this (ms) and stay under FEED_MAX_BYTES. */
  FEED_FETCH_TIMEOUT_MS: z.coerce.number().int().min(1000).default(15_000),
  FEED_MAX_BYTES: z.coerce.number().int().min(1024).default(5_242_880),
  /** Extraction of one article in a worker (ms) before it is abandoned. */
  EXTRACT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  /** Demo generator: "auto" (on when no other source is configured), "on" or "off". */
  DEMO: z.enum(["auto", "on", "off"]).default("auto"),
  /** Demo statements per minute on average (bursts come on top). */
  DEMO_RATE: z.coerce.number().min(0.1).max(6000).default(4),
  /** Hours of demo history generated into an empty store at first start. */
  DEMO_BACKFILL_HOURS: z.coerce.number().int().min(0).max(24 * 90).default(48),
  INGEST_MAX_BATCH: z.coerce.number().int().min(1).max(10_000).default(500),
  INGEST_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  ARTICLE_MAX_BYTES: z.coerce.number().int().min(1024).default(2_097_152),
  EXTRACT_WORKERS: z.coerce.number().int().min(0).max(16).default(1),
  ECHO_WINDOW_HOURS: z.coerce.number().min(0).max(24 * 30).default(72),
  /** Optional OCHA P-code style gazetteer (JSON) merged into the built-in one. */
  GAZETTEER_FILE: optionalString,
  /** RSS/Atom feed list (JSON). */
  FEEDS_FILE: optionalString,
  /** Folder watched for .txt/.json/.html articles. */
  WATCH_DIR: optionalString,
  STALE_AFTER_SECONDS: z.coerce.number().int().min(5).default(300),
  SOURCE_FAILING_AFTER_SECONDS: z.coerce.number().int().min(10).default(600),
  /** "off": API, sockets and probes only, no Next.js pages (ingest-only nodes, headless tests; no build needed). */
  PAGES: z.enum(["on", "off"]).default("on"),
  /** Graceful shutdown (SIGTERM/SIGINT): in-flight requests and ingests get at most this long (ms) before connections are cut. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(8000),
  /** Hint sent to clients in `server:shutdown` (ms): when to try reconnecting. */
  SHUTDOWN_RECONNECT_MS: z.coerce.number().int().min(0).max(600_000).default(2000),
  /** Raw article text older than this many days is dropped by a periodic job (statements stay); 0 keeps it forever. */
  ARTICLE_RETENTION_DAYS: z.coerce.number().min(0).max(36_500).default(0),
  /** How often the retention job runs (minutes). */
  RETENTION_INTERVAL_MINUTES: z.coerce.number().min(0.01).max(10_080).default(60),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  LOG_FORMAT: z.enum(["pretty", "json"]).default("pretty"),
});

export type Env = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses a raw environment (defaults to process.env); throws ConfigError listing every problem. */
export function loadEnv(raw: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  return parsed.data;
}

/** For command-line scripts: the environment, or null after printing every problem to stderr (exit 1 then). */
export function loadEnvOrReport(raw: Record<string, string | undefined> = process.env): Env | null {
  try {
    return loadEnv(raw);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    return null;
  }
}
