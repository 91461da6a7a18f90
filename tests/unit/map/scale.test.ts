/** The choropleth's class breaks (natural breaks over non-zero counts) and its colour rule. */
import { describe, expect, it } from "vitest";
import { buildScale, classBreaks, luminance, MAP_PALETTES, MAX_CLASSES } from "../../../components/map/scale";

/** Within-class sum of squared deviations for given upper bounds (the quantity the breaks minimise). */
function sse(values: number[], uppers: number[]): number {
  let total = 0, lo = 0;
  for (const up of uppers) {
    const cls = values.filter((v) => v > lo && v <= up);
    const mean = cls.reduce((a, b) => a + b, 0) / cls.length;
    total += cls.reduce((a, v) => a + (v - mean) ** 2, 0);
    lo = up;
  }
  return total;
}

/** Every way to cut sorted distinct values into k contiguous classes (brute force for small n). */
function allUppers(distinct: number[], k: number, start = 0): number[][] {
  if (k === 1) return [[distinct[distinct.length - 1]!]];
  const out: number[][] = [];
  for (let i = start; i <= distinct.length - k; i++) {
    for (const rest of allUppers(distinct, k - 1, i + 1)) out.push([distinct[i]!, ...rest]);
  }
  return out;
}

describe("classBreaks", () => {
  it("ignores zeros and returns nothing when there is no report", () => {
    expect(classBreaks([])).toEqual([]);
    expect(classBreaks([0, 0, 0])).toEqual([]);
  });

  it("gives each distinct value its own class when there are at most five (deduplicated)", () => {
    expect(classBreaks([0, 3, 3, 3, 0])).toEqual([3]);
    expect(classBreaks([1, 2, 2, 7, 0, 1])).toEqual([1, 2, 7]);
    expect(classBreaks([40, 1, 9, 2, 300])).toEqual([1, 2, 9, 40, 300]);
  });

  it("separates an outlier instead of cutting equal widths", () => {
    // Equal-width classes of 1..600 would put every governorate but one in the first class.
    const counts = [600, 41, 38, 35, 12, 11, 9, 4, 3, 2, 1, 0, 0, 0];
    const b = classBreaks(counts);
    expect(b).toHaveLength(MAX_CLASSES);
    expect(b[b.length - 1]).toBe(600);
    expect(b[b.length - 2]).toBe(41);
    expect(b).toEqual([...b].sort((x, y) => x - y));
    expect(new Set(b).size).toBe(b.length);
  });

  it("is optimal: no other cut into the same number of classes has a smaller within-class spread", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 40; round++) {
      const counts = Array.from({ length: 14 }, () => (rnd() < 0.25 ? 0 : Math.floor(rnd() ** 3 * 500) + 1));
      const values = counts.filter((c) => c > 0);
      const distinct = [...new Set(values)].sort((a, b) => a - b);
      const b = classBreaks(counts);
      expect(b.length).toBe(Math.min(MAX_CLASSES, distinct.length));
      if (distinct.length <= MAX_CLASSES) continue;
      const best = Math.min(...allUppers(distinct, MAX_CLASSES).map((u) => sse(values, u)));
      expect(sse(values, b)).toBeCloseTo(best, 6);
    }
  });

  it("respects a smaller class count", () => {
    expect(classBreaks([1, 2, 3, 50, 51, 52, 400], 3)).toEqual([3, 52, 400]);
  });
});

describe("buildScale", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`covers 1..max contiguously with distinct colours, zero neutral (${theme})`, () => {
      const counts = [0, 0, 5, 1, 17, 230, 44, 3, 8, 2, 0, 61, 9, 12];
      const s = buildScale(counts, theme);
      expect(s.classes.length).toBe(MAX_CLASSES);
      expect(s.classes[0]!.from).toBe(1);
      for (let i = 1; i < s.classes.length; i++) expect(s.classes[i]!.from).toBe(s.classes[i - 1]!.to + 1);
      expect(s.classes[s.classes.length - 1]!.to).toBe(230);
      expect(new Set(s.classes.map((c) => c.color)).size).toBe(s.classes.length);
      expect(s.color(0)).toBe(s.zero);
      expect(s.classes.map((c) => c.color)).not.toContain(s.zero);
      for (const c of counts.filter((n) => n > 0)) {
        const cls = s.classes.find((k) => c >= k.from && c <= k.to);
        expect(s.color(c)).toBe(cls?.color);
      }
      // A live count above the last break stays in the top class until the breaks are recomputed.
      expect(s.color(999)).toBe(s.classes[s.classes.length - 1]!.color);
    });
  }

  it("makes more reports more salient in both themes (further from the background in lightness)", () => {
    const bg = { light: luminance("#ffffff"), dark: luminance("#0e1521") };
    for (const theme of ["light", "dark"] as const) {
      const dist = MAP_PALETTES[theme].classes.map((c) => Math.abs(luminance(c) - bg[theme]));
      for (let i = 1; i < dist.length; i++) expect(dist[i]!).toBeGreaterThan(dist[i - 1]!);
    }
    // On the dark wall the top class is the brightest fill of all; zero is darker than every class.
    const dark = MAP_PALETTES.dark;
    const lums = dark.classes.map(luminance);
    expect(Math.max(...lums)).toBe(lums[lums.length - 1]);
    expect(luminance(dark.zero)).toBeLessThan(Math.min(...lums));
  });

  it("spreads few classes across the palette, ending on the most salient colour", () => {
    const s = buildScale([0, 4, 4, 9], "dark");
    expect(s.classes.map((c) => [c.from, c.to])).toEqual([[1, 4], [5, 9]]);
    expect(s.classes[1]!.color).toBe(MAP_PALETTES.dark.classes[MAX_CLASSES - 1]);
    expect(buildScale([0, 0], "light").classes).toEqual([]);
  });
});
