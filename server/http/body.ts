/**
 * Request body reading with a byte limit. Over the limit: rejects with 413 `payload_too_large`
 * as soon as it is known (Content-Length or streamed bytes) and discards the rest without buffering it.
 */
import type { IncomingMessage } from "node:http";
import { AppError } from "../../lib/errors";

/** After a 413 we drain (discard) at most this much more before cutting the connection. */
const DRAIN_CAP_BYTES = 16 * 1024 * 1024;

function discard(req: IncomingMessage): void {
  let drained = 0;
  req.removeAllListeners("data");
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_CAP_BYTES) req.destroy();
  });
  req.on("error", () => undefined);
  req.resume();
}

export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(req);
    return Promise.reject(tooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err: AppError | null) => {
      if (done) return;
      done = true;
      if (err) reject(err);
      else resolve(Buffer.concat(chunks, size));
    };
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        discard(req);
        finish(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => finish(null));
    req.on("aborted", () => finish(new AppError("validation_failed", "Request aborted")));
    req.on("error", () => finish(new AppError("validation_failed", "Request body could not be read")));
  });
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `Request body exceeds ${maxBytes} bytes`, { maxBytes });
}

export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const type = header.split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/** Reads and parses a JSON body. */
export async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (!isJsonContentType(req.headers["content-type"])) {
    discard(req);
    throw new AppError("unsupported_media_type", "Content-Type must be application/json");
  }
  const buf = await readBody(req, maxBytes);
  const text = buf.toString("utf8");
  if (text.trim() === "") throw new AppError("invalid_json", "Request body is empty");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("invalid_json", "Request body is not valid JSON");
  }
}
