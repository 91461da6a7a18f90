/**
 * Rules relating two place mentions: extents ("من X إلى Y", "بين X وY", roads "طريق دمشق - السويداء"),
 * directions relative to a reference city next to a resolved place ("السيدة زينب جنوب دمشق"), and an
 * explicit governorate right after a town ("قرية صيدا الحانوت بريف القنيطرة") overriding a homonym reading.
 */
import type { GovernorateCode } from "../../domain/governorates";
import type { NameGroup } from "./gazetteer";
import { EXTENT_BETWEEN, EXTENT_FROM, EXTENT_TO, PLACE_NOUNS, inSet } from "./lexicon";
import { compact } from "../../text/normalize";
import type { Tok } from "./tokens";
import type { ExclusionReason } from "./types";

export interface Raw {
  i: number;
  j: number;
  group: NameGroup;
  prefix: string;
  prefixLen: number;
  excluded: ExclusionReason | null;
  code: GovernorateCode;
}

const BREAK = /[.,;:!?؛،"()\[\]]/;
const BREAK_NO_QUOTE = /[.,;:!?؛،()\[\]]/;
const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean).map(compact));

/** Road nouns ("طريق", "أوتوستراد") and the words that may stand between them and the first city. */
const ROADS = words("طريق الطريق طرق اوتوستراد الاوتوستراد اوتستراد الاوتستراد اتوستراد الاتوستراد اتستراد الاتستراد");
const ROAD_MODS = words("الدولي الدولية العام السريع الرئيسي الواصل الرابط عام سريع الحيوي");
/** Separators of a road's two ends ("حلب-اللاذقية", "دمشق – السويداء", "حمص/تدمر"). */
const ROAD_SEP = /^[-–—ـ/]*$/;

/** Bare direction words (clitics and article removed). */
const DIRS = words("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي");
/** Nearness and distance words that make the next city a reference ("الكسوة قرب دمشق", "على بعد 20 كم من دمشق"). */
const NEAR = words("قرب بالقرب مقربه القريبه قريبه القريب قريب كم كلم كيلومتر كيلومترات كيلومترا");
/** Kinds of names often shared by several places ("الطيبة", "الحميدية"). */
const SMALL = new Set(["village", "town", "neighbourhood", "site"]);
/** Nouns of settlements outside a city ("قرية X جنوب دمشق" is in Rif Dimashq). */
const TOWN_NOUNS = words("قريه قرى بلده بلدات مزرعه مزارع ناحيه بلدتي قريتي");
/** Words allowed between a place and a direction that refers to a city ("على بعد 20 كم جنوب دمشق"). */
const REF_FILLERS = words("على بعد نحو حوالي قرابة كم كلم كيلومتر كيلومترات كيلومترا كيلو ميل اميال متر الواقعه الواقع الواقعتين الواقعين الى في من");
/** Words allowed between a town and the governorate that follows it ("التابعة لمحافظة", "الواقعة في"). */
const GOV_FILLERS = words("التابعه التابع الواقعه الواقع في");

function bare(key: string): string {
  let k = key;
  if (k.length > 3 && (k[0] === "و" || k[0] === "ف")) k = k.slice(1);
  if (k.length > 3 && (k[0] === "ب" || k[0] === "ل")) k = k[1] === "ل" && k[0] === "ل" ? "ا" + k.slice(1) : k.slice(1);
  if (k.length > 4 && k.startsWith("ال")) k = k.slice(2);
  return k;
}

function adjacentTok(toks: Tok[], k: number): Tok | undefined {
  const t = toks[k];
  if (!t || t.lineStart || BREAK.test(t.sep)) return undefined;
  return t;
}

