"use client";
import type { ActorDetail } from "../../lib/contract/dto";
import { useActorColors } from "../../lib/client/colors";
import { actorName, fmtNumber, KIND_LABELS } from "../../lib/i18n";
import { RelativeTime } from "../feed/RelativeTime";
import { useLang } from "../layout/LangProvider";
import styles from "./Actor.module.css";

/** Names (both languages), kind, aliases and headline numbers. */
export function ActorIdentity({ actor }: { actor: ActorDetail }) {
  const actorColor = useActorColors();
  const { t, lang } = useLang();
  const other = lang === "ar" ? actor.nameEn : actor.nameAr;
  return (
    <section className={styles.ident} data-testid="actor-identity">
      <span className={styles.swatch} style={{ background: actorColor(actor.id) }} aria-hidden />
      <div className={styles.names}>
        <h1 className={styles.name} data-testid="actor-name">{actorName(lang, actor)}</h1>
        {other && other !== actorName(lang, actor) && <div className={styles.alt} lang={lang === "ar" ? "en" : "ar"}>{other}</div>}
        <div><span className="badge badge-type">{KIND_LABELS[lang][actor.kind]}</span></div>
        {actor.aliases.length > 0 && (
          <div className={styles.aliases} aria-label={t("actor.aliases")}>
            <span className="muted">{t("actor.aliases")}:</span>
            {actor.aliases.map((a) => <span key={a} className={styles.alias} lang="ar">{a}</span>)}
          </div>
        )}
      </div>
      <div className={styles.stats}>
        <div className={styles.stat}>
          <div className={styles.statLabel}>{t("actor.total")}</div>
          <div className={styles.statValue} data-testid="actor-total">{fmtNumber(lang, actor.total)}</div>
        </div>
        <div className={styles.stat}>
          <div className={styles.statLabel}>{t("actor.last")}</div>
          <div className={styles.statValue} style={{ fontSize: 16, paddingBlock: 3 }}>
            {actor.lastStatedAt ? <RelativeTime iso={actor.lastStatedAt} /> : "–"}
          </div>
        </div>
      </div>
    </section>
  );
}
