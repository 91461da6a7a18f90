/** Word lists for unknown-speaker patterns (titles, ranks, institutions, anonymous sources). */
import type { ActorKind } from "../domain/statement";
import { phraseTokens } from "../text/tokens";
import { RANK_ROWS } from "./patterns";

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).flatMap((w) => phraseTokens(w)));
}

/** Adds the feminine form (folded ة = ه) of each head: "الممثلة", "الرئيسة", "عضوة". */
function feminine(words: Set<string>): Set<string> {
  // Not where the feminine is an institution or a name ("محافظة", "مساعدة", "أمينة").
  for (const w of [...words]) if (!w.endsWith("ه") && w.length > 2 && !/^(ال)?(محافظ|مساعد|امين)$/.test(w)) words.add(w + "ه");
  return words;
}

/** Ranks and honorifics that precede a personal name. */
export const RANKS = set(
  "العقيد العميد اللواء الرائد النقيب المقدم الملازم الفريق المشير الشيخ الدكتور الدكتورة د المهندس الأستاذ القاضي السيد السيدة الإعلامية الناشطة الصحفية المحامية الرئيس الأمير الملك المحامي الصحفي الناشط الإعلامي القيادي المقاتل عقيد عميد لواء رائد نقيب مقدم " +
    RANK_ROWS.map((r) => r.words).join(" "),
);
/** Role heads: the phrase that follows names a position ("مدير المكتب الإعلامي في ..."). */
export const ROLE_HEADS = feminine(set(
  "الباحث الباحثة الخبير الخبيرة المحلل المحللة الأكاديمي أستاذ الكاتب المحامي المستشار المسؤول وزير وزيرة مدير مديرة قائد رئيس رئيسة محافظ المتحدث المتحدثة الناطق الناطقة متحدث ناطق السفير سفير المبعوث مبعوث عضو نائب مستشار ممثل مندوب زعيم الأمين أمين مسؤول قائد مساعد منسق مفوض المفوض مراسل المقرر شيخ القائم",
));
/** Institution heads and the kind of actor they make. */
export const ORG_HEADS = new Map<string, ActorKind>();
for (const [words, kind] of [
  ["وزارة مديرية الرئاسة رئاسة حكومة الحكومة محافظة إدارة الإدارة مكتب المكتب سفارة السفارة بلدية مجلس المجلس هيئة الهيئة لجنة اللجنة قنصلية دائرة", "government"],
  ["قيادة القيادة قوات القوات جيش الجيش لواء اللواء فرقة الفرقة كتيبة الكتيبة شرطة الشرطة جهاز الجهاز فرع غرفة", "military"],
  ["صحيفة الصحيفة قناة القناة وكالة الوكالة موقع الموقع شبكة الشبكة إذاعة مجلة تلفزيون", "media"],
  ["جماعة الجماعة حركة الحركة تنظيم التنظيم فصيل الفصيل فصائل الفصائل ميليشيا ميليشيات", "armed_group"],
  ["فريق الفريق مركز المركز منظمة المنظمة جمعية الجمعية مرصد المرصد المفوضية مفوضية الائتلاف ائتلاف حزب الحزب اتحاد الاتحاد تجمع التجمع", "organization"],
] as const) for (const w of set(words)) ORG_HEADS.set(w, kind);

/** Nouns inside institutional/role phrases that are not personal names. */
export const CONSTRUCT = set(
  "قوات قيادة وزارة مديرية محافظة منطقة مدينة إدارة هيئة مكتب مجلس فرع لواء فرقة جهاز شعبة قسم دائرة ناحية بلدة حي ريف شؤون العلاقات الأمن الشرطة الدفاع الجيش القوات الداخلية الخارجية الإعلام باسم في لدى ل شرطة أمن الأمن مركز المركز غرفة عمليات منظمة حركة جماعة تنظيم بأعمال",
);
/** Coreference nouns for media outlets ("الصحيفة" -> last outlet). */
export const MEDIA_COREF = set("الصحيفة الوكالة القناة الشبكة الموقع المجلة الإذاعة");
/** Nouns that refer back to the last speaker whatever it is ("البيان"). */
export const ANY_COREF = set("البيان");