export function markExtents(toks: Tok[], raws: Raw[]): void {
  for (let r = 0; r + 1 < raws.length; r++) {
    const a = raws[r]!;
    const b = raws[r + 1]!;
    const prev = adjacentTok(toks, a.i) ? toks[a.i - 1] : undefined;
    const pp = prev && inSet(PLACE_NOUNS, prev.key) && adjacentTok(toks, a.i - 1) ? toks[a.i - 2] : prev;
    if (!pp) continue;
    let pair = false;
    if (inSet(EXTENT_FROM, pp.key)) {
      const mid = toks[a.j];
      pair = !!mid && a.j < b.i && b.i - a.j <= 2 && inSet(EXTENT_TO, mid.key);
    } else if (inSet(EXTENT_BETWEEN, pp.key) || inSet(EXTENT_BETWEEN, prev!.key)) {
      pair = (b.i === a.j && b.prefix.startsWith("و")) || (b.i === a.j + 1 && toks[a.j]!.key === "و");
    }
    if (!pair) continue;
    // "بين محافظات حمص ودير الزور والرقة": the whole coordinated list.
    const list = [a, b];
    for (let s = r + 2; s < raws.length; s++) {
      const last = list[list.length - 1]!;
      const c = raws[s]!;
      const t = toks[c.i]!;
      const coord = (c.i === last.j && c.prefix.startsWith("و")) || (c.i === last.j + 1 && toks[last.j]!.key === "و");
      if (!coord || t.lineStart || BREAK.test(t.sep)) break;
      list.push(c);
    }
    if (new Set(list.map((m) => m.code)).size > 1) for (const m of list) m.excluded ??= "extent";
  }
}

/** Whether a road noun stands just before token i ("على طريق", "الطريق الدولي", "أوتوستراد"). */
function afterRoad(toks: Tok[], i: number): boolean {
  for (let k = i - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    if (toks[k + 1]!.lineStart || BREAK.test(toks[k + 1]!.sep)) return false;
    const key = toks[k]!.key;
    const b = bare(key);
    if (ROADS.has(key) || ROADS.has(b) || ROADS.has("ال" + b)) return true;
    if (!ROAD_MODS.has(key) && !ROAD_MODS.has(b)) return false;
  }
  return false;
}

/** "طريق دمشق - السويداء", "أوتوستراد حلب-اللاذقية": a road between cities of different governorates is an extent. */
export function markRoads(toks: Tok[], raws: Raw[]): void {
  for (let r = 0; r + 1 < raws.length; r++) {
    const a = raws[r]!;
    if (!afterRoad(toks, a.i)) continue;
    const chain = [a];
    for (let s = r + 1; s < raws.length; s++) {
      const prev = chain[chain.length - 1]!;
      const b = raws[s]!;
      const t = toks[b.i]!;
      if (b.i !== prev.j || t.lineStart || !ROAD_SEP.test(t.sep)) break;
      chain.push(b);
    }
    if (chain.length < 2) continue;
    if (new Set(chain.map((m) => m.code)).size > 1) for (const m of chain) m.excluded ??= "extent";
    r += chain.length - 1;
  }
}

