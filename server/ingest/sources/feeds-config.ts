/**
 * The feeds configuration file (FEEDS_FILE): `{ "feeds": [{ id, url, intervalSeconds, outlet?, language?, enabled? }] }`.
 * Validated with zod (every problem listed); written back atomically (temp file + rename).
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";

export const feedIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "letters, digits, _ . - (max 64)");

export const feedConfigSchema = z.object({
  id: feedIdSchema,
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).max(2000),
  intervalSeconds: z.number().int().min(1).max(86_400).default(60),
  outlet: z.string().trim().min(1).max(200).optional(),
  language: z.string().trim().min(2).max(10).optional(),
  enabled: z.boolean().default(true),
});
export type FeedConfig = z.infer<typeof feedConfigSchema>;

/** PATCH body: every field optional except the id, which cannot change. */
export const feedPatchSchema = feedConfigSchema.omit({ id: true }).partial().strict();
export type FeedPatch = z.infer<typeof feedPatchSchema>;

export const feedsFileSchema = z
  .object({ feeds: z.array(feedConfigSchema) })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.feeds.forEach((feed, i) => {
      if (seen.has(feed.id)) ctx.addIssue({ code: "custom", path: ["feeds", i, "id"], message: `duplicate feed id "${feed.id}"` });
      seen.add(feed.id);
    });
  });

export class FeedsConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid feeds file ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "FeedsConfigError";
  }
}

export function zodProblems(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
}

/** Parses and validates feeds JSON text; throws FeedsConfigError listing every problem. */
export function parseFeedsConfig(json: string, file = "(feeds)"): FeedConfig[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new FeedsConfigError(file, [`not valid JSON: ${e instanceof Error ? e.message : String(e)}`]);
  }
  const parsed = feedsFileSchema.safeParse(raw);
  if (!parsed.success) throw new FeedsConfigError(file, zodProblems(parsed.error));
  return parsed.data.feeds;
}

/** Loads the feeds file; a missing file is an empty list (it is created on the first save). */
export async function loadFeedsFile(file: string): Promise<FeedConfig[]> {
  let json: string;
  try {
    json = await readFile(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
  return parseFeedsConfig(json, file);
}

let counter = 0;
/** Atomic write: temp file in the same directory, then rename over the target. */
export async function saveFeedsFile(file: string, feeds: FeedConfig[]): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.${counter++}.tmp`;
  await writeFile(tmp, `${JSON.stringify({ feeds }, null, 2)}\n`, "utf8");
  await rename(tmp, file);
}