/** Anonymous source heads: folded surface -> [canonical Arabic, English, plural?]. */
export const ANON_HEADS = new Map<string, [string, string, boolean]>();
for (const [forms, ar, en, pl] of [
  ["مصدر مصدرا", "مصدر", "source", false],
  ["مصدرين مصدران", "مصدر", "source", true],
  ["مصادر", "مصدر", "source", true],
  ["مسؤول مسؤولا", "مسؤول", "official", false],
  ["مسؤولون مسؤولين", "مسؤول", "official", true],
  ["دبلوماسي دبلوماسيا", "دبلوماسي", "diplomat", false],
  ["دبلوماسيون دبلوماسيين الدبلوماسيين", "دبلوماسي", "diplomat", true],
  ["ضابط ضابطا", "ضابط", "officer", false],
  ["ضباط الضباط", "ضابط", "officer", true],
  ["ناشطون ناشطين نشطاء الناشطين ناشط", "ناشطون", "activists", true],
  ["شهود شاهد", "شهود عيان", "eyewitnesses", true],
  ["محللون محللين المحللين محلل خبراء الخبراء خبير", "محللون وخبراء", "analysts and experts", true],
  ["مراقبون مراقبين", "مراقبون", "observers", true],
  ["وسائل", "وسائل إعلام", "media outlets", true],
  ["صفحات", "صفحات", "pages", true],
  ["شبكات", "شبكات", "networks", true],
  ["سكان الأهالي أهالي", "سكان محليون", "residents", true],
  ["مسؤولين مسؤولي مسؤولان", "مسؤول", "official", true],
  ["قيادي قياديا", "قيادي", "commander", false],
  ["مسؤولة", "مسؤولة", "official (f)", false],
  ["ناشطة", "ناشطة", "activist (f)", false],
  ["طبيب طبيبا", "طبيب", "doctor", false],
  ["وجهاء وجيه", "وجهاء", "notables", true],
  ["عنصر عنصرا", "عنصر", "member", false],
  ["مصادره مصادرها", "مصدر", "source", true],
  ["قياديون قياديين", "قيادي", "commander", true],
  ["إعلام", "إعلام", "media", false],
] as const) for (const f of set(forms)) ANON_HEADS.set(f, [ar, en, pl]);

/** Nisba adjectives after an anonymous head, folded singular -> English. */
export const ANON_ADJ = new Map<string, string>(
  ([
    ["امني", "security"], ["عسكري", "military"], ["محلي", "local"], ["غربي", "Western"], ["سوري", "Syrian"],
    ["امريكي", "US"], ["تركي", "Turkish"], ["اسرايلي", "Israeli"], ["روسي", "Russian"], ["حكومي", "government"],
    ["رسمي", "official"], ["مطلع", "informed"], ["كردي", "Kurdish"], ["عراقي", "Iraqi"], ["ايراني", "Iranian"],
    ["اوروبي", "European"], ["عربي", "Arab"], ["اردني", "Jordanian"], ["لبناني", "Lebanese"], ["دبلوماسي", "diplomatic"],
    ["ميداني", "field"], ["اممي", "UN"], ["فرنسي", "French"], ["بريطاني", "British"], ["خاص", "private"],
    ["مقرب", "close"], ["مسوول", "responsible"], ["قضايي", "judicial"], ["طبي", "medical"], ["حقوقي", "rights"], ["اعلامي", "media"],
    ["عبري", "Hebrew"], ["اسراييلي", "Israeli"], ["كبير", "senior"], ["رفيع", "senior"], ["سعودي", "Saudi"], ["قطري", "Qatari"], ["مصري", "Egyptian"],
  ] as [string, string][]),
);

/** Nationality adjectives that make a bare institution foreign ("وزارة الداخلية العراقية"). */
export const FOREIGN_NISBA = set(
  "العراقية العراقي اللبنانية اللبناني التركية التركي الأردنية الأردني الإيرانية الإيراني الروسية الروسي الأمريكية الأمريكي الإسرائيلية الإسرائيلي السعودية السعودي القطرية القطري المصرية المصري الإماراتية الإماراتي الفرنسية الفرنسي البريطانية البريطاني الألمانية الألماني الصينية الصيني الكويتية الكويتي الأوروبية",
);

/** Frequent first names: a bare two/three-word name after a verb is accepted when it starts with one. */
export const FIRST_NAMES = set(
  "محمد أحمد إسماعيل أنور علي حسن حسين عمر خالد عبد عبدالله عبدالرحمن يوسف إبراهيم ابراهيم مصطفى محمود سامي سمير فادي رامي ماهر مازن باسل بشار حافظ ماجد سعيد سعد فهد فيصل طارق زياد هادي نبيل وائل جمال كمال عادل أنس معاذ مهند مؤيد عامر عمار ياسر ياسين هيثم غسان جورج ميشيل إيلي نزار رياض رضوان حمزة أسعد أيمن أنور عصام عماد عدنان فراس ليث لؤي مالك مراد نادر وليد هشام فاطمة مريم رنا لينا هبة سارة نور ديانا ريم سلمى زينب عائشة خديجة ضرار مختار أبو جون جو ديفيد مايكل دونالد جيمس توم كارولين ماركو",
);
