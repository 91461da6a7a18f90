/**
 * Token scanner over folded Arabic text for place lookup. Tokens are runs of letters/digits
 * (diacritic markers kept inside, dropped from the key). Offsets refer to the original text.
 */
import { fold, SKIP } from "../../text/normalize";

export interface Tok {
  start: number;
  end: number;
  /** Folded token without diacritic markers. */
  key: string;
  /** Non-space separator characters between the previous token and this one ("", "-", ",", "."). */
  sep: string;
  /** True when a line break separates this token from the previous one (or it is the first token). */
  lineStart: boolean;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06a9 || c === 0x06cc ||
    (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || c === 0x200c
  );
}

export function tokenize(text: string, folded: string = fold(text)): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const n = folded.length;
  let sep = "";
  let lineStart = true;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (c === 0x200c || !isWordChar(c)) {
      if (c === 10 || c === 13) lineStart = true;
      else if (c === 0x200c && text.charCodeAt(i) === 0x0640) sep += "ـ";
      else if (c !== 32 && c !== 9 && c !== 0x200c) {
        sep += folded[i];
      }
      i++;
      continue;
    }
    const s = i;
    i++;
    while (i < n && isWordChar(folded.charCodeAt(i))) i++;
    let e = i;
    while (e > s && folded.charCodeAt(e - 1) === 0x200c) e--;
    let key = folded.slice(s, e);
    if (key.includes(SKIP)) key = key.split(SKIP).join("");
    toks.push({ start: s, end: e, key, sep, lineStart });
    sep = "";
    lineStart = false;
  }
  return toks;
}

export interface KeyVariant {
  key: string;
  /** Number of characters of the original token consumed by the prefix. */
  prefixLen: number;
  prefix: string;
}

/** Attached-clitic variants of a token key: itself, then without و/ف and ب/ل/ك ("وبريف" -> "ريف", "للرقة" -> "الرقة"). */
const PREFIX_CHARS = "وفبلك";

export function keyVariants(key: string): KeyVariant[] {
  const out: KeyVariant[] = [{ key, prefixLen: 0, prefix: "" }];
  if (key.length <= 3 || !PREFIX_CHARS.includes(key[0]!)) return out;
  let k = key;
  let p = "";
  if (k.length > 3 && (k[0] === "و" || k[0] === "ف")) {
    p = k[0]!;
    k = k.slice(1);
    out.push({ key: k, prefixLen: 1, prefix: p });
  }
  if (k.length > 3 && (k[0] === "ب" || k[0] === "ل" || k[0] === "ك")) {
    if (k[0] === "ل" && k[1] === "ل") {
      out.push({ key: "ا" + k.slice(1), prefixLen: p.length + 1, prefix: p + "ل" });
      out.push({ key: "ال" + k.slice(1), prefixLen: p.length + 1, prefix: p + "ل" });
    } else out.push({ key: k.slice(1), prefixLen: p.length + 1, prefix: p + k[0] });
  }
  return out;
}

