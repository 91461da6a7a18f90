/** Actors discovered in the text (not in the registry): stable `x-` ids from the canonical name. */
import type { ActorKind } from "../domain/statement";
import { shortHash } from "./hash";
import type { Gender } from "./lexicon";
import { compact } from "../text/normalize";
import type { RegistryActor } from "./registry";
import { phraseTokens } from "../text/tokens";

/**
 * `ctx.discovered`: the extractor's memo of built actors (a pure function of the arguments), so one
 * name gives one actor object (attribution compares actors by identity) and repeated names are built
 * once. It belongs to the extractor value (createExtractor), not the module; bounded.
 * `title`: the role phrase the name came with ("وزير الخارجية الروسي"): matched by later back-references, not published.
 */
/** Bound of an extractor's memo (cleared when full, so a long-running worker does not grow). */
export const DISCOVERED_MAX = 5000;

export function discovered(ctx: { discovered: Map<string, RegistryActor> }, name: string, kind: ActorKind, extraAliases: string[], gender: Gender, en?: string, title = ""): RegistryActor {
  const memo = ctx.discovered;
  const memoKey = `${name}\u0001${kind}\u0001${gender}\u0001${en ?? ""}\u0001${extraAliases.join("\u0002")}\u0001${title}`;
  const hit = memo.get(memoKey);
  if (hit) return hit;
  const key = compact(name);
  const aliases = [...new Set([name, ...extraAliases])].filter((a) => a !== "");
  const actor: RegistryActor = {
    id: "x-" + shortHash(key), nameAr: name, nameEn: en ?? name, kind, aliases, gender, country: null,
    keys: new Set([...aliases, title].flatMap((a) => phraseTokens(a)).flatMap(withoutPrefix)),
  };
  if (memo.size >= DISCOVERED_MAX) memo.clear();
  memo.set(memoKey, actor);
  return actor;
}

/**
 * A name word and, when it carries an attached preposition, the bare word too: "الرئاسة المشتركة
 * لهيئة الداخلية" is later "الهيئة" (key "هيئه"), "مكتب للإعلام" -> "الاعلام".
 */
function withoutPrefix(w: string): string[] {
  if (w.length > 4 && w.startsWith("لل")) return [w, "ال" + w.slice(2), w.slice(2)];
  if (w.length > 3 && (w[0] === "ل" || w[0] === "ب") && !w.startsWith("ال")) return [w, w.slice(1)];
  return [w];
}
