/** Cached Intl formatters: constructing one costs far more than formatting with it. */
const cache = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, opts);
    cache.set(key, f);
  }
  return f;
}

/** An actor colour made readable as text/marks on the wall's near-black background. */
export function onDark(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const rgb = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "0", 16));
  const lin = rgb.map((c) => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
  const lum = 0.2126 * (lin[0] ?? 0) + 0.7152 * (lin[1] ?? 0) + 0.0722 * (lin[2] ?? 0);
  if (lum >= 0.18) return hex;
  // Mix towards white until the contrast on #0e1521 is comfortable (about 6:1).
  const t = lum < 0.06 ? 0.55 : 0.4;
  return `#${rgb.map((c) => Math.round(c + (255 - c) * t).toString(16).padStart(2, "0")).join("")}`;
}
