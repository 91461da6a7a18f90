/**
 * Arabic article -> attributed statements. Pure and deterministic: no I/O, no clock
 * (opts.now is the reference for relative dates), work bounded by opts.maxChars.
 */
import type { GovernorateCode } from "../domain/governorates";
import { attribute, type Sentence, type SpeechAct } from "./attribute";
import { removeChrome } from "./chrome";
import { typeOf, witness } from "./typing";
import { datelineLength } from "./dateline";
import { fold } from "../text/normalize";
import { findPublicationDate, isSecurityOperation, resolveStatedAt } from "./ops";
import { createGazetteer, createPlaceFinder, type Gazetteer, type GazetteerEntry, type PlaceFinder } from "./places/index";
import { createActorRegistry, type ActorEntry, type ActorRegistry, type RegistryActor } from "./registry";
import { SEP_COLON, SEP_NEWLINE, SEP_STOP, tokenize, type Token } from "../text/tokens";
import { continuesClause } from "./lines";
import { resolveSpeakers } from "./resolve";
import type { ArticleDoc, ExtractedStatement, ExtractionResult, ExtractOptions } from "./types";

export type { ArticleDoc, ExtractionResult, ExtractOptions, ExtractedStatement } from "./types";
export { createActorRegistry, type ActorEntry, type ActorRegistry } from "./registry";

export const DEFAULT_MAX_CHARS = 200_000;

export interface ExtractorConfig {
  /** The actor registry (default: the built-in one, plus `actors`). */
  registry?: ActorRegistry;
  /** Extra registry entries, when no `registry` is given (later entries win over built-ins). */
  actors?: readonly ActorEntry[];
  /** The gazetteer: a built one, or extra entries merged into the built-in one (default: built-in only). */
  gazetteer?: Gazetteer | readonly GazetteerEntry[];
}

/** One configured extractor: everything it uses is built once here and held by the value, nothing by the module. */
export interface Extractor {
  readonly registry: ActorRegistry;
  readonly places: PlaceFinder;
  /** Arabic article -> attributed statements (pure: same input, same output). */
  extractArticle(doc: ArticleDoc, opts: ExtractOptions): ExtractionResult;
}

export function createExtractor(config: ExtractorConfig = {}): Extractor {
  const registry = config.registry ?? createActorRegistry([...(config.actors ?? [])]);
  const gz = config.gazetteer;
  const places = createPlaceFinder(gz && !Array.isArray(gz) ? (gz as Gazetteer) : createGazetteer((gz as readonly GazetteerEntry[] | undefined) ?? []));
  // Actors discovered in text, by name: built once per extractor (discovered.ts), bounded.
  const memo = new Map<string, RegistryActor>();
  // Whether an actor is a witness (typing.ts), computed once per actor object.
  const witnesses = new WeakMap<object, boolean>();
  const isWitness = (a: RegistryActor) => {
    let w = witnesses.get(a);
    if (w === undefined) witnesses.set(a, (w = witness(a)));
    return w;
  };
  return { registry, places, extractArticle: (doc, opts) => extract(doc, opts, { registry, finder: places, memo, isWitness }) };
}

let fallback: Extractor | null = null;
/**
 * Thin default for callers without a configuration (CLI, tests): the built-in extractor, built
 * lazily on first use by createExtractor(). Servers and workers build their own with createExtractor.
 */
export function extractArticle(doc: ArticleDoc, opts: ExtractOptions): ExtractionResult {
  return (fallback ??= createExtractor()).extractArticle(doc, opts);
}

/**
 * A line break inside a sentence is a space (lines.ts `continuesClause`): clears SEP_NEWLINE on the
 * token after such a break, so segmentation and phrase matching read across it.
 */
function joinBrokenLines(text: string, tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!(t.sep & SEP_NEWLINE) || (t.sep & (SEP_STOP | SEP_COLON))) continue;
    const nl = text.lastIndexOf("\n", t.start);
    if (nl < tokens[k - 1]!.end || text.slice(tokens[k - 1]!.end, nl).includes("\n")) continue;
    if (continuesClause(text.slice(Math.max(0, nl - 60), nl), text.slice(nl + 1, t.start + 40))) t.sep &= ~SEP_NEWLINE;
  }
}

