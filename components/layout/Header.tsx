"use client";
import Link from "next/link";
import { useConnection } from "../../lib/client/useConnection";
import { ConnectionIndicator } from "./ConnectionIndicator";
import styles from "./Header.module.css";
import { useLang } from "./LangProvider";

/** App bar: brand, navigation, demo badge, connection state, language switch. */
export function Header({ active, search = "" }: { active: "dashboard" | "actor" | "sources"; search?: string }) {
  const { t, lang, setLang } = useLang();
  const { demo } = useConnection();
  const carry = new URLSearchParams();
  const cur = new URLSearchParams(search);
  for (const k of ["lang", "token"]) { const v = cur.get(k); if (v) carry.set(k, v); }
  const keep = carry.size ? `?${carry.toString()}` : "";
  return (
    <header className={styles.header} data-testid="app-header">
      <Link href={`/${search}`} className={styles.brand} data-testid="brand">
        <span className={styles.logo} aria-hidden>بيان</span>
        <span className={styles.names}>
          <span className={styles.nameMain}>{lang === "ar" ? "بيان" : "Bayan"}</span>
          <span className={`${styles.nameSub} ${styles.tagline}`}>{t("tagline")}</span>
        </span>
      </Link>
      <nav className={styles.nav} aria-label="Main">
        <Link href={`/${search}`} className={`${styles.navLink} ${active === "dashboard" ? styles.navActive : ""}`}>{t("nav.dashboard")}</Link>
        {/* No prefetch: a prefetch cut off by a server restart must not take the dashboard down. */}
        <Link prefetch={false} href={`/wall${search}`} className={styles.navLink}>{t("nav.wall")}</Link>
        <Link prefetch={false} href={`/sources${keep}`} className={`${styles.navLink} ${active === "sources" ? styles.navActive : ""}`}>{t("nav.sources")}</Link>
      </nav>
      <div className={styles.end} data-testid="header-end">
        {demo && <span className="badge badge-demo" title={t("demoHint")} data-testid="demo-badge">{t("demo")}</span>}
        <ConnectionIndicator />
        <button
          type="button"
          className={`btn ${lang === "en" ? styles.lang : ""}`}
          onClick={() => setLang(lang === "ar" ? "en" : "ar")}
          aria-label={t("languageLabel")}
          data-testid="lang-switch"
          lang={lang === "ar" ? "en" : "ar"}
        >
          {t("language")}
        </button>
      </div>
    </header>
  );
}
