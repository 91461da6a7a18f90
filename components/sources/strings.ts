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
  statements1h: "Statements 1 h",
  statements24h: "Statements 24 h",
  articles24h: "Articles 24 h",
  medianDelay: "Median delay",
  delayHint: "Median publication-to-ingestion delay over the last 24 h; items published more than 24 h before ingestion (replays) are left out",
  replayed: "Replayed items left out of the delay",
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
  statements1h: "تصريحات / ساعة",
  statements24h: "تصريحات / 24 ساعة",
  articles24h: "مقالات / 24 ساعة",
  medianDelay: "وسيط التأخير",
  delayHint: "وسيط التأخير بين النشر والاستلام خلال آخر 24 ساعة، دون المواد المنشورة قبل استلامها بأكثر من 24 ساعة (المعاد بثها)",
  replayed: "مواد معاد بثها مستبعدة من التأخير",
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
