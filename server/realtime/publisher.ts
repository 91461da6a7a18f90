/**
 * Turns the pipeline's `stored` events (emitted only after the transaction committed) into room emits:
 * `statement:created` for new statements, `cluster:updated` when an echo joined a cluster,
 * `statement:retracted` for statements replaced by a new version of their article. Then records pushedAt.
 */
import type { InsertOutcome, Store } from "../../lib/store/types";
import type { Logger } from "../logger";
import type { Pipeline } from "../types";
import { roomsForStatement } from "./rooms";
import type { BayanIo } from "./types";

export function startPublisher(io: BayanIo, pipeline: Pipeline, store: Store, log: Logger): void {
  pipeline.on("stored", ({ inserted, retractedIds }) => {
    try {
      const pushed = publish(io, inserted);
      if (retractedIds.length) io.emit("statement:retracted", { ids: retractedIds });
      if (pushed.length) {
        store.markPushed(pushed, new Date()).catch((e: unknown) => log.warn("markPushed failed", { err: e }));
      }
    } catch (e) {
      log.error("publish failed", { err: e });
    }
  });
}

function publish(io: BayanIo, inserted: InsertOutcome[]): string[] {
  const pushed: string[] = [];
  for (const o of inserted) {
    if (o.duplicate) continue;
    const s = o.statement;
    const rooms = roomsForStatement(s);
    // Echoes (later mentions of a cluster) update the cluster's head instead of appearing twice.
    if (s.echoOf === null) io.to(rooms).emit("statement:created", s);
    if (o.cluster) io.to(rooms).emit("cluster:updated", o.cluster);
    pushed.push(s.id);
  }
  return pushed;
}
