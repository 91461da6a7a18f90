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

/** Precomputed single-code-unit fold table (built once; fold is on every hot path). */
const TABLE: Uint16Array = (() => {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) { t[c] = c; continue; }
    const f = foldChar(String.fromCharCode(c));
    t[c] = f.length === 1 ? f.charCodeAt(0) : c;
  }
  return t;
})();

const UTF16 = new TextDecoder("utf-16le");

/** Length-preserving fold: same length as the input, index i maps to index i. */
export function fold(text: string): string {
  const n = text.length;
  if (n === 0) return "";
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) out[i] = TABLE[text.charCodeAt(i)]!;
  return UTF16.decode(out);
}

/** Non-preserving normal form for lexicon keys and comparisons: folded, markers removed, spaces collapsed. */
export function compact(text: string): string {
  return fold(text).split(SKIP).join("").replace(/\s+/g, " ").trim();
}
