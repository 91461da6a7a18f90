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

const SPOKES = new Set(phraseTokens("المتحدث المتحدثة الناطق الناطقة"));

/**
 * "أعلن المتحدث باسم جيش الاحتلال ..." then "صرح أدرعي": an unnamed spokesman of an institution
 * is the registry person of the article whose title is spokesman of that institution.
 */
function namedSpokesman(inst: RegistryActor, people: RegistryActor[]): RegistryActor | null {
  for (const p of people) {
    if (![...p.keys].some((k) => SPOKES.has(k))) continue;
    if (inst.aliases.some((n) => { const w = phraseTokens(n); return w.length > 0 && w.every((x) => p.keys.has(x)); })) return p;
  }
  return null;
}

export function resolveSpeakers(acts: SpeechAct[], registry: ActorRegistry): SpeechAct[] {
  const linked = new Map<string, RegistryActor | null>();
  for (const act of acts) {
    let r = linked.get(act.actor.id);
    if (r === undefined) { r = linkPerson(act.actor, registry); linked.set(act.actor.id, r); }
    if (r) act.actor = r;
  }
  const people = [...new Set(acts.filter((a) => a.actor.kind === "person" && !a.actor.id.startsWith("x-")).map((a) => a.actor))];
  if (people.length) {
    // Subjectless continuations ("وأضاف: ...") of a resolved spokesman follow him.
    const through = new Map<string, RegistryActor>();
    for (const act of acts) {
      const pronoun = !!act.subject && act.subject.from === act.subject.to;
      if (act.via === "spokesman") {
        const p = namedSpokesman(act.actor, people);
        if (p) { through.set(act.actor.id, p); act.actor = p; }
      } else if (pronoun && through.has(act.actor.id)) act.actor = through.get(act.actor.id)!;
      else through.delete(act.actor.id);
    }
  }
  return acts;
}
