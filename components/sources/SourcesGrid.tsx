"use client";
import { useSources } from "../../lib/client/useSources";
import { fmtNumber } from "../../lib/i18n";
import { useLang } from "../layout/LangProvider";
import { SourceCard } from "./SourceCard";
import styles from "./Sources.module.css";
import { sourcesText } from "./strings";

/** Totals over all sources, then one card per source in a grid that fills a wide screen. */
export function SourcesGrid() {
  const { lang } = useLang();
  const tx = sourcesText(lang);
  const q = useSources();
  if (q.isError) return <div className="error-box" role="alert">{tx("loadError")}: {q.error.message}</div>;
  if (!q.data) return <div className={`skeleton ${styles.loading}`} aria-busy="true" />;
  const sources = q.data.sources;
  if (sources.length === 0) return <div className="empty" data-testid="sources-empty">{tx("empty")}</div>;
  const sum = (f: (s: (typeof sources)[number]) => number) => fmtNumber(lang, sources.reduce((a, s) => a + f(s), 0));
  const failing = sources.filter((s) => s.state === "failing").length;
  return (
    <>
      <dl className={styles.summary} data-testid="sources-summary">
        <div><dt>{tx("sources")}</dt><dd>{fmtNumber(lang, sources.length)}</dd></div>
        <div className={failing ? styles.failing : undefined}><dt>{tx("state.failing")}</dt><dd>{fmtNumber(lang, failing)}</dd></div>
        <div><dt>{tx("statements")} · {tx("per24h")}</dt><dd>{sum((s) => s.statementsLastDay)}</dd></div>
        <div><dt>{tx("articles")} · {tx("per24h")}</dt><dd>{sum((s) => s.articlesLastDay)}</dd></div>
      </dl>
      <div className={styles.grid} data-testid="sources-grid">
        {sources.map((s) => <SourceCard key={s.id} source={s} />)}
      </div>
    </>
  );
}
