/** Wall-screen strings, English and Arabic. */
import type { RangePreset } from "../../lib/client/filters";

const en = {
  title: "Bayan · Syria statements",
  live: "LIVE",
  connecting: "CONNECTING",
  reconnecting: "RECONNECTING",
  restarting: "SERVER RESTARTING",
  offline: "OFFLINE",
  demo: "DEMO DATA",
  lastStatement: "Last statement",
  ago: "ago",
  never: "none yet",
  staleOffline: "OFFLINE — this screen is not receiving updates",
  staleReconnecting: "RECONNECTING — data may be out of date",
  staleRestarting: "SERVER RESTARTING — updates resume in a moment",
  staleConnecting: "CONNECTING to the server…",
  staleQuiet: "NO NEW STATEMENTS — nothing has arrived for",
  since: "for",
  statedOn: "stated",
  sourcesFailing: "Sources failing",
  filters: "Showing",
  all: "all statements",
  securityOnly: "security operations only",
  chart: "Top actors",
  others: "Others",
  total: "Total",
  feed: "Latest statements",
  map: "Security ops by governorate",
  outlets: "outlets",
  watched: "WATCHED",
  noStatements: "No statements yet for these filters",
  loading: "Loading…",
  error: "Could not load data",
} as const;

export type WallStrings = { [K in keyof typeof en]: string };

const ar: WallStrings = {
  title: "بيان · تصريحات عن سوريا",
  live: "مباشر",
  connecting: "جارٍ الاتصال",
  reconnecting: "إعادة الاتصال",
  restarting: "الخادم يُعاد تشغيله",
  offline: "غير متصل",
  demo: "بيانات تجريبية",
  lastStatement: "آخر تصريح",
  ago: "مضت",
  never: "لا شيء بعد",
  staleOffline: "غير متصل — هذه الشاشة لا تتلقى تحديثات",
  staleReconnecting: "إعادة الاتصال — قد تكون البيانات قديمة",
  staleRestarting: "الخادم يُعاد تشغيله — تُستأنف التحديثات بعد لحظات",
  staleConnecting: "جارٍ الاتصال بالخادم…",
  staleQuiet: "لا تصريحات جديدة — لم يصل شيء منذ",
  since: "منذ",
  statedOn: "صدر في",
  sourcesFailing: "مصادر متعطلة",
  filters: "المعروض",
  all: "كل التصريحات",
  securityOnly: "العمليات الأمنية فقط",
  chart: "الجهات الأكثر تصريحًا",
  others: "جهات أخرى",
  total: "المجموع",
  feed: "أحدث التصريحات",
  map: "العمليات الأمنية حسب المحافظة",
  outlets: "وسائل إعلام",
  watched: "مراقَب",
  noStatements: "لا تصريحات بعد لهذه المرشحات",
  loading: "جارٍ التحميل…",
  error: "تعذر تحميل البيانات",
};

export const WALL_STRINGS: Record<"en" | "ar", WallStrings> = { en, ar };

export const RANGE_LABEL: Record<"en" | "ar", Record<RangePreset, string>> = {
  en: { "1h": "last hour", "24h": "last 24 hours", "7d": "last 7 days", "30d": "last 30 days", all: "all time", custom: "custom range" },
  ar: { "1h": "آخر ساعة", "24h": "آخر ٢٤ ساعة", "7d": "آخر ٧ أيام", "30d": "آخر ٣٠ يومًا", all: "كل الفترات", custom: "فترة مخصصة" },
};

/** Statement type names: the app-wide dictionary, lower-cased by the wall's CSS where it wants. */
export { TYPE_LABELS as TYPE_LABEL } from "../../lib/i18n/dict";
