/**
 * Publication-date finder for replay: the extractor's `findPublicationDate` (lib/extract/dates.ts)
 * when present, else a small fallback that reads ISO / numeric dates near the top of the text.
 */
import { parseDate } from "../../../lib/ingest/feed";
import type { DateFinder } from "./replay";

/** Fallback: the first ISO (2025-11-14) or day-first numeric (14/11/2025, 14.11.2025) date in the first lines. */
export function simpleDateFinder(text: string, meta: string | null): string | null {
  const fromMeta = parseDate(meta);
  if (fromMeta) return fromMeta;
  const head = text.slice(0, 800);
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(head);
  if (iso) return parseDate(`${iso[1]}-${iso[2]}-${iso[3]}T00:00:00Z`);
  const dmy = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(head);
  if (dmy) return parseDate(`${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}T00:00:00Z`);
  return null;
}

interface DatesModule {
  findPublicationDate?: (text: string, meta?: string | null) => string | null;
}

export async function loadDateFinder(): Promise<{ find: DateFinder; source: "extractor" | "fallback" }> {
  try {
    const mod = (await import(/* @vite-ignore */ new URL("../../../lib/extract/dates.ts", import.meta.url).href)) as DatesModule;
    const f = mod.findPublicationDate;
    if (typeof f === "function") {
      return {
        find: (text, meta) => {
          try {
            return parseDate(f(text, meta)) ?? simpleDateFinder(text, meta);
          } catch {
            return simpleDateFinder(text, meta);
          }
        },
        source: "extractor",
      };
    }
  } catch {
    /* extractor dates not available: fallback below */
  }
  return { find: simpleDateFinder, source: "fallback" };
}
