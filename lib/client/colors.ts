/**
 * Stable actor colours, shared by the chart series and the feed chips.
 * Palette: Okabe-Ito + Paul Tol "muted" (colour-blind safe), fixed order, no near-duplicates.
 * An actor's colour is its hash slot; when several actors shown together (the chart's series)
 * share a slot, `assignColors` moves the later ones (by id order) to the next free slot, and
 * every chip follows through `useActorColor`.
 */
import { useSyncExternalStore } from "react";

export const PALETTE = [
  "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
  "#332288", "#999933", "#882255", "#44AA99", "#DDAA33", "#AA4499",
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

const assigned = new Map<string, number>();
let version = 0;
const listeners = new Set<() => void>();

/** Gives the actors shown together distinct colours (deterministic for a given set). */
export function assignColors(ids: readonly string[]): void {
  const set = [...new Set(ids.filter((id) => id !== "others"))].sort();
  const used = new Set<number>();
  const next = new Map<string, number>();
  for (const id of set) {
    let slot = hash(id) % PALETTE.length;
    for (let i = 0; i < PALETTE.length && used.has(slot); i++) slot = (slot + 1) % PALETTE.length;
    used.add(slot);
    next.set(id, slot);
  }
  let changed = false;
  for (const [id, slot] of next) if (assigned.get(id) !== slot) { assigned.set(id, slot); changed = true; }
  if (changed) {
    version++;
    for (const l of listeners) l();
  }
}

/** Colour for an actor id; "others" is neutral grey. */
export function actorColor(actorId: string): string {
  if (actorId === "others") return OTHERS_COLOR;
  return PALETTE[assigned.get(actorId) ?? hash(actorId) % PALETTE.length] ?? OTHERS_COLOR;
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** `actorColor` that re-renders when the chart re-assigns colours. */
export function useActorColor(actorId: string): string {
  useSyncExternalStore(subscribe, () => version, () => 0);
  return actorColor(actorId);
}
