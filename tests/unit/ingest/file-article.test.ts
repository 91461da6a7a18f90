import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { FeedItem } from "../../../lib/ingest/feed";
import {
  ArticleFileError, decodeArticleBytes, feedItemNeedsPage, FULL_TEXT_MIN_CHARS, readArticleFile, readFeedItem, splitHeader,
} from "../../../lib/ingest/file-article";
import { SENTENCES } from "./fixtures";

const enc = (s: string) => Buffer.from(s, "utf8");

describe("article files", () => {
  it("reads a .txt header (url/date/outlet/title) and its body", () => {
    const a = readArticleFile("a.txt", enc(`url: https://e.test/a\ndate: 2026-11-20\noutlet: سانا\ntitle: عنوان\n\n${SENTENCES[0]}`));
    expect(a).toMatchObject({ url: "https://e.test/a", outlet: "سانا", title: "عنوان", publishedAt: "2026-11-20T00:00:00.000Z", text: SENTENCES[0] });
  });

  it("treats text without a header as all body", () => {
    const text = `${SENTENCES[1]}\n\n${SENTENCES[2]}`;
    expect(splitHeader(text)).toEqual({ header: {}, body: text });
    expect(splitHeader(`نص: ليس رأسا\n\n${SENTENCES[1]}`).header).toEqual({});
  });

  it("reads .json and .html files", () => {
    const j = readArticleFile("b.json", enc(JSON.stringify({ text: SENTENCES[3], url: "https://e.test/b", date: "2026-11-21T09:00:00Z", outlet: "عنب بلدي" })));
    expect(j).toMatchObject({ text: SENTENCES[3], url: "https://e.test/b", publishedAt: "2026-11-21T09:00:00.000Z" });
    const h = readArticleFile("c.html", enc(`<html><body><p>${SENTENCES[4]}</p></body></html>`));
    expect(h.html).toContain(SENTENCES[4]);
  });

  it("decodes windows-1256 files", () => {
    const a = readArticleFile("d.txt", iconv.encode(SENTENCES[5]!, "windows-1256"));
    expect(a.text).toBe(SENTENCES[5]);
  });

  it("rejects empty, binary, invalid-encoding, bad JSON and unsupported files with a reason", () => {
    const reason = (name: string, bytes: Uint8Array) => {
      try {
        readArticleFile(name, bytes);
        return "ok";
      } catch (e) {
        return e instanceof ArticleFileError ? e.reason : "other";
      }
    };
    expect(reason("e.txt", new Uint8Array(0))).toBe("empty");
    expect(reason("e.txt", enc("  \n\n ")) ).toBe("empty");
    expect(reason("f.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe("binary");
    expect(reason("g.txt", iconv.encode("Une élève très âgée à côté du café, où l'été dure.", "latin1"))).toBe("invalid_encoding");
    expect(reason("h.json", enc("{not json"))).toBe("invalid_json");
    expect(reason("i.json", enc(JSON.stringify({ title: "بلا نص" })))).toBe("no_text");
    expect(reason("j.pdf", enc("x"))).toBe("unsupported");
  });
});

describe("article bytes (files and raw HTTP bodies share one decoder)", () => {
  it("decodes with the declared Content-Type and rejects binary or empty bytes with a reason", () => {
    expect(decodeArticleBytes(iconv.encode(SENTENCES[0]!, "windows-1256"), "text/plain; charset=windows-1256")).toBe(SENTENCES[0]);
    const reason = (bytes: Uint8Array) => {
      try {
        decodeArticleBytes(bytes, "text/plain");
        return "ok";
      } catch (e) {
        return e instanceof ArticleFileError ? e.reason : "other";
      }
    };
    expect(reason(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]))).toBe("binary");
    expect(reason(enc(" \n "))).toBe("empty");
  });
});

describe("feed items through the same reader", () => {
  const item = (over: Partial<FeedItem> = {}): FeedItem => ({
    guid: "g-1", link: "https://e.test/news/1", title: "عنوان الخبر", summary: "<p>ملخص قصير</p>", content: null,
    publishedAt: "2026-11-20T08:00:00.000Z", author: null, ...over,
  });
  const long = SENTENCES.slice(0, 8).join(" ");

  it("uses the item's own content when it is the full article, and needs no page", () => {
    const full = `<p>${long}</p>`;
    expect(long.length).toBeGreaterThanOrEqual(FULL_TEXT_MIN_CHARS);
    expect(feedItemNeedsPage(item({ content: full }))).toBe(false);
    expect(readFeedItem(item({ content: full }))).toMatchObject({ via: "content", html: full, url: "https://e.test/news/1", publishedAt: "2026-11-20T08:00:00.000Z" });
  });

  it("reads the linked page's main text through the byte checks of files and HTTP bodies", () => {
    expect(feedItemNeedsPage(item())).toBe(true);
    const html = `<html><head><title>صفحة</title></head><body><article><p>${long}</p></article></body></html>`;
    const a = readFeedItem(item(), { bytes: enc(html), contentType: "text/html; charset=utf-8", url: "https://e.test/news/1" });
    expect(a.via).toBe("page");
    expect(a.text).toContain(SENTENCES[0]);
    expect(a.title).toBe("عنوان الخبر");
    const w = readFeedItem(item(), { bytes: iconv.encode(html, "windows-1256"), contentType: "text/html; charset=windows-1256", url: "https://e.test/news/1" });
    expect(w.text).toContain(SENTENCES[0]);
  });

  it("rejects a binary or empty linked page with the file reader's reasons; the summary is the fallback", () => {
    const page = (bytes: Uint8Array) => ({ bytes, contentType: "text/html", url: "https://e.test/news/1" });
    const reason = (bytes: Uint8Array) => {
      try {
        readFeedItem(item(), page(bytes));
      } catch (e) {
        return e instanceof ArticleFileError ? e.reason : "other";
      }
      return "none";
    };
    expect(reason(new Uint8Array([0x3c, 0x70, 0, 1, 2, 0, 0x3e]))).toBe("binary");
    expect(reason(new Uint8Array(0))).toBe("empty");
    expect(readFeedItem(item())).toMatchObject({ via: "summary", text: "عنوان الخبر\nملخص قصير" });
  });
});
