/**
 * Attribution grammar as data: word tables beside the lexicon. Every row carries an example
 * sentence (our own) and the speaker it must give (`null`: no statement); the unit test
 * tests/unit/extract/patterns.test.ts runs every example through the extractor.
 */
import type { StatementType } from "../domain/statement";
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

/**
 * A government named by its capital or country with a present-tense verb states a standing position
 * in background ("فيما تطالب دمشق بانسحابها", "وتريد واشنطن"), not a statement of the article; with a
 * past-tense verb, or before the verb as in a headline ("دمشق تعلن"), the metonym speaks. Rule in attribute.ts (`standingPosition`).
 */
export const STANDING_POSITION_ROWS: PatternRow[] = [
  { words: "-", example: "وتوسعت المستوطنات في الضفة الغربية، فيما تطالب دمشق بوقف الاعتداءات على أراضيها.", speaker: null },
  { words: "-", example: "وأعلنت دمشق رفضها للقرار الصادر عن المجلس.", speaker: "الحكومة السورية" },
];

/**
 * A single line break inside a sentence (no sentence-final punctuation before it) joins the lines
 * when the next line continues the clause: it opens with one of these words (a preposition, a
 * complementizer, a relative pronoun) or with a lowercase Latin letter, or the line before ends with
 * one of them. A blank line, or a break after . ! ? ؛ : never joins. Rule in index.ts (`joinBrokenLines`).
 */
export const LINE_CONTINUATION_ROWS: PatternRow[] = [
  { words: "في من على إلى عن مع حول خلال ضد عبر لدى منذ حتى بين ضمن نحو أن إن بأن أنه إنه بأنه أنها إنها التي الذي الذين و", example: "وقال محافظ حماة سليم الأحمد\nإن أعمال الصيانة في المحطة ستنتهي قبل الشتاء.", speaker: "سليم الأحمد" },
];
export const LINE_CONTINUATIONS = compile(LINE_CONTINUATION_ROWS);

/** A statement-type row: the example's statement by `speaker` must have `type` (tests/unit/extract/patterns.test.ts). */
export interface TypeRow extends PatternRow {
  speaker: string;
  type: StatementType;
}
const phraseList = (rows: PatternRow[]) => rows.filter((r) => r.words !== "-")
  .flatMap((r) => r.words.split(/\s+/).map((w) => phraseTokens(w.replace(/_/g, " ")))).filter((p) => p.length > 0);

/**
 * Witnesses of events: monitors and first responders, field sources (local people, activists,
 * eyewitnesses), unnamed media, and journalists. What they say describes what happened, so their
 * statements (and announcements) are reports. Matched on the start of the actor's name or of its
 * introducing title ("الصحافي X" is an alias of a journalist found by its title).
 */
export const WITNESS_ROWS: TypeRow[] = [
  { words: "المرصد الدفاع_المدني الخوذ_البيضاء الشبكة_السورية_لحقوق_الإنسان", example: "وقال المرصد السوري لحقوق الإنسان إن قذيفتين سقطتتا على سوق البلدة مساء الخميس.", speaker: "المرصد السوري لحقوق الإنسان", type: "report" },
  { words: "مصدر_محلي مصدر_ميداني مصدر_أهلي شهود_عيان ناشطون سكان_محليون", example: "وأكدت مصادر محلية أن دوريتين للجيش دخلتا القرية قبل أن تنسحبا فجراً.", speaker: "مصدر محلي", type: "report" },
  { words: "وسائل_إعلام إعلام", example: "وقالت وسائل إعلام تركية إن طائرة مسيرة قصفت شاحنة قرب الحدود.", speaker: "وسائل إعلام تركية", type: "report" },
  { words: "الصحافي الصحفي الصحافية الصحفية الإعلامي الإعلامية", example: "وأوضح الصحافي رامي العبدالله أن آليات عسكرية اقتحمت الحي صباح اليوم.", speaker: "رامي العبدالله", type: "report" },
];
export const WITNESS_PHRASES: string[][] = phraseList(WITNESS_ROWS);

