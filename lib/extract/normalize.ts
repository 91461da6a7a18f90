/**
 * Arabic normalisation. `fold` is length-preserving (one output char per input char),
 * so offsets found in folded text are offsets in the original: evidence spans stay exact.
 * Diacritics and tatweel are folded to a marker and skipped by `compact` when a
 * non-preserving form is wanted (lexicon keys).
 */

const EASTERN_DIGITS = "٠١٢٣٤٥٦٧٨٩";
const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";

/** Placeholder for characters that carry no letter (diacritics, tatweel). */
export const SKIP = "\u200c";

const MAP: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
  "ى": "ي", "ی": "ي", "ئ": "ي",
  "ة": "ه",
  "ؤ": "و",
  "ک": "ك",
  "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "″": '"',
  "‘": "'", "’": "'",
  "،": ",", "؛": ";", "؟": "?",
  "\u00a0": " ",
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if ((code >= 0x064b && code <= 0x0652) || code === 0x0670 || code === 0x0640) return SKIP;
  const e = EASTERN_DIGITS.indexOf(ch);
  if (e >= 0) return String(e);
  const p = PERSIAN_DIGITS.indexOf(ch);
  if (p >= 0) return String(p);
  return MAP[ch] ?? ch.toLowerCase();
}

/** Length-preserving fold: same length as the input, index i maps to index i. */
export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const f = foldChar(ch);
    out += f.length === 1 ? f : ch;
  }
  return out;
}

/** Non-preserving normal form for lexicon keys and comparisons: folded, markers removed, spaces collapsed. */
export function compact(text: string): string {
  return fold(text).split(SKIP).join("").replace(/\s+/g, " ").trim();
}
