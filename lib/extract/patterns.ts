/**
 * Attribution grammar as data: word tables beside the lexicon. Every row carries an example
 * sentence (our own) and the speaker it must give (`null`: no statement); the unit test
 * tests/unit/extract/patterns.test.ts runs every example through the extractor.
 */
import { phraseTokens } from "../text/tokens";

export interface PatternRow {
  /** Space-separated words (folded at load); `_` joins a multi-word entry. */
  words: string;
  /** An example sentence using the row. */
  example: string;
  /** Arabic name the example's speaker must have (`null` = the example has no statement by it). */
  speaker: string | null;
}

/** Rows whose `words` is "-" only add an example (a boundary case of the table's rule). */
function compile(rows: PatternRow[]): Set<string> {
  return new Set(rows.filter((r) => r.words !== "-").flatMap((r) => r.words.split(/\s+/).filter(Boolean).flatMap((w) => phraseTokens(w.replace(/_/g, " ")).slice(0, 1))));
}

/** Ranks and honorifics directly before a personal name (added to RANKS in words.ts). */
export const RANK_ROWS: PatternRow[] = [
  { words: "الصحافي الصحافية", example: "وأوضح الصحافي سامر الخطيب، المقيم في درعا، أن الطريق مغلق.", speaker: "سامر الخطيب" },
  { words: "السناتور السيناتور", example: "قال السيناتور جون سميث إن العقوبات ستبقى.", speaker: "جون سميث" },
];

/**
 * Role heads whose phrase takes "إلى <destination>" ("المبعوث الأمريكي إلى سوريا"). After any
 * other head, "إلى" opens the verb's complement ("وأشارت الوزارة إلى", "نبّه المسؤول إلى").
 */
export const ENVOY_ROWS: PatternRow[] = [
  { words: "مبعوث المبعوث سفير السفير مندوب المندوب ممثل الممثل وفد الوفد رسول", example: "قال المبعوث الخاص إلى اليمن سامي الحداد إن الهدنة صامدة.", speaker: "سامي الحداد" },
  { words: "-", example: "وأشارت المسؤولة الأوروبية إلى وجود رغبة في التهدئة.", speaker: "مسؤولة أوروبية" },
];
export const ENVOY_HEADS = compile(ENVOY_ROWS);

/**
 * Units that speak for the institution that spoke last ("المكتب الإعلامي" after a presidency
 * statement): a definite unit noun with its adjective and no genitive.
 */
export const UNIT_ROWS: PatternRow[] = [
  { words: "المكتب_الإعلامي المكتب_الصحفي الدائرة_الإعلامية", example: "قالت وزارة الزراعة إن الشائعات كاذبة. وشدد المكتب الإعلامي على أن المخزون كاف.", speaker: "وزارة الزراعة" },
  { words: "-", example: "وقال سامر الحلبي محافظ طرطوس إن الميناء يعمل. وأوضحت المحافظة أن السفن وصلت.", speaker: "محافظة طرطوس" },
];
export const UNIT_PHRASES: string[][] = UNIT_ROWS.filter((r) => r.words !== "-")
  .flatMap((r) => r.words.split(/\s+/).map((w) => phraseTokens(w.replace(/_/g, " ")))).filter((p) => p.length > 0);

/** Verbs whose subject is a channel when "عن" introduces a source ("كشفت القناة عن مصدر أمني، يؤكد"). */
export const RELAY_ROWS: PatternRow[] = [
  { words: "نقل", example: "نقلت صحيفة الأيام عن مصدر عسكري أن الطريق مغلق.", speaker: "مصدر عسكري" },
  { words: "كشف", example: "كشفت قناة الأفق عن مصدر أمني، يؤكد أن الدورية تعرضت لكمين.", speaker: "مصدر أمني" },
];
/** "وفقاً لما أفادته وكالة X" next to another speaker of the sentence: the outlet relays (attribute.ts RELAYED_BY). */
export const RELAYED_BY_ROWS: PatternRow[] = [
  { words: "ما لما حسبما كما", example: "وفقاً لما أفادته وكالة الأفق للأنباء، قالت وسائل إعلام عبرية إن الغارة أصابت مستودعاً.", speaker: "وسائل إعلام عبرية" },
];
export const RELAY_VERBS = compile(RELAY_ROWS);

/** Anonymous source heads that need an adjective to be a source ("إعلام إسرائيلي"; bare "إعلام" is a field). */
export const ANON_NEEDS_ADJ_ROWS: PatternRow[] = [
  { words: "إعلام", example: "وكشف إعلام إسرائيلي أن الغارة استهدفت مستودعاً.", speaker: "إعلام إسرائيلي" },
];

