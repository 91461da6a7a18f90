/** Turns anything thrown into an AppError: unknown errors become `internal` (stack logged, message hidden). */
import { AppError } from "../lib/errors";
import type { Logger } from "./logger";

export function asAppError(e: unknown, log: Logger, context?: Record<string, unknown>): AppError {
  if (e instanceof AppError) return e;
  log.error("unexpected error", { ...context, err: e });
  return new AppError("internal", "Internal server error");
}

/** The socket form of an error; `rate_limited` carries retryAfterSeconds (the HTTP Retry-After). */
export function errorAck(e: AppError): { ok: false; error: { code: string; message: string; retryAfterSeconds?: number } } {
  const d = e.details as { retryAfterSeconds?: unknown } | undefined;
  const retry = e.code === "rate_limited" && typeof d?.retryAfterSeconds === "number" ? { retryAfterSeconds: d.retryAfterSeconds } : {};
  return { ok: false, error: { code: e.code, message: e.message, ...retry } };
}
