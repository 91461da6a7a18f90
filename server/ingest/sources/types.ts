/** Types shared by the ingestion sources. */
import type { SourceState } from "../../../lib/store/types";

/** Minimal logger shape (compatible with server/logger.ts). */
export interface SourceLogger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: SourceLogger = { debug() {}, info() {}, warn() {}, error() {} };

export type HealthListener = (state: SourceState) => void;

export interface PollSummary {
  sourceId: string;
  status: "ok" | "not_modified" | "failed";
  items: number;
  ingested: number;
  duplicates: number;
  failed: number;
  error: string | null;
}
