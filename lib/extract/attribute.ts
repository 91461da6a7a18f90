/**
 * Attribution: finds speech acts in each sentence and resolves their speakers, keeping
 * discourse state (last speakers, mentioned actors) for continuations and coreference.
 */
import type { StatementType } from "../domain/statement";
import {
  type Gender, NEGATIONS, RELAY_LEMMAS, SKIP_WORDS, SPEECH_NOUNS, speechForm,
} from "./lexicon";
import type { ActorRegistry, Mention, RegistryActor } from "./registry";
import { discovered } from "./discovered";
import { FRAMES, JOINT_PARTIES, NP_FRAMES, NP_NOUNS, RELAY_MASDARS, RELAY_VERBS, SCOOP, SOURCE_PREPS } from "./patterns";
import { slice } from "./phrase";
import { parseSubject, type SpeakerContext, type Subject } from "./speaker";
import { SEP_COMMA, SEP_HARD, SEP_QUOTE, type Token } from "../text/tokens";

export interface Sentence {
  /** Token range [a, b). */
  a: number;
  b: number;
  start: number;
  end: number;
  para: number;
}

export interface SpeechAct {
  sentence: number;
  actor: RegistryActor;
  type: StatementType;
  /** Token index of the trigger. */
  at: number;
  subject: { from: number; to: number } | null;
  /** Set when an institution spoke through an unnamed spokesman (resolved to the named one later). */
  via: "spokesman" | undefined;
  /** The speaker was relayed by a channel ("نقلت X عن Y"). */
  relayed: boolean;
}

/** Bodies sharing a generic name ("قوى الأمن الداخلي": the government's, or the Kurdish Asayish). */
const SHARED_NAMES: Record<string, string> = { "sy-internal-security": "asayish" };
const MONITOR_LEMMAS = new Set(["رصد", "وثق"]);
const MONITOR_KINDS = new Set(["organization", "media", "anonymous"]);
/** Verbs whose object is an addressee ("طالبت مجلس الأمن", "ناشد المجتمع الدولي"). */
const ADDRESSEE_LEMMAS = new Set(["طالب", "ناشد", "دعا"]);
const PREPOSITIONS = new Set(["مع", "عن", "الى", "علي", "بين", "من", "في", "لدي", "لقاء", "بلقاء"]);
const CLAUSE_OPENERS = new Set(["ان", "اما", "واما", "لكن", "غير", "كان", "وكان", "كانت", "وكانت", "لكنه", "بينما", "فيما"]);
const RELATIVE = new Set(["فيه", "فيها"]);
const LEADERS = new Set(["لكنه", "لكنها", "ولكنه", "ولكنها", "كما", "ثم", "بينما", "فيما", "وقد", "قد", "كذلك", "ايضا", "لاحقا", "وهنا", "هنا", "بدوره", "بدورها"]);

/** A document an actor issues ("تقريرها", "في بيان"); definite, it refers back to the latest issuer ("وبحسب التقرير"). */
const DOC_NOUN = /^[وفبل]?(ال|لل)?(تقرير|بيان|رساله|احصاييه|احصائيه|حصيله)(ا|ه|ها|هم)?$/;
const DOC_DEFINITE = /^(ال)(تقرير|بيان|رساله|احصاييه|احصائيه|حصيله)$/;

function agrees(g: Gender | null, a: RegistryActor): boolean {
  if (g === null) return true;
  if (g === "p") return a.gender === "p" || a.kind === "anonymous";
  // Non-human plurals take feminine singular verbs ("قالت مصادر", "وأضافت المصادر").
  if (a.gender === "p") return g === "f";
  return a.gender === g;
}

