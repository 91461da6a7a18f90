/**
 * One colour per actor, everywhere (dashboard, wall, dropdown, actor page, every range).
 *
 * Rule: the palette slot of an actor depends only on the actor registry, never on which actors a
 * chart happens to show. The registry is the most active actors from GET /api/actors (most statements
 * first, ties by id: the same query and the same order on every page), loaded once by
 * `useActorPalette` in the app providers. `paletteSlots(ranked)` gives the PALETTE.length most active
 * actors distinct colours (walked in id order, each takes its hash slot or the next free one, so a
 * colour depends only on which actors are in that top set, not on their order within it); the rest
 * take the least used slot from their hash slot. Actors outside the registry fall back to their hash slot.
 * Every colour is readable on the light and the dark theme and on the wall, so no view recolours.
 */
import { useCallback, useSyncExternalStore } from "react";

/** Okabe-Ito + Paul Tol (colour-blind safe); every entry has contrast >= 3:1 on #0e1521. */
export const PALETTE = [
  "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
  "#7570B3", "#999933", "#EE6677", "#44AA99", "#DDAA33", "#AA4499",
] as const;

export const OTHERS_COLOR = "#9AA0A6";

export function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * Slot per id, `ranked` most active first. The first `size` distinct ids (the top set) get distinct
 * slots; later ids share slots as evenly as possible. Pure.
 */
export function paletteSlots(ranked: readonly string[], size: number = PALETTE.length): Map<string, number> {
  const ids = [...new Set(ranked.filter((id) => id !== "others"))];
  const top = ids.slice(0, size).sort();
  const rest = ids.slice(size).sort();
  const used = new Map<number, number>();
  const out = new Map<string, number>();
  for (const id of [...top, ...rest]) {
    let slot = hash(id) % size;
    // Past `size` ids slots must repeat: take the least used slot, searching from the hash slot.
    const floor = Math.floor(out.size / size);
    for (let i = 0; i < size && (used.get(slot) ?? 0) > floor; i++) slot = (slot + 1) % size;
    used.set(slot, (used.get(slot) ?? 0) + 1);
    out.set(id, slot);
  }
  return out;
}

type Registry = ReadonlyMap<string, number>;
const EMPTY: Registry = new Map();
let registry: Registry = EMPTY;
const listeners = new Set<() => void>();

/** Sets the actor registry the colours are assigned over, most active first (see paletteSlots). */
export function setActorRegistry(ids: readonly string[]): void {
  const next = paletteSlots(ids);
  let same = next.size === registry.size;
  if (same) for (const [id, slot] of next) if (registry.get(id) !== slot) { same = false; break; }
  if (same) return;
  registry = next; // a new object: the snapshot useSyncExternalStore compares
  for (const l of listeners) l();
}

/** Colour of an actor under a registry; "others" is neutral grey, an actor outside it takes its hash slot. */
function colorIn(reg: Registry, actorId: string): string {
  if (actorId === "others") return OTHERS_COLOR;
  return PALETTE[reg.get(actorId) ?? hash(actorId) % PALETTE.length] ?? OTHERS_COLOR;
}

/** Colour for an actor id under the current registry (outside React: tests, canvas, exports). */
export function actorColor(actorId: string): string {
  return colorIn(registry, actorId);
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/**
 * The colour function of the current registry, for components. The server and the hydrating client
 * render with the empty registry (the server has none), so hydration matches the server's HTML; React
 * then re-renders with the registry. (Reading the live registry during hydration left the server's
 * colours in the DOM: React does not patch attributes that differ at hydration.)
 */
export function useActorColors(): (actorId: string) => string {
  const reg = useSyncExternalStore(subscribe, () => registry, () => EMPTY);
  return useCallback((actorId: string) => colorIn(reg, actorId), [reg]);
}

/** One actor's colour (see useActorColors). */
export function useActorColor(actorId: string): string {
  return useActorColors()(actorId);
}
