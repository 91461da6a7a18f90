/** Actors discovered in the text (not in the registry): stable `x-` ids from the canonical name. */
import type { ActorKind } from "../domain/statement";
import { shortHash } from "./hash";
import type { Gender } from "./lexicon";
import { compact } from "./normalize";
import type { RegistryActor } from "./registry";
import { phraseTokens } from "./tokens";

export function discovered(_ctx: unknown, name: string, kind: ActorKind, extraAliases: string[], gender: Gender, en?: string): RegistryActor {
  const key = compact(name);
  const aliases = [...new Set([name, ...extraAliases])].filter((a) => a !== "");
  return {
    id: "x-" + shortHash(key), nameAr: name, nameEn: en ?? name, kind, aliases, gender, country: null,
    keys: new Set(aliases.flatMap((a) => phraseTokens(a))),
  };
}

