/**
 * Geometry of the wall's stacked-area volume chart (pure). A hand-rolled SVG chart: the wall
 * needs no interaction, and this renders in a millisecond where a charting library's first
 * render was a long task on the reference machine (see docs/wall.md).
 */
import type { VolumeResponse } from "../../lib/contract/dto";

export interface Box { width: number; height: number; left: number; right: number; top: number; bottom: number }

export interface ChartGeometry {
  areas: { id: string; d: string; line: string }[];
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; t: number }[];
}

/** 0, step, 2·step … ≥ max with a 1/2/5 step and at most `count` intervals. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw && Number.isInteger(s)) ?? Math.ceil(raw);
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}

export function chartGeometry(data: VolumeResponse, ids: string[], box: Box, maxXTicks: number): ChartGeometry {
  const pts = data.points.map((p) => ({ t: Date.parse(p.t), c: p.counts }));
  const innerW = Math.max(1, box.width - box.left - box.right);
  const innerH = Math.max(1, box.height - box.top - box.bottom);
  const t0 = pts[0]?.t ?? 0;
  const t1 = pts[pts.length - 1]?.t ?? t0 + 1;
  const x = (t: number) => box.left + (t1 === t0 ? innerW / 2 : ((t - t0) / (t1 - t0)) * innerW);
  // Cumulative stacks, bottom series first.
  const stacks = pts.map((p) => {
    let acc = 0;
    return ids.map((id) => (acc += p.c[id] ?? 0));
  });
  const max = Math.max(0, ...stacks.map((s) => s[s.length - 1] ?? 0));
  const yTickValues = niceTicks(max);
  const top = yTickValues[yTickValues.length - 1] ?? 1;
  const y = (v: number) => box.top + innerH - (v / top) * innerH;
  const r = (n: number) => Math.round(n * 10) / 10;

  const areas = ids.map((id, i) => {
    const upper = pts.map((p, k) => `${r(x(p.t))},${r(y(stacks[k]?.[i] ?? 0))}`);
    const lower = pts.map((p, k) => `${r(x(p.t))},${r(y(i === 0 ? 0 : stacks[k]?.[i - 1] ?? 0))}`).reverse();
    return { id, d: `M${upper.join("L")}L${lower.join("L")}Z`, line: `M${upper.join("L")}` };
  });
  const every = Math.max(1, Math.ceil(pts.length / Math.max(1, maxXTicks)));
  const xTicks = pts.filter((_, k) => k % every === 0).map((p) => ({ x: r(x(p.t)), t: p.t }));
  return { areas, yTicks: yTickValues.map((v) => ({ y: r(y(v)), value: v })), xTicks };
}