/** `memo`: the extractor's cache of discovered actors (discovered.ts); a fresh Map gives per-article actors. */
export function attribute(text: string, tokens: Token[], sentences: Sentence[], registry: ActorRegistry, memo: Map<string, RegistryActor> = new Map()): SpeechAct[] {
  const cache = new Map<number, Mention | null>();
  const mention = (i: number): Mention | null => {
    let m = cache.get(i);
    if (m === undefined) { m = registry.match(tokens, i); cache.set(i, m); }
    return m;
  };
  const recent: RegistryActor[] = []; // mentioned or speaking actors, most recent last
  const speakers: { actor: RegistryActor; si: number }[] = [];
  let issuer: RegistryActor | null = null; // latest speaker of a sentence naming a document it issued
  const coref = (key: string, media: boolean, any: boolean, institution = false): RegistryActor | null => {
    if (any) return speakers[speakers.length - 1]?.actor ?? null;
    for (let i = recent.length - 1; i >= 0; i--) {
      const a = recent[i]!;
      if (institution && a.kind === "person") continue;
      if (media ? a.kind === "media" : a.keys.has(key) || a.keys.has("ال" + key)) return a;
    }
    return null;
  };
  const lastSpeaker = (pred: (a: RegistryActor) => boolean): RegistryActor | null => {
    for (let i = speakers.length - 1; i >= 0; i--) if (pred(speakers[i]!.actor)) return speakers[i]!.actor;
    return null;
  };
  const titles = new Map<string, { from: number; to: number }[]>();
  const ctx: SpeakerContext = { text, tokens, registry, coref, mention, recent, lastSpeaker, titles, discovered: memo };
  const acts: SpeechAct[] = [];

  // A quotation may run over several sentences of a paragraph: its depth carries over when the
  // paragraph's quote marks are balanced and a closing mark is still to come.
  const quotesOf = (sent: Sentence): number => {
    let q = 0;
    for (let k = sent.a; k < sent.b; k++) q += tokens[k]!.q;
    // A closing mark before the sentence's full stop ('نقبل".') is not in any token's count.
    const last = tokens[sent.b - 1];
    if (last) {
      const to = tokens[sent.b]?.start ?? text.length;
      for (let c = last.end; c < to; c++) {
        const ch = text.charCodeAt(c);
        if (ch === 34) q++;
        else if (ch === 46 || ch === 33 || ch === 63 || ch === 59 || ch === 10 || ch === 0x061f || ch === 0x061b) break;
      }
    }
    return q;
  };
  const sentQ = sentences.map(quotesOf);
  const paraQ = new Map<number, number>();
  sentences.forEach((sent, si) => paraQ.set(sent.para, (paraQ.get(sent.para) ?? 0) + sentQ[si]!));
  let carry = 0, carryPara = -1, seen = 0;
  sentences.forEach((sent, si) => {
    if (sent.para !== carryPara) { carry = 0; seen = 0; }
    let depth = carry;
    const sq = sentQ[si]!;
    seen += sq;
    const total = paraQ.get(sent.para) ?? 0;
    carry = (carry + sq) % 2 === 1 && total % 2 === 0 && seen < total ? 1 : 0;
    carryPara = sent.para;
    const local: { actor: RegistryActor; at: number }[] = [];
    const first = acts.length;
    let cited = false; // a non-media source is cited in this sentence ("نقلاً عن مصدر", "بحسب مصادر")
    const push = (sub: Subject, type: StatementType, at: number, source = false, relayed = false) => {
      if (source && sub.actor.kind !== "media") cited = true;
      // A generic name shared by two bodies means the specific one once it is named in the article.
      const specific = SHARED_NAMES[sub.actor.id];
      const named = specific ? recent.find((a) => a.id === specific) : undefined;
      if (named) sub = { ...sub, actor: named };
      // The words the speaker was introduced with ("مسؤولة السياسة الخارجية في الاتحاد الأوروبي، كايا كالاس")
      // let a later title alone refer back ("المسؤولة الأوروبية").
      if (sub.to - sub.from > 1 && sub.actor.kind === "person") {
        const spans = titles.get(sub.actor.id);
        if (spans) spans.push({ from: sub.from, to: sub.to }); else titles.set(sub.actor.id, [{ from: sub.from, to: sub.to }]);
      }
      for (const actor of [sub.actor, ...(sub.also ?? [])]) {
        acts.push({ sentence: si, actor, type, at, subject: { from: sub.from, to: sub.to }, via: sub.via, relayed });
        local.push({ actor, at });
        speakers.push({ actor, si });
        recent.push(actor);
      }
    };
    for (let k = sent.a; k < sent.b; k++) {
      const t = tokens[k]!;
      depth += t.q;
      if (depth % 2 === 1) continue; // inside a quotation
      const s = t.s;
      if (SOURCE_PREPS.has(s)) {
        let j = k + 1;
        if (tokens[j]?.s === "عن" || tokens[j]?.s === "ل") j++;
        if (tokens[j]?.s === "ما") continue; // "وفق ما أعلن X": the verb handles it
        // "وبحسب التقرير، فقد قُتل ...": the report of the latest issuer, not a new source.
        if (issuer && DOC_DEFINITE.test(tokens[j]?.s ?? "") && !/^(ال)?صادر/.test(tokens[j + 1]?.s ?? "")) {
          push({ actor: issuer, from: j, to: j + 1 }, "report", k);
          continue;
        }
        let noun = false;
        const isNoun = (x: string) => x !== "ما" && (SPEECH_NOUNS.has(x) || (x.length > 3 && x[0] === "ل" && SPEECH_NOUNS.has(x.slice(1))));
        while (j < sent.b && isNoun(tokens[j]!.s)) { noun = true; j++; }
        // "وفقاً لبيان صادر عن X"
        if (noun && /^(ال)?صادر[هة]?$/.test(tokens[j]?.s ?? "") && tokens[j + 1]?.s === "عن") j += 2;
        const sub = parseSubject(ctx, j, sent.b);
        if (sub && sub !== "np" && (noun || sub.actor.kind !== "media")) push(sub, "statement", k, !noun);
        else if (sub && sub !== "np") recent.push(sub.actor);
        continue;
      }
      // "وجاء في بيان X", "على حد قول X", "على لسان X", "صادر عن X": a frame names the speaker (FRAME_ROWS).
      const fe = frameEnd(tokens, k, sent.b);
      if (fe > 0) {
        const sub = parseSubject(ctx, fe, sent.b);
        if (sub && sub !== "np") push(sub, "statement", k);
        continue;
      }
      // "بعد إعلان وزارة الدفاع وقف ...", "وفي بيان لوزارة الداخلية، ...": a speech noun in construct.
      if (NP_NOUNS.has(s) && NP_FRAMES.has(tokens[k - 1]?.s ?? "") && k - 1 >= sent.a && !isHardTok(t)) {
        const sub = nounPhraseSpeaker(ctx, k, sent.b);
        if (sub) push(sub, s === "اعلان" ? "announcement" : "statement", k);
        if (sub) continue;
      }
      if (SCOOP.has(s)) {
        const sc = scoop(ctx, k, sent.b);
        if (sc) { push(sc.sub, sc.source ? "statement" : "report", k, sc.source); continue; }
      }
      let f = speechForm(s);
      if (!f && t.dia && (s === "بين" || s === "وبين")) f = { lemma: "بين", type: "statement", g: "m", form: "verb", present: false };
      // "نشرت وزارة الداخلية صوراً ...، مؤكدة أن": a speech participle after a comma makes the
      // known subject of the sentence's first verb a speaker.
      if (f && f.form === "participle" && (t.sep & SEP_COMMA) && local.length === 0) {
        const sub = clauseSubject(ctx, sent, k);
        if (sub) push(sub, f.type, k);
        continue;
      }
      if (!f || f.form !== "verb") continue;
      // Passive voice marked with a damma ("أُعلن", "يُذكر"): no speaker.
      if (/^[وف]?[اأإآيت]\u064F/.test(text.slice(t.start, t.end))) continue;
      // "يُذكر أن" / "ويذكر أن": "it is worth noting", no speaker.
      if (f.lemma === "ذكر" && /^[وف]?يذكر$/.test(s) && /^(ان|انه)$/.test(tokens[k + 1]?.s ?? "")) continue;
      const prev = tokens[k - 1];
      if (prev && NEGATIONS.has(prev.s) && !(t.sep & SEP_HARD)) continue;
      let sub: ReturnType<typeof parseSubject>;
      // "كشفت قناة الأفق عن مصدر أمني": with a source after عن, the subject is a channel.
      const relay = RELAY_LEMMAS.has(f.lemma) || (RELAY_VERBS.has(f.lemma) && relaysSource(ctx, k, sent.b));
      if (relay) {
        // "نقلت X عن Y": Y speaks, X is the channel.
        sub = null;
        for (let j = k + 1; j < Math.min(sent.b, k + 10); j++) {
          if (tokens[j]!.s === "عن") {
            let q = j + 1;
            while (q < sent.b && SPEECH_NOUNS.has(tokens[q]!.s) && tokens[q]!.s !== "ما") q++;
            sub = parseSubject(ctx, q, sent.b);
            break;
          }
        }
        const channel = parseSubject(ctx, k + 1, sent.b);
        if (channel && channel !== "np") recent.push(channel.actor);
        if (sub && sub !== "np") {
          // "عن مصدر أمني تأكيده أن": the verbal noun after the source names the act (RELAY_MASDAR_ROWS).
          push(sub, RELAY_MASDARS.get(tokens[sub.to]?.s ?? "") ?? "statement", k, true, true);
        }
        continue;
      }
      // "وكانت X قد أعلنت الأسبوع الماضي ...": with كان ... قد the subject precedes the verb.
      const pluperfect = prev?.s === "قد" ? svoSubject(ctx, sent, k) : null;
      sub = pluperfect ?? parseSubject(ctx, k + 1, sent.b);
      // "وأكد البيان الصادر عن رئاسة الجمهورية": the issuer is named in the phrase.
      const issued = !pluperfect && SPEECH_NOUNS.has(tokens[k + 1]?.s ?? "") && /^(ال)?صادر[هة]?$/.test(tokens[k + 2]?.s ?? "") && tokens[k + 3]?.s === "عن"
        ? parseSubject(ctx, k + 4, sent.b) : null;
      if (issued && issued !== "np") sub = { ...issued, from: k + 1 };
      // "قال بيان مشترك أصدرته الخارجية الأمريكية": the document's issuer follows a relative verb.
      const relIssued = !issued && !pluperfect && SPEECH_NOUNS.has(tokens[k + 1]?.s ?? "") ? issuedBy(ctx, k + 1, sent.b) : null;
      if (relIssued) sub = relIssued;
      // "بيان مشترك إسرائيلي سوري": each party named by its nisba speaks (with the issuer, if any).
      const parties = !pluperfect && SPEECH_NOUNS.has(tokens[k + 1]?.s ?? "") ? jointParties(ctx, k + 2, sent.b) : [];
      if (parties.length) {
        const [first, ...rest] = parties;
        sub = sub && sub !== "np" && relIssued ? { ...sub, also: parties } : { actor: first!, from: k + 1, to: k + 2, also: rest };
      }
      // "وأشار البيان إلى", "ولفت التقرير إلى": the document speaks for its issuer.
      const doc = !issued && !relIssued && !parties.length && !!issuer && DOC_DEFINITE.test(tokens[k + 1]?.s ?? "") && !isHardTok(tokens[k + 1]);
      if (doc) sub = { actor: issuer!, from: k + 1, to: k + 2 };
      // "دانت الوزارة ... وطالبت مجلس الأمن": after طالب/ناشد/دعا the noun is the addressee when
      // the verb disagrees with it or continues a speaker of the same sentence.
      if (!doc && !issued && sub && sub !== "np" && ADDRESSEE_LEMMAS.has(f.lemma) && f.g &&
          (!agrees(f.g, sub.actor) || (/^[وف]/.test(s) && local.some((x) => agrees(f.g, x.actor))))) sub = null;
      else if (sub === "np") continue;
      // "واتهم فصائل تابعة للحكومة بقصف قرى": a single noun phrase before the charge (بـ) is the
      // accused; the accuser is the omitted subject.
      if (sub && f.lemma === "اتهم" && accused(tokens, sub)) sub = null;
      // "وقال نتنياهو وكاتس": a second registry name joined by و speaks too.
      if (sub && !doc) sub = joint(ctx, sub);
      if (!sub) sub = svoSubject(ctx, sent, k);
      if (!sub) {
        const a = pronoun(ctx, sent, k, f.g, local, speakers.filter((x) => x.si >= si - 5).map((x) => x.actor));
        if (a) sub = { actor: a, from: k, to: k };
      }
      // "فيما تطالب دمشق بـ...": a capital's present-tense stance is background (STANDING_POSITION_ROWS).
      if (sub && f.present && sub.from > k && standingPosition(ctx, sub)) continue;
      // رصد/وثق report only for monitors ("رصد المرصد", "وثقت الشبكة"); "رصدت الحكومة مبلغاً" allocates.
      if (sub && MONITOR_LEMMAS.has(f.lemma) && !MONITOR_KINDS.has(sub.actor.kind)) continue;
      if (sub) push(sub, f.type, k);
    }
    if (acts.length > first) {
      for (let k = sent.a; k < sent.b; k++) if (DOC_NOUN.test(tokens[k]!.s)) { issuer = acts[first]!.actor; break; }
    }
    // «"أبو وسيم"، وهو اسم مستعار لتاجر»: a pseudonymous interviewee speaks in the next sentences.
    const alias = pseudonym(ctx, sent);
    if (alias) { speakers.push({ actor: alias, si }); recent.push(alias); }
    // Actors named in this sentence are antecedents for later coreference ("الصحيفة", "الوزارة").
    for (let k = sent.a; k < sent.b; k++) {
      const m = mention(k);
      if (m && !m.role) { recent.push(m.actor); k = m.to - 1; }
    }
    // "وفقاً لما أفادته وكالة X ... قالت وسائل إعلام عبرية": an outlet introduced by "(وفق/حسب) ما"
    // next to another speaker of the sentence relays that speaker.
    if (acts.length - first > 1 && acts.slice(first).some((a) => a.actor.kind !== "media")) {
      for (let i = acts.length - 1; i >= first; i--) {
        const a = acts[i]!;
        if (a.actor.kind === "media" && RELAYED_BY.test(tokens[a.at - 1]?.s ?? "")) acts.splice(i, 1);
      }
    }
    // An outlet that cites a source in the same sentence is its channel, not a speaker.
    if (cited) {
      for (let i = acts.length - 1; i >= first; i--) if (acts[i]!.actor.kind === "media") acts.splice(i, 1);
    }
  });
  return acts;
}

