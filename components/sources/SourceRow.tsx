"use client";
import type { SourceDTO } from "../../lib/contract/sources";
import { EXTERNAL_REL, httpHref } from "../../lib/domain/links";
import { fmtNumber } from "../../lib/i18n";
import { RelativeTime } from "../feed/RelativeTime";
import { useLang } from "../layout/LangProvider";
import { StateBadge } from "./StateBadge";
import styles from "./Sources.module.css";
import { fmtDuration, kindKey, sourcesText, stateKey } from "./strings";

export function SourceRow({ source: s }: { source: SourceDTO }) {
  const { lang } = useLang();
  const tx = sourcesText(lang);
  return (
    <tr className={s.failingTooLong ? styles.alert : undefined} data-testid="source-row" data-source-id={s.id}>
      <td>
        <div className={styles.name} dir="auto">{s.id === "folder" ? tx("watchedFolder") : s.name}</div>
        {s.feed && (
          <div className={styles.sub}>
            {httpHref(s.feed.url) ? <a href={httpHref(s.feed.url)!} target="_blank" rel={EXTERNAL_REL} dir="ltr">{s.feed.url}</a> : <span dir="ltr">{s.feed.url}</span>} · {tx("every")} {fmtDuration(s.feed.intervalSeconds * 1000, lang)}
          </div>
        )}
      </td>
      <td>{tx(kindKey(s.kind))}</td>
      <td>
        <StateBadge state={s.state} label={tx(stateKey(s.state))} />
        {s.state === "failing" && s.failingSince && (
          <div className={styles.sub}>
            {tx("failingFor")} <RelativeTime iso={s.failingSince} />
          </div>
        )}
      </td>
      <td>{s.lastSuccessAt ? <RelativeTime iso={s.lastSuccessAt} /> : <span className="muted">{tx("never")}</span>}</td>
      <td className={styles.error}>
        {s.lastErrorAt ? (
          <>
            <RelativeTime iso={s.lastErrorAt} />
            {s.lastError && <div className={styles.sub} title={s.lastError} dir="auto">{s.lastError}</div>}
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className={styles.num} data-testid="statements-1h">{fmtNumber(lang, s.statementsLastHour)}</td>
      <td className={styles.num} data-testid="statements-24h">{fmtNumber(lang, s.statementsLastDay)}</td>
      <td className={styles.num} data-testid="articles-24h">{fmtNumber(lang, s.articlesLastDay)}</td>
      <td className={styles.num} title={s.replayedLastDay ? `${tx("replayed")}: ${fmtNumber(lang, s.replayedLastDay)}` : undefined}>
        {s.medianDelayMs === null ? <span className="muted">—</span> : fmtDuration(s.medianDelayMs, lang)}
      </td>
    </tr>
  );
}