/**
 * "نقلت الوكالة عن مصدر أمني تأكيده أن ...": the verbal noun after a relayed source names the act
 * (its pronoun agrees with the source). "قوله" keeps the relayed statement's default.
 */
export const RELAY_MASDAR_ROWS: (TypeRow & { of: StatementType })[] = [
  { words: "تأكيده تأكيدها تأكيدهما تأكيدهم", of: "confirmation", example: "ونقلت قناة الأفق عن مصدر عسكري تأكيده أن الطائرات أغارت على مستودع للذخيرة.", speaker: "مصدر عسكري", type: "confirmation" },
  { words: "نفيه نفيها نفيهما نفيهم", of: "denial", example: "ونقلت صحيفة الأيام عن مسؤول تركي نفيه أن تكون أنقرة أرسلت تعزيزات.", speaker: "مسؤول تركي", type: "denial" },
  { words: "تحذيره تحذيرها تحذيرهما تحذيرهم", of: "warning", example: "ونقلت وكالة الأفق عن مصدر دبلوماسي تحذيره من انهيار الهدنة.", speaker: "مصدر دبلوماسي", type: "warning" },
  { words: "-", of: "statement", example: "ونقلت وكالة الأفق عن مصدرين أمنيين قولهما إن انفجاراً وقع قرب المطار.", speaker: "مصدر أمني", type: "report" },
];
export const RELAY_MASDARS = new Map<string, StatementType>(RELAY_MASDAR_ROWS.filter((r) => r.words !== "-")
  .flatMap((r) => r.words.split(/\s+/).flatMap((w) => phraseTokens(w)).map((t) => [t, r.of] as const)));

/**
 * Conduit prepositions: "بحسب X", "وفق X", "نقلاً عن X" introduce a source (the words after them are
 * its speaker; "بحسب بيان X" and "وفقاً لبيان صادر عن X" the document's issuer). Read by attribute.ts.
 */
export const SOURCE_PREP_ROWS: PatternRow[] = [
  { words: "بحسب وبحسب حسب وحسب", example: "وأصيب ثلاثة عناصر في الهجوم بحسب مصدر عسكري.", speaker: "مصدر عسكري" },
  { words: "وفق ووفق وفقا ووفقا طبقا", example: "وتضررت أربعة منازل وفقاً لبيان صادر عن الدفاع المدني السوري.", speaker: "الدفاع المدني السوري" },
  { words: "نقلا ونقلا", example: "وسيعقد الاجتماع في عمان، نقلاً عن مصدر دبلوماسي.", speaker: "مصدر دبلوماسي" },
];
export const SOURCE_PREPS = compile(SOURCE_PREP_ROWS);

/**
 * Attribution frames: a fixed phrase after which the speaker is named. `words` is the phrase,
 * space-separated tokens, each a `|`-list of alternatives; `<noun>` is any speech noun ("بيان",
 * "تصريح"). `negatable`: no statement after a negation ("لم يصدر عن الوزارة أي تعليق").
 */
export interface FrameRow extends PatternRow { negatable?: boolean }
export const FRAME_ROWS: FrameRow[] = [
  { words: "جاء|وجاء في <noun>", example: "وجاء في بيان لوزارة الخارجية التركية أن المحادثات مثمرة.", speaker: "وزارة الخارجية التركية" },
  { words: "على حد قول|تعبير|وصف", example: "والمعركة طويلة، على حد تعبير العميد سامر الحسن.", speaker: "سامر الحسن" },
  { words: "على لسان", example: "وجاء الرد على لسان المتحدث باسم الخارجية التركية.", speaker: "وزارة الخارجية التركية" },
  { words: "صادر|الصادر|صدر عن", negatable: true, example: "وفي بيان صادر عن وزارة الداخلية السورية، دعت المواطنين إلى الحذر.", speaker: "وزارة الداخلية السورية" },
  { words: "-", example: "ولم يصدر عن وزارة الصحة أي تعليق.", speaker: null },
];
/** Compiled frames: token alternatives per position (`null`: a speech noun). */
export const FRAMES: { seq: (Set<string> | null)[]; negatable: boolean }[] = FRAME_ROWS.filter((r) => r.words !== "-").map((r) => ({
  seq: r.words.split(/\s+/).map((w) => (w === "<noun>" ? null : new Set(w.split("|").flatMap((x) => phraseTokens(x).slice(0, 1))))),
  negatable: !!r.negatable,
}));

