/**
 * Gazetteer index: folded names split into tokens, hashed by their first token, built once.
 * Lookups are a hash probe per token plus a short comparison of the following tokens.
 */
import type { GovernorateCode } from "../../domain/governorates";
import { compact } from "../../text/normalize";
import type { Cue, GazetteerEntry, PlaceKind } from "./types";
import { builtinEntries } from "./data";
import { PLACE_NOUNS, inSet } from "./lexicon";

/** All entries sharing one folded name (several when the name exists in more than one governorate). */
export interface NameGroup {
  tokens: string[];
  entries: GazetteerEntry[];
  codes: GovernorateCode[];
  /** Reading used when context does not decide. */
  primary: GazetteerEntry;
  /** Strictest cue among the entries. */
  cue: Cue;
  kind: PlaceKind;
}

export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  /** First token -> name groups starting with it, longest first. */
  byFirst: Map<string, NameGroup[]>;
  maxTokens: number;
}

const CUE_RANK: Record<Cue, number> = { none: 0, weak: 1, strong: 2 };
const KIND_RANK: Record<PlaceKind, number> = {
  governorate: 9, district: 8, city: 7, subdistrict: 6, airport: 5, crossing: 5, prison: 5, camp: 5, base: 5,
  mountain: 4, region: 4, town: 3, neighbourhood: 2, village: 1, site: 1,
};

export function nameKey(name: string): string[] {
  return compact(name).replace(/[^\p{L}\p{N} ]/gu, " ").split(" ").filter(Boolean);
}

function better(a: GazetteerEntry, b: GazetteerEntry): boolean {
  if (!!a.primary !== !!b.primary) return !!a.primary;
  return KIND_RANK[a.kind] > KIND_RANK[b.kind];
}

export function createGazetteer(extra: readonly GazetteerEntry[] = [], base: readonly GazetteerEntry[] = builtinEntries()): Gazetteer {
  const entries = [...base, ...extra];
  const groups = new Map<string, NameGroup>();
  for (const e of entries) {
    for (const name of e.ar) {
      const tokens = nameKey(name);
      if (tokens.length === 0) continue;
      const k = tokens.join(" ");
      let g = groups.get(k);
      if (!g) {
        g = { tokens, entries: [], codes: [], primary: e, cue: "none", kind: e.kind };
        groups.set(k, g);
      } else if (better(e, g.primary)) {
        g.primary = e;
        g.kind = e.kind;
      }
      if (g.entries.some((x) => x.code === e.code && x.id === e.id)) continue;
      // "معبر نصيب", "مطار خلخلة": the name carries its own place noun.
      const selfCued = tokens.length > 1 && inSet(PLACE_NOUNS, tokens[0]!);
      g.entries.push(e);
      if (!g.codes.includes(e.code)) g.codes.push(e.code);
      // A curated cue wins over an imported entry's default; otherwise keep the strictest.
      if (!selfCued && CUE_RANK[e.cue ?? "none"] > CUE_RANK[g.cue]) g.cue = e.cue ?? "none";
    }
  }
  const byFirst = new Map<string, NameGroup[]>();
  let maxTokens = 1;
  for (const g of groups.values()) {
    const first = g.tokens[0]!;
    const list = byFirst.get(first) ?? [];
    list.push(g);
    byFirst.set(first, list);
    if (g.tokens.length > maxTokens) maxTokens = g.tokens.length;
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { entries, byFirst, maxTokens };
}