/** Direction or nearness words ending just before token i ("جنوب", "جنوب غرب", "إلى الجنوب من", "قرب", "كم من"); returns the index before them or -1. */
function directionBefore(toks: Tok[], i: number): number {
  let k = i - 1;
  const sepOk = (x: number) => !toks[x + 1]!.lineStart && !/[.;:!?"]/.test(toks[x + 1]!.sep);
  if (k >= 0 && toks[k]!.key === "العاصمه" && sepOk(k)) k--;
  if (k >= 0 && toks[k]!.key === "من" && sepOk(k)) k--;
  let n = 0;
  const rel = (key: string) => DIRS.has(bare(key)) || NEAR.has(key) || NEAR.has(bare(key));
  while (k >= 0 && n < 2 && sepOk(k) && rel(toks[k]!.key) && !/^[وف]/.test(toks[k]!.key)) {
    k--;
    n++;
  }
  return n > 0 ? k : -1;
}

/**
 * "السيدة زينب جنوب دمشق", "الكسوة، على بعد 15 كم جنوب العاصمة": a city named as the reference of a direction
 * right after a resolved place of another governorate is not itself a location.
 */
export function markReferences(toks: Tok[], raws: Raw[]): void {
  const byEnd = new Map<number, Raw>();
  for (const o of raws) byEnd.set(o.j, o);
  for (let r = 0; r < raws.length; r++) {
    const m = raws[r]!;
    if (m.excluded) continue;
    let k = directionBefore(toks, m.i);
    if (k < 0) continue;
    // "قرية X جنوب دمشق" with X unknown: a town or village outside the capital is Rif Dimashq.
    if (m.code === "SY-DI" && !byEnd.has(k + 1)) {
      for (let b = k, n = 0; b >= 0 && n < 4 && !byEnd.has(b + 1); b--, n++) {
        if (toks[b + 1]!.lineStart || /[.;:!?"]/.test(toks[b + 1]!.sep)) break;
        const key = toks[b]!.key;
        if (TOWN_NOUNS.has(key) || TOWN_NOUNS.has(bare(key))) { m.code = "SY-RD"; break; }
      }
    }
    for (let n = 0; n < 5 && k >= 0; n++) {
      const p = byEnd.get(k + 1);
      if (p && p !== m) {
        if (!p.excluded && p.code !== m.code) {
          // A shared or common-word village name placed relative to a city other than the capital is in the city's
          // governorate ("قرية الطيبة شرق حمص"); a listed town or seat keeps its own ("بيت جن قرب القنيطرة",
          // "مدينة حماة شمال حمص"), and so does anything placed relative to Damascus ("السيدة زينب جنوب دمشق").
          const homonym = p.group.codes.length > 1 || p.group.cue === "strong";
          if (m.code !== "SY-DI" && SMALL.has(p.group.kind) && homonym) p.code = m.code;
          m.excluded = "reference";
        }
        break;
      }
      if (toks[k + 1]!.lineStart || /[.;:!?"]/.test(toks[k + 1]!.sep)) break;
      const key = toks[k]!.key;
      if (!REF_FILLERS.has(key) && !REF_FILLERS.has(bare(key)) && !/^\d+$/.test(key)) break;
      k--;
    }
  }
}

/**
 * "قرية صيدا الحانوت بريف القنيطرة": a town followed (within two words) by "بريف/في/بمحافظة <governorate>"
 * takes that governorate when its own reading is elsewhere (an unknown longer name or a homonym).
 * Not for a Rif Dimashq town followed by "دمشق" (the capital is used loosely for its suburbs).
 */
export function overrideByGovernorate(toks: Tok[], raws: Raw[]): void {
  for (let r = 0; r + 1 < raws.length; r++) {
    const m = raws[r]!;
    const g = raws[r + 1]!;
    if (m.excluded || g.excluded || m.group.kind === "governorate" || g.group.kind !== "governorate") continue;
    if (g.i - m.j > 2 || g.code === m.code) continue;
    let ok = true;
    // Quote marks around the town do not separate it ('سجن "الكلاسة" بمدينة الحسكة').
    for (let k = m.j; k <= g.i && ok; k++) if (toks[k]!.lineStart || BREAK_NO_QUOTE.test(toks[k]!.sep)) ok = false;
    for (let k = m.j; k < g.i && ok; k++) if (/^[وف]/.test(toks[k]!.key) && !GOV_FILLERS.has(toks[k]!.key)) ok = false;
    if (!ok) continue;
    const prev = toks[g.i - 1]!;
    const explicit = g.prefix.includes("ب") || g.group.tokens[0] === "ريف" || (g.i > m.j && GOV_FILLERS.has(prev.key)) ||
      (g.i > m.j && bare(prev.key) === "محافظه");
    if (!explicit) continue;
    // "جرمانا بدمشق": the capital locates its suburb.
    if (g.code === "SY-DI" && m.code === "SY-RD") { g.excluded = "reference"; continue; }
    m.code = g.code;
  }
}

/** Neighbouring countries and their adjectives: "صيدا جنوب لبنان", "بلدة الطيبة اللبنانية" are not in Syria. */
const FOREIGN_ADJ = /^(اللبناني|العراقي|التركي|الاردني|الاسرائيلي)(ه|تين|ين)?$/;
const FOREIGN_LAND = words("لبنان العراق تركيا الاردن اسرائيل فلسطين");

export function markForeign(toks: Tok[], raws: Raw[]): void {
  for (const m of raws) {
    if (m.excluded) continue;
    let k = m.j;
    const t = adjacentTok(toks, k);
    if (!t) continue;
    if (FOREIGN_ADJ.test(t.key)) { m.excluded = "foreign"; continue; }
    if (bare(t.key) === "في" || t.key === "في") k++;
    let n = 0;
    while (n < 2 && adjacentTok(toks, k) && DIRS.has(bare(toks[k]!.key))) { k++; n++; }
    const land = adjacentTok(toks, k);
    if (n > 0 && land && (FOREIGN_LAND.has(land.key) || FOREIGN_LAND.has(bare(land.key)))) m.excluded = "foreign";
  }
}
