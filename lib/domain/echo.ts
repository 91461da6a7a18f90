/**
 * Echo detection: do two statements by the same actor say the same thing?
 * Pure functions over the words of the one tokenizer (lib/text/tokens.ts, canonical folded forms):
 * word unigram + bigram shingles compared with Jaccard, plus a containment rule so a
 * short quote carried inside a longer sentence still counts as the same statement.
 */
import { fold } from "../text/normalize";
import { tokenize } from "../text/tokens";

export const ECHO_THRESHOLD = 0.8;
/** A contained fragment must have at least this many words to count as an echo. */
export const MIN_CONTAINED_TOKENS = 4;
/** Containment applies only when the shorter text is clearly shorter; similar lengths are Jaccard's job. */
export const CONTAINED_MAX_RATIO = 0.75;

export interface EchoSignature {
  tokens: string[];
  /** Tokens joined by single spaces. */
  flat: string;
  words: Set<string>;
  /** Never overlaps `words` (a bigram has a space, a word none): the shingles are words ∪ bigrams, kept as the two sets. */
  bigrams: Set<string>;
}

/** Words of the normalised text (canonical token forms): letters and digits only, punctuation dropped. */
export function echoTokens(text: string): string[] {
  return tokenize(fold(text)).map((t) => t.s);
}

export function echoSignature(text: string): EchoSignature {
  const tokens = echoTokens(text);
  const words = new Set<string>(tokens);
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) bigrams.add(`${tokens[i]} ${tokens[i + 1]}`);
  return { tokens, flat: tokens.join(" "), words, bigrams };
}

const shingleCount = (s: EchoSignature): number => s.words.size + s.bigrams.size;

function common(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const s of small) if (large.has(s)) n++;
  return n;
}

/** Jaccard of the shingle sets (words ∪ bigrams), from the two disjoint parts without building the union. */
export function shingleJaccard(a: EchoSignature, b: EchoSignature): number {
  const inter = common(a.words, b.words) + common(a.bigrams, b.bigrams);
  const union = shingleCount(a) + shingleCount(b) - inter;
  return union === 0 ? 1 : inter / union;
}

function covered(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let n = 0;
  for (const s of part) if (whole.has(s)) n++;
  return n / part.size;
}

/**
 * How much of the shorter text (>= MIN_CONTAINED_TOKENS words) is carried, in order, by the
 * longer one: the smaller of its word and word-pair coverage (a quote inside a longer sentence, 1.0
 * when contained word for word).
 */
export function containment(a: EchoSignature, b: EchoSignature): number {
  const [short, long] = a.words.size <= b.words.size ? [a, b] : [b, a];
  if (short.words.size < MIN_CONTAINED_TOKENS || short.words.size > CONTAINED_MAX_RATIO * long.words.size) return 0;
  return Math.min(covered(short.words, long.words), covered(short.bigrams, long.bigrams));
}

/** Similarity in [0, 1]: the larger of shingle Jaccard and containment. */
export function echoSimilarity(a: EchoSignature, b: EchoSignature): number {
  if (a.tokens.length === 0 || b.tokens.length === 0) return 0;
  if (a.flat === b.flat) return 1;
  return Math.max(shingleJaccard(a, b), containment(a, b));
}

/**
 * Cheap necessary condition for `echoSimilarity(a, b) >= t`: false means certainly not an echo.
 * Jaccard >= t needs the smaller/larger shingle-count ratio >= t and at most (1/t - 1)·|shingles|
 * unigrams of the smaller text missing from the other; containment >= t needs at most (1 - t)·|words|
 * missing. Counting missing words stops as soon as both budgets are exceeded.
 */
export function maybeEcho(a: EchoSignature, b: EchoSignature, t = ECHO_THRESHOLD): boolean {
  const [s, l] = a.words.size <= b.words.size ? [a, b] : [b, a];
  if (s.words.size === 0) return false;
  const jaccardPossible = Math.min(shingleCount(a), shingleCount(b)) >= t * Math.max(shingleCount(a), shingleCount(b));
  const containPossible = s.words.size >= MIN_CONTAINED_TOKENS && s.words.size <= CONTAINED_MAX_RATIO * l.words.size;
  if (!jaccardPossible && !containPossible) return false;
  const allow = Math.max(
    jaccardPossible ? Math.floor((1 / t - 1) * shingleCount(s) + 1e-9) : -1,
    containPossible ? Math.floor((1 - t) * s.words.size + 1e-9) : -1,
  );
  let miss = 0;
  for (const w of s.words) if (!l.words.has(w) && ++miss > allow) return false;
  return true;
}

export function isEcho(a: EchoSignature, b: EchoSignature, threshold = ECHO_THRESHOLD): boolean {
  return maybeEcho(a, b, threshold) && echoSimilarity(a, b) >= threshold;
}
