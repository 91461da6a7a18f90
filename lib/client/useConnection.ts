"use client";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { connectionStore, SERVER_SNAPSHOT, type ConnectionSnapshot } from "./connection";
import { onConnected } from "./socket";

/** Connection state of the one socket: connecting | live | reconnecting | offline, plus freshness. */
export function useConnection(): ConnectionSnapshot {
  return useSyncExternalStore(connectionStore.subscribe, connectionStore.get, () => SERVER_SNAPSHOT);
}

/** Runs `fn` on every (re)connect of the one socket while the calling component is mounted. */
export function useOnConnected(fn: () => void): void {
  const ref = useRef(fn);
  ref.current = fn;
  useEffect(() => onConnected(() => ref.current()), []);
}
