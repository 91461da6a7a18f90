/** The map's own strings (kept local so the component has no i18n dependency). */
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
  en: new Intl.NumberFormat("en-US"),
  ar: new Intl.NumberFormat("ar-SY"),
} as const;

/** One digit rule per language (dashboard and wall): "ar" uses Arabic-Indic digits. */
export function formatCount(n: number, lang: MapLang): string {
  return numberFormats[lang].format(n);
}
