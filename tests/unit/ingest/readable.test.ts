import { describe, expect, it } from "vitest";
import { extractMainText, fragmentText } from "../../../lib/ingest/readable";
import { articlePage, SENTENCES } from "./fixtures";

describe("extractMainText", () => {
  it("keeps the article paragraphs and drops navigation, asides, footers and scripts", () => {
    const html = articlePage("عنوان الخبر", [SENTENCES[0]!, SENTENCES[1]!, SENTENCES[2]!, SENTENCES[3]!]);
    const m = extractMainText(html, "https://e.test/news/1");
    for (const s of SENTENCES.slice(0, 4)) expect(m.text).toContain(s);
    expect(m.text).not.toContain("اقرأ أيضا");
    expect(m.text).not.toContain("جميع الحقوق محفوظة");
    expect(m.text).not.toContain("tracking");
    expect(m.publishedAt).toBe("2026-11-20T08:30:00.000Z");
    expect(m.title).toContain("عنوان الخبر");
  });

  it("turns feed summary HTML into plain text", () => {
    expect(fragmentText("<p>سطر أول</p><p>سطر <b>ثان</b></p>")).toBe("سطر أول\nسطر ثان");
    expect(fragmentText("نص بسيط")).toBe("نص بسيط");
  });
});
