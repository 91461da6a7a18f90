"use client";
import { shownState, type ConnectionSnapshot } from "../../lib/client/connection";
import { shortDuration } from "./stale";
import type { WallStrings } from "./strings";
import styles from "./wall.module.css";

interface Props {
  conn: ConnectionSnapshot;
  now: number;
  demo: boolean;
  lang: "en" | "ar";
  t: WallStrings;
}

/** Connection pill (live / reconnecting / offline), "last statement N ago", DEMO badge. */
export function WallStatus({ conn, now, demo, lang, t }: Props) {
  const state = shownState(conn, now || conn.since);
  const label = { live: t.live, connecting: t.connecting, reconnecting: t.reconnecting, restarting: t.restarting, offline: t.offline }[state];
  const ago = conn.lastStatementAt && now ? shortDuration((now - conn.lastStatementAt) / 1000, lang) : null;
  return (
    <div className={styles.status}>
      <div className={styles.statusRow}>
        {demo && <span className={styles.demo} data-testid="wall-demo">{t.demo}</span>}
        <span className={`${styles.pill} ${styles[`pill_${state}`]}`} data-testid="wall-connection" data-state={state} role="status" aria-live="polite">
          <span className={styles.dot} aria-hidden="true" />
          {label}
        </span>
      </div>
      <div className={styles.lastStatement} data-testid="wall-last-statement">
        {t.lastStatement}: <strong>{ago === null ? t.never : lang === "ar" ? `${t.since} ${ago}` : `${ago} ${t.ago}`}</strong>
      </div>
    </div>
  );
}
