/**
 * Noun-phrase helpers for subject parsing: personal names, role/institution phrases and the
 * word lists that bound them (folded forms).
 */
import { SKIP_WORDS, SUBJECT_STOPS, SPEECH_NOUNS, speechForm } from "./lexicon";
import type { SpeakerContext } from "./speaker";
import { SEP_HARD, phraseTokens, type Token } from "../text/tokens";
import { CONSTRUCT, FIRST_NAMES, ORG_HEADS, ROLE_HEADS } from "./words";
import { ENVOY_HEADS } from "./patterns";

export const isHard = (t: Token | undefined) => !t || (t.sep & SEP_HARD) !== 0;

export function slice(ctx: SpeakerContext, from: number, to: number): string {
  const a = ctx.tokens[from], b = ctx.tokens[to - 1];
  if (!a || !b) return "";
  return ctx.text.slice(a.start, b.end).replace(/[\u064B-\u0652\u0640]/g, "").replace(/["«»“”]/g, "").replace(/\s+/g, " ").trim();
}

export function nameLike(t: Token | undefined): boolean {
  if (!t) return false;
  return t.s.length >= 2 && !t.s.startsWith("لل") && !SUBJECT_STOPS.has(t.s) && !SKIP_WORDS.has(t.s) && !speechForm(t.s) &&
    !ROLE_HEADS.has(t.s) && !ORG_HEADS.has(t.s) && !/^[0-9a-z]/.test(t.s);
}

/** Personal name starting at i (1..3 tokens, no punctuation inside). Returns end index or -1. */
export function nameAt(ctx: SpeakerContext, i: number, requireFirst: boolean): number {
  const t = ctx.tokens[i];
  if (!(nameLike(t) || isAli(ctx, t)) || definite(ctx, t!) || dative(ctx, i)) return -1;
  // "أم محمد": a kunya with a known first name.
  if (requireFirst && !FIRST_NAMES.has(t!.s) && !(t!.s === "ام" && FIRST_NAMES.has(ctx.tokens[i + 1]?.s ?? "") && !isHard(ctx.tokens[i + 1]))) return -1;
  let j = i + 1;
  // Compound given names ("عبد العزيز", "أبو محمد") count as one word.
  const lim = i + (COMPOUND.has(t!.s) ? 4 : 3);
  while (j < lim && nameLike(ctx.tokens[j]) && !isHard(ctx.tokens[j]) && !CONSTRUCT.has(ctx.tokens[j]!.s) && !dative(ctx, j)) j++;
  return j - i >= 2 || !requireFirst ? j : -1;
}

/** The given name "علي" (spelled with ي, and followed by a name), not the preposition "على". */
export function isAli(ctx: SpeakerContext, t: Token | undefined): boolean {
  return !!t && t.s === "علي" && ctx.text.charCodeAt(t.end - 1) === 0x064a;
}
export const tokens_ = (ctx: SpeakerContext, j: number): Token | undefined => ctx.tokens[j];
/** Definite article, not a name spelled with hamza that folds to "ال" ("إلهام", "ألماز"). */
export function definite(ctx: SpeakerContext, t: Token): boolean {
  return t.s.startsWith("ال") && ctx.text.charCodeAt(t.start) === 0x0627;
}
/** Verbal nouns that open the object of أعلن/أكد, never part of a name ("أعلنت الفصائل السيطرة على"). */
export const OBJECT_NOUNS = new Set(phraseTokensOf("السيطرة القبض الإفراج البدء الانتهاء التوصل الموافقة الانسحاب الاستعداد الإطلاق إطلاق اعتقال مقتل إصابة تحرير استعادة الاستيلاء رفض الرفض"));
export const SYRIAN_DEFAULT: Record<string, string> = { "الحكومه": "sy-government", "الرياسه": "sy-presidency" };
export const COMPOUND = new Set(phraseTokensOf("عبد أبو ابو أم ام ابن بن"));
/** "لفرانس برس", "لعنب بلدي": a dative registry mention after a name ends the name. */
export function dative(ctx: SpeakerContext, j: number): boolean {
  const s = ctx.tokens[j]?.s ?? "";
  return s.length > 2 && s[0] === "ل" && !s.startsWith("لل") && ctx.mention(j) !== null;
}

/** Role/institution phrase continuing at i: definite nouns, construct nouns, "في/باسم/لدى + X". */
export function phraseEnd(ctx: SpeakerContext, i: number, max: number, genitive = false): number {
  let j = i;
  let afterPrep = genitive && nameLike(ctx.tokens[i]) && !isHard(ctx.tokens[i]) ? 1 : 0;
  while (j < max && j < i + 9) {
    const t = ctx.tokens[j];
    if (!t || (j > i && isHard(t))) break;
    const s = t.s;
    // "إلى" belongs to an envoy's title ("المبعوث الأمريكي إلى سوريا"); otherwise it opens the
    // verb's complement ("وأشارت المسؤولة الأوروبية إلى", "نبّهت الوزارة إلى").
    if (s === "الي" && !envoyBefore(ctx, i, j)) break;
    if (s === "في" || s === "باسم" || s === "لدي" || s === "الي" || s === "ضد" || (s === "ل" && j > i)) {
      const nx = ctx.tokens[j + 1];
      if (!nx || isHard(nx) || SPEECH_NOUNS.has(nx.s) || speechForm(nx.s) || SKIP_WORDS.has(nx.s)) break;
      afterPrep = 1; j++; continue;
    }
    if (SUBJECT_STOPS.has(s) || SKIP_WORDS.has(s) || speechForm(s) || QUALIFIERS.has(s) || OBJECT_NOUNS.has(s)) break;
    // "المجلس الإسلامي السوري الاعتداء": a definite noun after a nisba adjective is the verb's object.
    const pv = tokens_(ctx, j - 1);
    if (j > i && definite(ctx, t) && pv && definite(ctx, pv) && /(ي|يه)$/.test(pv.s) && !/(ي|يه|ين|ون|يين|يون)$/.test(s) && !ctx.mention(j)) break;
    // A definite noun takes no genitive: "اتهمت الحكومة التنظيم" — the second institution is the object.
    if (pv && definite(ctx, t) && definite(ctx, pv) && ORG_HEADS.has(s) && (j > i || ORG_HEADS.has(pv.s)) && !ctx.mention(j)) break;
    // A known institution inside the phrase ("لمجلس سوريا الديمقراطية") is taken whole.
    const m = j === i || s.startsWith("ال") || afterPrep > 0 || (s[0] === "ل" && s.length > 3) ? ctx.mention(j) : null;
    // ... but not a dative outlet ("لعنب بلدي").
    if (m && !m.role && m.actor.kind !== "person" && m.to <= max && !(m.actor.kind === "media" && dative(ctx, j))) { j = m.to; afterPrep = 0; continue; }
    const lp = s.length > 3 && s[0] === "ل" && CONSTRUCT.has(s.slice(1));
    // "الإعلام والاتصال", "الخارجية والمغتربين": coordinated definite nouns stay in the phrase.
    // "نائب رئيس الوزراء", "مساعد وزير الخارجية": a role noun in construct.
    // "الفرقة 76", "اللواء 52": a unit number after a definite noun.
    if (j > i && /^[0-9\u0660-\u0669]+$/.test(s) && definite(ctx, ctx.tokens[j - 1]!)) { j++; continue; }
    if (definite(ctx, t) || (s.startsWith("وال") && s.length > 4) || CONSTRUCT.has(s) || afterPrep > 0 || (ROLE_HEADS.has(s) && !s.startsWith("ال")) || s.startsWith("لل") || lp || (j === i && ORG_HEADS.has(s))) {
      const head = s[0] === "ل" && !s.startsWith("لل") && !s.startsWith("ال") ? s.slice(1) : s;
      afterPrep = PLACE_NOUNS.has(head) || (ORG_HEADS.has(head) && !head.startsWith("ال")) ? 1 : Math.max(0, afterPrep - 1);
      j++;
      continue;
    }
    break;
  }
  return j;
}

function envoyBefore(ctx: SpeakerContext, i: number, j: number): boolean {
  for (let k = Math.max(0, i - 1); k < j; k++) if (ENVOY_HEADS.has(ctx.tokens[k]!.s)) return true;
  return false;
}

/** A discovered name is trusted when it starts with a known first name or is closed by punctuation/أن. */
export function nameEnds(ctx: SpeakerContext, from: number, to: number): boolean {
  if (FIRST_NAMES.has(ctx.tokens[from]!.s)) return true;
  // A feminine given name ends in ة (folded ه): "سميرة مسالمة"; "ها/هم" are object pronouns.
  if (/(ها|هم)$/.test(ctx.tokens[from]!.s) || to - from < 2) return false;
  const after = ctx.tokens[to];
  return !after || (after.sep & SEP_HARD) !== 0 || ANNOUNCE_THAT.has(after.s) || dative(ctx, to);
}
export const NAMING = new Set(phraseTokensOf("اسم تدعى تسمى المعروفة يطلق تطلق المسماة"));
/** Qualifiers that follow a name but are not part of it ("صحيفة الوطن المقربة من الحكومة"). */
export const PLURAL_SUBJECTS = new Set(phraseTokensOf("أهالي عائلات فصائل عناصر قادة زعماء أعضاء نواب وجهاء شيوخ سكان مواطنون مواطنين مقاتلون مقاتلين"));
export const FRONTED = new Set(phraseTokensOf("في خلال عبر على"));
export const QUALIFIERS = new Set(phraseTokensOf("المقربة المقرب الموالية الموالي التابعة التابع المدعومة المدعوم المعروفة المعروف المعارضة الرسمية"));
export const DATIVES = new Set(phraseTokensOf("للصحفيين للصحافيين للصحافة للإعلاميين لوسائل_الإعلام"));
export const PP_PRONOUNS = new Set(phraseTokensOf("به بها له لها لهم لنا"));
export const PLACE_NOUNS = new Set(phraseTokensOf("محافظة مدينة منطقة ريف بلدة ناحية حي قرية مخيم مركز منظمة جمعية مؤسسة شبكة سجن مشفى مستشفى مطار معبر ميناء جامعة"));
export const ANNOUNCE_THAT = new Set(["ان", "انه", "انها", "بان"]);
/** Subjects that are not actors ("تقارير", "معلومات"): the verb has no speaker. */
export const NON_ACTOR = new Set(phraseTokensOf("تقارير تقرير معلومات أنباء أرقام إحصاءات وثائق صور مشاهد دراسة استطلاع"));
export function phraseTokensOf(words: string): string[] {
  return words.split(/\s+/).flatMap((w) => phraseTokens(w.replace(/_/g, " ")).slice(0, 1));
}

