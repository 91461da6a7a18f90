/** Word lists used by place rules. Written in plain Arabic, folded once at module load. */
import { compact } from "../../text/normalize";

function stripArticle(k: string): string {
  return k.length >= 5 && k.startsWith("ال") ? k.slice(2) : k;
}

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map((w) => stripArticle(compact(w))));
}

/** Whether a token key (possibly with attached و/ف/ب/ل/ك and the article) is in a word list. */
export function inSet(s: Set<string>, key: string): boolean {
  if (s.has(key) || s.has(stripArticle(key))) return true;
  let k = key;
  if (k.length >= 3 && (k[0] === "و" || k[0] === "ف")) {
    k = k.slice(1);
    if (s.has(k) || s.has(stripArticle(k))) return true;
  }
  if (k.length >= 3 && (k[0] === "ب" || k[0] === "ل" || k[0] === "ك")) {
    const r = k[0] === "ل" && k[1] === "ل" ? "ا" + k.slice(1) : k.slice(1);
    if (s.has(r) || s.has(stripArticle(r))) return true;
  }
  return false;
}

/** Nouns that introduce a place name ("مدينة الباب", "مخيم الهول"). Compared without clitics/article. */
export const PLACE_NOUNS = set(`
  مدينة مدينتي مدن بلدة بلدتي بلدات قرية قريتي قرى حي حيي أحياء مخيم مخيمات ناحية نواحي منطقة مناطق مركز
  ريف أرياف سجن مطار معبر قاعدة مزرعة مزارع جبل سهل وادي محيط أطراف ضواحي ضاحية تخوم شارع ساحة سوق
  حقل بادية محافظة محافظتي محافظات بوابة نقطة حاجز جسر طريق أوتوستراد كتيبة فوج مقر
`);

/** Prepositions that give a name a weak locative cue ("في الدانا", "قرب الهول"). Bare keys. */
export const LOCATIVE_PREPS = set(`في قرب بالقرب داخل إلى الى نحو باتجاه حول عند شمال جنوب شرق غرب شمالي جنوبي شرقي غربي من على أطراف`);

/** Operation verbs whose object is a place ("قصفت تدمر", "دخلت القوات منبج"): a weak cue. */
export const OP_VERBS = set(`
  قصف قصفت يقصف تقصف استهدف استهدفت يستهدف تستهدف هاجم هاجمت يهاجم تهاجم اقتحم اقتحمت دخل دخلت يدخل تدخل
  داهم داهمت حاصر حاصرت يحاصر تحاصر استعاد استعادت ضرب ضربت طال طالت هز هزت استهداف قصف اقتحام دخول حصار
  تمشيط مداهمة اجتياح اجتاح اجتاحت توغل توغلت سيطر سيطرت انسحب انسحبت وصلت
`);

/** Speech/government verbs after which a governorate name is a metonym or the speaker ("أعلنت دمشق"). */
export const SPEECH_VERBS = set(`
  أعلنت أعلن نفت نفى رحبت رحب أكدت أكد قالت قال طالبت دعت حذرت اتهمت رفضت أدانت وقعت انضمت أبلغت ردت
  اعتبرت شددت تسلمت استقبلت بعثت أرسلت وافقت سعت تعهدت أصدرت أوضحت ذكرت أفادت كشفت نقلت تلقت استضافت
  أعربت طلبت عبرت جددت ترى رأت أشارت
`);

/** Present-tense verbs that make a preceding governorate name a metonym ("دمشق تعلن"). Not "تشهد" (locative). */
export const METONYM_VERBS = set(`
  تعلن تنفي ترحب تدين تؤكد ترفض توقع تطالب تدعو تتهم تحذر تنضم تستضيف تسعى ترد تعتبر تشدد تطلب تبلغ
  تعترض تنتقد تقول تستنكر تعرب تأمل تتمسك تبحث تعول تراهن تقرر تصدر تتفاوض تتعهد تلتزم تشارك توافق تبدي
  تتجه تمنح تحتج تطمئن تستقبل تريد تعتزم تكشف توضح تنشر تصر تسلم تتسلم تفتح تعيد تبعث ترسل تخاطب تقترب
  تنسحب تستعيد تجدد تعلق تتحرك تسير تنتظر تراقب تتطلع تحاول تخشى تتهيأ تذبح
`);

