/**
 * Actor registry: known actors as data (lib/extract/data/*) compiled to a token trie.
 * `match(tokens, i)` returns the longest registry phrase starting at token i, tolerating
 * attached conjunctions/prepositions on the first token (و ف ب ل ك, لل -> ال).
 */
import type { ActorKind } from "../domain/statement";
import type { ExtractedActor } from "./types";
import type { Gender } from "./lexicon";
import { SEP_HARD, SEP_STOP, phraseTokens, type Token } from "../text/tokens";
import { BUILTIN_ACTORS } from "./data/actors";

export interface ActorEntry {
  /** Stable slug. */
  id: string;
  nameAr: string;
  nameEn: string;
  kind: ActorKind;
  /** Names and spelling variants (Arabic and English): part of the actor's public identity. */
  aliases?: string[];
  /** Role phrases that designate the current holder ("وزير الإعلام السوري"): matched, not published. */
  titles?: string[];
  country?: string | null;
  /** Grammatical gender used for pronoun agreement (default: inferred from the name). */
  gender?: Gender;
}

export interface RegistryActor extends ExtractedActor {
  gender: Gender;
  country: string | null;
  /** Canonical tokens of every name and title, for coreference ("الوزير", "المديرية"). */
  keys: Set<string>;
}

export interface Mention {
  actor: RegistryActor;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** True when matched through a role phrase, not a name. */
  role: boolean;
}

interface Node {
  next: Map<string, Node>;
  hit?: { actor: RegistryActor; role: boolean };
}

export interface ActorRegistry {
  match(tokens: Token[], i: number): Mention | null;
  byId(id: string): RegistryActor | undefined;
  /** The actor one of whose names (not titles) is exactly this phrase (folded), if any. */
  byName(phrase: string): RegistryActor | undefined;
  readonly size: number;
}

export function inferGender(kind: ActorKind, nameAr: string): Gender {
  if (kind === "person") return "m";
  if (kind === "media") return "f";
  const first = phraseTokens(nameAr)[0] ?? "";
  return first.endsWith("ه") || first.endsWith("ات") ? "f" : "m";
}

function toActor(e: ActorEntry): RegistryActor {
  const aliases = [...new Set([e.nameAr, e.nameEn, ...(e.aliases ?? [])])];
  return {
    id: e.id, nameAr: e.nameAr, nameEn: e.nameEn, kind: e.kind, aliases,
    gender: e.gender ?? inferGender(e.kind, e.nameAr), country: e.country ?? null,
    keys: new Set([...aliases, ...(e.titles ?? [])].flatMap((p) => phraseTokens(p))),
  };
}

/** First-token variants: the token itself, without و/ف, without ب/ل/ك, and لل -> ال. */
export function tokenVariants(s: string): string[] {
  const out = [s];
  const bases = [s];
  if (s.length > 3 && (s[0] === "و" || s[0] === "ف")) { out.push(s.slice(1)); bases.push(s.slice(1)); }
  for (const b of bases) {
    if (b.length > 3 && (b[0] === "ب" || b[0] === "ل" || b[0] === "ك")) {
      if (b.startsWith("لل")) out.push("ال" + b.slice(2));
      out.push(b.slice(1));
    }
  }
  return out;
}

export function createActorRegistry(extra: ActorEntry[] = []): ActorRegistry {
  const root: Node = { next: new Map() };
  const ids = new Map<string, RegistryActor>();
  const names = new Map<string, RegistryActor>();
  const insert = (phrase: string, actor: RegistryActor, role: boolean) => {
    const toks = phraseTokens(phrase);
    if (toks.length === 0) return;
    let node = root;
    for (const t of toks) {
      let nx = node.next.get(t);
      if (!nx) { nx = { next: new Map() }; node.next.set(t, nx); }
      node = nx;
    }
    // Names win over role phrases; later (extra) entries win over built-ins.
    if (!node.hit || node.hit.role || !role) node.hit = { actor, role };
  };
  for (const e of [...BUILTIN_ACTORS, ...extra]) {
    const a = toActor(e);
    ids.set(a.id, a);
    for (const name of a.aliases) {
      insert(name, a, false);
      const key = phraseTokens(name).join(" ");
      if (key) names.set(key, a);
    }
    for (const t of e.titles ?? []) insert(t, a, true);
  }

  function walk(tokens: Token[], i: number, first: string): Mention | null {
    let node = root.next.get(first);
    let best: Mention | null = null;
    let j = i + 1;
    while (node) {
      if (node.hit) best = { actor: node.hit.actor, from: i, to: j, role: node.hit.role };
      const t = tokens[j];
      // Punctuation ends a phrase, except the period of a Latin initial ("Thomas J. Barrack").
      if (!t || ((t.sep & SEP_HARD) !== 0 && !(t.sep === SEP_STOP && /^[a-z]$/.test(tokens[j - 1]!.s)))) break;
      node = node.next.get(t.s);
      j++;
    }
    return best;
  }

  return {
    size: ids.size,
    byId: (id) => ids.get(id),
    byName: (phrase) => names.get(phraseTokens(phrase).join(" ")),
    match(tokens, i) {
      const t = tokens[i];
      if (!t) return null;
      let best: Mention | null = null;
      for (const v of tokenVariants(t.s)) {
        if (!root.next.has(v)) continue;
        const m = walk(tokens, i, v);
        if (m && (!best || m.to > best.to)) best = m;
      }
      return best;
    },
  };
}
