/**
 * The one tokenizer, over the length-preserving folded text (`fold` in ./normalize). Tokens are
 * runs of letters/digits (Arabic, the Persian/Urdu letters of U+0671–U+06D3, a–z, 0–9; diacritic
 * markers kept inside a run); `sep` flags describe the punctuation between the previous token and
 * this one, so phrase matchers can refuse to cross a comma or a sentence end. Used by extraction,
 * places (lib/extract/places/tokens.ts adds separator text and line starts), security terms and
 * echoes (lib/domain/echo.ts).
 */
import { fold, SKIP } from "./normalize";

export const SEP_COMMA = 1;
export const SEP_STOP = 2; // . ! ? ;
export const SEP_COLON = 4;
export const SEP_NEWLINE = 8;
export const SEP_QUOTE = 16;
export const SEP_DASH = 32;
export const SEP_PAREN = 64;
export const SEP_HARD = SEP_COMMA | SEP_STOP | SEP_COLON | SEP_NEWLINE | SEP_DASH;

export interface Token {
  /** Canonical folded form (diacritics removed, spelling variants unified). */
  s: string;
  /** Folded form with diacritic markers removed, before spelling variants are unified. */
  key: string;
  start: number;
  /** End offset (exclusive), trailing diacritic markers included. */
  end: number;
  /** Punctuation flags between the previous token and this one. */
  sep: number;
  /** Number of double-quote characters between the previous token and this one. */
  q: number;
  /** The token carried diacritics (e.g. shadda: "بيّن" vs "بين"). */
  dia: boolean;
}

/** Letters and digits of a token (U+200C is the diacritic/tatweel marker left by `fold`). */
export function isWordCode(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x0671 && c <= 0x06d3) ||
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 0x200c
  );
}

function sepFlag(c: number): number {
  switch (c) {
    case 44: return SEP_COMMA; // ,
    case 46: case 33: case 63: case 59: return SEP_STOP; // . ! ? ;
    case 58: return SEP_COLON;
    case 10: return SEP_NEWLINE;
    case 34: case 39: return SEP_QUOTE;
    case 45: case 0x2013: case 0x2014: return SEP_DASH;
    case 40: case 41: case 91: case 93: return SEP_PAREN;
    default: return 0;
  }
}

/** Spelling variants unified at token level (Amrikiya/Amirkiya, Suriya/Suriyya). */
export function canonToken(t: string): string {
  if (t.length > 4 && t.includes("ميرك")) t = t.replace("ميرك", "مريك");
  if (t === "سوريه") return "سوريا";
  return t;
}

export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  let sep = 0;
  let q = 0;
  let i = 0;
  const n = folded.length;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (!isWordCode(c) || c === 0x200c) {
      const f = sepFlag(c);
      sep |= f;
      if (f === SEP_STOP || f === SEP_NEWLINE) q = 0;
      if (c === 34) q++;
      i++;
      continue;
    }
    const start = i;
    let s = "";
    let dia = false;
    while (i < n) {
      const d = folded.charCodeAt(i);
      if (!isWordCode(d)) break;
      if (d !== 0x200c) s += folded[i];
      else dia = true;
      i++;
    }
    out.push({ s: canonToken(s), key: s, start, end: i, sep, q, dia });
    sep = 0;
    q = 0;
  }
  return out;
}

/** Canonical token strings of a lexicon phrase. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(fold(phrase)).map((t) => t.s);
}

export { SKIP };
