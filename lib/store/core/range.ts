/** Time ranges and buckets for the aggregate queries (pure). */
import type { Bucket, Filter } from "../../contract/schemas";
import { HOUR_MS, ms } from "./keys";

export const MAX_POINTS = 600;
export const DEFAULT_RANGE_MS = 24 * HOUR_MS;

/** Bucket size in hours, and the offset that aligns weeks to Mondays (epoch day 0 was a Thursday). */
export const BUCKET_HOURS: Record<Exclude<Bucket, "minute">, number> = { hour: 1, day: 24, week: 168 };
export const BUCKET_OFFSET: Record<Exclude<Bucket, "minute">, number> = { hour: 0, day: 0, week: 72 };
export const MINUTE_MS = 60_000;
/** Ranges up to this long get minute buckets when no bucket is requested (1 h -> 60 points). */
export const MINUTE_RANGE_MS = 3 * HOUR_MS;
/** Bucket index of an instant (ms) and the start (ms) of bucket k, for every bucket size. */
export const bucketOfMs = (t: number, b: Bucket): number =>
  b === "minute" ? Math.floor(t / MINUTE_MS) : bucketIndex(Math.floor(t / HOUR_MS), b);
export const bucketStartMs = (k: number, b: Bucket): number =>
  b === "minute" ? k * MINUTE_MS : bucketStartHour(k, b) * HOUR_MS;

export interface HourRange {
  fromMs: number;
  toMs: number;
  /** Inclusive hour numbers (floor(ms / 1h)). */
  h0: number;
  h1: number;
}

/**
 * from/to of a filter; default: the 24 hours before `now`. With `range: "all"` and no `from`,
 * the range starts at `earliestMs` (the first stored statement) when there is one.
 */
export function hourRange(f: Filter, now: Date, earliestMs: number | null = null): HourRange {
  let toMs = f.to ? ms(f.to) : now.getTime();
  let fromMs = f.from ? ms(f.from) : f.range === "all" && earliestMs !== null ? Math.min(earliestMs, toMs) : toMs - DEFAULT_RANGE_MS;
  if (fromMs > toMs) [fromMs, toMs] = [toMs, fromMs];
  const h0 = Math.floor(fromMs / HOUR_MS);
  const h1 = Math.max(h0, Math.floor((toMs - 1) / HOUR_MS));
  return { fromMs, toMs, h0, h1 };
}

type HourBucket = Exclude<Bucket, "minute">;
export const bucketIndex = (hour: number, b: HourBucket): number => Math.floor((hour + BUCKET_OFFSET[b]) / BUCKET_HOURS[b]);
export const bucketStartHour = (k: number, b: HourBucket): number => k * BUCKET_HOURS[b] - BUCKET_OFFSET[b];
/** Buckets k0..k1 (inclusive) a range covers: minutes of [fromMs, toMs), else the hours h0..h1. */
export function bucketSpan(r: HourRange, b: Bucket): { k0: number; k1: number } {
  if (b === "minute") {
    const k0 = Math.floor(r.fromMs / MINUTE_MS);
    return { k0, k1: Math.max(k0, Math.floor((r.toMs - 1) / MINUTE_MS)) };
  }
  return { k0: bucketIndex(r.h0, b), k1: bucketIndex(r.h1, b) };
}
export const pointCount = (r: HourRange, b: Bucket): number => {
  const { k0, k1 } = bucketSpan(r, b);
  return k1 - k0 + 1;
};

/**
 * The bucket for a range: the requested one, else minute up to 3 hours (1 h -> 60 points), hour
 * up to 25 days (24 h -> 24, 7 d -> 168), day up to 600 days (30 d -> 30), else week; a requested
 * bucket too fine for MAX_POINTS is coarsened. A range too long even for weeks keeps its most
 * recent MAX_POINTS weeks (h0 moves forward).
 */
export function chooseBucket(r: HourRange, requested?: Bucket): { bucket: Bucket; range: HourRange } {
  const hours = r.h1 - r.h0 + 1;
  let bucket: Bucket = requested ??
    (r.toMs - r.fromMs <= MINUTE_RANGE_MS ? "minute" : hours <= 25 * 24 ? "hour" : hours <= 600 * 24 ? "day" : "week");
  if (bucket === "minute" && pointCount(r, "minute") > MAX_POINTS) bucket = "hour";
  if (bucket === "hour" && pointCount(r, "hour") > MAX_POINTS) bucket = "day";
  if (bucket === "day" && pointCount(r, "day") > MAX_POINTS) bucket = "week";
  let range = r;
  if (pointCount(r, bucket) > MAX_POINTS) {
    const week = bucket as HourBucket;
    const k0 = bucketIndex(r.h1, week) - MAX_POINTS + 1;
    const h0 = bucketStartHour(k0, week);
    range = { ...r, h0, fromMs: h0 * HOUR_MS };
  }
  return { bucket, range };
}

export type RollupUnit = "hour" | "day" | "week";
export interface RangePiece { unit: RollupUnit; lo: number; hi: number }

/**
 * Splits the inclusive hour range [h0, h1] into whole weeks (if allowed; Monday-aligned like week buckets), whole days
 * (if allowed) and the remaining edge hours, so a sum over the range reads the coarsest rollup rows that fit.
 * `lo`/`hi` are inclusive numbers of that unit (hour = floor(ms / 1h), day = floor(hour / 24), week = floor((hour + 72) / 168)).
 */
export function splitHours(h0: number, h1: number, units: readonly ("day" | "week")[]): RangePiece[] {
  if (h0 > h1) return [];
  const rest = units.filter((u) => u !== "week");
  if (units.includes("week")) {
    const w0 = Math.ceil((h0 + BUCKET_OFFSET.week) / 168);
    const w1 = Math.floor((h1 - 95) / 168);
    if (w0 <= w1) {
      return [...splitHours(h0, w0 * 168 - 73, rest), { unit: "week", lo: w0, hi: w1 }, ...splitHours(w1 * 168 + 96, h1, rest)];
    }
  }
  if (rest.includes("day")) {
    const d0 = Math.ceil(h0 / 24);
    const d1 = Math.floor((h1 + 1) / 24) - 1;
    if (d0 <= d1) {
      return [...splitHours(h0, d0 * 24 - 1, []), { unit: "day", lo: d0, hi: d1 }, ...splitHours((d1 + 1) * 24, h1, [])];
    }
  }
  return [{ unit: "hour", lo: h0, hi: h1 }];
}

