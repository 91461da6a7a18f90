/**
 * Dates: an article's publication date (metadata or text) and a statement's own date from the
 * relative or explicit expressions in its sentence. Pure: the reference time is passed in.
 * Regular expressions are compiled once at module load; text is folded (Eastern digits, hamza) first.
 */
import { fold, SKIP } from "../text/normalize";

const MONTH_NAMES: [string, number][] = [];
function months(n: number, names: string): void {
  for (const w of names.split(",")) MONTH_NAMES.push([fold(w.trim()).split(SKIP).join(""), n]);
}
months(1, "يناير,كانون الثاني,كانون ثاني,january,jan");
months(2, "فبراير,شباط,february,feb");
months(3, "مارس,آذار,march,mar");
months(4, "أبريل,إبريل,ابريل,نيسان,april,apr");
months(5, "مايو,ماي,أيار,may");
months(6, "يونيو,يونيه,حزيران,june,jun");
months(7, "يوليو,يوليه,تموز,july,jul");
months(8, "أغسطس,اغسطس,آب,august,aug");
months(9, "سبتمبر,أيلول,september,sept,sep");
months(10, "أكتوبر,اكتوبر,تشرين الأول,تشرين اول,october,oct");
months(11, "نوفمبر,تشرين الثاني,تشرين ثاني,november,nov");
months(12, "ديسمبر,كانون الأول,كانون اول,december,dec");
MONTH_NAMES.sort((a, b) => b[0].length - a[0].length);
const MONTH_OF = new Map(MONTH_NAMES);

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const M = `(?:${MONTH_NAMES.map(([n]) => esc(n)).join("|")})(?![a-z\\u0621-\\u064a])`;
/** "تشرين الثاني/نوفمبر", "نوفمبر (تشرين الثاني)", "نيسان/ أبريل" */
const MM = `(${M})\\.?(?:\\s*[/(\\-]\\s*${M}\\s*\\)?)?`;
const ORD = "(?:st|nd|rd|th)?";
const YEAR_WORDS = "(?:من\\s+)?(?:عام\\s+|العام\\s+|سنة\\s+|السنة\\s+)?";

