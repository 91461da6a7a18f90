/**
 * Speaker resolution, after attribution: mentions of one speaker within an article become one
 * actor, and speakers found in the text are linked to the registry when a registry name
 * identifies them. (Surname, title + surname, title alone and acronyms are resolved while
 * parsing, against the article's earlier speakers; this stage sees the whole article.)
 */
import type { SpeechAct } from "./attribute";
import type { ActorRegistry, RegistryActor } from "./registry";
import { phraseTokens } from "../text/tokens";

/**
 * A discovered person ("غير بيدرسون", found through a title) is the registry person whose
 * full name it is, or whose single-word alias is its surname with the same given name
 * ("غير بيدرسون" = "غير بيدرسن", alias "بيدرسون").
 */
function linkPerson(a: RegistryActor, registry: ActorRegistry): RegistryActor | null {
  if (!a.id.startsWith("x-") || a.kind !== "person") return null;
  const whole = registry.byName(a.nameAr);
  if (whole) return whole.kind === "person" ? whole : null;
  const words = phraseTokens(a.nameAr);
  if (words.length < 2) return null;
  const r = registry.byName(words[words.length - 1]!);
  if (!r || r.kind !== "person") return null;
  const given = phraseTokens(r.nameAr)[0];
  return given === words[0] ? r : null;
}

export function resolveSpeakers(acts: SpeechAct[], registry: ActorRegistry): SpeechAct[] {
  const linked = new Map<string, RegistryActor | null>();
  for (const act of acts) {
    let r = linked.get(act.actor.id);
    if (r === undefined) { r = linkPerson(act.actor, registry); linked.set(act.actor.id, r); }
    if (r) act.actor = r;
  }
  return acts;
}
