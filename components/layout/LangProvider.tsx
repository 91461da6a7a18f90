"use client";
/** Interface language: `?lang=` overrides, else cookie / localStorage; remembered on change. */
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { dirOf, isLang, LANG_COOKIE, LANG_STORAGE, translator, type Lang, type Translate } from "../../lib/i18n";

interface LangContext { lang: Lang; dir: "rtl" | "ltr"; t: Translate; setLang: (l: Lang) => void }

const Ctx = createContext<LangContext>({ lang: "en", dir: "ltr", t: translator("en"), setLang: () => undefined });

function remember(lang: Lang): void {
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
  try { localStorage.setItem(LANG_STORAGE, lang); } catch { /* private mode */ }
}

export function LangProvider({ initialLang, children }: { initialLang: Lang; children: ReactNode }) {
  const sp = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const urlLang = sp.get("lang");
  const [stored, setStored] = useState<Lang>(initialLang);
  const lang: Lang = isLang(urlLang) ? urlLang : stored;

  useEffect(() => {
    // Cookie lost but localStorage remembers: restore it.
    try {
      const ls = localStorage.getItem(LANG_STORAGE);
      if (!isLang(urlLang) && isLang(ls) && ls !== stored && !document.cookie.includes(`${LANG_COOKIE}=`)) setStored(ls);
    } catch { /* ignore */ }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once on mount: later URL/cookie changes go through setLang
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    remember(lang);
  }, [lang]);

  const setLang = useCallback((l: Lang) => {
    setStored(l);
    remember(l);
    if (isLang(urlLang)) {
      const next = new URLSearchParams(sp.toString());
      next.set("lang", l);
      router.replace(`${pathname}?${next.toString().replace(/%2C/gi, ",")}`, { scroll: false });
    }
  }, [urlLang, sp, router, pathname]);

  const value = useMemo(() => ({ lang, dir: dirOf(lang), t: translator(lang), setLang }), [lang, setLang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useLang(): LangContext {
  return useContext(Ctx);
}
