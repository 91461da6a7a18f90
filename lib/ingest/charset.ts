/**
 * Charset handling for bytes fetched over HTTP or read from disk: the charset declared in
 * Content-Type, a BOM, the XML prolog or an HTML <meta>; UTF-8 and windows-1256 (and anything
 * iconv-lite knows). Wrong or missing declarations fall back to windows-1256 when the bytes
 * are not valid UTF-8. Pure.
 */
import iconv from "iconv-lite";

export interface Decoded {
  text: string;
  /** Charset actually used. */
  charset: string;
  /** Where it came from. */
  via: "bom" | "header" | "prolog" | "meta" | "sniffed" | "default";
  /** Set when the declared charset was wrong (bytes were not valid in it) and another was used. */
  warning: string | null;
}

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecodeError";
  }
}

function normalizeCharset(name: string): string {
  const n = name.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (n === "utf8") return "utf-8";
  if (n === "cp1256" || n === "windows1256" || n === "x-cp1256") return "windows-1256";
  return n;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  for (const part of contentType.split(";").slice(1)) {
    const [k, v] = part.split("=");
    if (k && v && k.trim().toLowerCase() === "charset") return normalizeCharset(v);
  }
  return null;
}

/** Looks at the first bytes (ASCII-compatible) for an XML prolog encoding or an HTML meta charset. */
export function charsetFromMarkup(bytes: Uint8Array): { charset: string; via: "prolog" | "meta" } | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const prolog = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/i.exec(head);
  if (prolog?.[1]) return { charset: normalizeCharset(prolog[1]), via: "prolog" };
  const meta = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)/i.exec(head);
  if (meta?.[1]) return { charset: normalizeCharset(meta[1]), via: "meta" };
  return null;
}

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** True when the bytes look binary (NUL bytes or many control characters in the first 8 KB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.1;
}

/** Decodes bytes to text following the declarations; throws DecodeError when nothing fits. */
export function decodeBytes(bytes: Uint8Array, contentType?: string | null): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const t = validUtf8(bytes.subarray(3));
    if (t !== null) return { text: t, charset: "utf-8", via: "bom", warning: null };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const enc = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), enc), charset: enc, via: "bom", warning: null };
  }
  const header = charsetFromContentType(contentType);
  const markup = charsetFromMarkup(bytes);
  const declared = header ? { charset: header, via: "header" as const } : markup;
  const utf8 = validUtf8(bytes);
  if (declared && declared.charset !== "utf-8" && declared.charset !== "us-ascii") {
    if (!iconv.encodingExists(declared.charset)) {
      if (utf8 !== null) return { text: utf8, charset: "utf-8", via: "sniffed", warning: `unknown charset ${declared.charset}` };
      throw new DecodeError(`unknown charset "${declared.charset}" and the bytes are not UTF-8`);
    }
    // A declared single-byte charset on bytes that are valid multi-byte UTF-8 is almost always a wrong declaration.
    if (utf8 !== null && hasMultibyte(bytes)) {
      return { text: utf8, charset: "utf-8", via: "sniffed", warning: `declared ${declared.charset} but the bytes are UTF-8` };
    }
    return { text: iconv.decode(Buffer.from(bytes), declared.charset), charset: declared.charset, via: declared.via, warning: null };
  }
  if (utf8 !== null) return { text: utf8, charset: "utf-8", via: declared ? declared.via : "default", warning: null };
  // Declared (or defaulted) UTF-8 but invalid: Arabic sites that lie about their charset use windows-1256.
  const text = iconv.decode(Buffer.from(bytes), "windows-1256");
  if (arabicShare(text) > 0.2) {
    return { text, charset: "windows-1256", via: "sniffed", warning: "bytes are not valid UTF-8; decoded as windows-1256" };
  }
  throw new DecodeError("invalid encoding: the bytes are not valid UTF-8 and no usable charset is declared");
}

function hasMultibyte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0xc2) return true;
  return false;
}

function arabicShare(text: string): number {
  let letters = 0;
  let arabic = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    }
  }
  return letters ? arabic / letters : 0;
}
