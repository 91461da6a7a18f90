/** Response helpers: `{ data }` on success, `{ error: { code, message, details? } }` via AppError.toBody. */
import type { ServerResponse } from "node:http";
import type { AppError } from "../../lib/errors";
import type { Logger } from "../logger";
import type { StreamReply } from "./types";

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.writableEnded || res.destroyed) return;
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(payload),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(payload);
}

export function sendData(res: ServerResponse, status: number, data: unknown, headers?: Record<string, string>): void {
  sendJson(res, status, { data }, headers);
}

/** The one place an AppError becomes an HTTP response. */
export function sendError(res: ServerResponse, err: AppError, headers?: Record<string, string>): void {
  sendJson(res, err.status, err.toBody(), headers);
}

/**
 * Writes a streamed reply with backpressure: each chunk waits for `drain` when the socket buffer is
 * full; a client that goes away stops the stream. An error after the headers destroys the response
 * (the client sees a cut transfer, never a half JSON error).
 */
export async function sendStream(res: ServerResponse, reply: StreamReply, headers: Record<string, string>, log: Logger): Promise<void> {
  res.writeHead(reply.status ?? 200, { "cache-control": "no-store", ...headers, ...reply.headers });
  const write = (chunk: string): Promise<boolean> => {
    if (res.destroyed || res.writableEnded) return Promise.resolve(false);
    if (res.write(chunk)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        res.off("drain", onDrain);
        res.off("close", onClose);
        resolve(ok);
      };
      const onDrain = () => done(true);
      const onClose = () => done(false);
      res.once("drain", onDrain);
      res.once("close", onClose);
    });
  };
  try {
    await reply.stream(write);
    if (!res.destroyed) res.end();
  } catch (e) {
    log.error("stream failed after the headers were sent", { err: e });
    res.destroy();
  }
}
