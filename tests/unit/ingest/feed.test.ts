import { describe, expect, it } from "vitest";
import { FeedParseError, parseFeed } from "../../../lib/ingest/feed";
import { atom, longBody, rss } from "./fixtures";

const URL_ = "https://example.test/rss/feed.xml";

describe("parseFeed", () => {
  it("parses RSS 2.0 with relative links, GUIDs, dates and content:encoded", () => {
    const xml = rss([
      { title: "خبر أول", link: "/news/1?utm_source=rss", guid: "g-1", description: "ملخص <b>قصير</b>", pubDate: "Thu, 19 Nov 2026 10:00:00 GMT" },
      { title: "خبر ثان", link: "https://example.test/news/2", content: `<p>${longBody(1)}</p>` },
    ]);
    const f = parseFeed(xml, URL_);
    expect(f.format).toBe("rss");
    expect(f.title).toBe("أخبار تجريبية");
    expect(f.items).toHaveLength(2);
    expect(f.items[0]).toMatchObject({ guid: "g-1", link: "https://example.test/news/1?utm_source=rss", title: "خبر أول", publishedAt: "2026-11-19T10:00:00.000Z" });
    expect(f.items[0]!.summary).toBe("ملخص <b>قصير</b>");
    expect(f.items[1]!.content).toContain("<p>");
    expect(f.items[1]!.publishedAt).toBeNull();
  });

  it("parses Atom with alternate links resolved against the feed URL", () => {
    const xml = atom([{ title: "مدخل", guid: "urn:x:1", link: "../story/9", pubDate: "2026-11-18T12:00:00+02:00", description: "ملخص" }]);
    const f = parseFeed(xml, URL_);
    expect(f.format).toBe("atom");
    expect(f.items[0]).toMatchObject({ guid: "urn:x:1", link: "https://example.test/story/9", publishedAt: "2026-11-18T10:00:00.000Z", summary: "ملخص" });
  });

  it("tolerates items without dates, links or GUIDs", () => {
    const f = parseFeed(rss([{ title: "بلا رابط", description: "نص فقط" }]), URL_);
    expect(f.items[0]).toMatchObject({ link: null, guid: null, publishedAt: null, summary: "نص فقط" });
  });

  it("rejects malformed XML, HTML pages, unknown roots and empty bodies with a clear message", () => {
    expect(() => parseFeed("<rss><channel><item><title>x</channel></rss>", URL_)).toThrow(/malformed XML/);
    expect(() => parseFeed("<!doctype html><html><body><p>hello<br></body></html>", URL_)).toThrow(/HTML page/);
    expect(() => parseFeed("<html><body><p>x</p></body></html>", URL_)).toThrow(/HTML page/);
    expect(() => parseFeed("<?xml version='1.0'?><catalog><book/></catalog>", URL_)).toThrow(/unknown root element <catalog>/);
    expect(() => parseFeed("   ", URL_)).toThrow(FeedParseError);
  });
});
