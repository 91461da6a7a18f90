import { describe, expect, it } from "vitest";
import { compact, fold } from "../../../lib/text/normalize";
import { SEP_COMMA, SEP_NEWLINE, SEP_STOP, tokenize } from "../../../lib/text/tokens";
import { placeTokens } from "../../../lib/extract/places/tokens";
import { echoTokens } from "../../../lib/domain/echo";

describe("lib/text tokenizer", () => {
  it("keeps offsets of the original text and flags the punctuation before each token", () => {
    const text = "قالَ الوزيرُ، ثم غادر.\nوصل";
    const toks = tokenize(fold(text));
    expect(toks.map((t) => t.s)).toEqual(["قال", "الوزير", "ثم", "غادر", "وصل"]);
    expect(text.slice(toks[0]!.start, toks[0]!.end)).toBe("قالَ");
    expect(toks[0]!.dia).toBe(true);
    expect(toks[2]!.sep & SEP_COMMA).toBe(SEP_COMMA);
    expect(toks[4]!.sep & (SEP_STOP | SEP_NEWLINE)).toBe(SEP_STOP | SEP_NEWLINE);
  });

  it("unifies spelling variants in `s` and keeps the folded spelling in `key`", () => {
    const [t] = tokenize(fold("سورية"));
    expect(t!.s).toBe("سوريا");
    expect(t!.key).toBe("سوريه");
  });

  it("treats Persian/Urdu letters and digits as word characters", () => {
    expect(tokenize(fold("گروه ۱۲ پل")).map((t) => t.key)).toEqual(["گروه", "12", "پل"]);
  });
});

describe("place tokens are a view of the same tokenizer", () => {
  it("carries separator text, tatweel and line starts", () => {
    const text = "حلب - إدلب،\nحمـاه ـدرعا";
    const toks = placeTokens(text);
    expect(toks.map((t) => t.key)).toEqual(["حلب", "ادلب", "حماه", "درعا"]);
    expect(toks.map((t) => t.sep)).toEqual(["", "-", ",", "ـ"]);
    expect(toks.map((t) => t.lineStart)).toEqual([true, false, true, false]);
    expect(text.slice(toks[2]!.start, toks[2]!.end)).toBe("حمـاه");
  });

  it("ends a token before trailing diacritics", () => {
    const text = "دمشقُ";
    const [t] = placeTokens(text);
    expect(text.slice(t!.start, t!.end)).toBe("دمشق");
  });
});

describe("echo words come from the same tokenizer", () => {
  it("drops punctuation and folds spelling variants", () => {
    expect(echoTokens("«الحكومة السورية»: لا تفاوض!")).toEqual(["الحكومه", "السوريه", "لا", "تفاوض"]);
    expect(echoTokens("الولايات المتحدة الأميركية")).toEqual(echoTokens("الولايات المتحدة الأمريكية"));
    expect(compact("  مَرحباً   بكم ")).toBe("مرحبا بكم");
  });
});
