"use client";
import type { SourceDTO } from "../../lib/contract/sources";
import styles from "./Sources.module.css";

/** Coloured state pill; the label is passed in (translated by the caller). */
export function StateBadge({ state, label }: { state: SourceDTO["state"]; label: string }) {
  return (
    <span className={`badge ${styles.state} ${styles[`state_${state}`] ?? ""}`} data-state={state} data-testid="source-state">
      <span className={styles.dot} aria-hidden />
      {label}
    </span>
  );
}
