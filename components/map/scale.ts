/**
 * Sequential colour scale for the governorate choropleth. Pure: no React, no DOM.
 * Light theme: ColorBrewer YlOrRd; dark theme: magma samples. Both are sequential in
 * lightness (readable with colour-vision deficiencies and in greyscale); zero has its own
 * neutral swatch so "none" never looks like "a few".
 */
export type MapTheme = "light" | "dark";

const PALETTES: Record<MapTheme, { zero: string; classes: readonly string[] }> = {
  light: { zero: "#e7eaee", classes: ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"] },
  dark: { zero: "#1e2633", classes: ["#5c1a7d", "#9c2e7f", "#de4968", "#fe9f6d", "#fcfdbf"] },
};

export interface ScaleClass {
  /** Inclusive bounds. */
  from: number;
  to: number;
  color: string;
}

export interface MapScale {
  zero: string;
  classes: ScaleClass[];
  color: (count: number) => string;
}

/** Rounds up to 1, 2, 2.5 or 5 times a power of ten (never below 1). */
export function niceStep(raw: number): number {
  if (raw <= 1) return 1;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) {
    const step = m * pow;
    if (step >= raw && Number.isInteger(step)) return step;
  }
  return 10 * pow;
}

/** Equal-interval classes with round breaks covering 1..max (at most five). */
export function buildScale(max: number, theme: MapTheme): MapScale {
  const palette = PALETTES[theme];
  const top = Math.max(0, Math.ceil(max));
  const classes: ScaleClass[] = [];
  if (top > 0) {
    const step = niceStep(top / palette.classes.length);
    const n = Math.ceil(top / step);
    for (let i = 0; i < n; i++) {
      // Spread few classes across the whole palette so they stay far apart.
      const idx = n === 1 ? palette.classes.length - 1 : Math.round((i * (palette.classes.length - 1)) / (n - 1));
      classes.push({ from: i * step + 1, to: (i + 1) * step, color: palette.classes[idx] ?? palette.zero });
    }
  }
  const color = (count: number): string => {
    if (!(count > 0)) return palette.zero;
    const hit = classes.find((c) => count <= c.to);
    return (hit ?? classes[classes.length - 1])?.color ?? palette.zero;
  };
  return { zero: palette.zero, classes, color };
}

/** Text colour that stays readable on a given fill (simple luminance test). */
export function inkFor(fill: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  if (!m) return "#111";
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "0", 16) / 255) as [number, number, number];
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return lum > 0.5 ? "#111318" : "#f5f7fa";
}
