/**
 * Place finder: token scan against the gazetteer, cue checks for names that are also common words,
 * then exclusion rules (metonyms, datelines, actor names, venues, plot targets, extents, speakers)
 * and context disambiguation of shared names. Pure and linear in the text length.
 */
import type { GovernorateCode } from "../../domain/governorates";
import { fold } from "../../text/normalize";
import type { Gazetteer } from "./gazetteer";
import {
  ACTOR_HEADS, ACTOR_LINKS, DATELINE_SEPS, FOREIGN, LANDMARKS, LOCATIVE_PREPS, TOPIC_HEADS,
  DISPLACED, METONYM_HEADS, METONYM_VERBS, MILITARY, OP_VERBS, ORIGIN, PLACE_NOUNS, PLOT, SPEECH_VERBS, VISIT_VENUE, inSet,
} from "./lexicon";
import { markExtents, markForeign, markReferences, markRoads, overrideByGovernorate, type Raw } from "./relations";
import { keyVariants, placeTokens, type Tok } from "./tokens";
import type { ExclusionReason, FindPlacesOptions, PlaceCandidate, PlaceMatch } from "./types";


const WEEKDAY_KEYS = new Set(["الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"]);
const BREAK = /[.,;:!?؛،"()\[\]]/;

function scan(gz: Gazetteer, toks: Tok[]): Raw[] {
  const out: Raw[] = [];
  for (let i = 0; i < toks.length; i++) {
    let best: Raw | null = null;
    for (const v of keyVariants(toks[i]!.key)) {
      const groups = gz.byFirst.get(v.key);
      if (!groups) continue;
      for (const g of groups) {
        const len = g.tokens.length;
        if (best && len <= best.j - best.i) break;
        if (i + len > toks.length) continue;
        let ok = true;
        for (let t = 1; t < len && ok; t++) {
          const tk = toks[i + t]!;
          ok = tk.key === g.tokens[t] && !BREAK.test(tk.sep);
        }
        if (ok) {
          best = { i, j: i + len, group: g, prefix: v.prefix, prefixLen: v.prefixLen, excluded: null, code: g.primary.code };
          break;
        }
      }
    }
    if (best) {
      out.push(best);
      i = best.j - 1;
    }
  }
  return out;
}

/** Tokens before index i, stopping at a clause break; yields at most n. */
function* back(toks: Tok[], i: number, n: number): Generator<Tok> {
  for (let k = i - 1, c = 0; k >= 0 && c < n; k--, c++) {
    const next = toks[k + 1]!;
    if (next.lineStart || BREAK.test(next.sep)) return;
    yield toks[k]!;
  }
}

function adjacent(toks: Tok[], k: number): Tok | undefined {
  const t = toks[k];
  if (!t || t.lineStart || BREAK.test(t.sep)) return undefined;
  return t;
}

/** Names that are a different word when followed by these ("حماة الديار", "السفيرة الأمريكية"). */
const NEXT_BLOCK = new Map<string, RegExp>([
  ["حماه", /^(الديار|الوطن|الثوره|الحق|البيئه|الدستور)$/],
  ["السفيره", /^ال\S+يه$/],
  ["العاصمه", /^ال\S+يه$/],
  ["درعا", /^(بشريا|واقيا|حاميا|منيعا)$/],
]);

function cueOk(text: string, toks: Tok[], m: Raw, raws: Raw[], idx: number, govCodes: Set<GovernorateCode>): boolean {
  const cue = m.group.cue;
  // Tanween on the last letter ("درعاً", "قطناً") marks a common noun, not a name.
  if (text.charCodeAt(toks[m.j - 1]!.end) === 0x064b) return false;
  const block = NEXT_BLOCK.get(m.group.tokens.join(" "));
  const nt = toks[m.j];
  if (block && nt && !nt.lineStart && block.test(nt.key)) return false;
  // "العاصمة" alone is Damascus, but not "العاصمة اللبنانية" or "العاصمة بيروت".
  if (m.group.tokens.length === 1 && m.group.tokens[0] === "العاصمه" && nt && !nt.lineStart && !BREAK.test(nt.sep) && inSet(FOREIGN, nt.key)) return false;
  if (cue === "none") return true;
  const prev = adjacent(toks, m.i) ? toks[m.i - 1] : undefined;
  if (prev && inSet(PLACE_NOUNS, prev.key)) return true;
  const nxt = raws[idx + 1];
  if (nxt && nxt.group.cue === "none" && nxt.i - m.j <= 3) {
    let broken = false;
    for (let k = m.j; k <= nxt.i; k++) if (toks[k]!.lineStart || /[.;!?,]/.test(toks[k]!.sep)) broken = true;
    for (let k = m.j; k < nxt.i; k++) if (!inSet(LOCATIVE_PREPS, toks[k]!.key) && !inSet(PLACE_NOUNS, toks[k]!.key)) broken = true;
    if (!broken && (nxt.group.kind === "governorate" || nxt.group.kind === "district")) return true;
  }
  // Coordination with a place just before: "مدينتي الرقة والطبقة", "بلدات الراعي وأخترين ومارع".
  const before = raws[idx - 1];
  if (before && before.excluded !== "no-cue" && (before.j === m.i ? m.prefix.startsWith("و") : before.j === m.i - 1 && toks[before.j]!.key === "و")) {
    return true;
  }
  const sameGov = m.group.codes.some((c) => govCodes.has(c));
  const prep = m.prefix.includes("ب") || (!!prev && inSet(LOCATIVE_PREPS, prev.key));
  // "اشتباكات في الحراك ... بريف درعا": a preposition plus the same governorate elsewhere in the text.
  if (cue === "strong") return prep && sameGov;
  if (m.prefix.includes("ب")) return true;
  if (prev && inSet(LOCATIVE_PREPS, prev.key)) return true;
  for (const t of back(toks, m.i, 3)) if (inSet(OP_VERBS, t.key)) return true;
  // A governorate-level name of the same governorate elsewhere in the text ("تدمر" with "حمص").
  return sameGov;
}

function isGovernorate(m: Raw): boolean {
  return m.group.kind === "governorate";
}

function exclusion(toks: Tok[], m: Raw): ExclusionReason | null {
  const first = toks[m.i]!;
  const after = toks[m.j];
  // Dateline: "دمشق- (د ب أ)", "دمشق-سانا", "حلب – خاص" at the start of a line.
  if (first.lineStart && (!after || after.lineStart || [...after.sep].some((c) => DATELINE_SEPS.includes(c)) ||
      (after.sep.includes(",") && (/^\d/.test(after.key) || WEEKDAY_KEYS.has(after.key))))) {
    if (after && !after.lineStart) return "dateline";
  }
  const prev = adjacent(toks, m.i) ? toks[m.i - 1] : undefined;
  const next = after && !after.lineStart && !BREAK.test(after.sep) ? after : undefined;
  if (isGovernorate(m)) {
    if (next && inSet(METONYM_VERBS, next.key)) return prev && inSet(PLACE_NOUNS, prev.key) ? "speaker" : "metonym";
    if (prev && inSet(METONYM_HEADS, prev.key)) return "metonym";
    if (prev && inSet(SPEECH_VERBS, prev.key)) return "metonym";
    if (prev && compactIs(prev.key, "محافظه")) {
      const pp = adjacent(toks, m.i - 1) ? toks[m.i - 2] : undefined;
      if (pp && (inSet(SPEECH_VERBS, pp.key) || inSet(METONYM_HEADS, pp.key))) return "speaker";
    }
    if (m.prefix.includes("ل") && m.group.primary.code === "SY-DI") {
      // "الريف الغربي لدمشق" is Rif Dimashq; otherwise "دور لدمشق", "دعم لدمشق" are the state.
      for (const t of back(toks, m.i, 3)) if (t.key === "الريف" || t.key === "ريف") return null;
      return "metonym";
    }
    if ((next && inSet(FOREIGN, next.key)) || (prev && inSet(FOREIGN, prev.key))) return "metonym";
  }
  if (next && /^\d+$/.test(next.key) && next.key.length <= 3 && isGovernorate(m)) return "actor";
  let armed = false;
  for (const t of back(toks, m.i, 4)) {
    if (inSet(MILITARY, t.key)) armed = true;
    if (inSet(VISIT_VENUE, t.key)) {
      if (!armed) return "venue";
      break;
    }
  }
  for (const t of back(toks, m.i, 4)) if (inSet(ORIGIN, t.key)) return "origin";
  if (prev && inSet(LANDMARKS, prev.key) && (isGovernorate(m) || m.group.kind === "district")) return "landmark";
  for (const t of back(toks, m.i, 4)) if (inSet(TOPIC_HEADS, t.key)) return "topic";
  if (prev && prev.key === "من" && adjacent(toks, m.i - 1) && inSet(DISPLACED, toks[m.i - 2]!.key)) return "origin";
  for (const t of back(toks, m.i, 8)) if (inSet(PLOT, t.key)) return "plot-target";
  // "كان يستهدف / كانت تستهدف": the target of a plan, not where the operation happened.
  let k = m.i - 1;
  for (const t of back(toks, m.i, 8)) {
    const before = toks[k - 1];
    if (/^[يت]ستهدف/.test(t.key) && before && /^[وف]?كان(ت|وا)?$/.test(before.key)) return "plot-target";
    k--;
  }
  for (const t of back(toks, m.i, 7)) {
    if (inSet(ACTOR_HEADS, t.key)) return "actor";
    if (inSet(ACTOR_LINKS, t.key) || stripsToArticle(t.key)) continue;
    break;
  }
  return null;
}

function compactIs(key: string, w: string): boolean {
  return key === w || key.slice(1) === w || key.slice(2) === w;
}

function stripsToArticle(key: string): boolean {
  for (const v of keyVariants(key)) if (v.key.startsWith("ال") && v.key.length > 3) return true;
  return false;
}

export function contextCodes(gz: Gazetteer, text: string): GovernorateCode[] {
  const toks = placeTokens(text);
  return scan(gz, toks).filter((m) => m.group.codes.length === 1).map((m) => m.code);
}

/** `context`: codes named around the text, computed only when a name is ambiguous and nothing nearby decides. */
function disambiguate(raws: Raw[], context: () => GovernorateCode[]): void {
  let extra: GovernorateCode[] | null = null;
  for (let at = 0; at < raws.length; at++) {
    const m = raws[at]!;
    if (m.group.codes.length < 2) continue;
    let best: GovernorateCode | null = null;
    let dist = Infinity;
    for (let r = Math.max(0, at - 40); r < Math.min(raws.length, at + 41); r++) {
      const o = raws[r]!;
      if (o === m || o.group.codes.length !== 1 || !m.group.codes.includes(o.code)) continue;
      const d = Math.abs(o.i - m.i);
      if (d < dist) { dist = d; best = o.code; }
    }
    if (!best) {
      const counts = new Map<GovernorateCode, number>();
      extra ??= context();
      for (const c of extra) if (m.group.codes.includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
      let n = 0;
      for (const [c, k] of counts) if (k > n) { n = k; best = c; }
    }
    m.code = best ?? m.group.primary.code;
  }
}

export interface PlaceFinder {
  findPlaces(text: string, opts?: FindPlacesOptions): PlaceMatch[];
  /** Every gazetteer mention with the reason it is excluded (null = operation location candidate). */
  findAllPlaces(text: string, opts?: FindPlacesOptions): PlaceCandidate[];
}

export function createPlaceFinder(gz: Gazetteer): PlaceFinder {
  function findAllPlaces(text: string, opts: FindPlacesOptions = {}): PlaceCandidate[] {
    const toks = placeTokens(text, fold(text));
    const raws = scan(gz, toks);
    // Governorates named by unambiguous names that need no cue: context for weak/strong names.
    const govCodes = new Set<GovernorateCode>();
    for (const o of raws) if (o.group.cue === "none" && o.group.codes.length === 1) govCodes.add(o.code);
    raws.forEach((m, idx) => {
      if (!cueOk(text, toks, m, raws, idx, govCodes)) m.excluded = "no-cue";
    });
    const live = raws.filter((m) => m.excluded === null);
    for (const m of live) {
      m.excluded = exclusion(toks, m);
      if (m.excluded === null && m.code === "SY-DI" && m.prefix.includes("ل") && isGovernorate(m)) m.code = "SY-RD";
    }
    disambiguate(live, () => (opts.context ? contextCodes(gz, opts.context) : []));
    markForeign(toks, live);
    overrideByGovernorate(toks, live.filter((m) => m.excluded === null));
    markExtents(toks, live.filter((m) => m.excluded === null));
    markRoads(toks, live.filter((m) => m.excluded === null));
    markReferences(toks, live.filter((m) => m.excluded === null));
    const spans = opts.exclude ?? [];
    return raws.map((m) => {
      const start = toks[m.i]!.start + m.prefixLen;
      const end = toks[m.j - 1]!.end;
      let excluded = m.excluded;
      if (spans.some((s) => s.start < end && start < s.end)) excluded = "excluded-span";
      return {
        code: m.code, start, end, surface: text.slice(start, end), entry: m.group.primary.id,
        kind: m.group.kind, excluded, codes: m.group.codes,
      };
    });
  }
  function findPlaces(text: string, opts: FindPlacesOptions = {}): PlaceMatch[] {
    return findAllPlaces(text, opts)
      .filter((c) => c.excluded === null || (opts.keepActorSeats === true && c.excluded === "actor"))
      .map(({ code, start, end, surface, entry }) => ({ code, start, end, surface, entry }));
  }
  return { findPlaces, findAllPlaces };
}
