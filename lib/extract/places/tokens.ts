/**
 * Place-lookup view of the one tokenizer (lib/text/tokens.ts): each token with the separator text
 * before it and whether a line break precedes it. Offsets refer to the original text.
 */
import { fold, SKIP } from "../../text/normalize";
import { tokenize } from "../../text/tokens";

export interface Tok {
  start: number;
  /** End offset (exclusive) without trailing diacritic markers. */
  end: number;
  /** Folded token without diacritic markers. */
  key: string;
  /** Non-space separator characters between the previous token and this one ("", "-", ",", "."). */
  sep: string;
  /** True when a line break separates this token from the previous one (or it is the first token). */
  lineStart: boolean;
}

const MARK = SKIP.charCodeAt(0);

export function placeTokens(text: string, folded: string = fold(text)): Tok[] {
  const toks: Tok[] = [];
  let prevEnd = 0;
  for (const t of tokenize(folded)) {
    let sep = "";
    let lineStart = toks.length === 0;
    for (let i = prevEnd; i < t.start; i++) {
      const c = folded.charCodeAt(i);
      if (c === 10 || c === 13) lineStart = true;
      else if (c === MARK) {
        if (text.charCodeAt(i) === 0x0640) sep += "ـ";
      } else if (c !== 32 && c !== 9) sep += folded[i];
    }
    let end = t.end;
    while (end > t.start && folded.charCodeAt(end - 1) === MARK) end--;
    toks.push({ start: t.start, end, key: t.key, sep, lineStart });
    prevEnd = t.end;
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

