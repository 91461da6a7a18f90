/**
 * Stable actor colours, shared by the chart series and the feed chips.
 * Palette: Okabe-Ito + Paul Tol "bright"/"muted" (colour-blind safe), fixed order.
 */
export const PALETTE = [
  "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
  "#4477AA", "#EE6677", "#228833", "#CCBB44", "#AA3377", "#332288",
  "#117733", "#882255", "#44AA99", "#999933",
] as const;

export const OTHERS_COLOR = "#9AA0A6";

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Colour for an actor id; "others" is neutral grey. Deterministic across pages and sessions. */
export function actorColor(actorId: string): string {
  if (actorId === "others") return OTHERS_COLOR;
  return PALETTE[hash(actorId) % PALETTE.length] ?? OTHERS_COLOR;
}
