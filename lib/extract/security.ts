/**
 * Security-operation classifier: a lexicon of Arabic operation words (raids, arrests, cells dismantled,
 * seizures, strikes, attacks, clashes, campaigns, killings of militants) matched on tokens with attached
 * conjunctions/prepositions/article removed. Two-word cues ("ضبط أسلحة", "عملية أمنية") need both words.
 * Negated or prevented mentions ("لا يعني توجيه ضربات", "منع هجماتها") do not count. Pure, linear.
 */
import { fold, SKIP } from "./normalize";

export type SecurityCategory = "raid" | "arrest" | "cell" | "seizure" | "strike" | "attack" | "clash" | "campaign" | "killing";

export interface SecurityCue { start: number; end: number; cue: string; category: SecurityCategory }

const k = (w: string) => fold(w).split(SKIP).join("");

/** Word prefixes (after clitic removal) that are operation words on their own. */
const STEMS: [string, SecurityCategory][] = [];
/** Exact words (short or ambiguous stems). */
const EXACT = new Map<string, SecurityCategory>();
function stems(cat: SecurityCategory, words: string): void {
  for (const w of words.split(/\s+/).filter(Boolean)) STEMS.push([k(w), cat]);
}
function exact(cat: SecurityCategory, words: string): void {
  for (const w of words.split(/\s+/).filter(Boolean)) EXACT.set(k(w), cat);
}
stems("raid", "مداهم داهمت داهموا داهم يداهم تداهم اقتحام اقتحمت اقتحموا");
exact("raid", "دهم دهمت يدهم تدهم اقتحم");
stems("arrest", "اعتقال اعتقلت اعتقلوا يعتقل تعتقل القبض توقيف اوقفت احتجاز احتجزت اختطاف اختطفت خطف");
exact("arrest", "اعتقل اعتقلته اعتقلتهم قبض");
stems("strike", "غارة غارات قصف قصفت يقصف تقصف القصف ضربة ضربات استهداف استهدفت استهدف يستهدف تستهدف صاروخ صواريخ قذيف قذائف");
stems("attack", "هجوم هجمات هاجم يهاجم تهاجم اعتداء اعتداءات كمين تفجير تفجيرات فجر انفجار انتحاري انتحارية مفخخ ناسف ناسفة عبوة عبوات اغتيال اغتال رصاص قنص قناص إطلاق النار");
exact("attack", "فجرت فجروا");
stems("clash", "اشتباك اشتبك معارك معركة مواجهات مسلحة");
stems("campaign", "تمشيط ملاحقة ملاحقات إنزال");
stems("killing", "مقتل قتلى قتيل تحييد تصفية مصرع");
exact("killing", "قتل قتلت قتلوا قتله قتلها");
stems("seizure", "مصادرة صادرت مستودع مستودعات إحباط أحبطت احباط");

/** Two-word cues: first word stem, then one of the second words within 3 tokens. */
const PAIRS: [string[], string[], SecurityCategory][] = [
  [["ضبط", "ضبطت", "تضبط", "يضبط"], ["اسلح", "سلاح", "ذخائر", "ذخير", "خلي", "مخدرات", "متفجر", "عبوات", "عبوه", "شحن", "مستودع", "كمي", "حبوب", "كبتاغون", "صواريخ", "الغام", "مطلوبين"], "seizure"],
  [["تفكيك", "فكك", "فككت", "تفكك", "يفكك"], ["خلي", "خلايا", "شبك", "عبوه", "عبوات", "لغم", "الغام", "مفخخ"], "cell"],
  [["عملي", "عمليات"], ["عسكري", "امني", "نوعي", "انزال", "مداهم", "اغتيال", "تمشيط", "ارهابي", "انتحاري", "دهم", "خاص"], "campaign"],
  [["حمل", "حملات"], ["امني", "عسكري", "اعتقال", "مداهم", "دهم", "تمشيط", "ضد"], "campaign"],
  [["القاء", "القت", "القي", "يلقي", "تلقي", "القوا"], ["القبض"], "arrest"],
  [["طائر", "طائرات", "مسير", "مسيرات"], ["مسير", "مسيرات", "انتحاري", "حربي", "مسيره"], "strike"],
  [["سقوط", "سقط"], ["قتلى", "قتيل", "جرحى", "ضحايا"], "attack"],
  [["جرحى", "اصابه", "اصابات", "اصيب"], ["هجوم", "انفجار", "قصف", "اشتباك", "برصاص", "رصاص"], "attack"],
];