const RELAYED_BY = /^(ما|لما|حسبما|بحسبما|وفقما|كما)$/;

/** A kunya ("أبو X", "أم X") introduced as a pseudonym ("اسم مستعار") in the sentence. */
function pseudonym(ctx: SpeakerContext, sent: Sentence): RegistryActor | null {
  const { tokens } = ctx;
  for (let k = sent.a + 1; k < sent.b; k++) {
    if (!/^(ال)?مستعار(ا|ه)?$/.test(tokens[k]!.s) || !/^(اسم|اسما|الاسم)$/.test(tokens[k - 1]!.s)) continue;
    for (let j = k - 2; j >= Math.max(sent.a, k - 7); j--) {
      const t = tokens[j]!.s;
      if ((t === "ابو" || t === "ام") && tokens[j + 1] && !(tokens[j + 1]!.sep & SEP_HARD)) {
        return discovered(ctx, slice(ctx, j, j + 2), "person", [], t === "ام" ? "f" : "m");
      }
    }
  }
  return null;
}

/** The subject after the verb at k is followed by "عن" and an anonymous source or a person. */
function relaysSource(ctx: SpeakerContext, k: number, max: number): boolean {
  const channel = parseSubject(ctx, k + 1, max);
  if (!channel || channel === "np" || ctx.tokens[channel.to]?.s !== "عن") return false;
  const src = parseSubject(ctx, channel.to + 1, max);
  return !!src && src !== "np" && (src.actor.kind === "anonymous" || src.actor.kind === "person");
}

