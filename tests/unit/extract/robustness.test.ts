import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../lib/extract/index";
import { NOW } from "./helpers";

// Deterministic token soup: speech verbs, titles, names, places, punctuation and quotes in random order.
const VOCAB = [
  "قال", "وقالت", "أكد", "وأضاف", "نفت", "بحسب", "وفق", "نقلاً", "عن", "ما", "أن", "إن", "لم", "في", "على", "لسان",
  "وزير", "الإعلام", "السوري", "حمزة", "المصطفى", "مصدر", "أمني", "مصادر", "محلية", "العقيد", "سامر", "الحلبي", "قائد",
  "الأمن", "الداخلي", "محافظة", "حلب", "ريف", "دمشق", "الباب", "صحيفة", "نيويورك", "تايمز", "الصحيفة", "الوزير",
  "المتحدث", "باسم", "وزارة", "الداخلية", "كان", "قد", "أحد", "فيه", "تفكيك", "خلية", "غارة", "،", ".", ":", "\"", "«", "»",
  "\n", "\n\n", "-", "إقرأ أيضاً:", "كلمات دلالية:", "pic.twitter.com/x", "(@x)", "2025", "١٢", "ّ", "ـ",
];

function soup(seed: number, n: number): string {
  let s = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out.push(VOCAB[s % VOCAB.length]!);
  }
  return out.join(" ");
}

describe("robustness", () => {
  it("never throws on random token soup and keeps evidence inside the text", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = soup(seed, 5 + (seed % 120));
      const r = extractArticle({ id: String(seed), text }, { now: NOW });
      for (const st of r.statements) {
        expect(st.evidence.start).toBeGreaterThanOrEqual(0);
        expect(st.evidence.end).toBeLessThanOrEqual(r.text.length);
        expect(st.evidence.start).toBeLessThan(st.evidence.end);
        expect(st.text).toBe(r.text.slice(st.evidence.start, st.evidence.end));
      }
    }
  });

  it("bounds a dense 5 MB article to maxChars and still extracts", () => {
    const unit = "قال مصدر أمني إن قوات الأمن اعتقلت خلية في مدينة الباب. ";
    const r = extractArticle({ id: "dense", text: unit.repeat(Math.ceil(5_000_000 / unit.length)) }, { now: NOW });
    expect(r.text.length).toBe(200_000);
    expect(r.statements.length).toBeGreaterThan(0);
    expect(r.statements.some((s) => s.provinces.includes("SY-HL"))).toBe(true);
  });

  it("handles pathological inputs", () => {
    for (const text of ["\u0000\u0001", "،،،،،", "\"\"\"\"", "قال", "قال:", "و".repeat(10_000), "\ud800قال إن", "أ".repeat(300_000)]) {
      expect(() => extractArticle({ id: "p", text }, { now: NOW })).not.toThrow();
    }
  });
});
