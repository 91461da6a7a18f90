/**
 * Statement type from the speech act and the content after it. The verb gives the default (lexicon.ts);
 * these rules, written as word tables, correct it from the content:
 * - a claim of responsibility ("أعلن مسؤوليته") is a claim;
 * - a denial phrase in the content makes any verb a denial ("أكدت ... عدم صحة ما ورد", "لا أساس له من الصحة");
 * - "أكد" is a confirmation only when it confirms a report or an event ("أكد صحة الأنباء", "أكد مقتل");
 *   otherwise it asserts a position and is a statement ("أكد التزامه", "أكد أن الحادث وقع ...");
 * - what reaches the reader "according to X" ("بحسب X", "وفق X") is X's report, and so is an unnamed
 *   source relayed by an outlet ("نقلت الوكالة عن مصدر أمني");
 * - an outlet's own statements and announcements are reports, and so are a witness's (patterns.ts WITNESS_ROWS:
 *   monitors, first responders, field sources, unnamed media, journalists);
 * - a relayed source's verbal noun names the act ("نقلت عن مصدر تأكيده": confirmation; RELAY_MASDAR_ROWS).
 */
import type { StatementType } from "../domain/statement";
import { speechForm } from "./lexicon";
import { WITNESS_PHRASES } from "./patterns";
import { phraseTokens, type Token } from "../text/tokens";

export interface TypedAct {
  type: StatementType;
  at: number;
  actor: { kind: string; nameAr: string; aliases: readonly string[] };
  /** The source was relayed by a channel ("نقلت X عن Y", "كشفت X عن Y"). */
  relayed?: boolean;
}

/** First tokens of the WITNESS_ROWS phrases: a name whose first word is none of them is no witness (cheap test first). */
const WITNESS_FIRST = new Set(WITNESS_PHRASES.map((p) => p[0]!));

/** Whether the actor is a witness of events: its name (a person: a title it came with) starts with a WITNESS_ROWS phrase. */
export function witness(actor: TypedAct["actor"]): boolean {
  for (const name of actor.kind === "person" ? actor.aliases.filter((a) => a !== actor.nameAr) : [actor.nameAr, ...actor.aliases]) {
    const sp = name.indexOf(" ");
    const first = phraseTokens(sp < 0 ? name : name.slice(0, sp))[0];
    if (!first || !WITNESS_FIRST.has(first)) continue;
    const toks = phraseTokens(name);
    if (WITNESS_PHRASES.some((p) => p.length <= toks.length && p.every((w, i) => toks[i] === w))) return true;
  }
  return false;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean).flatMap(phraseTokens));
const phrases = (list: string[]) => list.map(phraseTokens);

const CLAIM_TOKENS = words("مسؤوليته مسؤوليتها مسؤوليتهم المسؤولية");

/** Token sequences that deny what they refer to. */
const DENIAL_PHRASES = phrases([
  "لا صحة", "ولا صحة", "عدم صحة", "بعدم صحة", "من الصحة", "عن الصحة", "غير صحيح", "غير صحيحة", "غير دقيقة",
  "ننفي", "وننفي", "نفيا قاطعا", "عار عن", "عارية عن", "مفبركة", "ملفقة", "أنباء كاذبة", "ادعاءات كاذبة",
]);
/** "من الصحة"/"عن الصحة" deny only after these ("لا أساس له من الصحة", "عار عن الصحة", "خالية من الصحة"). */
const SAHHA_HEADS = words("أساس اساس عار عارية عاري خال خالية خالي");

/** Objects of "أكد" that make it a confirmation of a report or an event. */
const CONFIRMED = words(`
  صحة بصحة نبأ خبر الخبر أنباء الأنباء التقارير التقرير المعلومات ما تداول تداولته تداولت
  مقتل مصرع وفاة اعتقال سقوط إصابة استشهاد وقوع حدوث
`);
/** "According to": the source's figures or account, a report ("بحسب المرصد"). Not "نقلاً عن" (a quoted statement). */
const ACCORDING_TO = words("بحسب وبحسب حسب وحسب وفق ووفق وفقا ووفقا طبقا");
const RELAY = phraseTokens("نقل")[0];
const CONFIRMATION_LEMMAS = new Set(["أكد"].flatMap(phraseTokens));

/** Denial phrases by first token, so the content is scanned once. */
const DENIAL_BY_FIRST = new Map<string, string[][]>();
for (const seq of DENIAL_PHRASES) {
  const list = DENIAL_BY_FIRST.get(seq[0]!) ?? [];
  list.push(seq);
  DENIAL_BY_FIRST.set(seq[0]!, list);
}
const MIN = phraseTokens("من")[0], AN = phraseTokens("عن")[0], SAHHA = phraseTokens("الصحة")[0];

/** Whether tokens [from, to) deny something ("لا صحة", "عدم صحة", "لا أساس لها من الصحة", "ننفي"). */
export function deniesContent(tokens: Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const list = DENIAL_BY_FIRST.get(tokens[at]!.s);
    if (!list) continue;
    for (const seq of list) {
      if (at + seq.length > to) continue;
      let q = 1;
      while (q < seq.length && tokens[at + q]!.s === seq[q]) q++;
      if (q < seq.length) continue;
      // "من الصحة"/"عن الصحة" deny only after a head ("لا أساس له من الصحة", "عار عن الصحة").
      if (seq.length === 2 && (seq[0] === MIN || seq[0] === AN) && seq[1] === SAHHA) {
        let head = false;
        for (let k = Math.max(from, at - 3); k < at; k++) if (SAHHA_HEADS.has(tokens[k]!.s)) head = true;
        if (!head) continue;
      }
      return true;
    }
  }
  return false;
}

/** The statement type of `act` in the sentence tokens [act.at, end). */
export function typeOf<A extends TypedAct>(act: A, tokens: Token[], end: number, isWitness: (a: A["actor"]) => boolean = witness): StatementType {
  const lim = Math.min(end, act.at + 40);
  if (act.type === "announcement" || act.type === "statement") {
    for (let k = act.at + 1; k < Math.min(end, act.at + 12); k++) if (CLAIM_TOKENS.has(tokens[k]!.s)) return "claim";
  }
  if (act.type !== "denial" && deniesContent(tokens, act.at + 1, lim)) return "denial";
  const head = tokens[act.at]?.s ?? "";
  const form = speechForm(head);
  let type = act.type;
  if (type === "confirmation" && form && CONFIRMATION_LEMMAS.has(form.lemma)) {
    let confirmed = false;
    for (let k = act.at + 1; k < Math.min(end, act.at + 8) && !confirmed; k++) confirmed = CONFIRMED.has(tokens[k]!.s);
    if (!confirmed) type = "statement";
  }
  const said = type === "statement" || type === "announcement";
  if (act.actor.kind === "media" && said) return "report";
  if (act.actor.kind !== "media" && ACCORDING_TO.has(head)) return "report";
  // "نقلت الوكالة عن مصدر أمني ...": an unnamed source relayed by an outlet reports.
  if (act.actor.kind === "anonymous" && type === "statement" && (act.relayed || form?.lemma === RELAY)) return "report";
  // A witness's account of events: a monitor, a field source, unnamed media, a journalist (by the title it came with).
  if (said && isWitness(act.actor)) return "report";
  return type;
}
