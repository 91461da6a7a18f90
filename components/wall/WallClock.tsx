"use client";
import { localeOf } from "../../lib/i18n";
import { dateFormat, numberFormat } from "./format";
import styles from "./wall.module.css";

interface Props {
  now: number;
  tz: string | null;
  lang: "en" | "ar";
}

/**
 * Large local clock with seconds and date; `tz` (IANA) overrides the machine's zone. Every part
 * uses the language's one locale (lib/i18n `localeOf`): Arabic-Indic digits in Arabic, seconds too.
 */
export function WallClock({ now, tz, lang }: Props) {
  const locale = localeOf(lang);
  const opts = tz ? { timeZone: tz } : {};
  const time = now ? dateFormat(locale, { ...opts, hour: "2-digit", minute: "2-digit", hour12: false }).format(now) : "--:--";
  // Seconds are the same in every zone; Intl's "2-digit" seconds drop the leading zero, so pad by number format.
  const secs = now ? numberFormat(locale, { minimumIntegerDigits: 2 }).format(Math.floor(now / 1000) % 60) : "--";
  const date = now ? dateFormat(locale, { ...opts, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(now) : "";
  return (
    <div className={styles.clock} data-testid="wall-clock">
      <div className={styles.clockTime} dir="ltr">
        {time}<span className={styles.clockSecs} data-testid="wall-clock-seconds">{secs}</span>
      </div>
      <div className={styles.clockDate}>{date}{tz ? ` · ${tz}` : ""}</div>
    </div>
  );
}
