/**
 * `npm run export -- --format csv|ndjson [--out FILE] [--actors a,b] [--governorates SY-DI,SY-HL]
 * [--types statement,denial] [--security] [--from ISO] [--to ISO] [--echoes]`
 * Streams every matching statement from the configured store (SQLITE_PATH or DATABASE_URL; safe while
 * the server runs) as CSV or NDJSON, oldest first, with the feed's filter semantics (GET /api/export
 * does the same over HTTP). Without --out it writes to stdout. Prints the row count on stderr.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import type { Writable } from "node:stream";
import { loadEnvOrReport } from "../lib/env";
import { exportQuerySchema } from "../lib/contract/schemas";
import { exportStatements } from "../server/ops/export";
import { openStore } from "../server/store";
import { issuesOf } from "../server/http/validate";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      format: { type: "string" }, out: { type: "string" }, actors: { type: "string" }, governorates: { type: "string" },
      types: { type: "string" }, security: { type: "boolean" }, from: { type: "string" }, to: { type: "string" }, echoes: { type: "boolean" },
    },
  });
  const { out, ...raw } = values;
  const parsed = exportQuerySchema.safeParse({ ...raw, security: raw.security ? "1" : undefined, echoes: raw.echoes ? "1" : undefined });
  if (!parsed.success) {
    for (const i of issuesOf(parsed.error)) console.error(`--${i.path || "?"}: ${i.message}`);
    console.error("usage: npm run export -- --format csv|ndjson [--out FILE] [--actors a,b] [--governorates SY-DI] [--types t] [--security] [--from ISO] [--to ISO] [--echoes]");
    return 2;
  }
  const env = loadEnvOrReport();
  if (!env) return 1;
  const { format, ...filter } = parsed.data;
  const store = await openStore(env);
  const sink: Writable = out ? createWriteStream(out) : process.stdout;
  try {
    const rows = await exportStatements(store, filter, format, async (chunk) => {
      if (!sink.write(chunk)) await once(sink, "drain");
      return true;
    });
    if (out) {
      sink.end();
      await once(sink, "finish");
    } else await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
    console.error(`exported ${rows} statements (${format})${out ? ` to ${out}` : ""}`);
    return 0;
  } finally {
    await store.close();
  }
}

main().then((code) => process.exit(code), (e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
