/** Demo sentences (written for this project) and places across the 14 governorates. */
import type { GovernorateCode } from "../../lib/domain/governorates";
import type { StatementType } from "../../lib/domain/statement";
import type { DemoGroup } from "./actors";

export interface DemoPlace {
  nameAr: string;
  /** null: a place the gazetteer cannot pin to one governorate (counted as "location unresolved"). */
  gov: GovernorateCode | null;
}

export const DEMO_PLACES: DemoPlace[] = [
  { nameAr: "دمشق", gov: "SY-DI" }, { nameAr: "حي المزة", gov: "SY-DI" }, { nameAr: "جرمانا", gov: "SY-RD" },
  { nameAr: "دوما", gov: "SY-RD" }, { nameAr: "الزبداني", gov: "SY-RD" }, { nameAr: "حلب", gov: "SY-HL" },
  { nameAr: "منبج", gov: "SY-HL" }, { nameAr: "ريف حلب الشرقي", gov: "SY-HL" }, { nameAr: "إدلب", gov: "SY-ID" },
  { nameAr: "سراقب", gov: "SY-ID" }, { nameAr: "دير الزور", gov: "SY-DY" }, { nameAr: "البوكمال", gov: "SY-DY" },
  { nameAr: "الميادين", gov: "SY-DY" }, { nameAr: "الرقة", gov: "SY-RA" }, { nameAr: "الطبقة", gov: "SY-RA" },
  { nameAr: "الحسكة", gov: "SY-HA" }, { nameAr: "القامشلي", gov: "SY-HA" }, { nameAr: "مخيم الهول", gov: "SY-HA" },
  { nameAr: "حمص", gov: "SY-HI" }, { nameAr: "تدمر", gov: "SY-HI" }, { nameAr: "القصير", gov: "SY-HI" },
  { nameAr: "حماة", gov: "SY-HM" }, { nameAr: "السلمية", gov: "SY-HM" }, { nameAr: "اللاذقية", gov: "SY-LA" },
  { nameAr: "جبلة", gov: "SY-LA" }, { nameAr: "طرطوس", gov: "SY-TA" }, { nameAr: "بانياس", gov: "SY-TA" },
  { nameAr: "درعا", gov: "SY-DR" }, { nameAr: "بصرى الشام", gov: "SY-DR" }, { nameAr: "نوى", gov: "SY-DR" },
  { nameAr: "السويداء", gov: "SY-SU" }, { nameAr: "شهبا", gov: "SY-SU" }, { nameAr: "القنيطرة", gov: "SY-QU" },
  { nameAr: "خان أرنبة", gov: "SY-QU" }, { nameAr: "البادية السورية", gov: null }, { nameAr: "المنطقة الحدودية", gov: null },
];

export interface DemoTemplate {
  group: DemoGroup;
  type: StatementType;
  security: boolean;
  quote: boolean;
  /** `{place}` is replaced by a place name, `{n:noun}` / `{n:noun:acc}` by a small count with the noun in the form
   *  the number requires (server/demo/numbers.ts; `acc`: the slot is accusative). */
  text: string;
}

const t = (group: DemoGroup, type: StatementType, security: boolean, quote: boolean, text: string): DemoTemplate => ({ group, type, security, quote, text });

export const DEMO_TEMPLATES: DemoTemplate[] = [
  t("security", "announcement", true, true, "نفذت وحداتنا عملية أمنية في {place} أسفرت عن توقيف {n:wanted}."),
  t("security", "announcement", true, false, "ضبط مستودع للأسلحة والذخائر خلال حملة تفتيش في {place}."),
  t("security", "announcement", true, false, "تفكيك عبوة ناسفة زرعت على الطريق الرئيسي قرب {place} دون وقوع إصابات."),
  t("security", "confirmation", true, true, "الوضع في {place} تحت السيطرة الكاملة بعد اشتباكات استمرت {n:hour:acc}."),
  t("security", "warning", true, true, "رصدنا تحركات مريبة قرب {place} ولن نسمح بأي محاولة لزعزعة الاستقرار."),
  t("security", "announcement", true, false, "إطلاق حملة لتسوية أوضاع المطلوبين في {place} تستمر {n:day:acc}."),
  t("security", "accusation", true, false, "اتهام مجموعات خارجة عن القانون بخرق الاتفاق والاعتداء على نقطة أمنية في {place}."),
  t("security", "announcement", true, true, "عززنا انتشارنا على الحدود لمنع عمليات التهريب وضبطنا {n:shipment:acc}."),
  t("security", "denial", true, true, "ننفي صحة الأنباء المتداولة عن انسحاب قواتنا من {place}."),
  t("strike", "claim", true, false, "تنفيذ غارة دقيقة استهدفت قياديا في تنظيم داعش في {place}."),
  t("strike", "announcement", true, true, "اعترضت الدفاعات الجوية {n:drone:acc} في سماء {place}."),
  t("strike", "confirmation", true, false, "تأكيد مقتل {n:member} من خلية إرهابية خلال عملية مشتركة في {place}."),
  t("strike", "denial", true, true, "لم نستهدف أي مواقع مدنية خلال العملية الأخيرة."),
  t("strike", "report", true, false, "دوي انفجارات في محيط {place} تزامنا مع تحليق مكثف للطيران."),
  t("diplomacy", "statement", false, true, "ندعو جميع الأطراف إلى ضبط النفس وتغليب لغة الحوار."),
  t("diplomacy", "statement", false, false, "الترحيب بالخطوات الأخيرة نحو الاستقرار والتشجيع على مواصلة الحوار السياسي."),
  t("diplomacy", "warning", false, true, "نحذر من تداعيات التصعيد الأخير على المدنيين في {place}."),
  t("diplomacy", "accusation", false, false, "اتهام جهات خارجية بالسعي إلى تقويض التهدئة في {place}."),
  t("diplomacy", "statement", false, true, "نعمل مع شركائنا لضمان عودة آمنة وطوعية للاجئين."),
  t("diplomacy", "confirmation", false, false, "تأكيد عقد جولة جديدة من المحادثات خلال {n:week}."),
  t("humanitarian", "report", false, false, "وصول قافلة مساعدات من {n:truck} إلى {place} تحمل مواد غذائية وطبية."),
  t("rescue", "report", false, true, "أخمدت فرقنا حريقا في الأحراج المحيطة بـ{place} بعد ساعات من العمل."),
  t("humanitarian", "warning", false, true, "نحذر من نقص حاد في المياه النظيفة لدى آلاف العائلات في {place}."),
  t("rescue", "report", true, false, "إسعاف {n:injured} إثر انفجار مخلفات حرب في {place}."),
  t("monitor", "report", true, false, "مقتل عنصرين وإصابة {n:person} في هجوم مسلح على حاجز في {place}."),
  t("monitor", "report", true, false, "انفجار قرب {place} دون ورود أنباء عن إصابات."),
  t("monitor", "report", false, false, "افتتاح {n:school} في {place} بعد إعادة التأهيل وسنوات من التوقف."),
  t("monitor", "report", true, false, "اشتباكات متقطعة في البادية بين دوريات أمنية وخلايا مسلحة."),
  t("militant", "claim", true, false, "تبني هجوم على نقطة عسكرية في {place} عبر معرفات التنظيم."),
];
