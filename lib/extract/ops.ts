/**
 * Bridge to the places/dates/security modules (owned by the places & dates engineer).
 * Stand-ins are used only until their modules land; see docs/extraction.md.
 */
export { findPlaces } from "./places";

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
};
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T00:00:00.000Z`;

/** Stand-in: replaced by lib/extract/dates.ts findPublicationDate when it lands. */
export function findPublicationDate(text: string, meta?: string | null): string | null {
  const s = (meta ?? "") + "\n" + text.slice(0, 3000);
  let m = /(20\d\d)-(\d\d)-(\d\d)/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /(\d{1,2})\.(\d{1,2})\.(20\d\d)/.exec(s);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  m = /(\d{1,2})(?:st|nd|rd|th)?,?\s+([A-Za-z\u0600-\u06ff]+),?\s+(20\d\d)/.exec(s);
  if (m && MONTHS[m[2]!.toLowerCase()]) return iso(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  let best: string | null = null;
  for (const e of text.matchAll(/([A-Z][a-z]+) (\d{1,2}), (20\d\d)/g)) {
    const mo = MONTHS[e[1]!.toLowerCase()];
    if (mo) { const d = iso(+e[3]!, mo, +e[2]!); if (!best || d > best) best = d; }
  }
  return best;
}

/** Stand-in: replaced by lib/extract/dates.ts resolveStatedAt when it lands. */
export function resolveStatedAt(_sentence: string, publishedAt: string | null, _now: Date): string | null {
  return publishedAt;
}

const OPS = /(?:مداهم|اعتقال|اعتقل|القبض|تفكيك|فكك|خلية|ضبط|غارة|غارات|قصف|هجوم|هاجم|تفجير|فجر|انفجار|كمين|اشتباك|حملة أمنية|عملية أمنية|عملية عسكرية|ضربة|ضربات|استهداف|استهدف|مقتل|قتل|اغتيال)/;
/** Stand-in: replaced by lib/extract/security.ts isSecurityOperation when it lands. */
export function isSecurityOperation(text: string): boolean {
  return OPS.test(text);
}
