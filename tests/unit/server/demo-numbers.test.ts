/** Arabic number agreement in the generated demo text. */
import { describe, expect, it } from "vitest";
import { arabicCount, fillCounts, NOUNS } from "../../../server/demo/numbers";
import { DEMO_TEMPLATES } from "../../../server/demo/phrases";
import { demoStatement } from "../../../server/demo/generate";

describe("arabicCount", () => {
  it("1 singular, 2 dual, 3-10 plural, 11+ singular accusative", () => {
    expect(arabicCount(1, NOUNS.hour)).toBe("ساعة");
    expect(arabicCount(1, NOUNS.day, true)).toBe("يومًا");
    expect(arabicCount(1, NOUNS.day)).toBe("يوم");
    expect(arabicCount(2, NOUNS.hour)).toBe("ساعتين");
    expect(arabicCount(2, NOUNS.member)).toBe("عنصرين");
    expect(arabicCount(3, NOUNS.hour)).toBe("3 ساعات");
    expect(arabicCount(10, NOUNS.member)).toBe("10 عناصر");
    expect(arabicCount(11, NOUNS.member)).toBe("11 عنصرًا");
    expect(arabicCount(14, NOUNS.truck)).toBe("14 شاحنة");
    expect(arabicCount(99, NOUNS.day)).toBe("99 يومًا");
    expect(arabicCount(100, NOUNS.member)).toBe("100 عنصر");
    expect(arabicCount(103, NOUNS.week)).toBe("103 أسابيع");
    expect(arabicCount(111, NOUNS.week)).toBe("111 أسبوعًا");
    expect(() => arabicCount(-1, NOUNS.day)).toThrow(RangeError);
  });

  it("fills every slot of every template, and rejects unknown nouns", () => {
    for (const tpl of DEMO_TEMPLATES) {
      for (const n of [1, 2, 5, 12]) {
        const text = fillCounts(tpl.text, () => n);
        expect(text).not.toMatch(/\{n/);
      }
    }
    expect(fillCounts("اعترضت الدفاعات {n:drone:acc}.", () => 2)).toBe("اعترضت الدفاعات طائرتين مسيرتين.");
    expect(() => fillCounts("{n:camel}", () => 3)).toThrow(/unknown noun/);
  });

  it("generated statements: a digit is followed by the plural (3-10) or the singular accusative (11+), never 1 or 2", () => {
    let seed = 5;
    const rng = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const first = (s: string) => s.split(" ")[0]!;
    const plural = new Set(Object.values(NOUNS).map((x) => first(x.plural)));
    const accusative = new Set(Object.values(NOUNS).map((x) => first(x.accusative)));
    const seen = new Set<number>();
    for (let i = 0; i < 3000; i++) {
      const { text } = demoStatement(rng, new Date("2026-01-10T12:00:00Z"));
      for (const m of text.matchAll(/(\d+) (\S+)/g)) {
        const n = Number(m[1]);
        seen.add(n);
        expect(n).toBeGreaterThanOrEqual(3);
        expect(n >= 11 ? accusative : plural).toContain(m[2]!.replace(/[.،]$/, ""));
      }
    }
    expect([...seen].some((n) => n >= 11)).toBe(true);
    expect([...seen].some((n) => n <= 10)).toBe(true);
  });
});
