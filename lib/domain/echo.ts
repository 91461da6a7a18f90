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
  /** 128-bit word sketch (4 x 32 bits, one bit per word by hash): see `missingAtLeast`. */
  mask: Uint32Array;
  /** The same sketch of the bigrams. */
  bigramMask: Uint32Array;
}

/** FNV-1a of a word, for the word sketch. */
function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * A lower bound on how many words of `a` are missing from `b`: every sketch bit set for `a` and not for `b`
 * stands for at least one word of `a` that `b` lacks (distinct bits, distinct words). Exact while words do not collide.
 */
export function missingAtLeast(a: EchoSignature, b: EchoSignature): number {
  return sketchMissing(a.mask, b.mask);
}

/** The same lower bound for the bigrams of `a` missing from `b`. */
export function missingBigramsAtLeast(a: EchoSignature, b: EchoSignature): number {
  return sketchMissing(a.bigramMask, b.bigramMask);
}

function sketchMissing(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < 4; i++) n += popcount(a[i]! & ~b[i]!);
  return n;
}

function sketch(items: Iterable<string>): Uint32Array {
  const mask = new Uint32Array(4);
  for (const w of items) {
    const h = wordHash(w);
    mask[h & 3]! |= 1 << ((h >>> 2) & 31);
  }
  return mask;
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
  return {
    tokens, flat: tokens.join(" "), words, bigrams, mask: sketch(words), bigramMask: sketch(bigrams),
  };
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
 * missing. The word and bigram sketches give lower bounds on the missing counts without touching the sets; counting
 * missing words stops as soon as both budgets are exceeded.
 */
export function maybeEcho(a: EchoSignature, b: EchoSignature, t = ECHO_THRESHOLD): boolean {
  const [s, l] = a.words.size <= b.words.size ? [a, b] : [b, a];
  if (s.words.size === 0) return false;
  const ca = shingleCount(a);
  const cb = shingleCount(b);
  let jaccardPossible = Math.min(ca, cb) >= t * Math.max(ca, cb);
  let containPossible = s.words.size >= MIN_CONTAINED_TOKENS && s.words.size <= CONTAINED_MAX_RATIO * l.words.size;
  if (!jaccardPossible && !containPossible) return false;
  // Sketch bounds first (a few integer operations). Words and bigrams are disjoint shingles, so their missing counts add up:
  // Jaccard >= t allows at most |S| - t(|S| + |L|)/(1 + t) shingles of the smaller set S missing; containment >= t at most
  // (1 - t) of the shorter text's words and of its bigrams.
  if (jaccardPossible) {
    const [js, jl] = ca <= cb ? [a, b] : [b, a];
    const budget = Math.min(ca, cb) - Math.floor((t * (ca + cb)) / (1 + t));
    jaccardPossible = missingAtLeast(js, jl) + missingBigramsAtLeast(js, jl) <= budget;
  }
  if (containPossible) {
    containPossible = missingAtLeast(s, l) <= Math.floor((1 - t) * s.words.size + 1e-9)
      && missingBigramsAtLeast(s, l) <= Math.floor((1 - t) * s.bigrams.size + 1e-9);
  }
  if (!jaccardPossible && !containPossible) return false;
  const allow = Math.max(
    jaccardPossible ? Math.floor((1 / t - 1) * shingleCount(s) + 1e-9) : -1,
    containPossible ? Math.floor((1 - t) * s.words.size + 1e-9) : -1,
  );
  let miss = 0;
  for (const w of s.words) if (!l.words.has(w) && ++miss > allow) return false;
  return true;
}

/** `shingleJaccard(a, b)` when it can reach `t`; stops counting (returning 0) once too many shingles of the smaller side are missing. */
function shingleJaccardAtLeast(a: EchoSignature, b: EchoSignature, t: number): number {
  const ca = shingleCount(a);
  const cb = shingleCount(b);
  const [small, large] = ca <= cb ? [a, b] : [b, a];
  // J >= t needs |A ∩ B| >= t(|A| + |B|)/(1 + t); floor keeps the budget generous (never rejects a pair that reaches t).
  const maxMiss = Math.min(ca, cb) - Math.floor((t * (ca + cb)) / (1 + t));
  if (maxMiss < 0) return 0;
  let inter = 0;
  let miss = 0;
  for (const [part, whole] of [[small.words, large.words], [small.bigrams, large.bigrams]] as const) {
    for (const s of part) {
      if (whole.has(s)) inter++;
      else if (++miss > maxMiss) return 0;
    }
  }
  const union = ca + cb - inter;
  return union === 0 ? 1 : inter / union;
}

/**
 * `echoSimilarity(a, b)` when it is at least `t`, else a value below `t` (0 when the Jaccard count gave up early):
 * the store's candidate scan needs the exact value only for pairs that are echoes.
 */
export function echoSimilarityAtLeast(a: EchoSignature, b: EchoSignature, t = ECHO_THRESHOLD): number {
  if (a.tokens.length === 0 || b.tokens.length === 0) return 0;
  if (a.flat === b.flat) return 1;
  return Math.max(shingleJaccardAtLeast(a, b, t), containment(a, b));
}

export function isEcho(a: EchoSignature, b: EchoSignature, threshold = ECHO_THRESHOLD): boolean {
  return maybeEcho(a, b, threshold) && echoSimilarity(a, b) >= threshold;
}
