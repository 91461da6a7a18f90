/** Week windows for "this week vs last week" (UTC, weeks start on Monday). Pure. */
import type { VolumeResponse } from "../../lib/contract/dto";

const DAY = 86_400_000;

export function weekStart(now: number): number {
  const d = new Date(now);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  return midnight - dow * DAY;
}

/** Custom ranges (stable within a week, so query keys do not move with the clock). */
export function weekWindows(now: number) {
  const start = weekStart(now);
  return {
    thisWeek: { from: new Date(start).toISOString(), to: null as string | null },
    lastWeek: { from: new Date(start - 7 * DAY).toISOString(), to: new Date(start - 1).toISOString() },
  };
}

/** Daily totals Monday..Sunday from a daily volume response starting at `from`. */
export function perWeekday(v: VolumeResponse | undefined, from: string): number[] {
  const out = [0, 0, 0, 0, 0, 0, 0];
  if (!v) return out;
  const start = Date.parse(from);
  for (const p of v.points) {
    const i = Math.floor((Date.parse(p.t) - start) / DAY);
    if (i < 0 || i > 6) continue;
    out[i]! += Object.values(p.counts).reduce((a, b) => a + b, 0);
  }
  return out;
}
