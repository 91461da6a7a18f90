import { describe, expect, it } from "vitest";
import { actorColor, OTHERS_COLOR, PALETTE, paletteSlots, setActorRegistry } from "../../../lib/client/colors";

function contrast(hex: string, bg: string): number {
  const lum = (h: string) => {
    const c = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
      .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const [a, b] = [lum(hex), lum(bg)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

describe("actor colours", () => {
  const ids = ["a-assad", "a-sharaa", "a-erdogan", "a-lavrov", "a-blinken", "a-pedersen", "a-shaibani", "a-abdi"];

  it("gives distinct slots to up to palette-size actors, whatever the input order", () => {
    const slots = paletteSlots(ids);
    expect(new Set(slots.values()).size).toBe(ids.length);
    expect(paletteSlots([...ids].reverse())).toEqual(slots);
  });

  it("the most active palette-size actors get distinct colours among many registered actors", () => {
    // Ranked most active first, as GET /api/actors returns them; 100 actors, 12 colours.
    const ranked = Array.from({ length: 100 }, (_, i) => `actor-${String(i).padStart(3, "0")}`);
    const slots = paletteSlots(ranked);
    const top = ranked.slice(0, PALETTE.length).map((id) => slots.get(id));
    expect(new Set(top).size).toBe(PALETTE.length);
    // Swapping ranks inside the top set changes no colour.
    const swapped = [ranked[1]!, ranked[0]!, ...ranked.slice(2)];
    expect(paletteSlots(swapped)).toEqual(slots);
  });

  it("spreads more actors than slots evenly (no slot used twice before every slot is used once)", () => {
    const many = Array.from({ length: 30 }, (_, i) => `actor-${i}`);
    const counts = new Map<number, number>();
    for (const s of paletteSlots(many).values()) counts.set(s, (counts.get(s) ?? 0) + 1);
    expect(counts.size).toBe(PALETTE.length);
    expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1);
  });

  it("an actor's colour does not depend on which other actors a chart shows", () => {
    setActorRegistry(ids);
    const before = ids.map(actorColor);
    // A chart showing only a subset (another range) no longer reassigns anything.
    setActorRegistry([...ids].reverse());
    expect(ids.map(actorColor)).toEqual(before);
    expect(new Set(before).size).toBe(ids.length);
  });

  it("others is neutral grey and every palette colour is readable on the wall's dark background", () => {
    expect(actorColor("others")).toBe(OTHERS_COLOR);
    for (const c of PALETTE) expect(contrast(c, "#0e1521"), c).toBeGreaterThanOrEqual(3);
  });
});
