import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { charsetFromContentType, charsetFromMarkup, decodeBytes, DecodeError, looksBinary } from "../../../lib/ingest/charset";

const ARABIC = "قالت وزارة الداخلية إن الوضع مستقر في المدينة";

describe("charset detection", () => {
  it("reads the charset from Content-Type, the XML prolog and an HTML meta", () => {
    expect(charsetFromContentType("application/rss+xml; charset=Windows-1256")).toBe("windows-1256");
    expect(charsetFromContentType("text/xml")).toBeNull();
    expect(charsetFromMarkup(Buffer.from('<?xml version="1.0" encoding="windows-1256"?><rss/>'))).toEqual({ charset: "windows-1256", via: "prolog" });
    expect(charsetFromMarkup(Buffer.from('<html><head><meta charset="utf-8"></head>'))).toEqual({ charset: "utf-8", via: "meta" });
  });

  it("decodes windows-1256 declared in the header or the prolog", () => {
    const bytes = iconv.encode(ARABIC, "windows-1256");
    expect(decodeBytes(bytes, "text/plain; charset=windows-1256")).toMatchObject({ text: ARABIC, charset: "windows-1256", via: "header" });
    const xml = iconv.encode(`<?xml version="1.0" encoding="windows-1256"?><x>${ARABIC}</x>`, "windows-1256");
    expect(decodeBytes(xml, "text/xml").text).toContain(ARABIC);
  });

  it("recovers from wrong or missing declarations", () => {
    const cp = iconv.encode(ARABIC, "windows-1256");
    // Declared UTF-8 (or nothing) but the bytes are windows-1256.
    const wrong = decodeBytes(cp, "text/xml; charset=utf-8");
    expect(wrong.text).toBe(ARABIC);
    expect(wrong.warning).toMatch(/windows-1256/);
    expect(decodeBytes(cp, null).text).toBe(ARABIC);
    // Declared windows-1256 but the bytes are UTF-8.
    const utf = decodeBytes(Buffer.from(ARABIC, "utf8"), "text/xml; charset=windows-1256");
    expect(utf.text).toBe(ARABIC);
    expect(utf.warning).toMatch(/UTF-8/);
    // A UTF-8 BOM wins.
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARABIC)]), "text/xml; charset=windows-1256").text).toBe(ARABIC);
  });

  it("refuses bytes that are neither UTF-8 nor Arabic windows-1256, and spots binary", () => {
    const junk = iconv.encode("Une élève très âgée à côté du café, où l'été dure.", "latin1");
    expect(() => decodeBytes(junk, null)).toThrow(DecodeError);
    expect(looksBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBe(true);
    expect(looksBinary(Buffer.from(ARABIC))).toBe(false);
  });
});
