/**
 * Marks for checking an extraction at a glance (the detail drawer): where the article names the
 * statement's actor (its Arabic name, aliases and registry titles) and the places that gave the
 * statement its governorates. Pure; offsets are UTF-16 indexes into `text`.
 */
import type { TextMark } from "../contract/dto";
import type { GovernorateCode } from "../domain/governorates";
import { fold } from "../text/normalize";
import { BUILTIN_ACTORS } from "./data/actors";
import { findPlaces } from "./places/index";

const TITLES = new Map(BUILTIN_ACTORS.map((e) => [e.id, e.titles ?? []]));

/** The Arabic names an actor may appear under in an article: name, aliases, and its registry role titles. */
export function actorNames(id: string, nameAr: string, aliases: readonly string[]): string[] {
  return [nameAr, ...aliases, ...(TITLES.get(id) ?? [])];
}

export type { TextMark };

const LETTER = /[\p{L}\p{M}]/u;
const CLITICS = new Set(["و", "ف", "ب", "ل", "ك"]);
const MAX_MARKS = 400;

/** Whole-word occurrences of `name` in `text` (folded: hamza, alef and ta-marbuta variants match), allowing one proclitic. */
function occurrences(folded: string, name: string): { start: number; end: number }[] {
  const needle = fold(name.trim());
  const out: { start: number; end: number }[] = [];
  if (needle.length < 2) return out;
  for (let i = folded.indexOf(needle); i >= 0 && out.length < MAX_MARKS; i = folded.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    const before = folded[i - 1];
    const boundaryBefore = before === undefined || !LETTER.test(before)
      || (CLITICS.has(before) && (i - 2 < 0 || !LETTER.test(folded[i - 2]!)));
    const after = folded[end];
    if (boundaryBefore && (after === undefined || !LETTER.test(after))) out.push({ start: i, end });
  }
  return out;
}

/**
 * Actor marks for every name in `names` (longest first, never overlapping) and place marks for
 * the gazetteer places in `text` whose governorate is one of `codes`.
 */
export function articleMarks(text: string, names: readonly string[], codes: readonly GovernorateCode[]): TextMark[] {
  const folded = fold(text);
  const marks: TextMark[] = [];
  const taken = (s: number, e: number) => marks.some((m) => s < m.end && e > m.start);
  const uniq = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  for (const name of uniq) {
    for (const o of occurrences(folded, name)) if (!taken(o.start, o.end)) marks.push({ ...o, kind: "actor" });
  }
  if (codes.length) {
    const want = new Set(codes);
    for (const p of findPlaces(text)) {
      if (want.has(p.code) && !taken(p.start, p.end) && marks.length < MAX_MARKS) marks.push({ start: p.start, end: p.end, kind: "place", code: p.code });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}
