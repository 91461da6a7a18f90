/**
 * Subject noun-phrase parsing: who is speaking after a speech verb (VSO) or before it (SVO).
 * Order: registry (names beat role phrases), anonymous sources, coreference nouns, ranks
 * and role titles, institutions, and finally bare personal names.
 */
import { anonymous } from "./anonymous";
import { discovered } from "./discovered";
import { type Gender, speechForm, SKIP_WORDS, SUBJECT_STOPS, OUTLET_WORDS, SPEECH_NOUNS } from "./lexicon";
import type { ActorRegistry, Mention, RegistryActor } from "./registry";
import {
  isHard, slice, nameLike, nameAt, definite, SYRIAN_DEFAULT, dative, phraseEnd, nameEnds, NAMING, PLURAL_SUBJECTS, FRONTED, QUALIFIERS, DATIVES, PP_PRONOUNS, NON_ACTOR,
} from "./phrase";
import { SEP_COMMA, SEP_HARD, SEP_PAREN, SEP_QUOTE, type Token } from "../text/tokens";
import { CORRESPONDENT_HEADS, COUNTERPART_HEADS, DEPUTY_HEADS, MUKHTAR_PLACES, SPOKESMAN_HEADS, UNIT_PHRASES } from "./patterns";
import {
  ANON_HEADS, ANY_COREF, FOREIGN_NISBA, MEDIA_COREF, ORG_HEADS, RANKS, ROLE_HEADS,
} from "./words";

export interface Subject {
  actor: RegistryActor;
  from: number;
  to: number;
  /** Joint speakers coordinated with the first ("نتنياهو وكاتس", "مصدر حكومي وآخر كردي"). */
  also?: RegistryActor[];
  /** "spokesman": the institution speaks through an unnamed spokesman ("المتحدث باسم الجيش"). */
  via?: "spokesman";
}

export interface SpeakerContext {
  text: string;
  tokens: Token[];
  registry: ActorRegistry;
  /** Most recent actor (speaker or mention) whose names/titles contain token `key`; media/any for coref nouns. */
  coref(key: string, media: boolean, any: boolean, institution?: boolean): RegistryActor | null;
  mention(i: number): Mention | null;
  /** Actors mentioned or speaking so far, most recent last. */
  recent: readonly RegistryActor[];
  /** Most recent speaker satisfying `pred`. */
  lastSpeaker(pred: (a: RegistryActor) => boolean): RegistryActor | null;
  /** Token spans each person was introduced with in this article (actor id -> spans). */
  titles: ReadonlyMap<string, readonly { from: number; to: number }[]>;
  /** Actors discovered in this article, by name (one object per name: see discovered.ts). */
  discovered: Map<string, RegistryActor>;
}

const SELF = /^(نفسه|نفسها|ذاته|ذاتها|نفسهم|انفسهم)$/;

/** Result: a subject, `null` = no subject (pronoun), "np" = a non-actor noun phrase is the subject. */
export type SubjectResult = Subject | null | "np";

