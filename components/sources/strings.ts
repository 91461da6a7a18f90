import type { Lang } from "../../lib/i18n";
import { fmtDuration } from "../../lib/i18n/plural";
import type { SourceDTO } from "../../lib/contract/sources";

const EN = {
  title: "Sources",
  subtitle: "Feeds, watched folder and other inputs, with their health",
  source: "Source",
  kind: "Kind",
  state: "State",
  lastSuccess: "Last success",
  lastError: "Last error",
  sources: "Sources",
  statements: "Statements",
  articles: "Articles",
  per24h: "last 24 h",
  per1h: "last hour",
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
  sources: "المصادر",
  statements: "التصريحات",
  articles: "المقالات",
  per24h: "آخر 24 ساعة",
  per1h: "آخر ساعة",
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

/**
 * A delay in human units, whole and in the largest unit that fits: "850 ms", "42 s", "3 min",
 * "2 h", "4 d" (Arabic: "٣ دقائق", "ساعتين", "٤ أيام"), never "9259.7 h".
 */
export function humanDelay(ms: number, lang: Lang = "en"): string {
  if (ms < 1000) return lang === "ar" ? `${new Intl.NumberFormat("ar-SY").format(Math.round(ms))} ملي ثانية` : `${Math.round(ms)} ms`;
  return fmtDuration(lang, ms / 1000, 48);
}
