/**
 * Security-operation classifier: a lexicon of Arabic operation words (raids, arrests, cells dismantled,
 * seizures, strikes, attacks, clashes, campaigns, killings of militants) matched on tokens with attached
 * conjunctions/prepositions/article removed. Two-word cues ("ضبط أسلحة", "عملية أمنية") need both words.
 * Negated or prevented mentions ("لا يعني توجيه ضربات", "منع هجماتها") do not count. Pure, linear.
 */
import { fold, SKIP } from "../text/normalize";
import { tokenize } from "../text/tokens";

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
stems("arrest", "اعتقال اعتقلت اعتقلوا يعتقل تعتقل القبض توقيف اوقفت احتجاز احتجزت اختطاف اختطف خطف");
exact("arrest", "اعتقل اعتقلته اعتقلتهم قبض اسرت اسروا");
stems("strike", "اغارت غارة غارات قصف قصفت يقصف تقصف القصف ضربة ضربات استهداف استهدفت استهدف يستهدف تستهدف صاروخ صواريخ قذيف قذائف");
stems("attack", "هجوم هجمات هاجم يهاجم تهاجم اعتداء اعتداءات كمين تفجير تفجيرات فجر انفجار انتحاري انتحارية مفخخ ناسف ناسفة عبوة عبوات اغتيال اغتال رصاص قنص قناص مجزرة مجازر تسلل توغل توغلت يتوغل قنبلة قنابل رشقات جروح");
exact("attack", "فجرت فجروا");
stems("clash", "اشتباك اشتبك معارك معركة مواجهات اقتتال");
stems("campaign", "تمشيط ملاحقة ملاحقات إنزال");
stems("killing", "مقتل مقتول قتلى قتيل تحييد تصفية مصرع إعدام أعدم ذبح");
exact("killing", "قتل قتلت قتلوا قتله قتلها");
stems("seizure", "مضبوط مصادرة صادرت مستودع مستودعات إحباط أحبط يحبط تحبط احباط");

/** Two-word cues: first word (up to two extra letters), then a word starting with one of the second stems within 3 tokens. */
const PAIR_DEFS: [string[], string[], SecurityCategory][] = [
  [["ضبط", "ضبطت", "تضبط", "يضبط"], ["اسلح", "سلاح", "ذخائر", "ذخير", "خلي", "مخدرات", "متفجر", "عبوات", "عبوه", "شحن", "مستودع", "كمي", "حبوب", "كبتاغون", "صواريخ", "الغام", "مطلوبين"], "seizure"],
  [["تفكيك", "فكك", "فككت", "تفكك", "يفكك"], ["خلي", "خلايا", "شبك", "عبوه", "عبوات", "لغم", "الغام", "مفخخ"], "cell"],
  [["عملي", "عمليات"], ["عسكري", "امني", "نوعي", "انزال", "مداهم", "اغتيال", "تمشيط", "ارهابي", "انتحاري", "دهم", "خاص"], "campaign"],
  [["حمل", "حملات"], ["امني", "عسكري", "اعتقال", "مداهم", "دهم", "تمشيط", "ضد"], "campaign"],
  [["القاء", "القت", "القي", "يلقي", "تلقي", "القوا"], ["القبض"], "arrest"],
  [["طائر", "طائرات", "مسير", "مسيرات"], ["مسير", "مسيرات", "انتحاري", "حربي", "مسيره"], "strike"],
  [["سقوط", "سقط"], ["قتلى", "قتيل", "جرحى", "ضحايا"], "attack"],
  [["جرحى", "اصابه", "اصابات", "اصيب"], ["هجوم", "انفجار", "قصف", "اشتباك", "برصاص", "رصاص"], "attack"],
  [["اطلاق", "اطلق", "اطلقت", "اطلقوا", "تبادل"], ["النار", "نار", "الرصاص", "رصاص", "النيران", "قذائف", "صواريخ", "صاروخ"], "attack"],
  [["استعاده", "استعادت", "بسط", "بسطت", "فرض", "فرضت"], ["السيطره", "سيطره", "سيطرتها"], "campaign"],
  [["تعزيزات", "ارتال", "رتل", "حشود", "حشد"], ["عسكري", "امني", "عسكريه", "امنيه"], "campaign"],
  [["دفع", "دفعت", "ارسل", "ارسلت", "استقدم", "استقدمت"], ["تعزيزات", "بتعزيزات", "ارتال", "بارتال", "رتل", "برتل"], "campaign"],
  [["ضرب", "ضربت", "يضرب", "تضرب"], ["اهداف", "مواقع", "موقع", "مقرات", "مقر", "منشا"], "strike"],
  [["عثور", "العثور", "انتشال", "عثرت", "عثر"], ["جثه", "جثث", "جثمان", "جثامين", "رفات"], "killing"],
  [["مقبره", "مقابر"], ["جماعي"], "killing"],
  [["طلعات", "طلعه"], ["جوي", "جويه"], "strike"],
  [["اعمال", "احداث", "موجه"], ["عنف", "العنف"], "clash"],
];
interface Pair { first: Set<string>; second: Set<string>; cat: SecurityCategory }
const PAIRS: Pair[] = PAIR_DEFS.map(([f, sec, cat]) => ({ first: new Set(f.map(k)), second: new Set(sec.map(k)), cat }));
/** First three letters of every pair head: a cheap filter before the pair lookups. */
const PAIR_HEAD3 = new Set(PAIRS.flatMap((p) => [...p.first].map((w) => w.slice(0, 3))));
/** Pair head word -> pairs it starts. */
const PAIR_BY_FIRST = new Map<string, Pair[]>();
for (const p of PAIRS) for (const w of p.first) PAIR_BY_FIRST.set(w, [...(PAIR_BY_FIRST.get(w) ?? []), p]);