/** End of the attribution frame (FRAME_ROWS) starting at token k, or -1. */
function frameEnd(tokens: Token[], k: number, max: number): number {
  const first = tokens[k]!.s;
  for (const f of FRAMES) {
    if (k + f.seq.length > max || !f.seq[0]!.has(first)) continue;
    let q = 1;
    for (; q < f.seq.length; q++) {
      const want = f.seq[q], t = tokens[k + q]!.s;
      if (want ? !want.has(t) : !SPEECH_NOUNS.has(t)) break;
    }
    if (q < f.seq.length) continue;
    if (f.negatable && NEGATIONS.has(tokens[k - 1]?.s ?? "")) return -1;
    return k + q;
  }
  return -1;
}

/** A government named by a bare proper noun standing for it (its capital or country: a role phrase without ال). */
function standingPosition(ctx: SpeakerContext, sub: Subject): boolean {
  if (sub.to - sub.from !== 1 || sub.actor.kind !== "government") return false;
  const m = ctx.mention(sub.from);
  return !!m && m.role && m.to === sub.to && !/^[وفبلك]?ال/.test(ctx.tokens[sub.from]!.s);
}

/** "نتنياهو وكاتس": a registry name joined by و to a registry speaker of the same kind. */
function joint(ctx: SpeakerContext, sub: Subject): Subject {
  const t = ctx.tokens[sub.to];
  if (!t || isHardTok(t) || t.s[0] !== "و" || sub.actor.id.startsWith("x-")) return sub;
  const m = ctx.mention(sub.to);
  if (!m || m.role || m.actor === sub.actor || m.actor.kind !== sub.actor.kind || m.actor.id.startsWith("x-")) return sub;
  return { ...sub, to: m.to, also: [...(sub.also ?? []), m.actor] };
}

