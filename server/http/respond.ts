/** Response helpers: `{ data }` on success, `{ error: { code, message, details? } }` via AppError.toBody. */
import type { ServerResponse } from "node:http";
import type { AppError } from "../../lib/errors";

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
