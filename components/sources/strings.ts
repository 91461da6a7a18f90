import type { Lang } from "../../lib/i18n";
import type { SourceDTO } from "../../lib/contract/sources";

const EN = {
  title: "Sources",
  subtitle: "Feeds, watched folder and other inputs, with their health",
  source: "Source",
  kind: "Kind",
  state: "State",
  lastSuccess: "Last success",
  lastError: "Last error",
  items1h: "Items 1 h",
  items24h: "Items 24 h",
  avgDelay: "Avg delay",
  never: "never",
  empty: "No sources yet. Configure FEEDS_FILE or WATCH_DIR, or post articles to the API.",
  failingFor: "failing since",
  watchedFolder: "Watched folder",
  every: "every",
  loadError: "Could not load sources",
  "state.ok": "OK",
  "state.failing": "Failing",
  "state.idle": "Idle",
  "state.disabled": "Disabled",
  "kind.feed": "Feed",
  "kind.folder": "Folder",
  "kind.demo": "Demo",
  "kind.api": "API",
  "kind.replay": "Replay",
} as const;

type Key = keyof typeof EN;

const AR: Record<Key, string> = {
  title: "المصادر",
  subtitle: "الخلاصات والمجلد المراقب والمدخلات الأخرى مع حالتها",
  source: "المصدر",
  kind: "النوع",
  state: "الحالة",
  lastSuccess: "آخر نجاح",
  lastError: "آخر خطأ",
  items1h: "مواد / ساعة",
  items24h: "مواد / 24 ساعة",
  avgDelay: "متوسط التأخير",
  never: "أبداً",
  empty: "لا مصادر بعد. اضبط FEEDS_FILE أو WATCH_DIR، أو أرسل مقالات إلى الواجهة البرمجية.",
  failingFor: "بدأ العطل",
  watchedFolder: "المجلد المراقب",
  every: "كل",
  loadError: "تعذر تحميل المصادر",
  "state.ok": "سليم",
  "state.failing": "معطل",
  "state.idle": "خامل",
  "state.disabled": "موقوف",
  "kind.feed": "خلاصة",
  "kind.folder": "مجلد",
  "kind.demo": "تجريبي",
  "kind.api": "واجهة برمجية",
  "kind.replay": "إعادة تشغيل",
};

export function sourcesText(lang: Lang): (k: Key) => string {
  return (k) => (lang === "ar" ? AR[k] : EN[k]);
}

export const stateKey = (s: SourceDTO["state"]): Key => `state.${s}`;
export const kindKey = (k: SourceDTO["kind"]): Key => `kind.${k}`;

const UNITS: Record<Lang, [string, string, string, string]> = { en: ["ms", "s", "min", "h"], ar: ["ملي ث", "ث", "د", "س"] };

/** "850 ms", "12 s", "4.5 min", "3.2 h" (Arabic unit names in Arabic). */
export function fmtDuration(ms: number, lang: Lang = "en"): string {
  const [msU, sU, minU, hU] = UNITS[lang];
  if (ms < 1000) return `${Math.round(ms)} ${msU}`;
  if (ms < 60_000) return `${Math.round(ms / 1000)} ${sU}`;
  if (ms < 3_600_000) return `${(ms / 60_000).toFixed(1)} ${minU}`;
  return `${(ms / 3_600_000).toFixed(1)} ${hU}`;
}