/** "وعلمت «X» أن": the outlet X (named in quotes or known); "علمت X من مصادر ..." gives the sources. */
function scoop(ctx: SpeakerContext, k: number, max: number): { sub: Subject; source: boolean } | null {
  const { tokens } = ctx;
  let sub: Subject | null = null;
  const m = ctx.mention(k + 1);
  if (m && !m.role && m.actor.kind === "media") sub = { actor: m.actor, from: k + 1, to: m.to };
  else {
    const q = tokens[k + 1];
    let e = k + 2;
    while (q && e < Math.min(max, k + 5) && !(tokens[e]!.sep & (SEP_QUOTE | SEP_HARD))) e++;
    if (q && (q.sep & SEP_QUOTE) && e < max && (tokens[e]!.sep & SEP_QUOTE)) sub = { actor: discovered(ctx, slice(ctx, k + 1, e), "media", [], "f"), from: k + 1, to: e };
  }
  if (!sub) return null;
  if (tokens[sub.to]?.s === "من") {
    const src = parseSubject(ctx, sub.to + 1, max);
    if (src && src !== "np" && src.actor.kind !== "media") return { sub: src, source: true };
  }
  return /^(ان|بان)$/.test(tokens[sub.to]?.s ?? "") || (tokens[sub.to] && (tokens[sub.to]!.sep & SEP_COMMA)) ? { sub, source: false } : null;
}