/** Ordinal "another" forms coordinating several anonymous sources ("مصدر حكومي وآخر كردي"). */
export const ANOTHER_ROWS: PatternRow[] = [
  { words: "وآخر وأخرى وثالث وثالثة ورابع", example: "وفق ما أكد مصدر حكومي وآخر كردي لوكالة الأنباء، فإن الانسحاب قريب.", speaker: "مصدر كردي" },
];
export const ANOTHER = compile(ANOTHER_ROWS);

/**
 * Noun-phrase attributions: a speech noun after a frame word, in construct with its speaker
 * ("بعد إعلان وزارة الدفاع وقف ...", "وفي بيان لوزارة الداخلية، ...", "عقب تصريحات X بأن ...").
 * The speaker must be followed by content (أن/بأن, an object, or a comma).
 */
export const NP_FRAME_ROWS: PatternRow[] = [
  { words: "بعد وبعد عقب وعقب إثر اثر أعقاب في وفي", example: "وجاء ذلك بعد إعلان وزارة الدفاع السورية وقف إطلاق النار في المدينة.", speaker: "وزارة الدفاع السورية" },
];
export const NP_FRAMES = compile(NP_FRAME_ROWS);
export const NP_NOUN_ROWS: PatternRow[] = [
  { words: "إعلان بيان تصريح تصريحات", example: "في أعقاب تصريحات الرئيس الفرنسي إيمانويل ماكرون أمس بأن المفاوضات قد تنجح، تحركت الأطراف.", speaker: "إيمانويل ماكرون" },
  { words: "-", example: "وفي بيان لوزارة الداخلية، أكدت أن الحملة مستمرة.", speaker: "وزارة الداخلية السورية" },
  { words: "-", example: "وصدر البيان بعد إعلان الهدنة.", speaker: null },
  { words: "-", example: "قال بيان مشترك أصدرته وزارة الخارجية التركية إن المحادثات مثمرة.", speaker: "وزارة الخارجية التركية" },
];
export const NP_NOUNS = compile(NP_NOUN_ROWS.filter((r) => r.words !== "-"));

/** Coordinated speakers of one verb ("وقال نتنياهو وكاتس في بيان مشترك"): each is a speaker. */
export const JOINT_ROWS: PatternRow[] = [
  { words: "و", example: "وقال نتنياهو وكاتس في بيان مشترك إن الجيش سيرد.", speaker: "يسرائيل كاتس" },
];

/** Parties of a joint statement named by nisba ("بيان مشترك إسرائيلي سوري"): folded nisba -> government id. */
export const JOINT_PARTY_ROWS: (PatternRow & { ids: Record<string, string> })[] = [
  {
    words: "", ids: {
      "سوري": "sy-government", "اسراييلي": "il-government", "امريكي": "us-administration", "تركي": "tr-government",
      "روسي": "ru-kremlin", "ايراني": "ir-government", "قطري": "qa-government", "سعودي": "sa-government",
      "اردني": "jo-government", "لبناني": "lb-government", "فرنسي": "fr-government", "عراقي": "iq-government", "مصري": "eg-government",
    },
    example: "قال بيان مشترك تركي أردني إن التنسيق الأمني سيستمر.", speaker: "الحكومة الأردنية",
  },
];
export const JOINT_PARTIES = new Map(Object.entries(JOINT_PARTY_ROWS[0]!.ids));

/** An outlet's own scoop: "وعلمت «X» أن" (the outlet reports), "علمت X من مصادر" (the sources speak). */
export const SCOOP_ROWS: PatternRow[] = [
  { words: "علمت وعلمت", example: 'وعلمت "الأفق" أن اللقاء سيعقد غداً.', speaker: "الأفق" },
  { words: "-", example: "وعلمت عنب بلدي من مصادر محلية أن الطريق مغلق.", speaker: "مصدر محلي" },
];
export const SCOOP = compile(SCOOP_ROWS.filter((r) => r.words !== "-"));

/** All tables, for the example test. */
export const PATTERN_TABLES: Record<string, PatternRow[]> = {
  RANK_ROWS, ENVOY_ROWS, UNIT_ROWS, RELAY_ROWS, RELAYED_BY_ROWS, ANON_NEEDS_ADJ_ROWS, ANOTHER_ROWS, NP_FRAME_ROWS, NP_NOUN_ROWS, JOINT_ROWS, JOINT_PARTY_ROWS, SCOOP_ROWS,
};
