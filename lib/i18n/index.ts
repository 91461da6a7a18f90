/** i18n: dictionaries, formatting and the language cookie. Pure; React bindings in components/layout/LangProvider. */
import type { Governorate } from "../domain/governorates";
import { governorate, type GovernorateCode } from "../domain/governorates";
import type { ActorRef } from "../domain/statement";
import { MESSAGES, type MessageKey } from "./dict";
import { fmtDuration, localeOf } from "./plural";
export { countUnit, fmtDuration, localeOf } from "./plural";

export type Lang = "en" | "ar";
export const LANGS: readonly Lang[] = ["en", "ar"];
export const LANG_COOKIE = "bayan-lang";
export const LANG_STORAGE = "bayan-lang";
export { KIND_LABELS, TYPE_LABELS, type MessageKey } from "./dict";

export function isLang(v: unknown): v is Lang {
  return v === "en" || v === "ar";
}

export function dirOf(lang: Lang): "rtl" | "ltr" {
  return lang === "ar" ? "rtl" : "ltr";
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const dict = MESSAGES[lang];
  return (key, vars) => {
    let s: string = dict[key] ?? MESSAGES.en[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, formatNumber(lang, v));
    return s;
  };
}

function formatNumber(lang: Lang, v: string | number): string {
  return typeof v === "number" ? v.toLocaleString(localeOf(lang)) : v;
}

export function fmtNumber(lang: Lang, n: number): string {
  return n.toLocaleString(localeOf(lang));
}

export function actorName(lang: Lang, a: Pick<ActorRef, "nameAr" | "nameEn">): string {
  return lang === "en" && a.nameEn ? a.nameEn : a.nameAr;
}

export function govName(lang: Lang, code: GovernorateCode): string {
  const g: Governorate = governorate(code);
  return lang === "ar" ? g.nameAr : g.nameEn;
}

/** "12 s ago" / "منذ ١٢ ثانية" from ms difference (plurals from Intl.PluralRules). */
export function relativeTime(lang: Lang, t: Translate, diffMs: number): string {
  const s = Math.max(0, Math.round(diffMs / 1000));
  if (s < 5) return t("time.now");
  return t("time.ago", { d: fmtDuration(lang, s, 48) });
}

export function fmtDateTime(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(localeOf(lang), {
    year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit",
  });
}

/** "11 Nov 2025" (a date without the time). */
export function fmtDate(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(localeOf(lang), { year: "numeric", month: "short", day: "numeric" });
}

/** Inline script run before paint: applies ?lang= / stored language to <html lang dir>. */
export const LANG_BOOT_SCRIPT = `(function(){try{var p=new URLSearchParams(location.search).get("lang");var s=null;try{s=localStorage.getItem("${LANG_STORAGE}")}catch(e){}var c=(document.cookie.match(/(?:^|; )${LANG_COOKIE}=(en|ar)/)||[])[1];var l=p==="ar"||p==="en"?p:c||(s==="ar"||s==="en"?s:null);if(l){document.documentElement.lang=l;document.documentElement.dir=l==="ar"?"rtl":"ltr";}}catch(e){}})();`;
