/**
 * Configuration, parsed once with zod. Nothing else reads process.env.
 * Every key is documented in README.md ("Configuration").
 */
import { z } from "zod";

const optionalString = z.string().trim().min(1).optional().catch(undefined);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** SQLite database file (default store). */
  SQLITE_PATH: z.string().default("./data/bayan.db"),
  /** postgres://... selects the PostgreSQL store instead of SQLite. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL").optional(),
  /** redis://... enables the Socket.IO Redis adapter (several server processes). */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// URL").optional(),
  /** Key required by the write API (x-api-key or Authorization: Bearer). Generated into ./data/api-key when unset. */
  API_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  /** When set, read API, pages and sockets require ?token= (or the API key). */
  VIEWER_TOKEN: z.string().min(8).optional(),
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