function registrySubject(ctx: SpeakerContext, i: number, max: number): Subject | null {
  let j = i;
  // Skip up to two prefix words ("الرئيس أحمد الشرع", "صحيفة نيويورك تايمز", "بيان الداخلية").
  for (let skip = 0; skip < 3 && j < max; skip++) {
    const m = ctx.mention(j);
    // "قناة القاهرة الإخبارية", "صحيفة الرياض": after an outlet word a capital is the outlet's name, not a government.
    if (m && m.role && j > i && OUTLET_WORDS.has(ctx.tokens[i]!.s)) return null;
    if (m && m.to <= max + 1) {
      const nx = ctx.tokens[m.to];
      // "وزارة الداخلية العراقية": a bare Syrian-default phrase qualified by a foreign nationality.
      if (m.actor.country === "SY" && nx && !isHard(nx) && FOREIGN_NISBA.has(nx.s)) return null;
      // "الرئاسة المشتركة لمجلس ...": a one-word generic match qualified by an adjective it does not
      // cover names another body.
      const adj = nx && !isHard(nx) && definite(ctx, nx) && !SKIP_WORDS.has(nx.s) && !SUBJECT_STOPS.has(nx.s) && !speechForm(nx.s);
      if (m.to - j === 1 && m.actor.country === "SY" && adj && !ctx.mention(m.to)) return null;
      // "الجيش" alone after "جيش الاحتلال الإسرائيلي" was named: the body named last, not the Syrian default.
      if (m.role && j === i && m.to - j === 1 && ORG_HEADS.has(ctx.tokens[j]!.s) && ctx.tokens[j]!.s.startsWith("ال")) {
        const a = ctx.coref(ctx.tokens[j]!.s.slice(2), false, false, true);
        if (a && a !== m.actor && a.kind === m.actor.kind) return { actor: a, from: i, to: m.to };
      }
      // A role phrase followed by a registry name: the name wins ("وزير الإعلام السوري حمزة المصطفى").
      if (m.role) {
        let at = m.to;
        let nm = ctx.mention(at);
        // 'قائد قوات سوريا الديمقراطية "قسد" مظلوم عبدي': the institution's acronym inside the title is skipped.
        if (nm && !nm.role && nm.actor.kind !== "person" && m.actor.kind === "person" && nm.to - at === 1) { at = nm.to; nm = ctx.mention(at); }
        if (nm && !nm.role && (nm.actor.kind === "person" || at === m.to)) return { actor: nm.actor, from: i, to: nm.to };
        const ne = nameAt(ctx, at, false);
        if (ne > at + 1 && !isHard(ctx.tokens[at]) && m.actor.kind === "person" && nameEnds(ctx, at, ne)) {
          const name = slice(ctx, at, ne);
          return { actor: discovered(ctx, name, "person", [], "m", undefined, slice(ctx, i, m.to)), from: i, to: ne };
        }
      }
      // "قوى الأمن الداخلي (الأسايش)": a parenthesised body of the same kind is the more specific name.
      const pm = nx && (nx.sep & SEP_PAREN) && !m.role ? ctx.mention(m.to) : null;
      if (pm && !pm.role && pm.actor !== m.actor && pm.actor.kind === m.actor.kind && pm.to <= max + 1) return { actor: pm.actor, from: i, to: pm.to };
      return { actor: m.actor, from: i, to: m.to };
    }
    const s = ctx.tokens[j]!.s;
    if (!(RANKS.has(s) || OUTLET_WORDS.has(s) || SPEECH_NOUNS.has(s)) || (j > i && isHard(ctx.tokens[j]))) break;
    if (s === "ما") break;
    j++;
  }
  return null;
}

