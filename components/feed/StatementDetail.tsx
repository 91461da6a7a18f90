"use client";
import { EXTERNAL_REL, httpHref } from "../../lib/domain/links";
import Link from "next/link";
import { useEffect } from "react";
import { useActorColors } from "../../lib/client/colors";
import { useStatement } from "../../lib/client/useStatement";
import { actorName, fmtDateTime, govName, KIND_LABELS, TYPE_LABELS } from "../../lib/i18n";
import { useLang } from "../layout/LangProvider";
import styles from "./Detail.module.css";
import { HighlightedArticle } from "./HighlightedArticle";

/** Drawer for `?statement=<id>`: sentence in its article, every outlet that carried it, metadata. */
export function StatementDetail({ id, onClose, search }: { id: string; onClose: () => void; search: string }) {
  const actorColor = useActorColors();
  const { t, lang } = useLang();
  const q = useStatement(id);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === "Escape") onClose(); };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);
  const d = q.data;
  const s = d?.statement;
  return (
    <>
      <div className={styles.backdrop} onClick={onClose} aria-hidden />
      <aside className={styles.drawer} role="dialog" aria-modal="true" aria-label={t("detail.title")} data-testid="statement-detail">
        <div className={styles.head}>
          {s && <span style={{ inlineSize: 12, blockSize: 12, borderRadius: "50%", background: actorColor(s.actor.id) }} aria-hidden />}
          <span className={styles.title}>{s ? actorName(lang, s.actor) : t("detail.title")}</span>
          {s && <span className="badge badge-type">{TYPE_LABELS[lang][s.type]}</span>}
          {s?.securityOperation && <span className="badge badge-security">{t("feed.security")}</span>}
          {s?.demo && <span className="badge badge-demo">{t("demoItem")}</span>}
          <button type="button" className={`btn btn-ghost ${styles.close}`} onClick={onClose} data-testid="detail-close">✕ {t("detail.close")}</button>
        </div>
        <div className={styles.body}>
          {q.isPending && <div className="skeleton" style={{ blockSize: 120 }} />}
          {q.isError && <div className="error-box">{q.error.message.includes("No such") ? t("detail.notFound") : t("common.error", { message: q.error.message })}</div>}
          {d && s && (
            <>
              <blockquote className={styles.quote} dir="rtl" lang="ar">{s.text}</blockquote>
              <section className={styles.section}>
                <h3>{t("detail.article")}</h3>
                {d.article ? (
                  <>
                    {d.article.title && <div className={styles.articleTitle} dir="rtl" lang="ar">{d.article.title}</div>}
                    <HighlightedArticle text={d.article.text} span={d.evidence} fallback={s.text} marks={d.marks} lang={lang} t={t} />
                  </>
                ) : <p className="muted">{t("detail.noArticle")}</p>}
              </section>
              <section className={styles.section}>
                <h3>{t("detail.outlets")} · {d.mentions.length}</h3>
                <ul className={styles.outlets} data-testid="detail-outlets">
                  {d.mentions.map((m) => (
                    <li key={m.id} className={styles.outlet}>
                      <span className={styles.outletName}>{m.source.outlet ?? t("feed.unknownOutlet")}</span>
                      {httpHref(m.source.url) && <a href={httpHref(m.source.url)!} target="_blank" rel={EXTERNAL_REL}>{t("detail.link")} ↗</a>}
                      <span className={styles.outletTime}>{fmtDateTime(lang, m.publishedAt)}</span>
                    </li>
                  ))}
                </ul>
              </section>
              <section className={styles.section}>
                <h3>{t("detail.meta")}</h3>
                <dl className={styles.meta}>
                  <dt>{t("detail.actor")}</dt>
                  <dd><Link href={`/actors/${encodeURIComponent(s.actor.id)}${search}`}>{actorName(lang, s.actor)}</Link> · {KIND_LABELS[lang][s.actor.kind]}</dd>
                  <dt>{t("detail.type")}</dt><dd>{TYPE_LABELS[lang][s.type]}{s.quote ? ` · ${t("feed.quote")}` : ""}</dd>
                  <dt>{t("detail.governorates")}</dt><dd>{s.governorates.length ? s.governorates.map((g) => govName(lang, g)).join("، ") : t("common.none")}</dd>
                  <dt>{t("detail.stated")}</dt><dd>{fmtDateTime(lang, s.statedAt)}</dd>
                  <dt>{t("detail.published")}</dt><dd>{fmtDateTime(lang, s.publishedAt)}</dd>
                  <dt>{t("detail.ingested")}</dt><dd>{fmtDateTime(lang, s.ingestedAt)}</dd>
                  <dt>ID</dt><dd className="num" style={{ fontSize: 12 }}>{s.id} · seq {s.seq}</dd>
                </dl>
              </section>
            </>
          )}
        </div>
      </aside>
    </>
  );
}
