/**
 * Vague regions ("جنوب سوريا", "الشمال الشرقي السوري", "الساحل", "البادية", "شرق الفرات", "عدة محافظات"):
 * they name no governorate. The pipeline can use them to tell "an operation placed vaguely" (no province)
 * from "an operation with no place" (which may take the places of the sentences before it).
 */
import { fold } from "../../text/normalize";

const L = "[\\u0621-\\u064a\\u200c]";
const DIR = "(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)(?:ي)?";
const RE_VAGUE = new RegExp(
  [
    `${DIR}(?:\\s+${DIR})?\\s+(?:سوريا|سوريه|البلاد)`,
    `(?:الشمال|الجنوب|الشرق|الوسط|الساحل)(?:\\s+(?:الشرقي|الغربي))?\\s+السوري`,
    `البادي[هة](?:\\s+السوري[هة])?(?!\\s+(?:حمص|دير|الرقه|السويداء|السويدا|تدمر|حماه|ريف))`,
    `الساحل(?!\\s+(?:اللبناني|التركي))`,
    `شرق\\s+الفرات`,
    `الجزيره\\s+السوريه`,
    `عده\\s+(?:محافظات|مناطق|مدن)`,
    `مناطق\\s+(?:سيطره|نفوذ|انتشار)`,
  ].map((p) => `(?<!${L})(?:[وفب]|في\\s+)?${p}(?!${L})`).join("|"),
  "g",
);

/** Spans of vague region mentions in text (offsets relative to text). */
export function vagueRegions(text: string): { start: number; end: number; surface: string }[] {
  const f = fold(text);
  const out: { start: number; end: number; surface: string }[] = [];
  RE_VAGUE.lastIndex = 0;
  for (let m = RE_VAGUE.exec(f); m; m = RE_VAGUE.exec(f)) {
    out.push({ start: m.index, end: m.index + m[0].length, surface: text.slice(m.index, m.index + m[0].length) });
  }
  return out;
}
