"use client";
import { useLang } from "../layout/LangProvider";
import { SourceRow } from "./SourceRow";
import styles from "./Sources.module.css";
import { sourcesText } from "./strings";
import { useSources } from "../../lib/client/useSources";

/** Table of every source with state, last success/error, statements and articles, and median publication→ingestion delay (replays excluded). */
export function SourcesTable() {
  const { lang } = useLang();
  const tx = sourcesText(lang);
  const q = useSources();
  if (q.isError) return <div className="error-box" role="alert">{tx("loadError")}: {q.error.message}</div>;
  if (!q.data) return <div className={`skeleton ${styles.loading}`} aria-busy="true" />;
  const sources = q.data.sources;
  if (sources.length === 0) return <div className="empty" data-testid="sources-empty">{tx("empty")}</div>;
  return (
    <div className={styles.scroll}>
      <table className={styles.table} data-testid="sources-table">
        <thead>
          <tr>
            <th>{tx("source")}</th>
            <th>{tx("kind")}</th>
            <th>{tx("state")}</th>
            <th>{tx("lastSuccess")}</th>
            <th>{tx("lastError")}</th>
            <th className={styles.num}>{tx("statements1h")}</th>
            <th className={styles.num}>{tx("statements24h")}</th>
            <th className={styles.num}>{tx("articles24h")}</th>
            <th className={styles.num} title={tx("delayHint")}>{tx("medianDelay")}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <SourceRow key={s.id} source={s} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
