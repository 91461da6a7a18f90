/** VolumeResponse -> recharts rows and ordered series, partial buckets and time labels. Pure. */
import { BUCKET_MS } from "../../lib/client/cache";
import type { VolumeResponse, VolumeSeries } from "../../lib/contract/dto";
import type { Bucket } from "../../lib/contract/schemas";
import { localeOf } from "../../lib/i18n/plural";

export type Row = { t: number } & Record<string, number>;

const HOUR_MS = 3_600_000;

export function orderedSeries(v: VolumeResponse): VolumeSeries[] {
  const main = v.series.filter((s) => s.actorId !== "others").sort((a, b) => b.total - a.total);
  const others = v.series.find((s) => s.actorId === "others");
  return others && others.total > 0 ? [...main, others] : main;
}

export function toRows(v: VolumeResponse, series: VolumeSeries[]): Row[] {
  return v.points.map((p) => {
    const row: Row = { t: Date.parse(p.t) } as Row;
    for (const s of series) row[s.actorId] = p.counts[s.actorId] ?? 0;
    return row;
  });
}

/**
 * Indexes of the buckets whose counts cover only part of the bucket, so a low value there is not
 * a drop: the current, unfinished bucket (its end is after `nowMs`), and, for day and week
 * buckets, a first or last bucket the range cuts (the store counts whole hours at the edges;
 * minute and hour buckets are always counted whole).
 */
export function partialBuckets(v: Pick<VolumeResponse, "bucket" | "from" | "to" | "points">, nowMs: number): number[] {
  const size = BUCKET_MS[v.bucket];
  const unit = v.bucket === "minute" ? 60_000 : HOUR_MS;
  const whole = v.bucket === "minute" || v.bucket === "hour";
  const from = Date.parse(v.from);
  const to = Date.parse(v.to);
  const dataFrom = whole ? -Infinity : Math.floor(from / unit) * unit;
  const dataTo = Math.min(nowMs, whole ? Infinity : Math.ceil(to / unit) * unit);
  const out: number[] = [];
  v.points.forEach((p, i) => {
    const start = Date.parse(p.t);
    if (start < dataFrom || start + size > dataTo) out.push(i);
  });
  return out;
}

/** Whether two instants fall on different calendar days (in `timeZone`, default the browser's). */
export function spansDays(t0: number, t1: number, timeZone?: string): boolean {
  const day = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone });
  return day.format(t0) !== day.format(t1);
}

/**
 * Axis labels. Minute and hour buckets within one calendar day: "14:05". Any range that spans more
 * than one calendar day carries the date: "3 Dec, 14:00" (minute/hour buckets) or "3 Dec" (days,
 * weeks), with the year when the range spans more than one year.
 */
export function tickFormatter(bucket: Bucket, lang: "en" | "ar", t0: number, t1: number, timeZone?: string): (t: number) => string {
  const multiDay = spansDays(t0, t1, timeZone);
  const multiYear = new Date(t0).getUTCFullYear() !== new Date(t1).getUTCFullYear();
  const time: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  const date: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", ...(multiYear ? { year: "numeric" } : {}) };
  const opts = bucket === "minute" || bucket === "hour" ? (multiDay ? { ...date, ...time } : time) : date;
  const fmt = new Intl.DateTimeFormat(localeOf(lang), { ...opts, timeZone });
  return (t) => fmt.format(new Date(t));
}

/** Tooltip heading for a bucket: always dated; times for minute and hour buckets. */
export function labelFormatter(bucket: Bucket, lang: "en" | "ar", timeZone?: string): (t: number) => string {
  const fmt = new Intl.DateTimeFormat(localeOf(lang), bucket === "minute" || bucket === "hour"
    ? { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }
    : { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone });
  return (t) => fmt.format(new Date(t));
}
