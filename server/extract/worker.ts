/** Extraction worker thread: receives jobs, answers results. Started by ./pool.ts. */
import { parentPort } from "node:worker_threads";
import { runExtraction, type ExtractJob } from "./run";

export interface WorkerRequest {
  id: number;
  job: ExtractJob;
}
export type WorkerResponse =
  | { id: number; ok: true; result: Awaited<ReturnType<typeof runExtraction>> }
  | { id: number; ok: false; message: string };

const port = parentPort;
if (port) {
  port.on("message", (msg: WorkerRequest) => {
    runExtraction(msg.job).then(
      (result) => port.postMessage({ id: msg.id, ok: true, result } satisfies WorkerResponse),
      (e: unknown) => port.postMessage({ id: msg.id, ok: false, message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) } satisfies WorkerResponse),
    );
  });
}