const NEGATION = new Set(["لا", "لن", "لم", "عدم", "استحاله", "دون", "بدون", "ليس", "ليست", "غير", "منع", "لمنع", "ومنع", "تمنع", "يمنع"].map(k));
/** Non-operational senses: "التحالف ضد داعش" alone, "مكونات عسكرية", "إطلاق سراح", "تهديدات". */
const BLOCK_NEXT = new Map<string, Set<string>>([
  [k("اطلاق"), new Set(["سراح"].map(k))],
  [k("ملاحقة"), new Set(["قضائية", "قانونية"].map(k))],
  [k("حملة"), new Set(["انتخابية", "تبرعات", "إعلامية", "دعائية"].map(k))],
]);

interface T { start: number; end: number; base: string; alt: string }

function tokens(text: string): T[] {
  const f = fold(text);
  const out: T[] = [];
  const re = /[\u0621-\u064a\u200c]+/g;
  for (const m of f.matchAll(re)) {
    const raw = m[0].split(SKIP).join("");
    const noArticle = raw.length > 4 && raw.startsWith("ال") ? raw.slice(2) : raw;
    out.push({ start: m.index, end: m.index + m[0].length, base: strip(raw), alt: noArticle });
  }
  return out;
}

/** Removes attached و/ف, ب/ل/ك and the article: "وبالقصف" -> "قصف", "للاعتقال" -> "اعتقال". */
function strip(w: string): string {
  let s = w;
  if (s.length > 3 && (s[0] === "و" || s[0] === "ف")) s = s.slice(1);
  if (s.length > 3 && s.startsWith("لل")) s = s.slice(2);
  else if (s.length > 3 && (s[0] === "ب" || s[0] === "ل" || s[0] === "ك") && s[1] === "ا" && s[2] === "ل") s = s.slice(1);
  if (s.length > 4 && s.startsWith("ال")) s = s.slice(2);
  return s;
}

function single(base: string): SecurityCategory | null {
  const e = EXACT.get(base);
  if (e) return e;
  for (const [st, cat] of STEMS) {
    const stem = st.startsWith("ال") && st.length > 4 ? st.slice(2) : st;
    if (base.startsWith(stem) && base.length - stem.length <= 4) return cat;
  }
  return null;
}

const startsAny = (w: string, list: string[]) => list.some((p) => w.startsWith(p));

/** Matched operation cues (spans relative to text). */
export function securityCues(text: string): SecurityCue[] {
  const toks = tokens(text);
  const out: SecurityCue[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    let cat: SecurityCategory | null = null;
    let end = t.end;
    for (const [firsts, seconds, c] of PAIRS) {
      const firstOk = (w: string) => firsts.some((f) => w === f || (w.startsWith(f) && w.length - f.length <= 2));
      if (!firstOk(t.base) && !firstOk(t.alt)) continue;
      for (let j = i + 1; j <= i + 3 && j < toks.length; j++) {
        if (startsAny(toks[j]!.base, seconds) || startsAny(toks[j]!.alt, seconds)) { cat = c; end = toks[j]!.end; break; }
      }
      if (cat) break;
    }
    if (!cat) {
      cat = single(t.base) ?? (t.alt !== t.base ? single(t.alt) : null);
      const block = BLOCK_NEXT.get(t.base) ?? BLOCK_NEXT.get(t.alt);
      if (cat && block && toks[i + 1] && block.has(toks[i + 1]!.base)) cat = null;
    }
    if (!cat) continue;
    let negated = false;
    for (let j = Math.max(0, i - 3); j < i; j++) if (NEGATION.has(toks[j]!.base) || NEGATION.has(k(text.slice(toks[j]!.start, toks[j]!.end)))) negated = true;
    if (negated) continue;
    out.push({ start: t.start, end, cue: text.slice(t.start, end), category: cat });
  }
  return out;
}

/** Whether a sentence/clause reports a security or military operation. */
export function isSecurityOperation(text: string): boolean {
  return securityCues(text).length > 0;
}
