import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { htmlToText } from "../../../lib/extract/html";
import { extractArticle } from "../../../lib/extract/index";
import { ArticleFileError, articleFileId, readArticleFile, toArticleDoc } from "../../../lib/ingest/file-article";
import { NOW, run } from "./helpers";

/** Article files go through the one reader (lib/ingest/file-article.ts), as in `npm run eval`. */
const parseArticleFile = (name: string, content: string | Uint8Array) =>
  toArticleDoc(articleFileId(name), readArticleFile(name, typeof content === "string" ? Buffer.from(content, "utf8") : content));

const SENTENCE = "وقال مصدر أمني إن الدوريات انتشرت في مدينة جبلة.";

describe("bad input", () => {
  it("empty text gives zero statements", () => {
    expect(run("").statements).toEqual([]);
    expect(run("   \n\n ").statements).toEqual([]);
  });

  it("text with no Arabic gives zero statements", () => {
    expect(run("The minister said the agreement is political. Officials confirmed it.").statements).toEqual([]);
  });

  it("a 5 MB article is bounded by maxChars", () => {
    const big = (SENTENCE + " ").repeat(Math.ceil(5_000_000 / (SENTENCE.length + 1)));
    const r = extractArticle({ id: "big", text: big }, { now: NOW, maxChars: 20_000 });
    expect(r.text.length).toBe(20_000);
    expect(r.statements.every((s) => s.evidence.end <= 20_000)).toBe(true);
    expect(r.statements.length).toBeGreaterThan(0);
  });

  it("binary content is rejected with a typed error", () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]);
    expect(() => parseArticleFile("x.txt", bytes)).toThrow(ArticleFileError);
    try { parseArticleFile("x.txt", bytes); } catch (e) { expect((e as ArticleFileError).reason).toBe("binary"); }
  });

  it("Arabic in windows-1256 without a declared charset is recognised and decoded", () => {
    const bytes = iconv.encode(SENTENCE, "windows-1256");
    expect(parseArticleFile("x.txt", bytes).text).toBe(SENTENCE);
  });

  it("windows-1256 text with a declared charset is decoded", () => {
    const bytes = iconv.encode(`charset: windows-1256\ndate: 2025-11-12\n\n${SENTENCE}`, "windows-1256");
    const doc = parseArticleFile("win.txt", bytes);
    expect(doc.text.trim()).toBe(SENTENCE);
    expect(doc.publishedAt?.slice(0, 10)).toBe("2025-11-12");
    expect(extractArticle(doc, { now: NOW }).statements).toHaveLength(1);
  });
});

describe("article files", () => {
  it("plain text with header lines", () => {
    const doc = parseArticleFile("dir/a-1.txt", `URL: https://example.com/a\nDate: 2025-11-14\nOutlet: عنب بلدي\nTitle: عنوان\n\n${SENTENCE}`);
    expect(doc).toMatchObject({ id: "a-1", url: "https://example.com/a", outlet: "عنب بلدي", title: "عنوان", text: SENTENCE });
    expect(doc.publishedAt).toBe("2025-11-14T00:00:00.000Z");
  });

  it("plain text without headers keeps everything", () => {
    const doc = parseArticleFile("b.txt", `تنبيه: عاجل\n${SENTENCE}`);
    expect(doc.text).toBe(`تنبيه: عاجل\n${SENTENCE}`);
    expect(doc.publishedAt).toBeNull();
  });

  it("json with text or html", () => {
    expect(parseArticleFile("c.json", JSON.stringify({ text: SENTENCE, publishedAt: "2025-11-10T10:00:00Z", outlet: "سانا" })))
      .toMatchObject({ id: "c", text: SENTENCE, outlet: "سانا", publishedAt: "2025-11-10T10:00:00.000Z" });
    expect(parseArticleFile("d.json", JSON.stringify({ html: `<p>${SENTENCE}</p>`, date: "2025-11-09" })).text).toBe(SENTENCE);
    expect(() => parseArticleFile("e.json", "{not json")).toThrow(ArticleFileError);
    expect(() => parseArticleFile("f.json", JSON.stringify({ url: "x" }))).toThrow(ArticleFileError);
  });

  it("html drops scripts, styles, navigation and captions and keeps paragraphs", () => {
    const html = `<html><head><title>خبر</title><style>p{color:red}</style><script>var a = "قال الوزير إن";</script></head>
      <body><nav>الرئيسية أخبار</nav><article><p>${SENTENCE}</p><figure><img src="x"><figcaption>قال الرئيس في صورة أرشيفية</figcaption></figure>
      <p>ثم عاد الهدوء.</p></article><footer>جميع الحقوق محفوظة</footer><noscript>فعّل جافاسكربت</noscript></body></html>`;
    const text = htmlToText(html);
    expect(text).toBe(`${SENTENCE}\n\nثم عاد الهدوء.`);
    const doc = parseArticleFile("g.html", html);
    expect(doc.title).toBe("خبر");
    expect(extractArticle(doc, { now: NOW }).statements).toHaveLength(1);
  });
});
