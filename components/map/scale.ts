/**
 * Sequential colour scale for the governorate choropleth. Pure: no React, no DOM.
 *
 * One rule in both themes: MORE reports = further from the background = more salient. Both themes
 * walk the same warm hue path (yellow - orange - red); only the direction of lightness follows the
 * background. Light theme: ColorBrewer YlOrRd (pale -> deep red). Dark theme (the wall): dim
 * brown -> vivid amber, so the governorate with the most reports is the brightest and most
 * saturated shape on the screen. Zero has its own neutral, hue-less swatch in both themes, so
 * "no reports" never looks like "a few".
 *
 * Class breaks fit the data: natural breaks (optimal 1-D k-means, the Jenks/Fisher criterion)
 * over the non-zero counts, at most five classes, one per distinct value when there are fewer.
 */
export type MapTheme = "light" | "dark";

export const MAP_PALETTES: Record<MapTheme, { zero: string; classes: readonly string[] }> = {
  light: { zero: "#e7eaee", classes: ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"] },
  dark: { zero: "#1a212c", classes: ["#6b3317", "#9c4117", "#d0581a", "#f5841f", "#ffc53d"] },
};

export const MAX_CLASSES = 5;

export interface ScaleClass {
  /** Inclusive integer bounds; classes are contiguous from 1 to the largest count. */
  from: number;
  to: number;
  color: string;
}

export interface MapScale {
  zero: string;
  classes: ScaleClass[];
  color: (count: number) => string;
}

/**
 * Upper bounds (inclusive, ascending, distinct) of at most `k` classes over the positive counts,
 * minimising the within-class sum of squared deviations (Jenks natural breaks, computed exactly by
 * dynamic programming over the distinct values; n is 14 governorates, so O(k·n²) is nothing).
 */
export function classBreaks(counts: readonly number[], k: number = MAX_CLASSES): number[] {
  const positive = counts.filter((c) => Number.isFinite(c) && c > 0).map((c) => Math.ceil(c));
  const tally = new Map<number, number>();
  for (const c of positive) tally.set(c, (tally.get(c) ?? 0) + 1);
  const vals = [...tally.keys()].sort((a, b) => a - b);
  const n = vals.length;
  const classes = Math.max(1, Math.min(Math.floor(k), n));
  if (n === 0) return [];
  if (n <= classes) return vals;
  // Prefix sums of weight, weight·x and weight·x² over the distinct values.
  const w = [0], s = [0], q = [0];
  vals.forEach((v, i) => {
    const m = tally.get(v) ?? 0;
    w.push(w[i]! + m);
    s.push(s[i]! + m * v);
    q.push(q[i]! + m * v * v);
  });
  /** Sum of squared deviations of distinct values i..j (inclusive, 0-based). */
  const sse = (i: number, j: number) => {
    const ww = w[j + 1]! - w[i]!, ss = s[j + 1]! - s[i]!;
    return q[j + 1]! - q[i]! - (ss * ss) / ww;
  };
  // cost[c][j]: best cost of splitting values 0..j into c+1 classes; from[c][j]: start of the last class.
  const cost: number[][] = [vals.map((_, j) => sse(0, j))];
  const from: number[][] = [vals.map(() => 0)];
  for (let c = 1; c < classes; c++) {
    cost.push([]);
    from.push([]);
    for (let j = 0; j < n; j++) {
      let best = Infinity, arg = j;
      for (let i = c; i <= j; i++) {
        const v = cost[c - 1]![i - 1]! + sse(i, j);
        if (v < best) { best = v; arg = i; }
      }
      cost[c]![j] = best;
      from[c]![j] = arg;
    }
  }
  const uppers: number[] = [];
  let j = n - 1;
  for (let c = classes - 1; c >= 0; c--) {
    uppers.unshift(vals[j]!);
    j = from[c]![j]! - 1;
  }
  return uppers;
}

/** The scale for a set of counts: natural-break classes, spread over the theme's palette. */
export function buildScale(counts: readonly number[], theme: MapTheme): MapScale {
  const palette = MAP_PALETTES[theme];
  const uppers = classBreaks(counts, Math.min(MAX_CLASSES, palette.classes.length));
  const last = palette.classes.length - 1;
  const classes: ScaleClass[] = uppers.map((to, i) => {
    // Few classes are spread across the whole palette (ending on the most salient) so they stay far apart.
    const idx = uppers.length === 1 ? last : Math.round((i * last) / (uppers.length - 1));
    return { from: i === 0 ? 1 : uppers[i - 1]! + 1, to, color: palette.classes[idx] ?? palette.zero };
  });
  const color = (count: number): string => {
    if (!(count > 0)) return palette.zero;
    const hit = classes.find((c) => count <= c.to);
    return (hit ?? classes[classes.length - 1])?.color ?? palette.zero;
  };
  return { zero: palette.zero, classes, color };
}

/** Relative luminance (WCAG) of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 0;
  const lin = (h: string | undefined) => {
    const c = parseInt(h ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]) + 0.7152 * lin(m[2]) + 0.0722 * lin(m[3]);
}

/** Text colour that stays readable on a given fill (whichever of near-black / near-white contrasts more). */
export function inkFor(fill: string): string {
  const l = luminance(fill);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#111318" : "#f5f7fa";
}
