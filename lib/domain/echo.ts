/**
 * Echo detection: do two statements by the same actor say the same thing?
 * Pure functions over `compact()`ed Arabic text (lib/extract/normalize.ts):
 * word unigram + bigram shingles compared with Jaccard, plus a containment rule so a
 * short quote carried inside a longer sentence still counts as the same statement.
 */
import { compact } from "../extract/normalize";

export const ECHO_THRESHOLD = 0.8;
/** A contained fragment must have at least this many words to count as an echo. */
export const MIN_CONTAINED_TOKENS = 4;

export interface EchoSignature {
  tokens: string[];
  /** Tokens joined by single spaces (for containment checks). */
  flat: string;
  shingles: Set<string>;
}

/** Words of the normalised text: letters and digits only, punctuation dropped. */
export function echoTokens(text: string): string[] {
  return compact(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((t) => t.length > 0);
}

export function echoSignature(text: string): EchoSignature {
  const tokens = echoTokens(text);
  const shingles = new Set<string>(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) shingles.add(`${tokens[i]} ${tokens[i + 1]}`);
  return { tokens, flat: tokens.join(" "), shingles };
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const s of small) if (large.has(s)) inter++;
  return inter / (a.size + b.size - inter);
}

/** 1 when the shorter text (>= MIN_CONTAINED_TOKENS words) appears word-for-word inside the longer one. */
export function containment(a: EchoSignature, b: EchoSignature): number {
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (short.tokens.length < MIN_CONTAINED_TOKENS) return 0;
  return ` ${long.flat} `.includes(` ${short.flat} `) ? 1 : 0;
}

/** Similarity in [0, 1]: the larger of shingle Jaccard and containment. */
export function echoSimilarity(a: EchoSignature, b: EchoSignature): number {
  if (a.tokens.length === 0 || b.tokens.length === 0) return 0;
  if (a.flat === b.flat) return 1;
  return Math.max(jaccard(a.shingles, b.shingles), containment(a, b));
}

export function isEcho(a: EchoSignature, b: EchoSignature, threshold = ECHO_THRESHOLD): boolean {
  return echoSimilarity(a, b) >= threshold;
}
