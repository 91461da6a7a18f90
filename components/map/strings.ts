/** The map's own strings; numbers follow the app's one digit rule per language (lib/i18n `localeOf`). */
import { localeOf } from "../../lib/i18n/plural";
export type MapLang = "en" | "ar";

export const MAP_STRINGS = {
  en: {
    unresolved: "Location unresolved",
    metric: "security-operation reports",
    legend: "Security-operation reports",
    none: "none",
    attribution: "Map data © amCharts",
    mapLabel: "Map of Syria's governorates",
    selected: "selected",
  },
  ar: {
    unresolved: "موقع غير محدد",
    metric: "تقارير عمليات أمنية",
    legend: "تقارير العمليات الأمنية",
    none: "لا شيء",
    attribution: "بيانات الخريطة © amCharts",
    mapLabel: "خريطة محافظات سوريا",
    selected: "محددة",
  },
} as const satisfies Record<MapLang, Record<string, string>>;

const numberFormats = {
  en: new Intl.NumberFormat(localeOf("en")),
  ar: new Intl.NumberFormat(localeOf("ar")),
} as const;

/** One digit rule per language (dashboard and wall): "ar" uses Arabic-Indic digits. */
export function formatCount(n: number, lang: MapLang): string {
  return numberFormats[lang].format(n);
}
