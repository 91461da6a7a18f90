"use client";
import { shownState } from "../../lib/client/connection";
import { useConnection } from "../../lib/client/useConnection";
import { useNow } from "../../lib/client/useNow";
import { relativeTime } from "../../lib/i18n";
import styles from "./Header.module.css";
import { useLang } from "./LangProvider";

/** Live / reconnecting / offline, and how fresh the newest statement is. */
export function ConnectionIndicator() {
  const { t, lang } = useLang();
  const c = useConnection();
  const now = useNow(1_000);
  const state = shownState(c, now || c.since);
  const last = c.lastStatementAt !== null && now > 0 ? relativeTime(lang, t, now - c.lastStatementAt) : null;
  return (
    <div className={styles.conn} data-state={state} role="status" aria-live="polite" data-testid="connection">
      <span className={styles.dot} aria-hidden />
      <span className={styles.connLabel}>{t(`conn.${state}`)}</span>
      {last && <span className={styles.connSince}>{t("conn.lastStatement", { t: last })}</span>}
    </div>
  );
}
