import { describe, expect, it } from "vitest";
import { ECHO_THRESHOLD, echoSignature, echoSimilarity, echoSimilarityAtLeast, echoTokens, isEcho, maybeEcho, missingAtLeast, missingBigramsAtLeast, shingleJaccard } from "../../../lib/domain/echo";
import { createHash } from "node:crypto";
import { statementKey as dedupeKey, urlIdentity } from "../../../lib/ingest/canonical";
import { newId } from "../../../lib/store/core/keys";
import { chooseBucket, hourRange } from "../../../lib/store/core/range";
import { histogram } from "../../../lib/store/core/sources";

const sig = echoSignature;
const LONG = "أكد الوزير أن الحكومة ستواصل العمل على إعادة الإعمار في المدن المتضررة خلال العام المقبل";

describe("echo similarity", () => {
  it("normalises Arabic spelling, diacritics and punctuation", () => {
    expect(echoTokens("قالَ: «إنّ الأمرَ انتهى»!")).toEqual(["قال", "ان", "الامر", "انتهي"]);
    expect(echoSimilarity(sig("أكّد الوزير ذلك."), sig("اكد الوزير ذلك"))).toBe(1);
  });
  it("treats one changed word in a long sentence as an echo, a different sentence as not", () => {
    expect(isEcho(sig(LONG), sig(LONG.replace("المقبل", "القادم")))).toBe(true);
    expect(isEcho(sig(LONG), sig("قال المحافظ إن مشروع المياه الجديد سيخدم آلاف العائلات"))).toBe(false);
  });
  it("catches a short quote carried inside a longer sentence, not a short generic overlap", () => {
    expect(isEcho(sig(`وقال إن ${LONG.split(" ").slice(3, 10).join(" ")}`), sig(LONG))).toBe(true);
    expect(isEcho(sig("الحكومة ستواصل"), sig(LONG))).toBe(false);
    expect(isEcho(sig("أعلن الوزير أن الحكومة ستتوقف عن العمل"), sig(LONG))).toBe(false);
  });
  it("maybeEcho never rejects a pair whose similarity reaches the threshold", () => {
    const words = "الحكومة الوزارة ستواصل أعلنت رفضت إعادة الإعمار في حلب حمص دمشق الطرق المياه العمل خلال العام".split(" ");
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const text = () => Array.from({ length: 3 + Math.floor(rnd() * 14) }, () => words[Math.floor(rnd() * words.length)]).join(" ");
    let echoes = 0;
    for (let i = 0; i < 3000; i++) {
      const a = sig(text());
      const base = a.tokens.slice();
      const b = sig(rnd() < 0.5 ? text() : base.map((w) => (rnd() < 0.1 ? words[Math.floor(rnd() * words.length)]! : w)).slice(Math.floor(rnd() * 3)).join(" "));
      const sim = echoSimilarity(a, b);
      if (sim >= ECHO_THRESHOLD) {
        echoes++;
        expect(maybeEcho(a, b)).toBe(true);
      }
      expect(isEcho(a, b)).toBe(sim >= ECHO_THRESHOLD);
    }
    expect(echoes).toBeGreaterThan(100);
  });
  it("computes shingle Jaccard from words and bigrams as the Jaccard of their union", () => {
    const union = (x: ReturnType<typeof sig>) => new Set([...x.words, ...x.bigrams]);
    const pairs: [string, string][] = [
      [LONG, `${LONG} وأضاف أن العمل مستمر`],
      ["الطرق المياه الطرق المياه العمل", "المياه الطرق العمل العمل"],
      ["قال الوزير إن الكهرباء ستعود", "قال المحافظ إن المياه ستعود غدا"],
    ];
    for (const [x, y] of pairs) {
      const a = union(sig(x)), b = union(sig(y));
      const inter = [...a].filter((s) => b.has(s)).length;
      expect(shingleJaccard(sig(x), sig(y))).toBeCloseTo(inter / (a.size + b.size - inter), 12);
    }
  });
  it("the word sketch never overstates the missing words, and the early-exit similarity agrees at the threshold", () => {
    const words = "قال أكد الوزير المحافظ الحكومة الوزارة ستواصل أعلنت رفضت إعادة الإعمار في حلب حمص دمشق الطرق المياه العمل خلال العام المقبل القادم".split(" ");
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const text = () => Array.from({ length: 2 + Math.floor(rnd() * 18) }, () => words[Math.floor(rnd() * words.length)]).join(" ");
    let reached = 0;
    let below = 0;
    for (let i = 0; i < 4000; i++) {
      const a = sig(text());
      const b = sig(rnd() < 0.5 ? text() : a.tokens.map((w) => (rnd() < 0.15 ? words[Math.floor(rnd() * words.length)]! : w)).slice(Math.floor(rnd() * 3)).join(" "));
      const missing = [...a.words].filter((w) => !b.words.has(w)).length;
      expect(missingAtLeast(a, b)).toBeLessThanOrEqual(missing);
      expect(missingBigramsAtLeast(a, b)).toBeLessThanOrEqual([...a.bigrams].filter((w) => !b.bigrams.has(w)).length);
      expect(maybeEcho(a, b) || echoSimilarity(a, b) < ECHO_THRESHOLD).toBe(true);
      const exact = echoSimilarity(a, b);
      const early = echoSimilarityAtLeast(a, b, ECHO_THRESHOLD);
      if (exact >= ECHO_THRESHOLD) {
        reached++;
        expect(early).toBe(exact);
      } else {
        below++;
        expect(early).toBeLessThan(ECHO_THRESHOLD);
      }
    }
    expect(reached).toBeGreaterThan(100);
    expect(below).toBeGreaterThan(100);
    // Distinct words mostly take distinct sketch bits, so the bound is usually exact and rejects early.
    expect(missingAtLeast(sig("الوزير الحكومة حلب"), sig("المحافظ الوزارة دمشق"))).toBeGreaterThanOrEqual(2);
  });
  it("never matches empty text", () => {
    expect(echoSimilarity(sig("..."), sig("..."))).toBe(0);
  });
});