export function parseSubject(ctx: SpeakerContext, i: number, max: number, depth = 0): SubjectResult {
  const { tokens } = ctx;
  for (let guard = 0; guard < 6 && i < max; guard++) {
    const s0 = tokens[i]!.s;
    if (SKIP_WORDS.has(s0) || (PP_PRONOUNS.has(s0) && !SUBJECT_STOPS.has(tokens[i + 1]?.s ?? "ان")) || DATIVES.has(s0)) { i++; continue; }
    // A dative before the subject: "قال لـ«عنب بلدي» مصدر", "قالت لوكالة رويترز".
    if (s0 === "ل" || (s0.length > 2 && s0[0] === "ل" && !s0.startsWith("لل"))) {
      const at = s0 === "ل" ? i + 1 : i;
      const m = ctx.mention(at) ?? (OUTLET_WORDS.has(s0.slice(1)) || OUTLET_WORDS.has(tokens[at]?.s ?? "") ? ctx.mention(at + 1) : null);
      if (m && m.actor.kind === "media") {
        i = m.to;
        // 'لوكالة الأنباء السورية الرسمية "سانا"': its qualifiers and its own short name go with it.
        while (i < max && QUALIFIERS.has(tokens[i]!.s) && !isHard(tokens[i])) i++;
        const again = ctx.mention(i);
        if (again && again.actor === m.actor && !(tokens[i]!.sep & (SEP_HARD & ~SEP_COMMA & ~SEP_PAREN))) i = again.to;
        continue;
      }
      if (s0 === "ل") { i += 2; continue; }
    }
    break;
  }
  const t = tokens[i];
  // "وقال في تصريح صحفي، اليوم، وزير الداخلية ...": a fronted phrase before the subject.
  if (t && i < max && FRONTED.has(t.s) && depth < 1) {
    for (let j = i + 1; j < Math.min(max, i + 10); j++) {
      if ((tokens[j]!.sep & (SEP_HARD & ~SEP_COMMA)) !== 0) break;
      if (tokens[j]!.sep & SEP_COMMA) {
        const sub = parseSubject(ctx, j, max, depth + 1);
        return sub && sub !== "np" ? sub : null;
      }
    }
  }
  if (!t || i >= max || SUBJECT_STOPS.has(t.s) || (t.sep & (SEP_HARD & ~SEP_COMMA)) !== 0) return null;
  if (NON_ACTOR.has(t.s) || NON_ACTOR.has(t.s.replace(/^ال/, ""))) return "np";
  // "نظيره التركي هاكان فيدان": a counterpart is whoever is named after the nationality.
  if (COUNTERPART_HEADS.has(t.s)) {
    let j = i + 1;
    while (j < max && j < i + 3 && definite(ctx, tokens[j]!) && !isHard(tokens[j]) && /(ي|يه)$/.test(tokens[j]!.s)) j++;
    const m = ctx.mention(j);
    if (m && !m.role && !isHard(tokens[j]) && m.to <= max) return { actor: m.actor, from: i, to: m.to };
    const ne = nameAt(ctx, j, false);
    if (ne > j + 1 && !isHard(tokens[j]) && nameEnds(ctx, j, ne)) return { actor: discovered(ctx, slice(ctx, j, ne), "person", [], "m"), from: i, to: ne };
    return "np";
  }
  const reg = registrySubject(ctx, i, max);
  if (reg) return reg;
  // "الوزير الروسي", "المسؤولة الأوروبية": a title alone refers back to the person holding it.
  const titled = titleBack(ctx, i, max);
  if (titled) return titled;
  // "المسؤول الأمريكي", "المصدر الأمني": a definite anonymous head refers back to the source
  // whose first adjective it repeats ("المصدر الكردي" is not the earlier "مصدر حكومي").
  if (definite(ctx, t) && ANON_HEADS.has(t.s.slice(2))) {
    const adj = tokens[i + 1] && !isHard(tokens[i + 1]) && definite(ctx, tokens[i + 1]!) ? stem(tokens[i + 1]!.s) : "";
    const a = anonBack(ctx, t.s.slice(2), adj);
    if (a) {
      let j = i + 1;
      while (j < max && !isHard(tokens[j]) && (hasStem(a, tokens[j]!.s) || /^(ذاته|نفسه|المذكور)$/.test(tokens[j]!.s))) j++;
      return { actor: a, from: i, to: j };
    }
    if (adj) {
      const fresh = anonymous(ctx, i, max, undefined, true);
      const after = fresh ? tokens[fresh.to] : undefined;
      if (fresh && (fresh.to >= max || isHard(after) || (SUBJECT_STOPS.has(after!.s) && !/^(في|من|لدي)$/.test(after!.s)) || SKIP_WORDS.has(after!.s))) return fresh;
    }
  }
  const anon = anonymous(ctx, i, max, (k) => phraseEnd(ctx, k, max, true));
  if (anon) return anon;
  const s = t.s;
  const next = tokens[i + 1];
  // "الإدارة نفسها", "الوزارة ذاتها": an emphatic pronoun marks a reference back.
  const self = !!next && !isHard(next) && i + 1 < max && SELF.test(next.s);
  const single = self || !next || isHard(next) || SUBJECT_STOPS.has(next.s) || SKIP_WORDS.has(next.s) || i + 1 >= max;
  // 'وكالة أنباء "جيه إن إس"', 'القناة "14" الإسرائيلية': an outlet named in quotes is a new outlet.
  if (ORG_HEADS.get(s) === "media") {
    const q = /^(ال)?(انباء|اخبار)$/.test(next?.s ?? "") && !isHard(next) ? i + 2 : i + 1;
    const e = quotedEnd(ctx, q, max);
    if (e > q) {
      let end = e;
      while (end < max && end < e + 2 && !isHard(tokens[end]) && definite(ctx, tokens[end]!) && FOREIGN_NISBA.has(tokens[end]!.s)) end++;
      return { actor: discovered(ctx, slice(ctx, i, end), "media", [slice(ctx, q, e)], "f"), from: i, to: end };
    }
  }
  if (MEDIA_COREF.has(s) || ANY_COREF.has(s) || (s.startsWith("ال") && single)) {
    // (with نفسها the noun may be a unit of the earlier speaker: the latest speaker is meant)
    // "الشبكة" is an outlet unless no outlet was named and a body named "الشبكة ..." was.
    const a = ctx.coref(s.replace(/^ال/, ""), MEDIA_COREF.has(s), ANY_COREF.has(s)) ??
      (MEDIA_COREF.has(s) ? ctx.coref(s.replace(/^ال/, ""), false, false) : null) ?? (self ? ctx.coref("", false, true) : null);
    if (a) return { actor: a, from: i, to: self ? i + 2 : i + 1 };
    if (MEDIA_COREF.has(s) || ANY_COREF.has(s)) return "np";
  }
  // "وأضاف حداد": a surname alone refers back to a person named earlier.
  if (single && !s.startsWith("ال") && s.length > 2) {
    const a = ctx.coref(s, false, false);
    if (a && a.kind === "person") return { actor: a, from: i, to: i + 1 };
  }
  // Rank + name: "العقيد ضرار الشملان"
  if (RANKS.has(s)) {
    // "الناشطة المدنية ريم العلي": up to two adjectives between the rank and the name.
    let ns = i + 1;
    while (ns < i + 4 && tokens[ns] && (definite(ctx, tokens[ns]!) || tokens[ns]!.s.startsWith("وال")) && !isHard(tokens[ns]) && !ctx.mention(ns)) ns++;
    const ne = nameAt(ctx, ns, false);
    if (ne > ns && (ns === i + 1 || (ne > ns + 1 && nameEnds(ctx, ns, ne)))) {
      const name = slice(ctx, ns, ne);
      const female = /^(ال)?(سيده|دكتوره|اعلاميه|ناشطه|صحفيه|محاميه)$/.test(s);
      return { actor: discovered(ctx, name, "person", [slice(ctx, i, ne)], female ? "f" : "m"), from: i, to: ne };
    }
  }
  // "النائب عن كتلة ...": a deputy for a bloc or a constituency.
  if (DEPUTY_HEADS.has(s) && tokens[i + 1]?.s === "عن" && !isHard(tokens[i + 1])) {
    const pe = phraseEnd(ctx, i + 2, max, true);
    const ne = pe > i + 2 ? nameAt(ctx, pe, false) : -1;
    if (ne > pe && !isHard(tokens[pe]) && nameEnds(ctx, pe, ne)) {
      return { actor: discovered(ctx, slice(ctx, pe, ne), "person", [], /ه$/.test(s) ? "f" : "m"), from: i, to: ne };
    }
  }
  // Role title (+ optional name): "مدير المكتب الإعلامي في محافظة حلب محمد ..."
  // "مختار قرية الدوير": a village head (also a given name, so only before a locality noun).
  const mukhtar = /^(ال)?مختار$/.test(s) && MUKHTAR_PLACES.has(next?.s ?? "");
  if (ROLE_HEADS.has(s) || (s.startsWith("ال") && ROLE_HEADS.has(s.slice(2))) || mukhtar) {
    // "المتحدث (الرسمي) باسم X"
    const bi = /^(ال)?رسمي[هة]?$/.test(tokens[i + 1]?.s ?? "") ? i + 2 : i + 1;
    if (tokens[bi]?.s === "باسم" && SPOKESMAN_HEADS.has(s)) {
      const of = parseSubject(ctx, bi + 1, max);
      // An unnamed spokesman speaks for the institution; a named one is a person.
      if (of && of !== "np" && of.actor.kind !== "person") {
        const known = ctx.mention(of.to);
        // The name may follow directly or as an apposition between commas ("..., ماريا زاخاروفا،").
        const sep = tokens[of.to] ? tokens[of.to]!.sep & SEP_HARD : SEP_HARD;
        const commaOk = (e: number) => sep === SEP_COMMA && !!tokens[e] && (tokens[e]!.sep & SEP_HARD) === SEP_COMMA;
        if (known && !known.role && known.actor.kind === "person" && (sep === 0 || commaOk(known.to))) return { actor: known.actor, from: i, to: known.to };
        const ne = nameAt(ctx, of.to, false);
        if (ne > of.to + (sep ? 1 : 0) && (sep === 0 || commaOk(ne)) && nameEnds(ctx, of.to, ne)) {
          return { actor: discovered(ctx, slice(ctx, of.to, ne), "person", [], /ه$/.test(s) ? "f" : "m"), from: i, to: ne };
        }
        return { actor: of.actor, from: i, to: of.to, via: "spokesman" };
      }
    }
    // A correspondent of an outlet: the outlet reports on its own.
    if (CORRESPONDENT_HEADS.has(s)) {
      const m = ctx.mention(i + 1) ?? (OUTLET_WORDS.has(tokens[i + 1]?.s ?? "") ? ctx.mention(i + 2) : null);
      if (m && m.actor.kind === "media") return { actor: m.actor, from: i, to: m.to };
      // An outlet not in the registry: "مراسلة قناة الغد في دمشق" -> قناة الغد.
      const head = tokens[i + 1];
      if (head && !isHard(head) && ORG_HEADS.get(head.s) === "media") {
        let e = i + 2;
        while (e < max && e < i + 5 && nameLike(tokens[e]) && !isHard(tokens[e]) && !dative(ctx, e)) e++;
        if (e > i + 2) return { actor: discovered(ctx, slice(ctx, i + 1, e), "media", [], "f"), from: i, to: e };
      }
    }
    const org = ctx.mention(i + 1);
    let pe = org && !org.role && org.actor.kind !== "person" ? phraseEnd(ctx, org.to, max) : phraseEnd(ctx, i + 1, max, !s.startsWith("ال"));
    // "عضو مجلس الشعب عن محافظة حمص": a member's constituency.
    if (tokens[pe]?.s === "عن" && !isHard(tokens[pe]) && /^(ال)?(عضو|نايب)/.test(s)) {
      const pe2 = phraseEnd(ctx, pe + 1, max, true);
      if (pe2 > pe + 1) pe = pe2;
    }
    // "الباحث سمير حداد": a definite role head directly followed by a name.
    if (pe === i + 1 && s.startsWith("ال") && !isHard(tokens[pe])) {
      const ne = nameAt(ctx, pe, false);
      if (ne > pe + 1 && nameEnds(ctx, pe, ne)) return { actor: discovered(ctx, slice(ctx, pe, ne), "person", [], /ه$/.test(s) ? "f" : "m", undefined, s), from: i, to: ne };
    }
    if (pe > i + 1) {
      const role = slice(ctx, i, pe);
      let ne = nameAt(ctx, pe, false);
      let ns = pe;
      if (ne > pe && !nameEnds(ctx, pe, ne)) ne = -1;
      // "قائد الأمن الداخلي في اللاذقية(،) العميد عبد العزيز الأحمد"
      if (ne < 0 && tokens[pe] && ((tokens[pe]!.sep & SEP_HARD) === 0 || (tokens[pe]!.sep & SEP_HARD) === SEP_COMMA) && RANKS.has(tokens[pe]!.s)) {
        ns = pe + 1;
        // "الخبير العسكري العقيد المتقاعد إسماعيل أيوب": adjectives of the rank before the name.
        while (ns < pe + 3 && tokens[ns] && definite(ctx, tokens[ns]!) && !isHard(tokens[ns]) && !ctx.mention(ns) && !(nameAt(ctx, ns, false) > ns + 1)) ns++;
        ne = nameAt(ctx, ns, false);
        if (ns > pe + 1 && !(ne > ns + 1 && nameEnds(ctx, ns, ne))) { ns = pe + 1; ne = nameAt(ctx, ns, false); }
      }
      else if (ne < 0 && tokens[pe] && (tokens[pe]!.sep & SEP_COMMA)) {
        const ae = nameAt(ctx, pe, false);
        if (ae > pe && nameEnds(ctx, pe, ae)) { ns = pe; ne = ae; }
      }
      const known = ctx.mention(ns);
      if (known && !known.role && known.actor.kind === "person" && ne > ns) return { actor: known.actor, from: i, to: known.to };
      if (ne > ns && (ne > ns + 1 || !isHard(tokens[ns]) || ns !== pe) && nameEnds(ctx, ns, ne)) {
        const name = slice(ctx, ns, ne);
        return { actor: discovered(ctx, name, "person", [], /ة$|ه$/.test(s) ? "f" : "m", undefined, role), from: i, to: ne };
      }
      return { actor: discovered(ctx, role, "person", [], /ه$/.test(s) ? "f" : "m"), from: i, to: pe };
    }
  }
  // "وشدد المكتب الإعلامي على": a unit with no genitive speaks for the institution that spoke last.
  for (const unit of UNIT_PHRASES) {
    const e = i + unit.length;
    if (e > max || unit.some((w, q) => tokens[i + q]!.s !== w || (q > 0 && isHard(tokens[i + q])))) continue;
    const after = tokens[e];
    if (!(e >= max || isHard(after) || SUBJECT_STOPS.has(after!.s) || SKIP_WORDS.has(after!.s))) continue;
    const a = ctx.lastSpeaker((x) => x.kind !== "person" && x.kind !== "media" && x.kind !== "anonymous");
    if (a) return { actor: a, from: i, to: e };
  }
  const org = ORG_HEADS.get(s) ?? (s.startsWith("ال") ? ORG_HEADS.get(s.slice(2)) : undefined);
  const qualified = !!next && !isHard(next) && next.s.startsWith("ال") && !SKIP_WORDS.has(next.s) && i + 1 < max &&
    !(ORG_HEADS.has(next.s) && s.startsWith("ال") && !ctx.mention(i + 1));
  if (org && s.startsWith("ال") && !qualified) {
    // An institution noun refers back to an institution, not to a person holding a post in it.
    const a = ctx.coref(s.replace(/^ال/, ""), org === "media", false, true);
    if (a) return { actor: a, from: i, to: i + 1 };
    // No antecedent: in news about Syria, "الحكومة" / "الرئاسة" alone are the Syrian ones.
    const d = SYRIAN_DEFAULT[s] ? ctx.registry.byId(SYRIAN_DEFAULT[s]!) : undefined;
    if (d) return { actor: d, from: i, to: i + 1 };
    // "وأوضحت المحافظة" after "محافظ حلب" was named: the governorate's administration, "محافظة حلب".
    const seat = s === "المحافظه" ? governorOf(ctx, i) : "";
    if (seat) return { actor: discovered(ctx, "محافظة " + seat, "government", [], "f"), from: i, to: i + 1 };
  }
  if (org) {
    // "جماعة تطلق على نفسها اسم أنصار السنة": the group is named further in the clause.
    let named = false;
    for (let j = i + 1; j < Math.min(max, i + 6); j++) if (NAMING.has(tokens[j]!.s)) named = true;
    for (let j = i + 1; named && j < Math.min(max, i + 9); j++) {
      if ((tokens[j]!.sep & (SEP_HARD & ~SEP_COMMA)) !== 0) break;
      const m = ctx.mention(j);
      if (m && !m.role && m.actor.kind !== "person" && m.actor.kind !== "media") return { actor: m.actor, from: i, to: m.to };
    }
    let pe = phraseEnd(ctx, i + 1, max, !s.startsWith("ال") && !named);
    // Multi-word proper names of organisations ("فريق منسقو استجابة سوريا") run up to the clause break.
    let e = pe;
    while (e < pe + 3 && e < max && nameLike(tokens[e]) && !isHard(tokens[e]) && !tokens[e]!.s.startsWith("ال") && !QUALIFIERS.has(tokens[e]!.s)) e++;
    // (not for a governorate or a town: "أعلنت محافظة دمشق إغلاق عدد من الطرق")
    const local = /^(ال)?(محافظه|مدينه|بلديه|منطقه)$/.test(s);
    // A construct chain ends at its definite noun: after "وزارة الزراعة" an indefinite word is the
    // verb's object ("أعلنت وزارة الزراعة خطة جديدة").
    const closed = pe > i + 1 && definite(ctx, tokens[pe - 1]!);
    if (e > pe && !local && !closed && (isHard(tokens[e]) || SUBJECT_STOPS.has(tokens[e]?.s ?? "") || e >= max)) pe = e;
    // "وكالة الأنباء الرسمية (سانا)": a parenthesised name after the phrase names the body.
    {
      let q = pe;
      while (q < max && q < pe + 2 && QUALIFIERS.has(tokens[q]!.s) && !isHard(tokens[q])) q++;
      const pt = tokens[q];
      if (pt && q < max && (pt.sep & SEP_PAREN) && !(pt.sep & (SEP_HARD & ~SEP_COMMA))) {
        const pm = ctx.mention(q);
        if (pm && !pm.role && pm.actor.kind === org) return { actor: pm.actor, from: i, to: pm.to };
        const close = tokens[q + 1];
        if (!pm && nameLike(pt) && (!close || (close.sep & SEP_PAREN))) {
          const g: Gender = s.endsWith("ه") || s.endsWith("ات") || org === "media" ? "f" : "m";
          return { actor: discovered(ctx, `${slice(ctx, i, q)} (${slice(ctx, q, q + 1)})`, org, [slice(ctx, q, q + 1)], g), from: i, to: q + 1 };
        }
      }
    }
    // "المكتب الإعلامي لقوات سوريا الديمقراطية": an office speaks for its known institution.
    for (let j = i + 1; j < pe; j++) {
      const m = ctx.mention(j);
      if (m && m.actor.kind !== "person" && m.actor.kind !== "media" && !m.role) return { actor: m.actor, from: i, to: Math.max(pe, m.to) };
    }
    // "إدارة الإعلام والاتصال في الوزارة": a unit of an institution named before speaks for it.
    const last = tokens[pe - 1];
    if (pe > i + 2 && tokens[pe - 2]!.s === "في" && last && last.s.startsWith("ال") && ORG_HEADS.has(last.s.slice(2))) {
      const a = ctx.coref(last.s.slice(2), false, false);
      if (a && a.kind !== "person") return { actor: a, from: i, to: pe };
    }
    if (pe > i + 1) {
      const name = slice(ctx, i, pe);
      const g: Gender = s.endsWith("ه") || s.endsWith("ات") || org === "media" ? "f" : "m";
      return { actor: discovered(ctx, name, org, [], g), from: i, to: pe };
    }
return "np";
  }
  // Bare personal name, with an appositive title or a known first name.
  const ne = nameAt(ctx, i, true);
  const apposEnd = nameAt(ctx, i, false);
  const appos = apposEnd > i + 1 && tokens[apposEnd] && (tokens[apposEnd]!.sep & SEP_COMMA) !== 0 &&
    (ROLE_HEADS.has(tokens[apposEnd]!.s) || RANKS.has(tokens[apposEnd]!.s));
  if (ne > i + 1 || appos) {
    const end = appos ? apposEnd : ne;
    const after = tokens[end];
    if (!after || isHard(after) || SUBJECT_STOPS.has(after.s) || SKIP_WORDS.has(after.s) || end >= max || dative(ctx, end)) {
      const name = slice(ctx, i, end);
      return { actor: discovered(ctx, name, "person", [], "m"), from: i, to: end };
    }
  }
  // Indefinite plural subjects ("عائلات المعتقلين", "وجهاء المنطقة") are not pronoun-drop objects.
  if (s.startsWith("ال") || (s.length > 4 && s.endsWith("ات")) || PLURAL_SUBJECTS.has(s)) return "np";
  return null;
}