const RE_ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}):(\d{2}))?(?!\d)/g;
const RE_NUM = /(?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g;
const RE_YMD = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/g;
const RE_DMY = new RegExp(`(?<!\\d)(\\d{1,2})${ORD}\\s*[,]?\\s*(?:من\\s+)?(?:شهر\\s+)?${MM}\\s*[,]?\\s*${YEAR_WORDS}(\\d{4})(?!\\d)`, "g");
const RE_MDY = new RegExp(`${MM}\\s+(\\d{1,2})${ORD}\\s*,?\\s*(\\d{4})(?!\\d)`, "g");
const RE_DM = new RegExp(`(?<!\\d)(\\d{1,2})${ORD}\\s*(?:من\\s+)?(?:شهر\\s+)?${MM}(?!\\s*[,]?\\s*(?:من\\s+)?(?:عام\\s+|العام\\s+|سنة\\s+)?\\d)`, "g");
const RE_MY = new RegExp(`(?:شهر\\s+)?${MM}\\s*[,]?\\s*${YEAR_WORDS}(\\d{4})(?!\\d)`, "g");
const RE_TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?\s*(صباحا|ص|مساء|م|am|pm|a\.m\.|p\.m\.)?(?![\d:])/;
const RE_YEAR_SPEECH = /(?:مقابله|تصريح|تصريحات|حديث|خطاب|كلمه|لقاء|مؤتمر|حوار)[^.]{0,40}?(?:عام|العام|سنه|في)\s+(\d{4})(?!\d)/;

interface Found { at: number; len: number; y: number; m: number; d: number }

function valid(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCDate() === d;
}

function monthNum(s: string): number {
  return MONTH_OF.get(s.replace(/\s+/g, " ")) ?? 0;
}

function prep(text: string): string {
  return fold(text).split(SKIP).join("");
}

const RE_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** Every full (day, month, year) date in folded text, in order of position. Regexes run only on windows around years. */
function fullDates(f: string): Found[] {
  const out: Found[] = [];
  let winStart = 0;
  const push = (at: number, len: number, y: number, m: number, d: number) => {
    if (!valid(y, m, d)) return;
    // Overlaps can only involve matches of the current window (and the last one before it).
    for (let k = Math.max(0, winStart - 1); k < out.length; k++) {
      const o = out[k]!;
      if (at < o.at + o.len && o.at < at + len) return;
    }
    out.push({ at, len, y, m, d });
  };
  let lastEnd = -1;
  for (const yr of f.matchAll(RE_YEAR)) {
    winStart = out.length;
    const from = Math.max(0, yr.index - 48, lastEnd);
    const to = Math.min(f.length, yr.index + 24);
    if (to <= from) continue;
    lastEnd = yr.index + 4;
    const w = f.slice(from, to);
    for (const x of w.matchAll(RE_ISO)) push(from + x.index, x[0].length, +x[1]!, +x[2]!, +x[3]!);
    for (const x of w.matchAll(RE_YMD)) push(from + x.index, x[0].length, +x[1]!, +x[2]!, +x[3]!);
    for (const x of w.matchAll(RE_NUM)) {
      let d = +x[1]!, m = +x[3]!;
      if (m > 12 && d <= 12) [d, m] = [m, d];
      push(from + x.index, x[0].length, +x[4]!, m, d);
    }
    for (const x of w.matchAll(RE_DMY)) push(from + x.index, x[0].length, +x[3]!, monthNum(x[2]!), +x[1]!);
    for (const x of w.matchAll(RE_MDY)) push(from + x.index, x[0].length, +x[3]!, monthNum(x[1]!), +x[2]!);
  }
  return out.sort((a, b) => a.at - b.at);
}

function timeNear(f: string, d: Found): [number, number] | null {
  const before = f.slice(Math.max(0, d.at - 24), d.at);
  const after = f.slice(d.at + d.len, d.at + d.len + 30);
  const x = RE_TIME.exec(after) ?? RE_TIME.exec(before);
  if (!x) return null;
  let h = +x[1]!;
  const mi = +x[2]!;
  const ap = x[3] ?? "";
  if (/^(مساء|م|pm|p\.m\.)$/.test(ap) && h < 12) h += 12;
  if (/^(صباحا|ص|am|a\.m\.)$/.test(ap) && h === 12) h = 0;
  if (h > 23 || mi > 59) return null;
  return [h, mi];
}

function iso(y: number, m: number, d: number, hm: [number, number] | null = null): string {
  return new Date(Date.UTC(y, m - 1, d, hm?.[0] ?? 0, hm?.[1] ?? 0)).toISOString();
}

const HEAD_CHARS = 600;
const RE_STAMP_LABEL = /(?:date|published|updated|تاريخ|نشر|تحديث|اخر تحديث|بتاريخ)[^\n]{0,24}$/;
const RE_WEEKDAY_NEAR = /(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thu|fri|sat)[\s,]*(?:\d{1,2}:\d{2}[^\n]{0,8})?$/;
const RE_PROSE_BEFORE = /(?:في|منذ|حتي|قبل|بعد|الي|من|خلال|مطلع)\s*$/;

/** How much a header date looks like the article's own stamp rather than a date mentioned in prose. */
function stampScore(f: string, d: Found): number {
  const before = f.slice(Math.max(0, d.at - 30), d.at);
  const lineStart = f.lastIndexOf("\n", d.at - 1) + 1;
  let sc = 0;
  if (RE_STAMP_LABEL.test(before)) sc += 3;
  if (timeNear(f, d)) sc += 2;
  if (RE_WEEKDAY_NEAR.test(before)) sc += 1;
  if (/^\d/.test(f.slice(d.at, d.at + 1)) && /[./\-]/.test(f.slice(d.at, d.at + d.len))) sc += 1;
  if (d.at - lineStart < 3) sc += 1;
  if (RE_PROSE_BEFORE.test(before)) sc -= 2;
  return sc;
}

/** Publication date (ISO, e.g. '2025-11-14T00:00:00.000Z' or with time when given) from a metadata string or from the article text. */
export function findPublicationDate(text: string, meta?: string | null): string | null {
  if (meta) {
    const fm = prep(meta);
    const d = fullDates(fm)[0];
    if (d) return iso(d.y, d.m, d.d, timeNear(fm, d));
    const t = Date.parse(meta);
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  const f = prep(text);
  const all = fullDates(f);
  if (all.length === 0) return null;
  let head: Found | null = null;
  let best = -Infinity;
  for (const d of all) {
    if (d.at >= HEAD_CHARS) break;
    const sc = stampScore(f, d);
    if (sc > best) { best = sc; head = d; }
  }
  if (head) return iso(head.y, head.m, head.d, timeNear(f, head));
  // No date in the header: the latest full date in the body (embeds and quotes precede publication).
  let latest = all[0]!;
  for (const d of all) if (Date.UTC(d.y, d.m - 1, d.d) > Date.UTC(latest.y, latest.m - 1, latest.d)) latest = d;
  return iso(latest.y, latest.m, latest.d, timeNear(f, latest));
}

const WEEKDAYS: Record<string, number> = {
  الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6,
};
const RE_WEEKDAY = /(?<![\u0621-\u064a])(?:[وف]?(?:يوم|اليوم|مساء|صباح|ظهر|فجر|ليل|ليله|عصر|ظهيره|منتصف ليل)\s+)?[وف]?(الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)(?![\u0621-\u064a])(\s+(?:الماضي|الفايت|المنصرم|الماضيه|المقبل|القادم))?/;
const RE_BEFORE_YESTERDAY = /(?<![\u0621-\u064a])(?:اول\s+(?:من\s+)?امس|امس\s+الاول)(?![\u0621-\u064a])/;
const RE_YESTERDAY = /(?<![\u0621-\u064a])(?:[وف]?(?:ال)?امس|البارحه)(?![\u0621-\u064a])/;
const RE_LAST_WEEK = /(?<![\u0621-\u064a])الاسبوع\s+(?:الماضي|الفايت|المنصرم)/;
const RE_AGO = /(?<![\u0621-\u064a])قبل\s+(يومين|ثلاثه\s+ايام|اربعه\s+ايام|اسبوع|اسبوعين)(?![\u0621-\u064a])/;
const RE_TODAY = /(?<![\u0621-\u064a])[وف]?(?:اليوم|الليله)(?![\u0621-\u064a])/;
const RE_NOT_FRAME = /(?<![\u0621-\u064a])(?:ب?ان(?:ه|ها|هم)?|:)(?![\u0621-\u064a])/;
/** "في كانون الثاني الماضي", "يناير الفائت": the most recent such month before publication. */
const RE_MONTH_LAST = new RegExp(`(?<![\\u0621-\\u064a])(?:شهر\\s+)?${MM}\\s+(?:الماضي|الفايت|المنصرم)(?![\\u0621-\\u064a])`);
/** "في الـ5 من الشهر الجاري", "في 20 من الشهر الماضي". */
const RE_DAY_OF_MONTH = /(?<!\d)(\d{1,2})\s+من\s+(?:هذا\s+)?الشهر\s+(الجاري|الحالي|الماضي|الفايت|المنصرم)(?![\u0621-\u064a])/;
const RE_SINCE = /(?:منذ|حتي|قبل|بعد|مطلع|اواخر|اوائل)\s*$/;
const AGO_DAYS: Record<string, number> = { يومين: 2, اسبوع: 7, اسبوعين: 14 };

/** The part of a sentence that frames the speech act: quotes removed, cut before "أن/إن" and ":". */
function frameOf(f: string): string {
  const noQuotes = f.replace(/"[^"]*"/g, (q) => " ".repeat(q.length));
  const cut = RE_NOT_FRAME.exec(noQuotes);
  return cut ? noQuotes.slice(0, cut.index) : noQuotes;
}

function addDays(base: Date, days: number): string {
  return new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate() - days)).toISOString();
}

