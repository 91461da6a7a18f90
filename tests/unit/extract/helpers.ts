import { extractArticle } from "../../../lib/extract/index";
import type { ExtractionResult } from "../../../lib/extract/types";

export const NOW = new Date("2025-11-16T12:00:00.000Z");

export function run(text: string, publishedAt: string | null = "2025-11-16T00:00:00.000Z"): ExtractionResult {
  return extractArticle({ id: "t", text, publishedAt }, { now: NOW });
}

/** Actor ids of the statements, in order, without repeats. */
export function actorIds(text: string): string[] {
  return [...new Set(run(text).statements.map((s) => s.actor.id))];
}

export function actorNames(text: string): string[] {
  return [...new Set(run(text).statements.map((s) => s.actor.nameAr))];
}
