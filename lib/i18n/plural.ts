/**
 * Durations with correct plurals (Intl.PluralRules) and one digit rule per language:
 * `en` Western digits, `ar` Arabic-Indic digits (locale ar-SY), on the dashboard and the wall alike.
 */
export type DurationUnit = "s" | "min" | "h" | "d";
type Lang = "en" | "ar";

/** The one locale per language for numbers and dates (ar-SY: Arabic-Indic digits). */
export function localeOf(lang: Lang): string {
  return lang === "ar" ? "ar-SY" : "en-GB";
}

const numbers = { en: new Intl.NumberFormat("en-GB"), ar: new Intl.NumberFormat("ar-SY") } as const;
const arRules = new Intl.PluralRules("ar");

/** Arabic noun forms per plural category: one and two are said without the number ("ثانيتين"). */
const AR: Record<DurationUnit, Record<Intl.LDMLPluralRule, string>> = {
  s: { zero: "{n} ثانية", one: "ثانية", two: "ثانيتين", few: "{n} ثوانٍ", many: "{n} ثانية", other: "{n} ثانية" },
  min: { zero: "{n} دقيقة", one: "دقيقة", two: "دقيقتين", few: "{n} دقائق", many: "{n} دقيقة", other: "{n} دقيقة" },
  h: { zero: "{n} ساعة", one: "ساعة", two: "ساعتين", few: "{n} ساعات", many: "{n} ساعة", other: "{n} ساعة" },
  d: { zero: "{n} يوم", one: "يوم", two: "يومين", few: "{n} أيام", many: "{n} يومًا", other: "{n} يوم" },
};

/** "4 s" / "٤ ثوانٍ", "2 h" / "ساعتين", "11 min" / "١١ دقيقة". */
export function countUnit(lang: Lang, n: number, unit: DurationUnit): string {
  const num = numbers[lang].format(n);
  if (lang === "en") return `${num} ${unit}`;
  return AR[unit][arRules.select(n)].replace("{n}", num);
}

/** Whole seconds -> the largest sensible unit: "42 s", "5 min", "3 h", "2 d" (or Arabic). */
export function fmtDuration(lang: Lang, seconds: number, hoursUpTo = 24): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return countUnit(lang, s, "s");
  if (s < 3600) return countUnit(lang, Math.floor(s / 60), "min");
  if (s < hoursUpTo * 3600) return countUnit(lang, Math.floor(s / 3600), "h");
  return countUnit(lang, Math.floor(s / 86_400), "d");
}
