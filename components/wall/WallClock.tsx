"use client";
import { dateFormat } from "./format";
import styles from "./wall.module.css";

interface Props {
  now: number;
  tz: string | null;
  lang: "en" | "ar";
}

/** Large local clock with date; `tz` (IANA) overrides the machine's zone. */
export function WallClock({ now, tz, lang }: Props) {
  const locale = lang === "ar" ? "ar-SY" : "en-GB";
  const opts = tz ? { timeZone: tz } : {};
  const time = now ? dateFormat(locale, { ...opts, hour: "2-digit", minute: "2-digit", hour12: false }).format(now) : "--:--";
  const secs = now ? dateFormat("en-GB", { ...opts, second: "2-digit" }).format(now).padStart(2, "0") : "--";
  const date = now ? dateFormat(locale, { ...opts, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(now) : "";
  return (
    <div className={styles.clock} data-testid="wall-clock">
      <div className={styles.clockTime} dir="ltr">
        {time}<span className={styles.clockSecs}>{secs}</span>
      </div>
      <div className={styles.clockDate}>{date}{tz ? ` · ${tz}` : ""}</div>
    </div>
  );
}