/** Folded word without article and nisba ending: "الأوروبية" and "أوروبي" share "اوروبي". */
function stem(s: string): string {
  return s.replace(/^(وال|ال)/, "").replace(/(يين|يون|يه|ين|ون)$/, (m) => (m.startsWith("ي") ? "ي" : "")).replace(/ه$/, "");
}
function hasStem(a: RegistryActor, s: string, titles?: ReadonlySet<string>): boolean {
  const st = stem(s);
  for (const k of a.keys) if (stem(k) === st) return true;
  if (titles) for (const k of titles) if (stem(k) === st) return true;
  return false;
}

/** The latest anonymous source with head `head` that carries adjective stem `adj` (or has none). */
function anonBack(ctx: SpeakerContext, head: string, adj: string): RegistryActor | null {
  const h = ANON_HEADS.get(head)?.[0];
  for (let r = ctx.recent.length - 1; r >= 0; r--) {
    const a = ctx.recent[r]!;
    if (a.kind !== "anonymous" || !(a.keys.has(head) || (h && a.nameAr.startsWith(h)))) continue;
    const words = a.nameAr.split(" ");
    if (!adj || words.length === 1 || hasStem(a, adj)) return a;
  }
  return null;
}

/**
 * "الوزير الروسي", "المسؤولة الأوروبية": a definite role head with nisba adjectives and nothing
 * else refers back to the latest person whose title has the head and the adjectives.
 */
