import { describe, expect, it } from "vitest";
import { AppError } from "../../../lib/errors";
import { articleIdFor, canonicalUrl } from "../../../lib/ingest/canonical";
import { checkArticleText, looksBinaryText } from "../../../lib/ingest/limits";

const code = (f: () => void): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    return e instanceof AppError ? e.code : "other";
  }
};

describe("article boundary checks (one place for every source)", () => {
  it("accepts Arabic text within the limit", () => {
    expect(code(() => checkArticleText("قال المتحدث إن الطريق فُتح من جديد.", 1024))).toBeNull();
  });

  it("rejects text over the byte limit, counted in UTF-8 bytes", () => {
    const text = "ب".repeat(600); // 1200 bytes in UTF-8, 600 characters
    expect(code(() => checkArticleText(text, 1024))).toBe("payload_too_large");
  });

  it("rejects empty and binary-looking text", () => {
    expect(code(() => checkArticleText(" \n\t ", 1024))).toBe("unprocessable_article");
    const binary = "\u0001\u0002\ufffd".repeat(20) + "نص";
    expect(looksBinaryText(binary)).toBe(true);
    expect(code(() => checkArticleText(binary, 1024))).toBe("unprocessable_article");
  });
});

describe("article ids", () => {
  it("are the same for URLs that differ only in tracking parameters, and content-keyed without a URL", () => {
    expect(articleIdFor(canonicalUrl("https://e.test/a?utm_source=x"), "h1")).toBe(articleIdFor(canonicalUrl("https://E.test/a/"), "h2"));
    expect(articleIdFor(null, "h1")).not.toBe(articleIdFor(null, "h2"));
    expect(articleIdFor(null, "h1")).toMatch(/^a-[0-9a-f]{16}$/);
  });
});
