/** The typed bag of components the server's parts share (built once by createApp). */
import type { Env } from "../lib/env";
import type { Store } from "../lib/store/types";
import type { Logger } from "./logger";
import type { BayanIo } from "./realtime/types";
import type { Pipeline } from "./types";

export interface AppContext {
  env: Env;
  store: Store;
  pipeline: Pipeline;
  logger: Logger;
  /** Socket.IO server (null only before realtime is attached). */
  io: BayanIo | null;
  /** The key required by write endpoints (from API_KEY or generated). */
  apiKey: string;
  /** Whether the demo generator is running. */
  demo: boolean;
  startedAt: Date;
  version: string;
}