function titleBack(ctx: SpeakerContext, i: number, max: number): Subject | null {
  const { tokens } = ctx;
  const t = tokens[i]!;
  if (!definite(ctx, t)) return null;
  const head = t.s.slice(2);
  if (!ROLE_HEADS.has(head) && !ROLE_HEADS.has(t.s) && !/^(مسوول|مسووله)$/.test(head)) return null;
  let j = i + 1;
  const adjs: string[] = [];
  while (j < max && j < i + 3 && !isHard(tokens[j]) && definite(ctx, tokens[j]!) && /(ي|يه)$/.test(tokens[j]!.s)) adjs.push(tokens[j++]!.s);
  if (adjs.length === 0) return null;
  const after = tokens[j];
  if (!(j >= max || isHard(after) || SUBJECT_STOPS.has(after!.s) || SKIP_WORDS.has(after!.s))) return null;
  for (let r = ctx.recent.length - 1; r >= 0; r--) {
    const a = ctx.recent[r]!;
    if (a.kind !== "person") continue;
    const spans = ctx.titles.get(a.id);
    const seen = spans ? new Set(spans.flatMap((x) => ctx.tokens.slice(x.from, Math.min(x.to, x.from + 12)).map((w) => w.s))) : undefined;
    if (hasStem(a, head, seen) && adjs.every((x) => hasStem(a, x, seen))) return { actor: a, from: i, to: j };
  }
  return null;
}

