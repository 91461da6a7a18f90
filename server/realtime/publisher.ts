/**
 * Turns the pipeline's `stored` events (emitted only after the transaction committed) into room emits.
 *
 * Load-adaptive coalescing: a `stored` event schedules one flush, so a lone statement goes out at once
 * (in a microtask, after the other jobs of its group commit announced and before the HTTP responses),
 * and everything committed before that flush runs goes out as one `statements:created` emit per group
 * of rooms (room `all` gets the whole batch in one frame). Under load the FlushPacer (./pacer.ts)
 * holds the next flush for a few times the cost of the last broadcast (bounded by PUSH_HOLD_MAX_MS,
 * and only while statements arrive fast enough to share it), so the busier the fan-out, the larger
 * the batches; an idle server adds no delay. Socket.IO encodes each emit once for all its sockets
 * (perMessageDeflate is off). `cluster:updated` follows the statements of its batch;
 * `statement:retracted` flushes what is pending first. pushedAt write-backs are batched off the push
 * path (see PushedWriter).
 */
import type { InsertOutcome, Store } from "../../lib/store/types";
import type { Logger } from "../logger";
import type { Pipeline } from "../types";
import { FlushPacer } from "./pacer";
import { roomsForStatement } from "./rooms";
import type { BayanIo } from "./types";

/** How often the batched pushedAt write-back runs (ms). */
export const PUSHED_FLUSH_MS = 250;

type Stmt = InsertOutcome["statement"];
type Cluster = NonNullable<InsertOutcome["cluster"]>;

export interface Publisher {
  /** Emits what is pending and writes the pending pushedAt marks. */
  close(): Promise<void>;
}

export interface PublisherOptions {
  /** Upper bound of the hold after a flush (ms, PUSH_HOLD_MAX_MS); 0 never holds: every flush goes out at once. */
  maxHoldMs: number;
  /** Called with each flush's outcomes as its emit starts (push-latency metric). */
  onFlush?: (outcomes: InsertOutcome[]) => void;
}

export function startPublisher(io: BayanIo, pipeline: Pipeline, store: Store, log: Logger, opts: PublisherOptions): Publisher {
  const pushed = new PushedWriter(store, log);
  const pacer = new FlushPacer({ maxHoldMs: opts.maxHoldMs });
  let pending: InsertOutcome[] = [];
  let cancel: (() => void) | null = null;

  const flush = (): void => {
    cancel?.();
    cancel = null;
    const batch = pending;
    pending = [];
    if (!batch.length) return;
    opts.onFlush?.(batch);
    const t0 = performance.now();
    try {
      pushed.add(publish(io, batch));
    } catch (e) {
      log.error("publish failed", { err: e });
    }
    pacer.flushed(t0, performance.now());
  };

  const schedule = (): void => {
    if (cancel) return;
    const wait = pacer.waitMs(performance.now());
    if (wait > 0) {
      const t = setTimeout(flush, wait);
      cancel = () => clearTimeout(t);
    } else {
      // After the promise reactions already queued (the other jobs of the same group commit announce at the same
      // depth), before the HTTP responses and the bookkeeping that follow the commit.
      let live = true;
      queueMicrotask(() => { if (live) flush(); });
      cancel = () => { live = false; };
    }
  };

  pipeline.on("stored", ({ inserted, retractedIds }) => {
    pending.push(...inserted);
    pacer.arrived(inserted.length, performance.now());
    if (retractedIds.length) {
      flush();
      io.emit("statement:retracted", { ids: retractedIds });
      return;
    }
    schedule();
  });

  return {
    async close() {
      flush();
      await pushed.close();
    },
  };
}

/** Emits one batch's outcomes; returns the ids pushed. */
function publish(io: BayanIo, outcomes: InsertOutcome[]): string[] {
  const ids: string[] = [];
  const fresh: Stmt[] = [];
  const clusters: { rooms: string[]; cluster: Cluster }[] = [];
  for (const o of outcomes) {
    if (o.duplicate) continue;
    // Echoes (later mentions of a cluster) update the cluster's head instead of appearing twice.
    if (o.statement.echoOf === null) fresh.push(o.statement);
    if (o.cluster) clusters.push({ rooms: roomsForStatement(o.statement), cluster: o.cluster });
    ids.push(o.statement.id);
  }
  if (fresh.length === 1) io.to(roomsForStatement(fresh[0]!)).emit("statement:created", fresh[0]!);
  else if (fresh.length > 1) emitBatch(io, fresh);
  for (const c of clusters) io.to(c.rooms).emit("cluster:updated", c.cluster);
  return ids;
}

/**
 * Room `all` (filter {}) gets every statement in one frame; its sockets sit in no other room. The
 * other rooms are grouped by the exact set a statement matches, so each socket still gets each
 * statement once.
 */
function emitBatch(io: BayanIo, fresh: Stmt[]): void {
  io.to("all").emit("statements:created", fresh);
  const groups = new Map<string, { rooms: string[]; items: Stmt[] }>();
  for (const s of fresh) {
    const rooms = roomsForStatement(s).filter((r) => r !== "all");
    const key = rooms.join("\n");
    const g = groups.get(key);
    if (g) g.items.push(s);
    else groups.set(key, { rooms, items: [s] });
  }
  for (const g of groups.values()) {
    if (!g.rooms.length) continue;
    if (g.items.length === 1) io.to(g.rooms).emit("statement:created", g.items[0]!);
    else io.to(g.rooms).emit("statements:created", g.items);
  }
}

/** Collects pushed ids and records pushedAt in one store call per PUSHED_FLUSH_MS, never on the push path. */
class PushedWriter {
  private ids: string[] = [];
  private at: Date | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store, private readonly log: Logger) {}

  add(ids: string[]): void {
    if (!ids.length) return;
    this.at ??= new Date();
    this.ids.push(...ids);
    if (!this.timer) {
      this.timer = setTimeout(() => { this.timer = null; this.write(); }, PUSHED_FLUSH_MS);
      this.timer.unref?.();
    }
  }

  private write(): void {
    const ids = this.ids;
    const at = this.at;
    this.ids = [];
    this.at = null;
    if (!ids.length || !at) return;
    this.running = this.running
      .then(() => this.store.markPushed(ids, at))
      .catch((e: unknown) => this.log.warn("markPushed failed", { err: e }));
  }

  async close(): Promise<void> {
    if (this.timer) { clearTimeout(this.timer); this.timer = null; }
    this.write();
    await this.running;
  }
}
