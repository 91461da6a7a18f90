/**
 * Speech-act lexicon as data: verbs (all common persons/genders), participles that
 * continue the current speaker, speech nouns, conduit prepositions and stop words.
 * Every entry is compiled to canonical folded tokens once at module load.
 */
import type { StatementType } from "../domain/statement";
import { phraseTokens } from "../text/tokens";

export type Gender = "m" | "f" | "p";
export interface SpeechForm {
  lemma: string;
  type: StatementType;
  /** Gender/number of the subject the form agrees with; null for participles/nouns. */
  g: Gender | null;
  form: "verb" | "participle";
  /** An imperfect (present-tense) verb form ("يقول", "تطالب"). */
  present: boolean;
}

/** [past 3ms, past 3fs, present 3ms, participle ms, type]. Empty string = no such form. */
const VERBS: [string, string, string, string, StatementType][] = [
  ["قال", "قالت", "يقول", "قائلا", "statement"],
  ["أكد", "أكدت", "يؤكد", "مؤكدا", "confirmation"],
  ["أعلن", "أعلنت", "يعلن", "معلنا", "announcement"],
  ["نفى", "نفت", "ينفي", "نافيا", "denial"],
  ["أوضح", "أوضحت", "يوضح", "موضحا", "statement"],
  ["كشف", "كشفت", "يكشف", "كاشفا", "announcement"],
  ["أشار", "أشارت", "يشير", "مشيرا", "statement"],
  ["أضاف", "أضافت", "يضيف", "مضيفا", "statement"],
  ["شدد", "شددت", "يشدد", "مشددا", "statement"],
  ["اعتبر", "اعتبرت", "يعتبر", "معتبرا", "statement"],
  ["رأى", "رأت", "يرى", "", "statement"],
  ["ذكر", "ذكرت", "يذكر", "", "report"],
  ["زعم", "زعمت", "يزعم", "زاعما", "claim"],
  ["ادعى", "ادعت", "يدعي", "مدعيا", "claim"],
  ["حذر", "حذرت", "يحذر", "محذرا", "warning"],
  ["أفاد", "أفادت", "يفيد", "", "report"],
  ["اتهم", "اتهمت", "يتهم", "متهما", "accusation"],
  ["دعا", "دعت", "يدعو", "داعيا", "statement"],
  ["طالب", "طالبت", "يطالب", "مطالبا", "statement"],
  ["أقر", "أقرت", "يقر", "مقرا", "confirmation"],
  ["نقل", "نقلت", "ينقل", "ناقلا", "report"],
  ["كتب", "كتبت", "يكتب", "", "statement"],
  ["", "تابعت", "", "", "statement"],
  ["لفت", "لفتت", "يلفت", "لافتا", "statement"],
  ["", "بينت", "يبين", "مبينا", "statement"],
  ["صرح", "صرحت", "يصرح", "مصرحا", "statement"],
    ["أعرب", "أعربت", "يعرب", "معربا", "statement"],
  ["أورد", "أوردت", "يورد", "", "report"],
  ["أبلغ", "أبلغت", "", "", "statement"],
  ["استنكر", "استنكرت", "يستنكر", "", "statement"],
  ["أدان", "أدانت", "يدين", "", "statement"],
  ["ندد", "نددت", "يندد", "", "statement"],
  ["تعهد", "تعهدت", "يتعهد", "متعهدا", "statement"],
  ["توعد", "توعدت", "يتوعد", "", "warning"],
  ["هدد", "هددت", "يهدد", "مهددا", "warning"],
  ["أفصح", "أفصحت", "", "", "statement"],
  ["نوه", "نوهت", "ينوه", "", "statement"],
  ["أردف", "أردفت", "", "مردفا", "statement"],
  ["استطرد", "استطردت", "", "", "statement"],
    ["تبنى", "تبنت", "", "", "claim"],
    ["أبدى", "أبدت", "يبدي", "", "statement"],
  ["تحدث", "تحدثت", "يتحدث", "", "statement"],
  ["رحب", "رحبت", "يرحب", "مرحبا", "statement"],
  ["أشاد", "أشادت", "يشيد", "مشيدا", "statement"],
  ["ناشد", "ناشدت", "يناشد", "مناشدا", "statement"],
  ["توقع", "توقعت", "يتوقع", "متوقعا", "statement"],
  ["رجح", "رجحت", "يرجح", "مرجحا", "statement"],
  ["استبعد", "استبعدت", "يستبعد", "مستبعدا", "statement"],
  ["نبه", "نبهت", "ينبه", "منبها", "warning"],
  ["جزم", "جزمت", "يجزم", "", "confirmation"],
  ["اعترف", "اعترفت", "يعترف", "", "confirmation"],
  ["رصد", "رصدت", "يرصد", "", "report"],
  ["دان", "دانت", "", "", "statement"],
  ["وصف", "وصفت", "يصف", "واصفا", "statement"],
  ["تساءل", "تساءلت", "يتساءل", "متسائلا", "statement"],
  ["استغرب", "استغربت", "يستغرب", "مستغربا", "statement"],
  ["وثق", "وثقت", "يوثق", "", "report"],
];