/** Nouns before a governorate name that make it the state, not a place ("حكومة دمشق", "انضمام دمشق"). */
export const METONYM_HEADS = set(`
  حكومة سلطات نظام إدارة موقف مواقف انضمام تحركات علاقات رغبة قرار دبلوماسية خارجية وفد مبعوث رسالة
  رد تعهد التزام دور شراكة حكم جانب اتفاق إعلان بيان تصريحات مطالب مطالبة سياسة سياسات حلفاء حليف
  تطبيع مصالح شروط ضغوط اعتراف تمثيل ممثل ممثلي مسؤولو مسؤولي قيادة حكام حاكم تقارب انفتاح
`);

/** Foreign capitals/countries: "بين دمشق وواشنطن" is diplomacy. */
export const FOREIGN = set(`
  واشنطن أنقرة موسكو طهران بيروت عمان الرياض باريس لندن بغداد الدوحة القاهرة أبوظبي بكين برلين
  بروكسل تل أبيب إسرائيل تركيا روسيا إيران لبنان الأردن العراق السعودية قطر مصر الإمارات أمريكا الولايات
`);

/** Visits and venues: a place after these is where talks happen or someone travels to. */
export const VISIT_VENUE = set(`
  زيارة زيارته زيارتها زيارتهم زار زارت يزور تزور وصل وصلت يصل تصل وصول توجه توجهت يتوجه
  غادر مغادرة رحلة جولة استقبل استقبلت يستقبل مؤتمر مؤتمرا اجتماع اجتماعات لقاء لقاءات محادثات
  مفاوضات قمة منتدى ندوة معرض مباحثات حوار جلسة مراسم حفل افتتاح احتفال استضافة زائر الزائر
  التقى التقت يلتقي تلتقي اجتمع اجتمعت يجتمع
`);

/** Armed subjects: a "visit" word with these is a deployment, not diplomacy ("وصلت تعزيزات عسكرية إلى دير الزور"). */
export const MILITARY = set(`
  قوات قوة تعزيزات رتل أرتال عسكرية أمنية عناصر مسلحين مسلحون دورية دوريات وحدات جنود الجيش مقاتلين مقاتلون
`);

/** Origin, not location: "شخص ينحدر من دير الزور", "من أبناء مدينة الباب". */
export const ORIGIN = set(`ينحدر ينحدرون تنحدر المنحدر المنحدرين المنحدرون أبناء أهالي مواليد ابن`);

/** Displaced people: "نازحين من حمص", "المهجرين من الغوطة" name where they came from (right after "من"). */
export const DISPLACED = set(`نازحين نازحون نازحي مهجرين مهجرون مهجري لاجئين لاجئون فارين الفارين`);

/** Titles and institutions: a place right after them is part of an actor's name ("السفارة الأمريكية في دمشق"). */
export const ACTOR_HEADS = set(`
  سفارة سفارات قنصلية سفير سفيرة بعثة قائد قادة قيادة مدير مديرية مديريات محافظ رئيس رئاسة مجلس متحدث
  ناطق الناطقة مسؤول مكتب فرع نقابة مفتي مطران أمين قناة شبكة موقع إذاعة تلفزيون صحيفة وكالة مرصد
  تجمع منصة صفحة لجنة تنسيقية غرفة وزير نائب عضو أعضاء مراسل مراسلنا مراسلة مراسلو
`);

/** Connectors allowed between an actor head and the place ("قائد قوات الأمن الداخلي في محافظة ..."). */
export const ACTOR_LINKS = set(`
  في ب ل قوات قوى شرطة أمن جهاز إدارة محافظة مدينة منطقة ريف لدى صحة أوقاف تربية زراعة كهرباء مياه جمارك نقل
  اتصالات إعلام مالية اقتصاد سياحة ثقافة عدل أمانة دوائر شؤون خدمات مخابرات استخبارات باسم
`);

/** Plans: a place after these is the target of a foiled plot, not where the operation was. */
export const PLOT = set(`
  تخطط يخطط خطط خططت تخطيط التخطيط مخطط مخططا تعتزم يعتزم تنوي ينوي نية تستعد يستعد تحضر يحضر تحضير
  تجهز يجهز لاستهداف بهدف
`);

export const EXTENT_FROM = set(`من`);
export const EXTENT_TO = set(`إلى الى حتى`);
export const EXTENT_BETWEEN = set(`بين`);
export const DATELINE_SEPS = "-–—ـ(/";

/** Landmarks named after a city: "دوار عفرين" in Qamishli, "شارع حلب" are not in that city (for governorate/district names). */
export const LANDMARKS = set(`دوار شارع جادة ساحة فندق`);

/** Political topics: a place after these is what a settlement is about ("حل الأوضاع في السويداء", "ملف إدلب"), not an operation site. */
export const TOPIC_HEADS = set(`حل حلحلة تسوية معالجة ملف ملفات مستقبل`);
