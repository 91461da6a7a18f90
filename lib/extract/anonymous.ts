/** Anonymous sources ("مصدر أمني", "مسؤولا أمريكيا", "مصادر محلية", "أحد الدبلوماسيين الغربيين"), canonicalised. */
import { discovered } from "./discovered";
import type { SpeakerContext, Subject } from "./speaker";
import { SEP_HARD, type Token } from "../text/tokens";
import { SUBJECT_STOPS, speechForm } from "./lexicon";
import { ANON_ADJ, ANON_HEADS, ORG_HEADS } from "./words";
import { ANOTHER, ANON_NEEDS_ADJ_ROWS } from "./patterns";

const isHard = (t: Token | undefined) => !t || (t.sep & SEP_HARD) !== 0;

/** `phrase(k)`: end of an institution phrase starting at k ("إدارة سجن عدرا"), for an unknown institution. */
export function anonymous(ctx: SpeakerContext, i: number, max: number, phrase?: (k: number) => number, definiteHead = false): Subject | null {
  let j = i;
  if (ctx.tokens[j]?.s === "احد" || ctx.tokens[j]?.s === "بعض") j++;
  // "ثلاثة مصادر", "عدة مسؤولين", "عدد من الناشطين"
  else if (COUNTS.has(ctx.tokens[j]?.s ?? "") && !isHard(ctx.tokens[j + 1])) j += ctx.tokens[j]!.s === "عدد" && ctx.tokens[j + 1]?.s === "من" ? 2 : 1;
  const head = ctx.tokens[j];
  if (!head || j >= max) return null;
  // "المصدر الكردي" with no antecedent of that kind: a new source (definiteHead).
  const h = ANON_HEADS.get(head.s) ?? (definiteHead && head.s.startsWith("ال") ? ANON_HEADS.get(head.s.slice(2)) : undefined);
  if (!h) return null;
  const [ar, en, plural] = h;
  const adjs: string[] = [];
  const ens: string[] = [];
  let k = j + 1;
  if (ar === "شهود عيان" && ctx.tokens[k]?.s === "عيان") k++;
  if (ar === "وسائل إعلام" && /^(ال)?اعلام$/.test(ctx.tokens[k]?.s ?? "")) k++;
  else if (ar === "وسائل إعلام") return null;
  k = adjectives(ctx, k, max, adjs, ens);
  if (NEEDS_ADJ.has(ar) && adjs.length === 0) return null;
  if ((ar === "مسؤول" || ar === "مسؤولة") && adjs.length === 0) {
    const nx = ctx.tokens[j + 1];
    if (nx && !isHard(nx) && !SUBJECT_STOPS.has(nx.s) && !speechForm(nx.s)) return null; // "مسؤول العلاقات ..." is a role
  }
  const femPlural = ar === "وسائل إعلام" || ar === "صفحات" || ar === "شبكات";
  const femSingular = ar.endsWith("ة");
  const pretty = (list: string[]) => list.map((a) => (PRETTY_ADJ[a] ?? a) + (femPlural || femSingular ? "ة" : ""));
  const adjAr = pretty(adjs);
  let nameAr = [ar, ...adjAr].join(" ");
  // The words as written ("مصدرين أمنيين سوريين", "مصادر أميركية") stay an alias of the canonical source.
  const surface = ctx.tokens[j] && k > j ? ctx.text.slice(ctx.tokens[j]!.start, ctx.tokens[k - 1]!.end).replace(/[\u064B-\u0652\u0640"«»“”]/g, "").replace(/\s+/g, " ") : "";
  // "مصدر في وزارة الداخلية": an anonymous source inside a known institution.
  const inside = ctx.tokens[k];
  if (inside && !isHard(inside) && (inside.s === "في" || inside.s === "من" || inside.s === "داخل")) {
    const m = ctx.mention(k + 1);
    if (m && !m.role && m.actor.kind !== "person" && m.actor.kind !== "media") {
      nameAr = `${nameAr} في ${m.actor.nameAr}`;
      k = m.to;
    } else if (phrase && (ORG_HEADS.has(ctx.tokens[k + 1]?.s ?? "") || SITES.has(ctx.tokens[k + 1]?.s ?? "")) && !isHard(ctx.tokens[k + 1])) {
      // "مصدر في إدارة سجن عدرا": an unknown institution names the source.
      const e = Math.min(phrase(k + 1), k + 6);
      if (e > k + 1) {
        const a = ctx.tokens[k + 1]!, b = ctx.tokens[e - 1]!;
        nameAr = `${nameAr} في ${ctx.text.slice(a.start, b.end).replace(/[\u064B-\u0652\u0640"«»“”]/g, "").replace(/\s+/g, " ")}`;
        // The span stays before "في": the place may be where the reported operation happened.
      }
    }
  }
  const pl = plural ? PLURAL[ar] : undefined;
  const aliases = pl ? [[pl, ...adjAr.map((a) => (ar === "مصدر" ? a + "ة" : a + "ون"))].join(" ")] : [];
  if (surface && !surface.startsWith("ال") && surface !== nameAr) aliases.push(surface);
  // English puts the nationality first: "مصدر أمني سوري" -> "unnamed Syrian security source".
  const nameEn = ["unnamed", ...[...ens].reverse(), en].join(" ");
  const g: "p" | "f" | "m" = plural ? "p" : femSingular ? "f" : "m";
  const sub: Subject = { actor: discovered(ctx, nameAr, "anonymous", aliases, g, nameEn), from: i, to: k };
  // "مصدر حكومي وآخر كردي وثالث دبلوماسي": further sources of the same kind, each a speaker.
  while (ANOTHER.has(ctx.tokens[k]?.s ?? "") && !isHard(ctx.tokens[k]) && k < max) {
    const more: string[] = [], moreEn: string[] = [];
    const e = adjectives(ctx, k + 1, max, more, moreEn);
    if (more.length === 0) break;
    const other = discovered(ctx, [ar, ...pretty(more)].join(" "), "anonymous", [], g, ["unnamed", ...moreEn.reverse(), en].join(" "));
    (sub.also ??= []).push(other);
    k = e;
    sub.to = k;
  }
  return sub;
}

const NEEDS_ADJ = new Set(ANON_NEEDS_ADJ_ROWS.flatMap((r) => r.words.split(/\s+/)));

/** Up to two nisba adjectives from k ("أمنيين سوريين", "كبيران"); returns the index after them. */
function adjectives(ctx: SpeakerContext, k: number, max: number, adjs: string[], ens: string[]): number {
  while (k < max && adjs.length < 2) {
    const t = ctx.tokens[k];
    if (!t || isHard(t)) break;
    let a = t.s.replace(/^ال/, "");
    a = a.replace(/(يين|يون|يان|يه|يا|ين|ون|ان|ه)$/, (m) => (m.startsWith("ي") ? "ي" : "")).replace(/يي$/, "ي");
    const e = ANON_ADJ.get(a);
    if (!e) break;
    adjs.push(a); ens.push(e); k++;
  }
  return k;
}

/** Places that name a source's workplace ("طبيب في مشفى درعا الوطني"). */
const SITES = new Set(["مشفي", "مستشفي", "سجن", "مطار", "معبر", "جامعه", "مخيم"]);
const COUNTS = new Set(["عده", "عدد", "اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثلاث", "اربع", "خمس"]);
const PLURAL: Record<string, string> = { "مصدر": "مصادر", "مسؤول": "مسؤولون", "دبلوماسي": "دبلوماسيون", "ضابط": "ضباط" };
const PRETTY_ADJ: Record<string, string> = {
  "امني": "أمني", "امريكي": "أمريكي", "اسرايلي": "إسرائيلي", "اسراييلي": "إسرائيلي", "ايراني": "إيراني", "اوروبي": "أوروبي", "اردني": "أردني",
  "اممي": "أممي", "اعلامي": "إعلامي", "قضايي": "قضائي", "مسوول": "مسؤول",
};

