"use client";
import Link from "next/link";
import { memo } from "react";
import type { StatementDTO } from "../../lib/contract/dto";
import { useActorColor } from "../../lib/client/colors";
import { isLate } from "../../lib/client/timeAxis";
import { actorName, fmtDate, fmtDateTime, govName, TYPE_LABELS } from "../../lib/i18n";
import { useLang } from "../layout/LangProvider";
import styles from "./Feed.module.css";
import { RelativeTime } from "./RelativeTime";

interface Props { s: StatementDTO; isNew: boolean; onOpen: (id: string) => void; search: string }

/** One statement: actor chip, type, badges, Arabic text, outlet(s), governorates, relative statement time (or its date when it arrived late). */
export const FeedItem = memo(function FeedItem({ s, isNew, onOpen, search }: Props) {
  const { t, lang } = useLang();
  const color = useActorColor(s.actor.id);
  return (
    <article
      className={`${styles.item} ${isNew ? styles.enter : ""}`} tabIndex={0} role="button"
      onClick={() => onOpen(s.id)} onKeyDown={(e) => { if (e.key === "Enter") onOpen(s.id); }}
      data-testid="feed-item" data-id={s.id} data-seq={s.seq} aria-label={`${actorName(lang, s.actor)}: ${s.text.slice(0, 80)}`}
    >
      <div className={styles.top}>
        <Link prefetch={false} href={`/actors/${encodeURIComponent(s.actor.id)}${search}`} className={styles.actor} onClick={(e) => e.stopPropagation()} data-testid="actor-chip">
          <span className={styles.actorDot} style={{ background: color }} aria-hidden />
          <span className={styles.actorName}>{actorName(lang, s.actor)}</span>
        </Link>
        <span className="badge badge-type">{TYPE_LABELS[lang][s.type]}</span>
        {s.securityOperation && <span className="badge badge-security" data-testid="security-badge">{t("feed.security")}</span>}
        {s.quote && <span className="badge badge-quote">{t("feed.quote")}</span>}
        {s.demo && <span className="badge badge-demo">{t("demoItem")}</span>}
        {isLate(s)
          ? <time dateTime={s.statedAt} className={styles.time} data-testid="stated-late" title={fmtDateTime(lang, s.statedAt)}>{t("feed.statedOn", { date: fmtDate(lang, s.statedAt) })}</time>
          : <RelativeTime iso={s.statedAt} className={styles.time} />}
      </div>
      <p className={styles.text} dir="rtl" lang="ar">{s.text}</p>
      <div className={styles.meta}>
        <span className={styles.outlet}>{s.source.outlet ?? t("feed.unknownOutlet")}</span>
        {s.mentions > 1 && <span className={styles.mentions} data-testid="mentions">{t("feed.reportedBy", { n: s.mentions })}</span>}
        {s.governorates.length > 0 && (
          <span className={styles.govs}>
            {s.governorates.map((g) => <span key={g} className={styles.gov} data-gov={g}>{govName(lang, g)}</span>)}
          </span>
        )}
      </div>
    </article>
  );
});