/** Pairs whose head is `w` or `w` minus up to two trailing letters. */
function pairsFor(w: string): Pair[] | undefined {
  return PAIR_BY_FIRST.get(w) ?? (w.length > 3 ? PAIR_BY_FIRST.get(w.slice(0, -1)) : undefined) ?? (w.length > 4 ? PAIR_BY_FIRST.get(w.slice(0, -2)) : undefined);
}

/** Whether a prefix of `w` (2..8 letters) is in `set`. */
function hasPrefix(set: Set<string>, w: string): boolean {
  for (let n = Math.min(8, w.length); n >= 2; n--) if (set.has(w.slice(0, n))) return true;
  return false;
}

/** Words that negate or prevent an operation word up to three tokens later ("عدم", "استحالة شن هجمات", "منع هجماتها"). */
const NEGATION = new Set(["عدم", "استحاله", "دون", "بدون", "منع", "لمنع", "ومنع", "تمنع", "يمنع"].map(k));
/** Particles that negate only the next word ("لا هجمات"), or a "means/includes" verb after them ("لا يعني توجيه ضربات"). */
const NEG_PARTICLES = new Set(["لا", "لن", "لم", "ليس", "ليست", "غير"].map(k));
/**
 * Words that cancel only the operation word right after them: a ceasefire ("وقف إطلاق النار", "وقف العمليات
 * العسكرية"), the 1974 disengagement ("فض/فك الاشتباك"), a hypothetical ("لن تسمح بأي اعتداء", "لصد أي هجوم").
 */
const NEG_NEXT = new Set(["وقف", "بوقف", "لوقف", "ووقف", "فض", "فك", "أي", "بأي", "لأي", "وأي"].map(k));
const NEG_VERBS = new Set(["يعني", "تعني", "يتضمن", "تتضمن", "يشمل", "تشمل", "ينوي", "تنوي", "يريد", "تريد"].map(k));
/** "هجوم إعلامي", "هجوماً لاذعاً", "اشتباك كلامي": words, not arms. */
const WORDY = new Set(["إعلامي", "إعلامية", "إعلاميا", "سياسي", "سياسيا", "كلامي", "كلاميا", "لفظي", "لفظيا", "لاذع", "لاذعا", "حاد", "حادا", "إلكتروني", "إلكترونية", "سيبراني", "سيبرانية"].map(k));
/** Non-operational senses: "التحالف ضد داعش" alone, "مكونات عسكرية", "إطلاق سراح", "تهديدات". */
const BLOCK_NEXT = new Map<string, Set<string>>([
  [k("اطلاق"), new Set(["سراح"].map(k))],
  [k("ملاحقة"), new Set(["قضائية", "قانونية"].map(k))],
  [k("حملة"), new Set(["انتخابية", "تبرعات", "إعلامية", "دعائية"].map(k))],
  [k("تصفية"), new Set(["الحسابات", "حسابات"].map(k))],
  ...["انفجار", "تفجير"].map((w): [string, Set<string>] => [k(w), new Set(["الوضع", "الأوضاع", "الموقف", "سكاني", "الأسعار"].map(k))]),
  [k("ذبح"), new Set(["الأضاحي", "أضاحي", "الأضحية", "الأضحيات"].map(k))],
  ...["هجوم", "هجوما", "هجمات"].map((w): [string, Set<string>] => [k(w), WORDY]),
  ...["اشتباك", "اشتباكا", "اشتباكات"].map((w): [string, Set<string>] => [k(w), WORDY]),
  ...["معركة", "معارك"].map((w): [string, Set<string>] => [k(w), new Set([...WORDY, ...["انتخابية", "سياسية", "قانونية", "قضائية", "دبلوماسية"].map(k)])]),
]);