/**
 * Title grammar (speaker.ts parseSubject): role heads with a construction of their own. Each row's
 * words are the head's forms (with or without ال, both genders); the code reads them from here.
 */
export const SPOKESMAN_ROWS: PatternRow[] = [
  { words: "متحدث المتحدث متحدثة المتحدثة متحدثا ناطق الناطق ناطقة الناطقة ناطقا", example: "وقالت الناطقة باسم المفوضية الأوروبية إن الدعم مستمر.", speaker: "المفوضية الأوروبية" },
  { words: "-", example: "وقال المتحدث باسم وزارة الخارجية التركية إن الحدود مفتوحة.", speaker: "وزارة الخارجية التركية" },
];
/** A correspondent of an outlet: the outlet reports. */
export const CORRESPONDENT_ROWS: PatternRow[] = [
  { words: "مراسل المراسل مراسلة المراسلة مراسلو مراسلي مراسلنا مراسلتنا مراسلها مراسلته", example: "وقال مراسل قناة الأفق في حمص إن الاشتباكات توقفت.", speaker: "قناة الأفق" },
];
/** A deputy "عن" a bloc or constituency, then the name. */
export const DEPUTY_ROWS: PatternRow[] = [
  { words: "نائب النائب نائبة النائبة", example: "وقالت النائبة عن محافظة حمص ليلى حداد إن المشروع متأخر.", speaker: "ليلى حداد" },
];
/** A village head: "مختار" is also a given name, so only before one of these locality nouns. */
export const MUKHTAR_ROWS: PatternRow[] = [
  { words: "قرية بلدة حي ناحية مخيم", example: "وقال مختار قرية الدوير إن الأهالي عادوا إلى منازلهم.", speaker: "مختار قرية الدوير" },
];
/** A counterpart is whoever is named after the nationality ("نظيره الأردني أيمن الصفدي"). */
export const COUNTERPART_ROWS: PatternRow[] = [
  { words: "نظير نظيره نظيرها نظيرهم", example: "والتقى الشيباني نظيره الأردني. وقال نظيره الأردني أيمن الصفدي إن الحدود آمنة.", speaker: "أيمن الصفدي" },
];
export const SPOKESMAN_HEADS = compile(SPOKESMAN_ROWS);
export const CORRESPONDENT_HEADS = compile(CORRESPONDENT_ROWS);
export const DEPUTY_HEADS = compile(DEPUTY_ROWS);
export const MUKHTAR_PLACES = compile(MUKHTAR_ROWS);
export const COUNTERPART_HEADS = compile(COUNTERPART_ROWS);

/** All tables, for the example test. */
export const PATTERN_TABLES: Record<string, PatternRow[]> = {
  RANK_ROWS, ENVOY_ROWS, UNIT_ROWS, RELAY_ROWS, RELAYED_BY_ROWS, ANON_NEEDS_ADJ_ROWS, ANOTHER_ROWS, NP_FRAME_ROWS, NP_NOUN_ROWS, JOINT_ROWS, JOINT_PARTY_ROWS, SCOOP_ROWS,
  WITNESS_ROWS, RELAY_MASDAR_ROWS, STANDING_POSITION_ROWS, LINE_CONTINUATION_ROWS, SOURCE_PREP_ROWS, FRAME_ROWS,
  SPOKESMAN_ROWS, CORRESPONDENT_ROWS, DEPUTY_ROWS, MUKHTAR_ROWS, COUNTERPART_ROWS,
};

/** Tables whose rows also fix the statement type of their example. */
export const TYPE_TABLES: Record<string, TypeRow[]> = { WITNESS_ROWS, RELAY_MASDAR_ROWS };
