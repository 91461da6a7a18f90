/**
 * Datelines at the start of a line ("دبي (CNN)--", "دمشق - سانا:", "أربيل (كوردستان24)-", "باريس-"):
 * a place or outlet of one to three words, an optional source in brackets, then a dash or a colon
 * (and after a dash an optional agency name closed by a colon). They are not part of the statement.
 */
import { speechForm } from "./lexicon";
import { phraseTokens } from "../text/tokens";

const WORD = "[\\u0621-\\u064A\\u0660-\\u0669A-Za-z0-9\\u064B-\\u0652]+";
const DATELINE = new RegExp(
  `^(${WORD}(?:\\s+${WORD}){0,2})\\s*(?:\\([^()\\n]{1,40}\\)\\s*)?(?:[-–—ـ]+\\s*(?:${WORD}(?:\\s+${WORD})?\\s*:\\s*)?|:\\s*)(?=[\\u0621-\\u064A"«“])`,
);

/** Length of the dateline at the start of `sentence` (0 when there is none). */
export function datelineLength(sentence: string): number {
  const m = DATELINE.exec(sentence);
  if (!m) return 0;
  // "قال الوزير: ..." is speech, not a dateline.
  for (const w of m[1]!.split(/\s+/)) if (speechForm(phraseTokens(w)[0] ?? "")) return 0;
  return m[0].length;
}