describe("identity keys (lib/ingest) and store ranges", () => {
  it("canonicalises URLs and derives stable dedupe keys", () => {
    expect(urlIdentity("https://EX.com/a/?utm_source=x&b=2&a=1#frag")).toBe("https://ex.com/a?a=1&b=2");
    // The store uses the one canonical form of lib/ingest: the stricter tracking list and default ports count too.
    expect(dedupeKey("https://ex.com:443/a?source=rss&share=1", "fm", "قال")).toBe(dedupeKey("https://ex.com/a", "fm", "قال"));
    expect(urlIdentity(" not a url ")).toBe("not a url");
    expect(dedupeKey("https://ex.com/a?utm_medium=y", "fm", "قالَ الوزير")).toBe(dedupeKey("https://ex.com/a", "fm", "قال الوزير"));
    expect(dedupeKey("https://ex.com/a", "fm", "قال")).not.toBe(dedupeKey("https://ex.com/a", "army", "قال"));
    // The stored format is unchanged since the first schema (existing databases keep de-duplicating).
    expect(dedupeKey("https://ex.com/a?utm_source=x", "fm", "قالَ")).toBe(createHash("sha1").update("https://ex.com/a\nfm\nقال").digest("hex"));
  });
  it("makes sortable unique ids", () => {
    const a = newId(1_000), b = newId(2_000);
    expect(a < b).toBe(true);
    expect(newId(1_000)).not.toBe(a);
    expect(a).toMatch(/^[0-9A-Z]{26}$/);
  });
  it("chooses buckets by range and caps points", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(chooseBucket(hourRange({}, now)).bucket).toBe("hour");
    expect(chooseBucket(hourRange({ from: "2025-12-01T00:00:00Z" }, now)).bucket).toBe("day");
    expect(chooseBucket(hourRange({ from: "2020-01-01T00:00:00Z" }, now)).bucket).toBe("week");
    const r = chooseBucket(hourRange({ from: "1950-01-01T00:00:00Z" }, now));
    expect((r.range.h1 - r.range.h0 + 1) / 168).toBeLessThanOrEqual(600);
  });
  it("builds latency histograms with nearest-rank percentiles", () => {
    const h = histogram([500, 1500, 1500, 90_000_000]);
    expect(h.counts[0]).toBe(1);
    expect(h.counts[1]).toBe(2);
    expect(h.counts[h.counts.length - 1]).toBe(1);
    expect([h.p50, h.p95, h.count]).toEqual([1500, 90_000_000, 4]);
    expect(histogram([])).toMatchObject({ count: 0, p50: null });
  });
});
