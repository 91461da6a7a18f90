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
  latn: new Intl.NumberFormat("en-US"),
} as const;

/** `lang` "ar" uses Arabic-Indic digits unless `latin` (the wall uses Latin digits for legibility at a distance). */
export function formatCount(n: number, lang: MapLang, latin = false): string {
  return numberFormats[latin ? "latn" : lang].format(n);
}
