"use client";
import type { SourceDTO } from "../../lib/contract/sources";
import { EXTERNAL_REL, httpHref } from "../../lib/domain/links";
import { fmtNumber } from "../../lib/i18n";
import { RelativeTime } from "../feed/RelativeTime";
import { useLang } from "../layout/LangProvider";
import { StateBadge } from "./StateBadge";
import styles from "./Sources.module.css";
import { humanDelay, kindKey, sourcesText } from "./strings";

/** One source: name, kind, state; statements and articles (1 h / 24 h); median delay; last success and error. */
export function SourceCard({ source: s }: { source: SourceDTO }) {
  const { lang } = useLang();
  const tx = sourcesText(lang);
  const n = (v: number) => fmtNumber(lang, v);
  const feedHref = s.feed ? httpHref(s.feed.url) : null;
  return (
    <article className={`${styles.card} ${s.failingTooLong ? styles.alert : ""}`} data-testid="source-card" data-source-id={s.id}>
      <header className={styles.cardHead}>
        <div className={styles.titles}>
          <h2 className={styles.name} dir="auto">{s.id === "folder" ? tx("watchedFolder") : s.name}</h2>
          <span className="badge badge-type">{tx(kindKey(s.kind))}</span>
        </div>
        <StateBadge state={s.state} label={tx(`state.${s.state}`)} />
      </header>
      {s.feed && (
        <div className={styles.sub}>
          {feedHref ? <a href={feedHref} target="_blank" rel={EXTERNAL_REL} dir="ltr">{s.feed.url}</a> : <span dir="ltr">{s.feed.url}</span>}
          {" · "}{tx("every")} {humanDelay(s.feed.intervalSeconds * 1000, lang)}
        </div>
      )}
      <dl className={styles.stats}>
        <div><dt>{tx("statements")}</dt><dd><b data-testid="statements-24h">{n(s.statementsLastDay)}</b> <span>{tx("per24h")}</span></dd>
          <dd className={styles.minor}><span data-testid="statements-1h">{n(s.statementsLastHour)}</span> {tx("per1h")}</dd></div>
        <div><dt>{tx("articles")}</dt><dd><b data-testid="articles-24h">{n(s.articlesLastDay)}</b> <span>{tx("per24h")}</span></dd>
          <dd className={styles.minor}><span data-testid="articles-1h">{n(s.articlesLastHour)}</span> {tx("per1h")}</dd></div>
        <div title={tx("delayHint")}><dt>{tx("medianDelay")}</dt>
          <dd><b data-testid="median-delay">{s.medianDelayMs === null ? "—" : humanDelay(s.medianDelayMs, lang)}</b></dd>
          {s.replayedLastDay > 0 && <dd className={styles.minor}>{tx("replayed")}: {n(s.replayedLastDay)}</dd>}</div>
      </dl>
      <div className={styles.times}>
        <span>{tx("lastSuccess")}: {s.lastSuccessAt ? <RelativeTime iso={s.lastSuccessAt} /> : <span className="muted">{tx("never")}</span>}</span>
        {s.state === "failing" && s.failingSince && <span className={styles.failing}>{tx("failingFor")} <RelativeTime iso={s.failingSince} /></span>}
        {s.lastErrorAt && (
          <span className={styles.error}>{tx("lastError")}: <RelativeTime iso={s.lastErrorAt} />
            {s.lastError && <span className={styles.errText} title={s.lastError} dir="auto"> · {s.lastError}</span>}</span>
        )}
      </div>
    </article>
  );
}
