"use client";
import { memo, useEffect, useMemo, useRef, useState } from "react";
import { actorColor, useActorColor } from "../../lib/client/colors";
import type { VolumeResponse } from "../../lib/contract/dto";
import { fmtNumber } from "../../lib/i18n";
import { chartGeometry } from "./chartGeometry";
import { dateFormat } from "./format";
import type { WallStrings } from "./strings";
import styles from "./wall.module.css";

const colorOf = (id: string) => actorColor(id);

interface Props {
  data: VolumeResponse | undefined;
  status: "pending" | "error" | "success";
  lang: "en" | "ar";
  t: WallStrings;
  /** On-screen px per design px (1 at 1080p, 2 at 4K). */
  unit: number;
}

function formatTick(bucket: VolumeResponse["bucket"], lang: "en" | "ar"): (t: number) => string {
  const locale = lang === "ar" ? "ar-SY" : "en-GB";
  const f = bucket === "hour"
    ? dateFormat(locale, { hour: "2-digit", minute: "2-digit", hour12: false })
    : dateFormat(locale, { day: "numeric", month: "short" });
  return (t) => f.format(t);
}

function useSize<T extends Element>() {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => e && setSize({ width: e.contentRect.width, height: e.contentRect.height }));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size] as const;
}

/** Stacked volume per actor (top actors + others): big type, no interaction, plain SVG. */
export const WallChart = memo(function WallChart({ data, status, lang, t, unit }: Props) {
  const [ref, size] = useSize<HTMLDivElement>();
  const series = useMemo(() => (data?.series ?? []).filter((s) => s.total > 0), [data]);
  // Actors shown together get distinct colours, and the feed cards follow (same as the dashboard).
  const ids = series.map((s) => s.actorId).join(",");
  useActorColor(ids);
  const font = 18 * unit;
  const geo = useMemo(() => {
    if (!data || !size.width || !size.height) return null;
    const box = { ...size, left: 52 * unit, right: 24 * unit, top: 10 * unit, bottom: 34 * unit };
    return chartGeometry(data, series.map((s) => s.actorId), box, Math.floor(size.width / (110 * unit)));
  }, [data, series, size, unit]);
  const fmt = formatTick(data?.bucket ?? "hour", lang);
  return (
    <div className={styles.chart} data-testid="wall-chart" data-total={data ? data.series.reduce((n, s) => n + s.total, 0) : undefined}>
      <ul className={styles.chartLegend}>
        {series.map((s) => (
          <li key={s.actorId}>
            <span className={styles.chipDot} style={{ background: colorOf(s.actorId) }} />
            <span className={styles.legendName}>
              {s.actorId === "others" ? (lang === "ar" ? "آخرون" : "Others") : lang === "ar" ? s.nameAr : s.nameEn || s.nameAr}
            </span>
            <strong>{fmtNumber(lang, s.total)}</strong>
          </li>
        ))}
      </ul>
      <div ref={ref} className={styles.chartBody}>
        {!data && <div className={styles.empty}>{status === "error" ? t.error : t.loading}</div>}
        {geo && (
          <svg width={size.width} height={size.height} className={styles.chartSvg} direction="ltr" role="img" aria-label={t.chart}>
            {geo.yTicks.map((tk) => (
              <g key={tk.value}>
                <line x1={52 * unit} x2={size.width - 24 * unit} y1={tk.y} y2={tk.y} className={styles.grid} />
                <text x={44 * unit} y={tk.y} className={styles.tick} style={{ fontSize: font }} textAnchor="end" dominantBaseline="middle">{fmtNumber(lang, tk.value)}</text>
              </g>
            ))}
            {geo.areas.map((a) => (
              <g key={a.id}>
                <path d={a.d} fill={colorOf(a.id)} fillOpacity={0.55} />
                <path d={a.line} fill="none" stroke={colorOf(a.id)} strokeWidth={2 * unit} strokeLinejoin="round" />
              </g>
            ))}
            {geo.xTicks.map((tk) => (
              <text key={tk.t} x={tk.x} y={size.height - 8 * unit} className={styles.tick} style={{ fontSize: font }} textAnchor="middle">{fmt(tk.t)}</text>
            ))}
          </svg>
        )}
      </div>
    </div>
  );
});