/** Governments named by nisba after "مشترك" ("بيان مشترك إسرائيلي سوري"). */
function jointParties(ctx: SpeakerContext, j: number, max: number): RegistryActor[] {
  if (!/^(ال)?مشترك[هة]?$/.test(ctx.tokens[j]?.s ?? "")) return [];
  const out: RegistryActor[] = [];
  for (let q = j + 1; q < Math.min(max, j + 5) && !isHardTok(ctx.tokens[q]); q++) {
    const id = JOINT_PARTIES.get(ctx.tokens[q]!.s.replace(/^(ال)/, "").replace(/(يه|ه)$/, (m) => (m === "يه" ? "ي" : "")));
    const a = id ? ctx.registry.byId(id) : undefined;
    if (!a) break;
    out.push(a);
  }
  return out.length >= 2 ? out : [];
}

/** "بيان مشترك ... أصدرته X": X, when a relative verb of issuing follows the speech noun at k. */
function issuedBy(ctx: SpeakerContext, k: number, max: number): Subject | null {
  for (let j = k + 1; j < Math.min(max, k + 6); j++) {
    const t = ctx.tokens[j]!;
    if (isHardTok(t)) return null;
    if (/^(اصدر|نشر|وزع|اصدرت|نشرت|وزعت)(ه|ها)$/.test(t.s)) {
      const sub = parseSubject(ctx, j + 1, max);
      return sub && sub !== "np" ? { ...sub, from: k } : null;
    }
  }
  return null;
}

/** The speaker in construct with a speech noun at k, when content follows it. */
function nounPhraseSpeaker(ctx: SpeakerContext, k: number, max: number): Subject | null {
  const sub = parseSubject(ctx, k + 1, max);
  if (!sub || sub === "np") return null;
  let e = sub.to;
  while (e < max && SKIP_WORDS.has(ctx.tokens[e]!.s)) e++;
  const after = ctx.tokens[e];
  if (!after || e >= max) return null;
  if (after.sep & SEP_COMMA) return sub;
  if (isHardTok(after)) return null;
  return /^(ان|بان|انه|بانه|انها|بانها)$/.test(after.s) || !SUBJECT_STOPS_NP.has(after.s) ? sub : null;
}
const SUBJECT_STOPS_NP = new Set(["في", "من", "الي", "علي", "عن", "مع", "حول", "ضد"]);

function isHardTok(t: Token | undefined): boolean {
  return !t || (t.sep & (SEP_HARD & ~SEP_COMMA)) !== 0;
}

