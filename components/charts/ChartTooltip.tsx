"use client";
import type { VolumeSeries } from "../../lib/contract/dto";
import { useActorColors } from "../../lib/client/colors";
import { actorName, fmtNumber, type Lang, type Translate } from "../../lib/i18n";
import styles from "./Chart.module.css";

interface Props {
  active?: boolean;
  label?: unknown;
  payload?: ReadonlyArray<{ dataKey?: unknown; value?: unknown }>;
  series: VolumeSeries[];
  lang: Lang;
  t: Translate;
  formatLabel: (t: number) => string;
  /** Why the hovered bucket is partial (still counting, or cut by the range); absent when it is whole. */
  partial?: string;
}

/** Exact counts per actor for the hovered bucket, largest first. */
export function ChartTooltip({ active, label, payload, series, lang, t, formatLabel, partial }: Props) {
  const actorColor = useActorColors();
  if (!active || !payload?.length) return null;
  const rows = payload
    .map((p) => ({ id: String(p.dataKey), value: Number(p.value ?? 0) }))
    .filter((r) => r.value > 0)
    .sort((a, b) => b.value - a.value);
  const total = rows.reduce((n, r) => n + r.value, 0);
  const name = (id: string) => {
    if (id === "others") return t("chart.others");
    const s = series.find((x) => x.actorId === id);
    return s ? actorName(lang, s) : id;
  };
  return (
    <div className={styles.tip}>
      <div className={styles.tipHead}>{typeof label === "number" ? formatLabel(label) : String(label ?? "")}</div>
      {partial && <div className={styles.tipPartial} data-testid="tooltip-partial">{t("chart.partial")}: {partial}</div>}
      {rows.map((r) => (
        <div key={r.id} className={styles.tipRow}>
          <span className={styles.sw} style={{ background: actorColor(r.id) }} />
          <span className={styles.tipName}>{name(r.id)}</span>
          <span className={styles.tipVal}>{fmtNumber(lang, r.value)}</span>
        </div>
      ))}
      <div className={`${styles.tipRow} ${styles.tipTotal}`}>
        <span className={styles.tipName}>{t("chart.total")}</span>
        <span className={styles.tipVal}>{fmtNumber(lang, total)}</span>
      </div>
    </div>
  );
}
