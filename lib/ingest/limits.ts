/**
 * The article boundary checks, in one place for every source (HTTP API, feeds, folder, CLI, replay):
 * the pipeline calls `checkArticleText` before extraction. Byte-level checks that must run before
 * decoding (`looksBinary` in ./charset.ts) stay where bytes arrive.
 */
import { AppError } from "../errors";

/** Text that is clearly not text: control characters or U+FFFD in more than 5% of the first 8 KB. */
export function looksBinaryText(s: string): boolean {
  const sample = s.slice(0, 8192);
  if (sample.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.05;
}

/** Throws `payload_too_large` over `maxBytes` (UTF-8), `unprocessable_article` when empty or binary-looking. */
export function checkArticleText(raw: string, maxBytes: number): void {
  if (Buffer.byteLength(raw, "utf8") > maxBytes) {
    throw new AppError("payload_too_large", `Article exceeds ${maxBytes} bytes`, { maxBytes });
  }
  if (raw.trim() === "") throw new AppError("unprocessable_article", "The article is empty");
  if (looksBinaryText(raw)) throw new AppError("unprocessable_article", "The article does not look like text (binary data?)");
}
