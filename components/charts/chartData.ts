/** VolumeResponse -> recharts rows and ordered series. Pure. */
import type { VolumeResponse, VolumeSeries } from "../../lib/contract/dto";
import type { Bucket } from "../../lib/contract/schemas";

export type Row = { t: number } & Record<string, number>;

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

export function tickFormatter(bucket: Bucket, lang: "en" | "ar", spanMs: number): (t: number) => string {
  const locale = lang === "ar" ? "ar-SY" : "en-GB";
  const opts: Intl.DateTimeFormatOptions =
    bucket === "hour" && spanMs <= 2 * 86_400_000 ? { hour: "2-digit", minute: "2-digit" }
      : bucket === "hour" ? { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }
        : { day: "numeric", month: "short" };
  const fmt = new Intl.DateTimeFormat(locale, opts);
  return (t) => fmt.format(new Date(t));
}

export function labelFormatter(bucket: Bucket, lang: "en" | "ar"): (t: number) => string {
  const locale = lang === "ar" ? "ar-SY" : "en-GB";
  const fmt = new Intl.DateTimeFormat(locale, bucket === "hour"
    ? { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }
    : { weekday: "short", day: "numeric", month: "short", year: "numeric" });
  return (t) => fmt.format(new Date(t));
}