const FORMS = new Map<string, SpeechForm>();
function put(word: string, f: SpeechForm): void {
  const t = phraseTokens(word)[0];
  if (t && !FORMS.has(t)) FORMS.set(t, f);
}
for (const [past, pastF, pres, part, type] of VERBS) {
  const lemma = phraseTokens(past || pastF)[0] ?? past;
  if (past) {
    put(past, { lemma, type, g: "m", form: "verb", present: false });
    if (!/[ىا]$/.test(past)) put(past + "وا", { lemma, type, g: "p", form: "verb", present: false });
  }
  if (pastF) put(pastF, { lemma, type, g: "f", form: "verb", present: false });
  if (pres) {
    put(pres, { lemma, type, g: "m", form: "verb", present: true });
    put("ت" + pres.slice(1), { lemma, type, g: "f", form: "verb", present: true });
    if (!/[يو]$/.test(pres)) put(pres + "ون", { lemma, type, g: "p", form: "verb", present: true });
  }
  if (part) {
    put(part, { lemma, type, g: null, form: "participle", present: false });
    const base = part.replace(/ا$/, "");
    put(base, { lemma, type, g: null, form: "participle", present: false });
    put(base + "ة", { lemma, type, g: null, form: "participle", present: false });
    put(base + "ين", { lemma, type, g: null, form: "participle", present: false });
  }
}

// Forms that are only speech with a conjunction ("وتابع"; bare "تابع" is "affiliated").
put("وتابع", { lemma: "تابع", type: "statement", g: "m", form: "verb", present: false });
put("وتابعوا", { lemma: "تابع", type: "statement", g: "p", form: "verb", present: false });
put("ويتابع", { lemma: "تابع", type: "statement", g: "m", form: "verb", present: false });

/** Nouns that look like a verb plus an object pronoun ("إشارة" is not "أشار" + ه). */
const NOT_VERBS = new Set(["اشاره", "اضافه", "افاده", "اشارها", "اضافها", "افادها"]);

/** Looks up a token (with a leading و/ف and an attached object pronoun tolerated). */
export function speechForm(tok: string): SpeechForm | null {
  let f = FORMS.get(tok);
  if (f) return f;
  if (tok.length > 3 && (tok[0] === "و" || tok[0] === "ف")) {
    f = FORMS.get(tok.slice(1));
    if (f) return f;
    tok = tok.slice(1);
  }
  if (NOT_VERBS.has(tok)) return null;
  for (const suf of ["ه", "ها", "هم"]) {
    if (tok.length > suf.length + 2 && tok.endsWith(suf)) {
      f = FORMS.get(tok.slice(0, -suf.length));
      if (f && f.form === "verb") return f;
    }
  }
  return null;
}

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).flatMap((w) => phraseTokens(w)));
}

/** Negation particles before a verb: the verb reports no statement. */
export const NEGATIONS = set("لم ولم فلم لن ولن لا ولا");
/** Speech nouns: "بحسب بيان X", "في تصريح"; the entity after them is a speaker. */
export const SPEECH_NOUNS = set("بيان بيانا البيان تصريح تصريحا تصريحات التصريحات بيانات حديث منشور تغريدة رسالة كلمة مقابلة بلاغ إعلان اعلان ما");
/** Generic words before an outlet/institution name that the registry does not need ("صحيفة نيويورك تايمز"). */
export const OUTLET_WORDS = set("صحيفة قناة وكالة موقع شبكة منصة إذاعة مجلة تلفزيون الصحيفة القناة الوكالة الموقع");
/** Time words and adverbs skipped between a verb and its subject. */
export const SKIP_WORDS = set(
  "اليوم أمس امس مساء صباح ظهر ليل ليلة فجر يوم أيام الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت الأحد الماضي الفائت الحالي لاحقا سابقا مؤخرا أيضا ايضا كذلك بدوره بدورها بدورهم قد وقد كان وكان كانت وكانت الجاري نفسه حينها حينذاك آنذاك وقتها",
);
/** Tokens that end a subject noun phrase. */
export const SUBJECT_STOPS = set(
  "أن ان إن أنه انه إنه أنها انها إنها أنهم إنهم عن إلى الى على عبر خلال بعد قبل مع أمام حول ضمن بشأن لـ فيه فيها به بها لها له لهم أثناء اثناء عقب إثر اثر بأن بان وأن وإن كما لكن لكنه حيث التي الذي الذين ما من في",
);
/** Verbs whose grammatical subject is a channel; the speaker follows "عن". */
export const RELAY_LEMMAS = new Set(phraseTokens("نقل"));