/** A statement's own date (ISO) from relative/explicit expressions in its sentence, relative to publishedAt (or `now` when null); null when the sentence has none. */
export function resolveStatedAt(sentence: string, publishedAt: string | null, now: Date): string | null {
  const parsed = publishedAt ? new Date(publishedAt) : now;
  const ref = Number.isNaN(parsed.getTime()) ? now : parsed;
  const frame = frameOf(prep(sentence));
  const hits: { at: number; value: string | null }[] = [];
  const hasYear = /(?:19|20)\d\d/.test(frame);
  const full = hasYear ? fullDates(frame)[0] : undefined;
  if (full) hits.push({ at: full.at, value: iso(full.y, full.m, full.d) });
  const dm = /\d/.test(frame) ? matchAt(RE_DM, frame) : null;
  if (dm) {
    const m = monthNum(dm[2]!);
    let y = ref.getUTCFullYear();
    if (Date.UTC(y, m - 1, +dm[1]!) > ref.getTime() + 86_400_000) y -= 1;
    if (valid(y, m, +dm[1]!)) hits.push({ at: dm.index, value: iso(y, m, +dm[1]!) });
  }
  const my = hasYear ? matchAt(RE_MY, frame) : null;
  if (my && !RE_SINCE.test(frame.slice(Math.max(0, my.index - 8), my.index))) {
    const m = monthNum(my[1]!);
    if (m && valid(+my[2]!, m, 1)) hits.push({ at: my.index, value: iso(+my[2]!, m, 1) });
  }
  const ml = matchAt(RE_MONTH_LAST, frame);
  if (ml && !RE_SINCE.test(frame.slice(Math.max(0, ml.index - 8), ml.index))) {
    const m = monthNum(ml[1]!);
    const pm = ref.getUTCMonth() + 1;
    if (m) hits.push({ at: ml.index, value: iso(m < pm ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1, m, 1) });
  }
  const dom = /\d/.test(frame) ? RE_DAY_OF_MONTH.exec(frame) : null;
  if (dom && !RE_SINCE.test(frame.slice(Math.max(0, dom.index - 8), dom.index).replace(/ال[\u200c\s]*$/, ""))) {
    const back = /الجاري|الحالي/.test(dom[2]!) ? 0 : 1;
    const y = ref.getUTCFullYear();
    const m0 = ref.getUTCMonth() - back;
    const yy = m0 < 0 ? y - 1 : y;
    const mm = ((m0 + 12) % 12) + 1;
    const day = +dom[1]!;
    if (valid(yy, mm, day) && Date.UTC(yy, mm - 1, day) <= ref.getTime() + 86_400_000) hits.push({ at: dom.index, value: iso(yy, mm, day) });
  }
  const bby = RE_BEFORE_YESTERDAY.exec(frame);
  if (bby) hits.push({ at: bby.index, value: addDays(ref, 2) });
  const yd = RE_YESTERDAY.exec(frame);
  if (yd && (!bby || yd.index >= bby.index + bby[0].length || yd.index < bby.index)) hits.push({ at: yd.index, value: addDays(ref, 1) });
  const wd = RE_WEEKDAY.exec(frame);
  if (wd) {
    const target = WEEKDAYS[wd[1]!]!;
    const mod = (wd[2] ?? "").trim();
    if (!/^(المقبل|القادم)$/.test(mod)) {
      let delta = (ref.getUTCDay() - target + 7) % 7;
      if (delta === 0 && mod) delta = 7;
      hits.push({ at: wd.index, value: addDays(ref, delta) });
    }
  }
  const lw = RE_LAST_WEEK.exec(frame);
  if (lw) hits.push({ at: lw.index, value: addDays(ref, 7) });
  const ago = RE_AGO.exec(frame);
  if (ago) {
    const w = ago[1]!.replace(/\s+/g, " ");
    const n = AGO_DAYS[w] ?? (w.startsWith("ثلاثه") ? 3 : 4);
    hits.push({ at: ago.index, value: addDays(ref, n) });
  }
  const yr = hasYear ? RE_YEAR_SPEECH.exec(frame) : null;
  if (yr && valid(+yr[1]!, 1, 1)) hits.push({ at: yr.index, value: iso(+yr[1]!, 1, 1) });
  if (hits.length === 0) {
    const td = RE_TODAY.exec(frame);
    if (td) return addDays(ref, 0);
    return null;
  }
  hits.sort((a, b) => a.at - b.at);
  return hits[0]!.value;
}

function matchAt(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  const x = re.exec(s);
  re.lastIndex = 0;
  return x;
}