/** End of a quoted name of 1-4 tokens opening at j ('"جيه إن إس"'), or -1. */
function quotedEnd(ctx: SpeakerContext, j: number, max: number): number {
  const t = ctx.tokens[j];
  if (!t || j >= max || !(t.sep & SEP_QUOTE) || (t.sep & SEP_HARD)) return -1;
  for (let e = j + 1; e < Math.min(max + 1, j + 5); e++) {
    const u = ctx.tokens[e];
    if (!u) return e;
    if (u.sep & SEP_QUOTE) return e;
    if (u.sep & SEP_HARD) return -1;
  }
  return -1;
}

/** The place of the last "محافظ <place>" before token i (within 400 tokens), as written. */
function governorOf(ctx: SpeakerContext, i: number): string {
  const { tokens } = ctx;
  for (let j = i - 1; j >= Math.max(0, i - 400); j--) {
    if (!/^(ال)?محافظ$/.test(tokens[j]!.s)) continue;
    const p = tokens[j + 1];
    if (!p || isHard(p) || !nameLike(p) || definite(ctx, p)) continue;
    const two = tokens[j + 2] && !isHard(tokens[j + 2]) && /^(ريف)$/.test(p.s) ? 2 : 1;
    return slice(ctx, j + 1, j + 1 + two);
  }
  return "";
}