const QUANTITY = new Set(["اكثر", "من", "نحو", "حوالي", "قرابه", "زهاء", "ما", "يقارب", "مليون", "مليوني", "ملايين", "مليار", "الف", "الفي", "الاف", "مئات", "عشرات", "كميه", "كميات", "كبيره"].map(k));

interface T { start: number; end: number; base: string; alt: string; bare: string }

function tokens(text: string): T[] {
  const out: T[] = [];
  for (const t of tokenize(fold(text))) {
    const raw = t.key;
    if (raw.length < 2) continue;
    const noArticle = raw.length > 4 && raw.startsWith("ال") ? raw.slice(2) : raw;
    const base = strip(raw);
    // "لهجوم", "بقصف": a bare preposition without the article.
    const b0 = base.charCodeAt(0);
    const bare = base.length > 3 && (b0 === 0x0628 || b0 === 0x0644 || b0 === 0x0643) ? base.slice(1) : base;
    out.push({ start: t.start, end: t.end, base, alt: noArticle, bare });
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

let STEM_MAP: Map<string, SecurityCategory> | null = null;
function stemMap(): Map<string, SecurityCategory> {
  if (STEM_MAP) return STEM_MAP;
  STEM_MAP = new Map();
  for (const [st, cat] of STEMS) STEM_MAP.set(st.startsWith("ال") && st.length > 4 ? st.slice(2) : st, cat);
  return STEM_MAP;
}

function single(base: string): SecurityCategory | null {
  const e = EXACT.get(base);
  if (e) return e;
  const map = stemMap();
  for (let n = base.length; n >= Math.max(3, base.length - 4); n--) {
    const c = map.get(base.slice(0, n));
    if (c) return c;
  }
  return null;
}

let ANY3: Set<string> | null = null;
/** First three letters of every cue word: tokens starting otherwise are skipped without further work. */
function any3(): Set<string> {
  if (ANY3) return ANY3;
  ANY3 = new Set<string>(PAIR_HEAD3);
  for (const w of stemMap().keys()) ANY3.add(w.slice(0, 3));
  for (const w of EXACT.keys()) ANY3.add(w.slice(0, 3));
  return ANY3;
}

/** Matched operation cues (spans relative to text). */
export function securityCues(text: string): SecurityCue[] {
  const toks = tokens(text);
  const out: SecurityCue[] = [];
  const first3 = any3();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!first3.has(t.base.slice(0, 3)) && !first3.has(t.alt.slice(0, 3)) && !first3.has(t.bare.slice(0, 3))) continue;
    let cat: SecurityCategory | null = null;
    let end = t.end;
    const candidates = pairsFor(t.base) ?? pairsFor(t.alt) ?? pairsFor(t.bare);
    if (candidates) {
      for (const p of candidates) {
        // Quantity words do not count ("ضبط أكثر من مليوني حبة كبتاغون").
        for (let j = i + 1, lim = i + 3; j <= lim && j < toks.length; j++) {
          if (hasPrefix(p.second, toks[j]!.base) || hasPrefix(p.second, toks[j]!.alt)) { cat = p.cat; end = toks[j]!.end; break; }
          if (QUANTITY.has(toks[j]!.base) && lim < i + 7) lim++;
        }
        if (cat) break;
      }
    }
    if (!cat) {
      cat = single(t.base) ?? (t.alt !== t.base ? single(t.alt) : null) ?? (t.bare !== t.base ? single(t.bare) : null);
      const block = BLOCK_NEXT.get(t.base) ?? BLOCK_NEXT.get(t.alt);
      const nx = toks[i + 1];
      if (cat && block && nx && (block.has(nx.base) || block.has(k(text.slice(nx.start, nx.end))))) cat = null;
      // "بالإحباط" (frustration) takes the article; "إحباط محاولة" (foiling) never does.
      if (cat && t.base.startsWith("احباط") && /^[وف]?(?:[بلك]?ال|لل)/.test(k(text.slice(t.start, t.end)))) cat = null;
    }
    if (!cat) continue;
    let negated = false;
    for (let j = Math.max(0, i - 3); j < i; j++) {
      const w = toks[j]!;
      const raw = k(text.slice(w.start, w.end));
      if (NEGATION.has(w.base) || NEGATION.has(raw)) negated = true;
      else if (j === i - 1 && (NEG_NEXT.has(raw) || NEG_NEXT.has(w.base) || NEG_NEXT.has(w.bare))) negated = true;
      else if ((NEG_PARTICLES.has(raw) || NEG_PARTICLES.has(w.base)) && (j === i - 1 || NEG_VERBS.has(toks[j + 1]!.base))) negated = true;
    }
    if (negated) continue;
    out.push({ start: t.start, end, cue: text.slice(t.start, end), category: cat });
  }
  return out;
}

/** Whether a sentence/clause reports a security or military operation. */
export function isSecurityOperation(text: string): boolean {
  return securityCues(text).length > 0;
}
