"use client";
import { useSyncExternalStore } from "react";
import { connectionStore, SERVER_SNAPSHOT, type ConnectionSnapshot } from "./connection";

/** Connection state of the one socket: connecting | live | reconnecting | offline, plus freshness. */
export function useConnection(): ConnectionSnapshot {
  return useSyncExternalStore(connectionStore.subscribe, connectionStore.get, () => SERVER_SNAPSHOT);
}
