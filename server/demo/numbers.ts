/**
 * Arabic number agreement for the demo text (counted nouns after a numeral written in digits):
 *   1        -> the singular, alone ("توقيف مطلوب", "تستمر يومًا")
 *   2        -> the dual, alone ("ساعتين", "عنصرين")
 *   3-10     -> the plural ("5 ساعات", "7 عناصر")
 *   11-99    -> the singular accusative, tamyiz ("11 ساعة", "15 عنصرًا")
 *   100, 200 -> the singular genitive ("100 عنصر"); above 100 the last two digits decide
 *               (103 -> plural, 111 -> singular accusative, 101/102 -> singular).
 * Every number slot in the demo templates stands in an accusative or genitive position, so the
 * dual is the oblique -ين/-تين form and `acc` only matters for a lone singular (n = 1).
 */
export interface ArabicNoun {
  singular: string;
  /** Singular accusative (with tanween alif for masculine nouns: "يومًا"). */
  accusative: string;
  dual: string;
  plural: string;
}

export const NOUNS = {
  wanted: { singular: "مطلوب", accusative: "مطلوبًا", dual: "مطلوبَيْن", plural: "مطلوبين" },
  hour: { singular: "ساعة", accusative: "ساعة", dual: "ساعتين", plural: "ساعات" },
  day: { singular: "يوم", accusative: "يومًا", dual: "يومين", plural: "أيام" },
  week: { singular: "أسبوع", accusative: "أسبوعًا", dual: "أسبوعين", plural: "أسابيع" },
  shipment: { singular: "شحنة", accusative: "شحنة", dual: "شحنتين", plural: "شحنات" },
  drone: { singular: "طائرة مسيرة", accusative: "طائرة مسيرة", dual: "طائرتين مسيرتين", plural: "طائرات مسيرة" },
  member: { singular: "عنصر", accusative: "عنصرًا", dual: "عنصرين", plural: "عناصر" },
  truck: { singular: "شاحنة", accusative: "شاحنة", dual: "شاحنتين", plural: "شاحنات" },
  injured: { singular: "مصاب", accusative: "مصابًا", dual: "مصابَيْن", plural: "مصابين" },
  person: { singular: "شخص", accusative: "شخصًا", dual: "شخصين", plural: "أشخاص" },
  school: { singular: "مدرسة", accusative: "مدرسة", dual: "مدرستين", plural: "مدارس" },
} as const satisfies Record<string, ArabicNoun>;
export type NounKey = keyof typeof NOUNS;

/** "n noun" with the noun in the form the number requires; `acc`: the slot is accusative. */
export function arabicCount(n: number, noun: ArabicNoun, acc = false): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`arabicCount: not a count: ${n}`);
  if (n === 1) return acc ? noun.accusative : noun.singular;
  if (n === 2) return noun.dual;
  const r = n % 100;
  if (r >= 3 && r <= 10) return `${n} ${noun.plural}`;
  if (r >= 11) return `${n} ${noun.accusative}`;
  return `${n} ${noun.singular}`; // 0, 100, 101, 102, 200, ...
}

/** Replaces `{n:noun}` / `{n:noun:acc}` slots with `arabicCount(count(), NOUNS[noun])`. */
export function fillCounts(text: string, count: () => number): string {
  return text.replace(/\{n:([a-z]+)(:acc)?\}/g, (slot, key: string, acc?: string) => {
    const noun = (NOUNS as Record<string, ArabicNoun>)[key];
    if (!noun) throw new Error(`unknown noun in demo template: ${slot}`);
    return arabicCount(count(), noun, acc !== undefined);
  });
}
