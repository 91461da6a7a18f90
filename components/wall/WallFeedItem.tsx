"use client";
import { memo } from "react";
import { useActorColor } from "../../lib/client/colors";
import { isLate } from "../../lib/client/timeAxis";
import { fmtDate } from "../../lib/i18n";
import type { StatementDTO } from "../../lib/contract/dto";
import { governorate } from "../../lib/domain/governorates";
import { shortDuration } from "./stale";
import { TYPE_LABEL, type WallStrings } from "./strings";
import styles from "./wall.module.css";

interface Props {
  s: StatementDTO;
  now: number;
  glowing: boolean;
  /** Slide in (new arrivals only). */
  animate: boolean;
  lang: "en" | "ar";
  t: WallStrings;
}

/** One statement, sized to be read across the room. */
export const WallFeedItem = memo(function WallFeedItem({ s, now, glowing, animate, lang, t }: Props) {
  const color = useActorColor(s.actor.id);
  const name = lang === "ar" ? s.actor.nameAr : s.actor.nameEn || s.actor.nameAr;
  // One time axis with the dashboard: the statement time; a late arrival shows its date instead.
  const at = Date.parse(s.statedAt);
  const late = isLate(s);
  const ago = now && at ? shortDuration(Math.max(0, now - at) / 1000, lang) : "";
  return (
    <li className={`${styles.item} ${animate ? styles.itemNew : ""} ${glowing ? styles.itemGlow : ""}`} style={{ borderInlineStartColor: color }} data-id={s.id} data-actor={s.actor.id} data-watched={glowing || undefined}>
      <div className={styles.itemMeta}>
        {glowing && <span className={styles.watchBadge}>★ {t.watched}</span>}
        <span className={styles.itemActor} style={{ color }}>{name}</span>
        <span className={styles.itemTime} data-testid="wall-item-time" data-late={late || undefined}>
          {late ? `${t.statedOn} ${fmtDate(lang, s.statedAt)}` : lang === "ar" ? `${t.since} ${ago}` : `${ago} ${t.ago}`}
        </span>
      </div>
      <p className={styles.itemText} dir="rtl" lang="ar">{s.quote ? `«${s.text}»` : s.text}</p>
      <div className={styles.itemFoot}>
        {s.securityOperation && <span className={styles.itemSec}>{lang === "ar" ? "عملية أمنية" : "SECURITY OP"}</span>}
        <span className={styles.itemType}>{TYPE_LABEL[lang][s.type]}</span>
        {s.source.outlet && <span className={styles.itemOutlet}>{s.source.outlet}</span>}
        {s.mentions > 1 && <span className={styles.itemMentions}>×{s.mentions} {t.outlets}</span>}
        {s.governorates.map((g) => (
          <span key={g} className={styles.itemGov}>{lang === "ar" ? governorate(g).nameAr : governorate(g).nameEn}</span>
        ))}
      </div>
    </li>
  );
});
