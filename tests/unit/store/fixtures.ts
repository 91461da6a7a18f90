/** Short Arabic fixtures written for these tests (not taken from any corpus). */
import { statementInputSchema, type StatementInput } from "../../../lib/contract/schemas";

export const T0 = new Date("2026-03-10T12:00:00.000Z");
export const hoursFrom = (d: Date, h: number) => new Date(d.getTime() + h * 3_600_000);
export const isoAt = (h: number) => hoursFrom(T0, h).toISOString();

export const ACTORS = {
  minister: { id: "fm", nameAr: "وزير الخارجية", nameEn: "Foreign Minister", kind: "government" as const, aliases: [] },
  army: { id: "army", nameAr: "وزارة الدفاع", nameEn: "Ministry of Defence", kind: "military" as const, aliases: ["الدفاع"] },
  governor: { id: "gov-hl", nameAr: "محافظ حلب", nameEn: "Governor of Aleppo", kind: "government" as const, aliases: [] },
  envoy: { id: "envoy", nameAr: "المبعوث الأممي", nameEn: "UN Envoy", kind: "organization" as const, aliases: ["مبعوث الأمم المتحدة"] },
  spokesman: { id: "spox", nameAr: "أحمد السالم", nameEn: "Ahmad al-Salem", kind: "person" as const, aliases: [] },
};

export const TEXTS = {
  rebuild: "أكد الوزير أن الحكومة ستواصل العمل على إعادة الإعمار في المدن المتضررة خلال العام المقبل",
  rebuildVariant: "أكد الوزير أن الحكومة ستواصل العمل على إعادة الإعمار في المدن المتضررة خلال العام القادم",
  patrol: "أعلنت الوزارة تنفيذ عملية أمنية في ريف المدينة أسفرت عن ضبط مستودع للأسلحة",
  water: "قال المحافظ إن مشروع المياه الجديد سيخدم آلاف العائلات في الأحياء الشرقية",
  talks: "دعا المبعوث إلى استئناف المحادثات السياسية بين جميع الأطراف دون شروط مسبقة",
  roads: "أوضح المتحدث أن أعمال صيانة الطرق ستبدأ الأسبوع المقبل",
};

export function stmt(over: Record<string, unknown> = {}): StatementInput {
  const base: Record<string, unknown> = { actor: ACTORS.minister, text: TEXTS.rebuild, statedAt: isoAt(-1) };
  return statementInputSchema.parse({ ...base, ...over });
}
