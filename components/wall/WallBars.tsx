"use client";
import { memo, useMemo } from "react";
import { useActorColor } from "../../lib/client/colors";
import type { VolumeResponse } from "../../lib/contract/dto";
import { fmtNumber } from "../../lib/i18n";
import { barModel, type BarRow } from "./barRows";
import type { WallStrings } from "./strings";
import styles from "./wall.module.css";

/** Actors requested from the volume API; the panel shows as many as fit (see WallBars). */
export const WALL_BARS_TOP = 10;

interface Props {
  data: VolumeResponse | undefined;
  status: "pending" | "error" | "success";
  lang: "en" | "ar";
  t: WallStrings;
}

const Bar = memo(function Bar({ row, rank, lang }: { row: BarRow; rank: number; lang: "en" | "ar" }) {
  const color = useActorColor(row.id);
  const name = lang === "ar" ? row.nameAr : row.nameEn || row.nameAr;
  return (
    <li className={styles.bar} data-actor={row.id} data-count={row.total}>
      <div className={styles.barHead}>
        <span className={styles.barRank}>{fmtNumber(lang, rank)}</span>
        <span className={styles.barName} style={{ color }}>{name}</span>
        <strong className={styles.barCount}>{fmtNumber(lang, row.total)}</strong>
      </div>
      <div className={styles.barTrack}>
        <div className={styles.barFill} data-testid="wall-bar-fill" style={{ width: `${Math.max(0.5, row.share * 100)}%`, background: color }} />
      </div>
    </li>
  );
});

/**
 * The top actors of the range as horizontal bars: full names (wrapping, never truncated), counts
 * beside them, each actor in its one colour. The list is a wrapping flex column of the panel's
 * height, so only rows that fit entirely are visible (6–10 at 1080p, depending on name lengths).
 */
export const WallBars = memo(function WallBars({ data, status, lang, t }: Props) {
  const model = useMemo(() => barModel(data, WALL_BARS_TOP), [data]);
  return (
    <div className={styles.bars} data-testid="wall-chart" data-total={data ? model.total : undefined}>
      {!data && <div className={styles.empty}>{status === "error" ? t.error : t.loading}</div>}
      {data && model.rows.length === 0 && <div className={styles.empty}>{t.noStatements}</div>}
      {model.rows.length > 0 && (
        <ol className={styles.barList} aria-label={t.chart}>
          {model.rows.map((r, i) => <Bar key={r.id} row={r} rank={i + 1} lang={lang} />)}
        </ol>
      )}
      {data && model.total > 0 && (
        <div className={styles.barFoot} data-testid="wall-bars-foot">
          <span>{t.others}: <strong>{fmtNumber(lang, model.others)}</strong></span>
          <span>{t.total}: <strong>{fmtNumber(lang, model.total)}</strong></span>
        </div>
      )}
    </div>
  );
});
