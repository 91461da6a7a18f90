import { describe, expect, it } from "vitest";
import { canonicalUrl, contentHash, resolveUrl } from "../../../lib/ingest/canonical";

describe("canonicalUrl", () => {
  it("strips tracking parameters, fragment and default port, lowercases the host and sorts the query", () => {
    expect(canonicalUrl("HTTPS://News.Example.COM:443/ar/article/12/?utm_source=x&b=2&fbclid=abc&a=1&gclid=z&mc_cid=q&ref=home#top")).toBe(
      "https://news.example.com/ar/article/12?a=1&b=2",
    );
    expect(canonicalUrl("http://example.com:80/")).toBe("http://example.com/");
    expect(canonicalUrl("http://example.com:8080/x")).toBe("http://example.com:8080/x");
  });

  it("maps variants of the same article to one key", () => {
    const a = canonicalUrl("https://example.com/news/1?utm_medium=social");
    const b = canonicalUrl("https://EXAMPLE.com/news/1/#comments");
    expect(a).toBe(b);
  });

  it("keeps meaningful parameters and their order-independent identity", () => {
    expect(canonicalUrl("https://e.com/p?id=5&page=2")).toBe(canonicalUrl("https://e.com/p?page=2&id=5"));
    expect(canonicalUrl("https://e.com/p?id=5")).not.toBe(canonicalUrl("https://e.com/p?id=6"));
  });

  it("rejects non-http and garbage, resolves relative links against a base", () => {
    expect(canonicalUrl("ftp://e.com/x")).toBeNull();
    expect(canonicalUrl("not a url")).toBeNull();
    expect(canonicalUrl(null)).toBeNull();
    expect(canonicalUrl("/a/b?utm_campaign=x", "https://e.com/feed.xml")).toBe("https://e.com/a/b");
    expect(resolveUrl("../story/7", "https://e.com/rss/feed.xml")).toBe("https://e.com/story/7");
    expect(resolveUrl("javascript:alert(1)", "https://e.com/")).toBeNull();
  });
});

describe("contentHash", () => {
  it("is stable across whitespace, diacritics and hamza variants", () => {
    const a = contentHash("أعلنت   الوزارة\nاليوم");
    const b = contentHash("اعلنت الوزارة اليوم");
    const c = contentHash("أَعْلَنَتِ الوزارة اليوم");
    expect(a).toBe(b);
    expect(a).toBe(c);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when the words change", () => {
    expect(contentHash("قال الوزير إن الوضع هادئ")).not.toBe(contentHash("قال الوزير إن الوضع متوتر"));
  });
});
