/**
 * Connection state as a small external store (Grafana-style: connection state is UI).
 * Written by the live client, read through `useConnection()`.
 */
export type ConnectionState = "connecting" | "live" | "reconnecting" | "restarting" | "offline";

/**
 * The one connection state machine shown by the dashboard and the wall (docs/dashboard.md):
 * connecting (first connect) -> live; on a drop, reconnecting; still down OFFLINE_AFTER_MS after
 * the drop (or the browser reports no network), offline; live again as soon as the socket is back.
 * A server that announced `server:shutdown` puts the client in "restarting" (a planned restart, not
 * an error) until it is back, or offline once down for RESTART_OFFLINE_AFTER_MS.
 */
export const OFFLINE_AFTER_MS = 20_000;
export const RESTART_OFFLINE_AFTER_MS = 60_000;

/** The state to display at `now`: the socket's state, turned offline once down for OFFLINE_AFTER_MS. Pure. */
export function shownState(c: Pick<ConnectionSnapshot, "state" | "since">, now: number): ConnectionState {
  if ((c.state === "reconnecting" || c.state === "connecting") && c.since > 0 && now - c.since >= OFFLINE_AFTER_MS) return "offline";
  if (c.state === "restarting" && c.since > 0 && now - c.since >= RESTART_OFFLINE_AFTER_MS) return "offline";
  return c.state;
}

export interface ConnectionSnapshot {
  state: ConnectionState;
  /** ms epoch of the last thing heard from the server (event, ack or heartbeat). */
  lastEventAt: number | null;
  /** ms epoch when the newest statement arrived (push, catch-up or initial load). */
  lastStatementAt: number | null;
  /** Highest seq the server announced. */
  serverHead: number | null;
  /** ms epoch when `state` last changed. */
  since: number;
  /** Whether the server runs the demo generator (null until `server:hello`). */
  demo: boolean | null;
  /** Last seq this client has applied: the catch-up cursor. */
  cursor: number | null;
}

let snapshot: ConnectionSnapshot = {
  state: "connecting", lastEventAt: null, lastStatementAt: null, serverHead: null, since: Date.now(), demo: null, cursor: null,
};
const listeners = new Set<() => void>();

export const connectionStore = {
  get: (): ConnectionSnapshot => snapshot,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  update(patch: Partial<ConnectionSnapshot>): void {
    const next = { ...snapshot, ...patch };
    if (patch.state && patch.state !== snapshot.state) next.since = Date.now();
    const changed = (Object.keys(next) as (keyof ConnectionSnapshot)[]).some((k) => next[k] !== snapshot[k]);
    if (!changed) return;
    snapshot = next;
    for (const l of listeners) l();
  },
};

/** Server-rendered pages start as "connecting". */
export const SERVER_SNAPSHOT: ConnectionSnapshot = {
  state: "connecting", lastEventAt: null, lastStatementAt: null, serverHead: null, since: 0, demo: null, cursor: null,
};
