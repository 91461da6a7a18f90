/**
 * Starts the ingestion sources (server/ingest/sources, owned by the sources engineer) when present,
 * and relays their health to sockets as `source:health`.
 */
import type { Env } from "../lib/env";
import type { SourceState, Store } from "../lib/store/types";
import type { Logger } from "./logger";
import type { BayanIo } from "./realtime/types";
import type { Pipeline } from "./types";

export interface SourcesHandle {
  stop(): Promise<void>;
}

interface SourcesModule {
  startSources(ctx: {
    env: Env;
    store: Store;
    pipeline: Pipeline;
    logger: Logger;
    io?: unknown;
    onHealth?: (s: SourceState) => void;
  }): Promise<SourcesHandle>;
}

export async function startIngestSources(ctx: { env: Env; store: Store; pipeline: Pipeline; logger: Logger; io: BayanIo }): Promise<SourcesHandle | null> {
  const log = ctx.logger.child("sources");
  let mod: SourcesModule;
  try {
    mod = (await import("./ingest/sources/index")) as SourcesModule;
  } catch (e) {
    log.warn("ingestion sources unavailable", { err: e });
    return null;
  }
  const onHealth = (s: SourceState) => {
    const state = s.state === "disabled" ? "idle" : s.state;
    ctx.io.emit("source:health", { id: s.id, state, failingSince: s.failingSince });
  };
  try {
    return await mod.startSources({ env: ctx.env, store: ctx.store, pipeline: ctx.pipeline, logger: log, io: ctx.io, onHealth });
  } catch (e) {
    log.error("ingestion sources failed to start", { err: e });
    return null;
  }
}
