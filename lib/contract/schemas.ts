/**
 * Wire schemas: everything that crosses HTTP or Socket.IO is validated with these.
 * Dates on the wire are ISO-8601 strings.
 */
import { z } from "zod";
import { GOVERNORATE_CODES } from "../domain/governorates";
import { ACTOR_KINDS, STATEMENT_TYPES } from "../domain/statement";

/** Article links are only ever http(s): a javascript:/data: URL is refused at the door (validation_failed). */
export const httpUrlSchema = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000);

export const governorateCodeSchema = z.enum(GOVERNORATE_CODES);
export const actorKindSchema = z.enum(ACTOR_KINDS);
export const statementTypeSchema = z.enum(STATEMENT_TYPES);
export const isoDateSchema = z.iso.datetime({ offset: true });

export const actorInputSchema = z.object({
  /** Optional stable id; derived from the names when absent. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_.:-]{0,79}$/).optional(),
  nameAr: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().max(200).default(""),
  kind: actorKindSchema,
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
});

/** One statement as posted to `POST /api/statements`. */
export const statementInputSchema = z.object({
  idempotencyKey: z.string().min(1).max(200).optional(),
  actor: actorInputSchema,
  type: statementTypeSchema.default("statement"),
  text: z.string().trim().min(1).max(10_000),
  quote: z.boolean().default(false),
  statedAt: isoDateSchema.optional(),
  publishedAt: isoDateSchema.optional(),
  source: z
    .object({
      outlet: z.string().trim().max(200).nullable().default(null),
      url: httpUrlSchema.nullable().default(null),
      articleId: z.string().max(200).nullable().default(null),
    })
    .default({ outlet: null, url: null, articleId: null }),
  governorates: z.array(governorateCodeSchema).max(14).default([]),
  securityOperation: z.boolean().default(false),
  evidence: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).nullable().default(null),
});
export type StatementInput = z.infer<typeof statementInputSchema>;

/** Body of `POST /api/statements`: a single statement or `{ statements: [...] }`. */
export const statementBatchSchema = z.object({ statements: z.array(z.unknown()).min(1) });

export const articleInputSchema = z.object({
  text: z.string().optional(),
  html: z.string().optional(),
  url: httpUrlSchema.optional(),
  outlet: z.string().trim().max(200).optional(),
  title: z.string().max(1000).optional(),
  publishedAt: isoDateSchema.optional(),
  language: z.string().max(10).optional(),
}).refine((a) => (a.text ?? a.html) !== undefined, { message: "text or html is required" });
export type ArticleInput = z.infer<typeof articleInputSchema>;

/** Accepts `a,b,c` (query strings) or an array (JSON, socket payloads). */
const csv = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
    z.array(item).max(max),
  );

/** Filters shared by the feed, the aggregates and socket subscriptions. */
export const filterSchema = z.object({
  actors: csv(z.string().min(1).max(80), 50).optional(),
  governorates: csv(governorateCodeSchema, 14).optional(),
  types: csv(statementTypeSchema, 8).optional(),
  security: z.preprocess((v) => (v === "1" || v === "true" ? true : v === "0" || v === "false" ? false : v), z.boolean()).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  /**
   * `all`: aggregates (volume, governorates) start at the earliest stored statement instead of the
   * default last 24 hours; ignored when `from` is given.
   */
  range: z.literal("all").optional(),
});
export type Filter = z.infer<typeof filterSchema>;

export const statementQuerySchema = filterSchema.extend({
  /** Return statements with seq < before (paging back) ... */
  before: z.coerce.number().int().positive().optional(),
  /** ... or seq > after (catching up), oldest first. */
  after: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Include echoes (mentions) as separate rows; default false: cluster heads only. */
  echoes: z.preprocess((v) => v === "1" || v === "true", z.boolean()).default(false),
});
export type StatementQuery = z.infer<typeof statementQuerySchema>;

/** Formats of `GET /api/export`. */
export const EXPORT_FORMATS = ["csv", "ndjson"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** Query of `GET /api/export`: the feed's filters and `echoes` (as in GET /api/statements), and the format. */
export const exportQuerySchema = filterSchema.extend({
  format: z.enum(EXPORT_FORMATS),
  echoes: statementQuerySchema.shape.echoes,
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** Bucket sizes of `GET /api/volume`: 1 minute, 1 hour, 1 UTC day, 1 Monday-based UTC week. */
export const BUCKETS = ["minute", "hour", "day", "week"] as const;
export type Bucket = (typeof BUCKETS)[number];
export const COUNT_MODES = ["unique", "mentions"] as const;
export type CountMode = (typeof COUNT_MODES)[number];

export const volumeQuerySchema = filterSchema.extend({
  bucket: z.enum(BUCKETS).optional(),
  count: z.enum(COUNT_MODES).default("unique"),
  top: z.coerce.number().int().min(1).max(20).default(8),
});
export type VolumeQuery = z.infer<typeof volumeQuerySchema>;

/** `feed:subscribe` payload (Socket.IO): the room-selecting part of a filter and the last seen seq. */
export const subscribeSchema = z.object({
  filter: z
    .object({
      actors: z.array(z.string().min(1).max(80)).max(50).optional(),
      governorates: z.array(governorateCodeSchema).max(14).optional(),
      types: z.array(statementTypeSchema).max(8).optional(),
      security: z.boolean().optional(),
    })
    .default({}),
  cursor: z.number().int().min(0).optional(),
});
