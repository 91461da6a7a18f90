"use client";
import { memo, useEffect, useMemo, useState } from "react";
import { Area, AreaChart, Brush, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { VolumeResponse } from "../../lib/contract/dto";
import { BUCKET_MS } from "../../lib/client/cache";
import { actorColor, useActorColor } from "../../lib/client/colors";
import { actorName, fmtNumber, type Lang, type Translate } from "../../lib/i18n";
import styles from "./Chart.module.css";
import { ChartTooltip } from "./ChartTooltip";
import { labelFormatter, orderedSeries, tickFormatter, toRows } from "./chartData";

interface Props {
  data: VolumeResponse;
  selected: string[];
  onSelectActor?: (id: string) => void;
  lang: Lang;
  t: Translate;
  brush?: boolean;
  legend?: boolean;
  /** Brushing is a filter: called with the brushed span (ISO, inclusive) when a drag ends. */
  onBrush?: (from: string, to: string) => void;
}

/** Stacked areas per actor per bucket (+ others), brush to set the time range, click a series to filter. */
export const VolumeChart = memo(function VolumeChart({ data, selected, onSelectActor, lang, t, brush = true, legend = true, onBrush }: Props) {
  const series = useMemo(() => orderedSeries(data), [data]);
  const rows = useMemo(() => toRows(data, series), [data, series]);
  const ids = series.map((s) => s.actorId).join(",");
  useActorColor(ids);
  const span = rows.length > 1 ? rows[rows.length - 1]!.t - rows[0]!.t : 0;
  const fmtTick = useMemo(() => tickFormatter(data.bucket, lang, span), [data.bucket, lang, span]);
  const fmtLabel = useMemo(() => labelFormatter(data.bucket, lang), [data.bucket, lang]);
  const [range, setRange] = useState<{ startIndex: number; endIndex: number } | null>(null);
  // "Others" must not dominate: hidden by default, and when shown a separate unstacked line.
  const [showOthers, setShowOthers] = useState(false);
  const click = (id: string) => { if (id === "others") setShowOthers((v) => !v); else onSelectActor?.(id); };
  const name = (id: string) => (id === "others" ? t("chart.others") : actorName(lang, series.find((s) => s.actorId === id) ?? { nameAr: id, nameEn: id }));
  // New data (e.g. the range the brush just set): the brush spans it again.
  useEffect(() => setRange(null), [data.from, data.to, data.bucket]);
  const valid = range && range.endIndex < rows.length ? range : null;
  const brushEnd = (r: { startIndex?: number; endIndex?: number }) => {
    const a = typeof r.startIndex === "number" ? rows[r.startIndex] : undefined;
    const b = typeof r.endIndex === "number" ? rows[r.endIndex] : undefined;
    if (!onBrush || !a || !b || (r.startIndex === 0 && r.endIndex === rows.length - 1)) return;
    onBrush(new Date(a.t).toISOString(), new Date(b.t + BUCKET_MS[data.bucket] - 1).toISOString());
  };
  return (
    <div className={styles.wrap} data-testid="volume-chart" data-points={rows.length}
      data-total={series.reduce((n, s) => n + s.total, 0)}>
      <div className={styles.plot} dir="ltr">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={fmtTick}
              tick={{ fontSize: 11, fill: "var(--text-3)" }} stroke="var(--border-strong)" minTickGap={24} />
            <YAxis allowDecimals={false} tickFormatter={(v: number) => fmtNumber(lang, v)} tick={{ fontSize: 11, fill: "var(--text-3)" }} stroke="var(--border-strong)" width={44} />
            <Tooltip
              cursor={{ stroke: "var(--text-3)", strokeDasharray: "3 3" }}
              content={(p) => <ChartTooltip active={p.active} label={p.label} payload={p.payload} series={series} lang={lang} t={t} formatLabel={fmtLabel} />}
            />
            {series.filter((s) => s.actorId !== "others" || showOthers).map((s) => {
              const others = s.actorId === "others";
              const dim = selected.length > 0 && !selected.includes(s.actorId);
              return (
                <Area key={s.actorId} type="linear" dataKey={s.actorId} name={name(s.actorId)} stackId={others ? undefined : "v"}
                  stroke={actorColor(s.actorId)} fill={actorColor(s.actorId)} fillOpacity={others ? 0 : dim ? 0.12 : 0.55}
                  strokeWidth={1.5} strokeDasharray={others ? "6 3" : undefined} isAnimationActive={false} onClick={() => click(s.actorId)}
                  style={{ cursor: s.actorId === "others" ? "default" : "pointer" }} />
              );
            })}
            {brush && rows.length > 2 && (
              <Brush dataKey="t" height={22} travellerWidth={8} stroke="var(--accent)" fill="var(--surface-2)"
                tickFormatter={fmtTick} {...(valid ?? {})}
                onChange={(r) => {
                  if (typeof r.startIndex === "number" && typeof r.endIndex === "number") setRange({ startIndex: r.startIndex, endIndex: r.endIndex });
                }}
                onDragEnd={brushEnd} />
            )}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      {legend && (
        <div className={styles.legend} data-testid="chart-legend">
          {series.map((s) => (
            <button key={s.actorId} type="button" className={styles.item} aria-pressed={s.actorId === "others" ? showOthers : selected.includes(s.actorId)}
              onClick={() => click(s.actorId)} data-actor={s.actorId}
              title={t(s.actorId === "others" ? "chart.othersHint" : "chart.clickHint")}>
              <span className={styles.sw} style={{ background: actorColor(s.actorId) }} />
              {name(s.actorId)}
              <span className={styles.total}>{fmtNumber(lang, s.total)}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
});
