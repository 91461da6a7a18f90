/** The typed bag of components the server's parts share (built once by createApp, server/app.ts). */
import type { Env } from "../lib/env";
import type { Store } from "../lib/store/types";
import type { KeyRing } from "./auth/keyring";
import type { ExtractorActors } from "./extract/actors";
import type { Logger } from "./logger";
import type { BayanIo } from "./realtime/types";
import type { SourceActivity } from "./source-activity";
import type { Pipeline } from "./types";

export interface AppContext {
  env: Env;
  store: Store;
  pipeline: Pipeline;
  logger: Logger;
  /** Socket.IO server (attached before the context is built). */
  io: BayanIo;
  /** The simple setup's admin key (API_KEY or the generated ./data/api-key). */
  apiKey: string;
  /** Every valid key and token (stored, hashed; plus API_KEY and VIEWER_TOKEN): see server/http/auth.ts. */
  keys: KeyRing;
  /** Whether the demo generator is running. */
  demo: boolean;
  /** Registry actors' stored aliases, broadcast to the extraction workers (call `update` after alias/merge writes). */
  extractActors: ExtractorActors;
  /** Health and item bookkeeping of the `api` and `demo` sources. */
  sourceActivity: SourceActivity;
  startedAt: Date;
  version: string;
}
