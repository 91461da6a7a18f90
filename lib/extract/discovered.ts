/** Actors discovered in the text (not in the registry): stable `x-` ids from the canonical name. */
import type { ActorKind } from "../domain/statement";
import { shortHash } from "./hash";
import type { Gender } from "./lexicon";
import { compact } from "../text/normalize";
import type { RegistryActor } from "./registry";
import { phraseTokens } from "../text/tokens";

/**
 * `ctx.discovered`: the article's memo of built actors, so one name gives one actor object within
 * an article (attribution compares actors by identity). It lives with the article, not the module.
 * `title`: the role phrase the name came with ("وزير الخارجية الروسي"): matched by later back-references, not published.
 */
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
