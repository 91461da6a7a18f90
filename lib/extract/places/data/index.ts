/** Parses the built-in gazetteer lines (see north.ts for the format) into entries. */
import type { GovernorateCode } from "../../../domain/governorates";
import { compact } from "../../../text/normalize";
import type { Cue, GazetteerEntry, PlaceKind } from "../types";
import { NORTH } from "./north";
import { CENTER } from "./center";
import { SOUTH } from "./south";
import { LOCAL } from "./local";

const KINDS: Record<string, PlaceKind> = {
  G: "governorate", D: "district", S: "subdistrict", C: "city", T: "town", V: "village", N: "neighbourhood",
  P: "camp", J: "prison", A: "airport", X: "crossing", B: "base", R: "region", M: "mountain", F: "site",
};

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export function parseGazetteerLines(code: GovernorateCode, block: string): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const raw of block.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const [k, en, ar, flags = ""] = line.split("|");
    const kind = k ? KINDS[k] : undefined;
    const names = (ar ?? "").split("/").map((s) => s.trim()).filter(Boolean);
    if (!kind || !en || names.length === 0) throw new Error(`bad gazetteer line: ${line}`);
    const cue: Cue = flags.includes("s") ? "strong" : flags.includes("w") ? "weak" : "none";
    // Entries without a curated English name carry the Arabic one; their id uses the folded Arabic name.
    const key = slug(en) || compact(names[0]!).replace(/\s+/g, "-");
    const e: GazetteerEntry = { id: `${code}:${kind}:${key}`, code, kind, en, ar: names };
    if (cue !== "none") e.cue = cue;
    if (flags.includes("*")) e.primary = true;
    out.push(e);
  }
  return out;
}

let cached: GazetteerEntry[] | null = null;

/** The project's own gazetteer (14 governorates, district and subdistrict seats, towns, camps, prisons, airports, crossings). */
export function builtinEntries(): GazetteerEntry[] {
  if (cached) return cached;
  const all: GazetteerEntry[] = [];
  for (const part of [NORTH, CENTER, SOUTH, LOCAL]) {
    for (const [code, block] of Object.entries(part) as [GovernorateCode, string][]) {
      all.push(...parseGazetteerLines(code, block));
    }
  }
  cached = all;
  return all;
}
