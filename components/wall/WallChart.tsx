"use client";
import { useMemo } from "react";
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { actorColor } from "../../lib/client/colors";
import type { VolumeResponse } from "../../lib/contract/dto";
import type { WallStrings } from "./strings";
import styles from "./wall.module.css";

interface Props {
  data: VolumeResponse | undefined;
  status: "pending" | "error" | "success";
  lang: "en" | "ar";
  t: WallStrings;
  /** On-screen px per design px (1 at 1080p, 2 at 4K). */
  unit: number;
}

function tickFormatter(bucket: VolumeResponse["bucket"], lang: "en" | "ar") {
  const locale = lang === "ar" ? "ar-SY-u-nu-latn" : "en-GB";
  const f = bucket === "hour"
    ? new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hour12: false })
    : new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" });
  return (v: number) => f.format(v);
}

/** Stacked volume per actor (top actors + others), big type, no interaction. */
export function WallChart({ data, status, lang, t, unit }: Props) {
  const rows = useMemo(
    () => (data?.points ?? []).map((p) => ({ t: Date.parse(p.t), ...p.counts })),
    [data],
  );
  if (!data) return <div className={styles.empty}>{status === "error" ? t.error : t.loading}</div>;
  const series = data.series.filter((s) => s.total > 0);
  const font = Math.round(18 * unit);
  return (
    <div className={styles.chart} data-testid="wall-chart">
      <ul className={styles.chartLegend}>
        {series.map((s) => (
          <li key={s.actorId}>
            <span className={styles.chipDot} style={{ background: actorColor(s.actorId) }} />
            {s.actorId === "others" ? (lang === "ar" ? "آخرون" : "Others") : lang === "ar" ? s.nameAr : s.nameEn || s.nameAr}
            <strong>{s.total}</strong>
          </li>
        ))}
      </ul>
      <div className={styles.chartBody}>
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={rows} margin={{ top: 8 * unit, right: 28 * unit, bottom: 4 * unit, left: 28 * unit }}>
            <CartesianGrid stroke="#243044" vertical={false} />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={tickFormatter(data.bucket, lang)}
              tick={{ fill: "#cbd5e1", fontSize: font }} stroke="#475569" minTickGap={40 * unit} reversed={lang === "ar"} height={Math.round(34 * unit)} tickMargin={6 * unit} />
            <YAxis allowDecimals={false} tick={{ fill: "#cbd5e1", fontSize: font }} stroke="#475569" width={56 * unit} orientation={lang === "ar" ? "right" : "left"} />
            {series.map((s) => (
              <Area key={s.actorId} dataKey={s.actorId} stackId="v" type="monotone" isAnimationActive={false}
                stroke={actorColor(s.actorId)} fill={actorColor(s.actorId)} fillOpacity={0.55} strokeWidth={2 * unit} />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
