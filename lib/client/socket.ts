/**
 * The ONE browser socket (typed with the shared contract). Reconnects forever with
 * exponential backoff + jitter; a watchdog, page visibility and `online` events force a
 * reconnect after sleep or a silent network drop. Connection state goes to `connectionStore`.
 */
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../contract/events";
import { connectionStore, OFFLINE_AFTER_MS } from "./connection";
import { viewerToken } from "./token";

export type BayanSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** No event or heartbeat for this long while "connected" => the link is dead: reconnect. */
export const WATCHDOG_SILENCE_MS = 60_000;

let socket: BayanSocket | null = null;
let everConnected = false;
let disconnectedAt: number | null = null;
/** Set by `server:shutdown`: the coming drop is a planned restart (cleared on the next connect). */
let restarting = false;
let restartDelayMs = 1000;
const connectHandlers = new Set<() => void>();

function heard(): void {
  connectionStore.update({ lastEventAt: Date.now() });
}

function markDown(): void {
  if (disconnectedAt === null) disconnectedAt = Date.now();
  const noNetwork = typeof navigator !== "undefined" && navigator.onLine === false;
  // A planned restart stays "restarting" (shownState turns it offline after RESTART_OFFLINE_AFTER_MS).
  const offline = noNetwork || (!restarting && Date.now() - disconnectedAt > OFFLINE_AFTER_MS);
  const down = restarting ? "restarting" : everConnected ? "reconnecting" : "connecting";
  connectionStore.update({ state: offline ? "offline" : down });
}

/** Drops the transport and connects again with a fresh backoff. */
export function forceReconnect(): void {
  if (!socket) return;
  socket.disconnect();
  socket.connect();
}

/** Runs `fn` on every (re)connect, including now if already connected. */
export function onConnected(fn: () => void): () => void {
  connectHandlers.add(fn);
  if (socket?.connected) fn();
  return () => connectHandlers.delete(fn);
}

export function getSocket(): BayanSocket {
  if (socket) return socket;
  if (typeof window === "undefined") throw new Error("getSocket() is browser-only");
  const token = viewerToken();
  const s: BayanSocket = io({
    path: "/socket.io",
    autoConnect: true,
    reconnection: true,
    reconnectionAttempts: Infinity,
    reconnectionDelay: 500,
    reconnectionDelayMax: 10_000,
    randomizationFactor: 0.5,
    timeout: 10_000,
    auth: token ? { token } : {},
    query: token ? { token } : {},
  });
  socket = s;
  s.on("connect", () => {
    everConnected = true;
    disconnectedAt = null;
    restarting = false;
    heard();
    for (const fn of connectHandlers) fn();
  });
  s.on("disconnect", (reason) => {
    markDown();
    // The server closed us on purpose (e.g. restart): socket.io will not retry by itself.
    if (reason === "io server disconnect") {
      if (restarting) window.setTimeout(() => { if (!s.connected && !s.active) s.connect(); }, restartDelayMs);
      else s.connect();
    }
  });
  s.on("connect_error", () => markDown());
  s.on("server:hello", (p) => {
    heard();
    connectionStore.update({ serverHead: p.head, demo: p.demo });
  });
  s.on("server:shutdown", ({ reconnectInMs }) => {
    heard();
    restarting = true;
    // Spread reconnects of many screens over the hinted delay (± half), bounded.
    restartDelayMs = Math.min(60_000, Math.max(250, reconnectInMs * (0.5 + Math.random())));
    connectionStore.update({ state: "restarting" });
  });
  s.io.on("ping", heard);
  s.io.on("reconnect_attempt", markDown);
  s.onAny(heard);

  const wake = () => {
    const { lastEventAt } = connectionStore.get();
    if (!s.connected || (lastEventAt !== null && Date.now() - lastEventAt > WATCHDOG_SILENCE_MS / 2)) forceReconnect();
  };
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") wake(); });
  window.addEventListener("online", wake);
  window.addEventListener("offline", markDown);
  window.setInterval(() => {
    const { lastEventAt } = connectionStore.get();
    if (s.connected && lastEventAt !== null && Date.now() - lastEventAt > WATCHDOG_SILENCE_MS) forceReconnect();
    else if (!s.connected) {
      markDown();
      if (!s.active) s.connect();
    }
  }, 5_000);
  return s;
}