/** The phrase after an accusation verb runs into (or is followed by) the charge "بـ<noun>". */
function accused(tokens: Token[], sub: Subject): boolean {
  for (let j = sub.from + 1; j <= sub.to && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (j === sub.to ? (t.sep & SEP_HARD) !== 0 : sub.actor.kind === "person") break;
    if (t.s.length > 3 && t.s[0] === "ب" && !CHARGE_STOPS.has(t.s)) return true;
  }
  return false;
}
const CHARGE_STOPS = new Set(["بعد", "بين", "بان", "بانه", "بانها", "بانهم", "بسبب", "بشان", "بدوره", "بدورها", "باسم"]);

/** Subject of the sentence-initial verb ("بدورها، نشرت وزارة الداخلية ..."), when it is a known actor or an anonymous source. */
function clauseSubject(ctx: SpeakerContext, sent: Sentence, k: number): Subject | null {
  const { tokens } = ctx;
  let v = sent.a;
  while (v < k && (LEADERS.has(tokens[v]!.s) || (tokens[v + 1] && (tokens[v + 1]!.sep & SEP_COMMA) && v === sent.a))) v++;
  if (v + 1 >= k || tokens[v]!.s.startsWith("ال") || speechForm(tokens[v]!.s)) return null;
  const m = ctx.mention(v + 1);
  if (m && m.role && m.actor.kind === "person") return null;
  const sub = parseSubject(ctx, v + 1, k);
  if (!sub || sub === "np" || (!m && sub.actor.kind !== "anonymous")) return null;
  return sub;
}

/** SVO: "كان المبعوث الأمريكي توم باراك أعرب", "X قد ذكرت". */
function svoSubject(ctx: SpeakerContext, sent: Sentence, k: number): Subject | null {
  const { tokens } = ctx;
  let c = k - 1;
  if (tokens[c]?.s === "قد") c--;
  if (c < sent.a) return null;
  let start = c;
  while (start > sent.a && k - start < 10 && !(tokens[start]!.sep & (SEP_HARD & ~SEP_COMMA))) start--;
  for (let i = start; i <= c; i++) {
    if (i > start && !(CLAUSE_OPENERS.has(tokens[i - 1]!.s) || (tokens[i]!.sep & SEP_HARD))) continue;
    let j = i;
    while (j <= c && (CLAUSE_OPENERS.has(tokens[j]!.s) || SKIP_WORDS.has(tokens[j]!.s))) j++;
    const sub = parseSubject(ctx, j, c + 1);
    if (sub && sub !== "np" && sub.to === c + 1) return sub;
  }
  return null;
}

/** A verb without an expressed subject: same-sentence speaker, relative clause head, clause subject, or history. */
function pronoun(
  ctx: SpeakerContext, sent: Sentence, k: number, g: Gender | null,
  local: { actor: RegistryActor }[], speakers: RegistryActor[],
): RegistryActor | null {
  const { tokens } = ctx;
  for (let i = local.length - 1; i >= 0; i--) if (agrees(g, local[i]!.actor)) return local[i]!.actor;
  const relative = RELATIVE.has(tokens[k + 1]?.s ?? "");
  for (let i = k - 1; i >= sent.a && k - i < 25; i--) {
    const m = ctx.mention(i);
    const before = tokens[i - 1]?.s ?? "";
    const viaPrefix = m ? tokens[i]!.s !== "" && !m.actor.keys.has(tokens[i]!.s) && /^[بلك]/.test(tokens[i]!.s) : false;
    if (m && m.to <= k && agrees(g, m.actor) && !viaPrefix && !PREPOSITIONS.has(before)) {
      if (relative || CLAUSE_OPENERS.has(before) || i === sent.a || m.actor.kind === "person") return m.actor;
    }
    if (!m && (CLAUSE_OPENERS.has(before) || i === sent.a)) {
      const sub = parseSubject(ctx, i, k);
      if (sub && sub !== "np" && sub.actor.kind === "anonymous" && agrees(g, sub.actor)) return sub.actor;
    }
  }
  // History only for sentence-initial continuations ("وأضاف", "لكنه أكد", "كما أشار").
  let lead = sent.a;
  while (lead < k && LEADERS.has(tokens[lead]!.s)) lead++;
  if (lead !== k) return null;
  for (let i = speakers.length - 1; i >= 0 && speakers.length - i <= 6; i--) if (agrees(g, speakers[i]!)) return speakers[i]!;
  return null;
}
