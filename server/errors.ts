/** Turns anything thrown into an AppError: unknown errors become `internal` (stack logged, message hidden). */
import { AppError } from "../lib/errors";
import type { Logger } from "./logger";

export function asAppError(e: unknown, log: Logger, context?: Record<string, unknown>): AppError {
  if (e instanceof AppError) return e;
  log.error("unexpected error", { ...context, err: e });
  return new AppError("internal", "Internal server error");
}

export function errorAck(e: AppError): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code: e.code, message: e.message } };
}
