/**
 * `--direct` for the CLI and replay: opens the configured store and runs the same pipeline
 * (extraction pool + writeArticle) in-process. No sockets here: a running server shows the
 * articles on its next read (its live pushes only cover what it ingested itself).
 */
import type { Env } from "../../../lib/env";
import { ExtractPool } from "../../extract/pool";
import { silentLogger as silentServerLogger } from "../../logger";
import { IngestPipeline } from "../../pipeline";
import { openStore } from "../../store";
import { pipelineSubmitter, type Submitter } from "./submit";

export async function directSubmitter(env: Env, sourceId: string): Promise<Submitter> {
  const store = await openStore(env);
  const pool = new ExtractPool({ size: env.EXTRACT_WORKERS, timeoutMs: 10_000, logger: silentServerLogger });
  const pipeline = new IngestPipeline({ store, pool, env, logger: silentServerLogger });
  return pipelineSubmitter(pipeline, sourceId, async () => {
    await pool.close();
    await store.close();
  });
}
