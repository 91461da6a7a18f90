"use client";
import type { FailingSource } from "../../lib/client/useSourceHealth";
import { shortDuration, type Staleness } from "./stale";
import type { WallStrings } from "./strings";
import styles from "./wall.module.css";

/** Full-width warning whenever the screen may be showing old data. */
export function StaleBanner({ s, t, lang }: { s: Staleness; t: WallStrings; lang: "en" | "ar" }) {
  if (!s.stale) return null;
  const text = {
    offline: t.staleOffline, reconnecting: t.staleReconnecting, restarting: t.staleRestarting, connecting: t.staleConnecting, quiet: t.staleQuiet,
  }[s.reason];
  const tail = s.reason === "quiet" ? ` ${shortDuration(s.seconds, lang)}` : s.seconds >= 5 ? ` (${t.since} ${shortDuration(s.seconds, lang)})` : "";
  return (
    <div className={`${styles.banner} ${s.reason === "quiet" || s.reason === "restarting" ? styles.bannerWarn : styles.bannerError}`} role="alert" data-testid="wall-stale" data-reason={s.reason}>
      <span aria-hidden="true" className={styles.bannerIcon}>⚠</span>
      {text}{tail}
    </div>
  );
}

/** Sources failing for longer than SOURCE_FAILING_AFTER_SECONDS. */
export function SourceBanner({ failing, t, now, lang }: { failing: FailingSource[]; t: WallStrings; now: number; lang: "en" | "ar" }) {
  if (!failing.length) return null;
  const list = failing.slice(0, 4).map((f) => `${f.name} (${shortDuration((now - Date.parse(f.failingSince)) / 1000, lang)})`);
  return (
    <div className={`${styles.banner} ${styles.bannerSource}`} role="alert" data-testid="wall-sources-failing">
      <span aria-hidden="true" className={styles.bannerIcon}>⚠</span>
      {t.sourcesFailing}: {list.join(" · ")}{failing.length > 4 ? ` +${failing.length - 4}` : ""}
    </div>
  );
}
