"use client";
import { memo, useEffect, useMemo, useState } from "react";
import { Area, AreaChart, Brush, CartesianGrid, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { VolumeResponse } from "../../lib/contract/dto";
import { BUCKET_MS } from "../../lib/client/cache";
import { useActorColors } from "../../lib/client/colors";
import { actorName, fmtNumber, type Lang, type Translate } from "../../lib/i18n";
import styles from "./Chart.module.css";
import { ChartTooltip } from "./ChartTooltip";
import { labelFormatter, orderedSeries, tickFormatter, toRows } from "./chartData";
import { PartialDot } from "./PartialDot";
import { usePartialBuckets } from "./usePartialBuckets";

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
  const actorColor = useActorColors();
  const t0 = rows[0]?.t ?? 0;
  const t1 = rows[rows.length - 1]?.t ?? t0;
  const fmtTick = useMemo(() => tickFormatter(data.bucket, lang, t0, t1), [data.bucket, lang, t0, t1]);
  // Buckets still counting (the current one) or cut by the range: hatched, hollow points, "partial".
  const partial = usePartialBuckets(data);
  const bucketName = t(`bucket.${data.bucket}`);
  // The current bucket is still counting; a bucket at either end that the range cuts is incomplete.
  const now = Date.now();
  const partialNote = (label: unknown): string | undefined => {
    const i = rows.findIndex((r) => r.t === label);
    if (i < 0 || !partial.includes(i)) return undefined;
    return t(rows[i]!.t + BUCKET_MS[data.bucket] > now ? "chart.partialHint" : "chart.partialCut", { bucket: bucketName });
  };
  const partialText = [...new Set(partial.map((i) => partialNote(rows[i]?.t)).filter(Boolean))].join(" · ");
  // Minute buckets hold a few statements each: drawn as steps (each count held over its minute), so the
  // chart reads as counts per minute, not as a line through them; a closing row gives the last minute its width.
  const step = data.bucket === "minute";
  const size = BUCKET_MS[data.bucket];
  const last = rows[rows.length - 1];
  const endT = step && last ? last.t + size : null;
  const plotRows = useMemo(() => (endT !== null && last ? [...rows, { ...last, t: endT }] : rows), [rows, last, endT]);
  const partialSpans = partial.map((i) => step
    ? { i, x1: rows[i]?.t, x2: rows[i] ? rows[i]!.t + size : undefined }
    : { i, x1: rows[Math.max(0, i - 1)]?.t, x2: rows[Math.min(rows.length - 1, i + (i === 0 ? 1 : 0))]?.t })
    .filter((p): p is { i: number; x1: number; x2: number } => p.x1 !== undefined && p.x2 !== undefined && p.x1 !== p.x2);
  const fmtLabel = useMemo(() => labelFormatter(data.bucket, lang), [data.bucket, lang]);
  const [range, setRange] = useState<{ startIndex: number; endIndex: number } | null>(null);
  // "Others" must not dominate: hidden by default, and when shown a separate unstacked line.
  const [showOthers, setShowOthers] = useState(false);
  const click = (id: string) => { if (id === "others") setShowOthers((v) => !v); else onSelectActor?.(id); };
  const name = (id: string) => (id === "others" ? t("chart.others") : actorName(lang, series.find((s) => s.actorId === id) ?? { nameAr: id, nameEn: id }));
  // New data (e.g. the range the brush just set): the brush spans it again.
  useEffect(() => setRange(null), [data.from, data.to, data.bucket]);
  const valid = range && range.endIndex < plotRows.length ? range : null;
  const brushEnd = (r: { startIndex?: number; endIndex?: number }) => {
    const a = typeof r.startIndex === "number" ? rows[r.startIndex] : undefined;
    const b = typeof r.endIndex === "number" ? rows[Math.min(r.endIndex, rows.length - 1)] : undefined;
    if (!onBrush || !a || !b || (r.startIndex === 0 && r.endIndex! >= rows.length - 1)) return;
    onBrush(new Date(a.t).toISOString(), new Date(b.t + BUCKET_MS[data.bucket] - 1).toISOString());
  };
  return (
    <div className={styles.wrap} data-testid="volume-chart" data-points={rows.length} data-bucket={data.bucket}
      data-partial={partial.join(",")}
      data-total={series.reduce((n, s) => n + s.total, 0)}>
      <div className={styles.plot} dir="ltr">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={plotRows} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={fmtTick}
              tick={{ fontSize: 11, fill: "var(--text-3)" }} stroke="var(--border-strong)" minTickGap={24} />
            <YAxis allowDecimals={false} tickFormatter={(v: number) => fmtNumber(lang, v)} tick={{ fontSize: 11, fill: "var(--text-3)" }} stroke="var(--border-strong)" width={44} />
            <Tooltip
              cursor={{ stroke: "var(--text-3)", strokeDasharray: "3 3" }}
              content={(p) => <ChartTooltip active={p.active && p.label !== endT} label={p.label} payload={p.payload} series={series} lang={lang} t={t} formatLabel={fmtLabel}
                partial={partialNote(p.label)} />}
            />
            <defs>
              <pattern id="partial-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="6" stroke="var(--text-3)" strokeWidth="1.5" strokeOpacity="0.45" />
              </pattern>
            </defs>
            {partialSpans.map((p) => (
              <ReferenceArea key={p.i} x1={p.x1} x2={p.x2} fill="url(#partial-hatch)" fillOpacity={1} ifOverflow="hidden"
                label={{ value: t("chart.partial"), position: "insideTop", fontSize: 11, fill: "var(--text-2)" }} />
            ))}
            {series.filter((s) => s.actorId !== "others" || showOthers).map((s) => {
              const others = s.actorId === "others";
              const dim = selected.length > 0 && !selected.includes(s.actorId);
              return (
                <Area key={s.actorId} type={step ? "stepAfter" : "linear"} dataKey={s.actorId} name={name(s.actorId)} stackId={others ? undefined : "v"}
                  stroke={actorColor(s.actorId)} fill={actorColor(s.actorId)} fillOpacity={others ? 0 : dim ? 0.12 : 0.55}
                  strokeWidth={1.5} strokeDasharray={others ? "6 3" : undefined} isAnimationActive={false} onClick={() => click(s.actorId)}
                  dot={(d: { cx?: number; cy?: number; index?: number }) => <PartialDot key={`${s.actorId}-${d.index}`} {...d} partial={partial} color={actorColor(s.actorId)} />}
                  style={{ cursor: s.actorId === "others" ? "default" : "pointer" }} />
              );
            })}
            {brush && plotRows.length > 2 && (
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
          {partial.length > 0 && (
            <span className={styles.partialNote} data-testid="partial-note">
              <span className={styles.hatch} aria-hidden="true" />
              {t("chart.partial")}: {partialText}
            </span>
          )}
        </div>
      )}
    </div>
  );
});