function segment(text: string, tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let a = 0;
  let para = 0;
  const close = (b: number) => {
    if (b <= a) return;
    const first = tokens[a]!, last = tokens[b - 1]!;
    let end = last.end;
    while (end < text.length && /[.!?؟;"»”)\]…]/.test(text[end]!)) end++;
    out.push({ a, b, start: first.start, end, para });
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > a && (t.sep & (SEP_STOP | SEP_NEWLINE))) {
      close(k);
      a = k;
      if (t.sep & SEP_NEWLINE) {
        const gap = text.slice(tokens[k - 1]!.end, t.start);
        if (/\n\s*\n/.test(gap) || gap.includes("\n")) para++;
      }
    }
  }
  close(tokens.length);
  return out;
}

function uniq(codes: GovernorateCode[]): GovernorateCode[] {
  return [...new Set(codes)].sort();
}

interface Deps {
  registry: ActorRegistry;
  finder: PlaceFinder;
  memo: Map<string, RegistryActor>;
  isWitness: (a: RegistryActor) => boolean;
}

function extract(doc: ArticleDoc, opts: ExtractOptions, { registry, finder, memo, isWitness }: Deps): ExtractionResult {
  const max = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const raw = typeof doc.text === "string" ? doc.text : "";
  const text = raw.length > max ? raw.slice(0, max) : raw;
  const publishedAt = (doc.publishedAt && !Number.isNaN(Date.parse(doc.publishedAt)) ? new Date(doc.publishedAt).toISOString() : null)
    ?? findPublicationDate(text, null);
  const result: ExtractionResult = { id: doc.id, publishedAt, text, statements: [] };
  if (!/[\u0621-\u064a]/.test(text)) return result;

  const chrome = removeChrome(text);
  const tokens = tokenize(fold(chrome.text));
  joinBrokenLines(text, tokens);
  const sentences = segment(text, tokens);
  const acts = resolveSpeakers(attribute(text, tokens, sentences, registry, memo), registry);

  // One statement per (sentence, actor).
  const bySentence = new Map<number, SpeechAct[]>();
  for (const act of acts) {
    const list = bySentence.get(act.sentence) ?? [];
    if (!list.some((x) => x.actor.id === act.actor.id)) list.push(act);
    bySentence.set(act.sentence, list);
  }
  // Security classification is computed lazily: only sentences with statements or near them matter.
  const opCache: (boolean | undefined)[] = new Array(sentences.length);
  const sentOps = (si: number): boolean => {
    let v = opCache[si];
    if (v === undefined) { const s = sentences[si]!; v = opCache[si] = isSecurityOperation(text.slice(s.start, s.end)); }
    return v;
  };
  // Paragraph text disambiguates names shared by several governorates (صوران: Aleppo or Hama).
  const paraSpan = new Map<number, { start: number; end: number }>();
  for (const s of sentences) {
    const p = paraSpan.get(s.para);
    paraSpan.set(s.para, { start: p ? p.start : s.start, end: s.end });
  }
  const contextOf = (si: number): string => {
    const s = sentences[si]!;
    const p = paraSpan.get(s.para)!;
    // Bounded window so a huge one-line article stays linear.
    return text.slice(Math.max(p.start, s.start - 600), Math.min(p.end, s.end + 600));
  };
  // Places of a whole sentence (no speaker span excluded) are asked for again by attachContext: found once.
  const plain = new Map<number, GovernorateCode[]>();
  const placesOf = (si: number, exclude: { from: number; to: number }[]): GovernorateCode[] => {
    if (exclude.length === 0) {
      let codes = plain.get(si);
      if (!codes) plain.set(si, (codes = placesIn(si, [])));
      return codes;
    }
    return placesIn(si, exclude);
  };
  const placesIn = (si: number, exclude: { from: number; to: number }[]): GovernorateCode[] => {
    const s = sentences[si]!;
    const sText = text.slice(s.start, s.end);
    const ex = exclude.map((e) => ({ start: tokens[e.from]!.start - s.start, end: tokens[Math.max(e.from, e.to - 1)]!.end - s.start }));
    return finder.findPlaces(sText, { exclude: ex, context: contextOf(si) }).map((p) => p.code);
  };

  interface Draft { si: number; st: ExtractedStatement }
  const drafts: Draft[] = [];
  for (const [si, list] of [...bySentence.entries()].sort((x, y) => x[0] - y[0])) {
    const s = sentences[si]!;
    const sText = text.slice(s.start, s.end);
    // A dateline opening the line is not part of the statement shown to analysts.
    const lineStart = s.start === 0 || text[s.start - 1] === "\n" || /\n[ \t]*$/.test(text.slice(Math.max(0, s.start - 8), s.start));
    const cut = lineStart ? datelineLength(sText) : 0;
    const subjects = list.flatMap((a) => (a.subject ? [a.subject] : []));
    const op = sentOps(si);
    let provinces = op ? uniq(placesOf(si, subjects)) : [];
    // A local commander/official reporting an operation: the seat named in the title locates it.
    if (op && provinces.length === 0) {
      // A bare "في <city>" is a seat too when the speaker is a security body or official
      // ("قيادة الأمن الداخلي في حلب", "مسؤول أمني في دير الزور").
      const securitySeat = (pos: number) => subjects.some((sub) => {
        const a = tokens[sub.from]!.start - s.start, b = tokens[Math.max(sub.from, sub.to - 1)]!.end - s.start;
        return /أمن|امن|شرطة|عسكري|قائد|قيادة|شرطه|قياده/.test(sText.slice(a, b)) && pos >= a && pos <= b + 16;
      });
      provinces = uniq(finder.findPlaces(sText, { keepActorSeats: true, context: contextOf(si) })
        .filter((p) => /(?:محافظة|مدينة|منطقة|ريف|بلدة|ناحية)\s*$/.test(sText.slice(Math.max(0, p.start - 12), p.start)) ||
          (/في\s*$/.test(sText.slice(Math.max(0, p.start - 4), p.start)) && securitySeat(p.start)))
        .map((p) => p.code));
    }
    for (const act of list) {
      const a = act.actor;
      drafts.push({
        si,
        st: {
          actor: { id: a.id, nameAr: a.nameAr, nameEn: a.nameEn, kind: a.kind, aliases: a.aliases },
          type: typeOf(act, tokens, s.b, isWitness),
          text: sText.slice(cut),
          quote: /["«»“”]/.test(sText),
          statedAt: resolveStatedAt(sText, publishedAt, opts.now) ?? publishedAt,
          securityOperation: op,
          provinces,
          evidence: { start: s.start + cut, end: s.end },
        },
      });
    }
  }
  attachContext(drafts, sentences, sentOps, placesOf);

  // Summary bullets repeat the body: keep a bullet statement only when its actor has no other.
  const inBullets = (d: Draft) => chrome.bullets.some((b) => d.st.evidence.start >= b.start && d.st.evidence.end <= b.end + 1);
  const bodyActors = new Set(drafts.filter((d) => !inBullets(d)).map((d) => d.st.actor.id));
  const seen = new Set<string>();
  for (const d of drafts) {
    if (inBullets(d) && bodyActors.has(d.st.actor.id)) continue;
    const key = d.st.actor.id + "|" + fold(d.st.text).replace(/\s+/g, " ").slice(0, 120);
    if (seen.has(key)) continue;
    seen.add(key);
    result.statements.push(d.st);
  }
  return result;
}

/**
 * Operations reported in neighbouring sentences: a security-operation statement without a place
 * takes the places of the preceding sentences of its paragraph; an unattributed operation sentence
 * with a place is attached to the nearest statement of its paragraph (or the next one).
 */
function attachContext(
  drafts: { si: number; st: ExtractedStatement }[], sentences: Sentence[], sentOps: (si: number) => boolean,
  placesOf: (si: number, ex: { from: number; to: number }[]) => GovernorateCode[],
): void {
  const withStatement = new Set(drafts.map((d) => d.si));
  for (const d of drafts) {
    if (!d.st.securityOperation || d.st.provinces.length > 0) continue;
    const para = sentences[d.si]!.para;
    for (let j = d.si - 1; j >= Math.max(0, d.si - 2) && sentences[j]!.para === para; j--) {
      if (!sentOps(j)) continue;
      const codes = placesOf(j, []);
      if (codes.length) { d.st.provinces = uniq(codes); break; }
    }
  }
  const near = new Set<number>();
  for (const d of drafts) for (let j = d.si - 4; j <= d.si + 4; j++) near.add(j);
  for (let j = 0; j < sentences.length; j++) {
    if (withStatement.has(j) || !near.has(j) || !sentOps(j)) continue;
    const codes = placesOf(j, []);
    if (!codes.length) continue;
    const para = sentences[j]!.para;
    let best: { si: number; st: ExtractedStatement } | null = null;
    let bestDist = Infinity;
    for (const d of drafts) {
      const dp = sentences[d.si]!.para;
      const dist = d.si > j ? (d.si - j) * 2 - 1 : (j - d.si) * 2;
      const ok = dp === para || (d.si > j && dp === para + 1);
      if (ok && dist < bestDist && dist <= 8) { best = d; bestDist = dist; }
    }
    if (!best) continue;
    const target = best.si;
    for (const d of drafts) {
      if (d.si !== target) continue;
      d.st.securityOperation = true;
      d.st.provinces = uniq([...d.st.provinces, ...codes]);
    }
  }
}
