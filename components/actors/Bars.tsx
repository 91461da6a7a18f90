"use client";
import { fmtNumber, type Lang } from "../../lib/i18n";
import styles from "./Actor.module.css";

/** Simple horizontal bars (types, governorates). */
export function Bars({ rows, lang, color, testId }: {
  rows: { key: string; label: string; value: number }[]; lang: Lang; color?: string; testId?: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <div className={styles.bars} data-testid={testId}>
      {rows.map((r) => (
        <div key={r.key} className={styles.bar} data-key={r.key}>
          <span>{r.label}</span>
          <span className={styles.track}><span className={styles.fill} style={{ inlineSize: `${(r.value / max) * 100}%`, background: color }} /></span>
          <span className={styles.barVal}>{fmtNumber(lang, r.value)}</span>
        </div>
      ))}
    </div>
  );
}
