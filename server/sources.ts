/**
 * Starts the ingestion sources (server/ingest/sources: feeds, folder) and relays their health
 * to sockets as `source:health`. A source that fails to start is logged; the server keeps running.
 */
import type { Env } from "../lib/env";
import type { SourceState, Store } from "../lib/store/types";
import { startSources } from "./ingest/sources/index";
import type { Logger } from "./logger";
import type { BayanIo } from "./realtime/types";
import type { Pipeline } from "./types";

export interface SourcesHandle {
  stop(): Promise<void>;
}

/** Relays a source's health change to every socket as `source:health` (disabled is shown as idle). */
export function emitHealth(io: BayanIo, s: SourceState): void {
  const state = s.state === "disabled" ? "idle" : s.state;
  io.emit("source:health", { id: s.id, state, failingSince: s.failingSince });
}

export async function startIngestSources(ctx: {
  env: Env; store: Store; pipeline: Pipeline; logger: Logger; io: BayanIo; onSourceError?: (src: { id: string; kind: SourceState["kind"] }) => void;
}): Promise<SourcesHandle | null> {
  const log = ctx.logger.child("sources");
  const onHealth = (s: SourceState) => emitHealth(ctx.io, s);
  try {
    return await startSources({ env: ctx.env, store: ctx.store, pipeline: ctx.pipeline, logger: log, io: ctx.io, onHealth, onSourceError: ctx.onSourceError });
  } catch (e) {
    log.error("ingestion sources failed to start", { err: e });
    return null;
  }
}
