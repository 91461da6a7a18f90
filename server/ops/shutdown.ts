/**
 * Graceful shutdown helpers: count in-flight HTTP requests and wait (bounded) until they are done.
 * The order of the whole shutdown lives in server/app.ts `close()` (docs/server.md "Graceful shutdown").
 */
import type { Server, ServerResponse } from "node:http";

export class InFlight {
  private count = 0;
  private waiters = new Set<() => void>();

  /** Counts `res` until it closes (finished or aborted). */
  track(res: ServerResponse): void {
    this.count++;
    res.once("close", () => {
      this.count--;
      if (this.count === 0) for (const w of [...this.waiters]) w();
    });
  }

  get size(): number {
    return this.count;
  }

  /** Resolves true once nothing is in flight, false if `timeoutMs` passed first. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(onIdle);
        resolve(ok);
      };
      const onIdle = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      timer.unref();
      this.waiters.add(onIdle);
    });
  }
}

/** Resolves within `timeoutMs` whether or not `p` settled (true when it did). */
export function within(p: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    timer.unref();
    const settled = () => {
      clearTimeout(timer);
      resolve(true);
    };
    p.then(settled, settled);
  });
}

/** Stops accepting connections; idle keep-alive connections are closed now, busy ones once their response is sent. */
export function stopAccepting(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
