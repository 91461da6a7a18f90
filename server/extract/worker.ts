/**
 * Extraction worker thread: installs the extraction configuration it was started with (workerData:
 * gazetteer, actor entries), applies configuration updates, receives jobs, answers results. Started by ./pool.ts.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ThreadExtractor, type ExtractConfig } from "./config";
import { runExtraction, type ExtractJob } from "./run";

export type WorkerRequest = { id: number; job: ExtractJob } | { config: Partial<ExtractConfig> };
export type WorkerResponse =
  /** Sent once, after the modules are loaded and the configuration installed: job timeouts start from here. */
  | { ready: true }
  | { id: number; ok: true; result: Awaited<ReturnType<typeof runExtraction>> }
  | { id: number; ok: false; message: string };

// Built once, from the configuration the worker was started with.
const thread = new ThreadExtractor((workerData as Partial<ExtractConfig> | undefined) ?? {});

const port = parentPort;
if (port) {
  port.on("message", (msg: WorkerRequest) => {
    if ("config" in msg) {
      thread.configure(msg.config);
      return;
    }
    runExtraction(msg.job, thread.extractor).then(
      (result) => port.postMessage({ id: msg.id, ok: true, result } satisfies WorkerResponse),
      (e: unknown) => port.postMessage({ id: msg.id, ok: false, message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) } satisfies WorkerResponse),
    );
  });
  port.postMessage({ ready: true } satisfies WorkerResponse);
}
