/**
 * Lets the HTTP routes (which only see the AppContext) find the FeedManager that startSources
 * created for the same store. Keyed by the store object, so several apps in one process (tests) stay apart.
 */
import type { FeedManager } from "./feed-manager";

const managers = new WeakMap<object, FeedManager>();

export function registerFeedManager(store: object, m: FeedManager): void {
  managers.set(store, m);
}

export function unregisterFeedManager(store: object, m: FeedManager): void {
  if (managers.get(store) === m) managers.delete(store);
}

export function getFeedManager(store: object): FeedManager | null {
  return managers.get(store) ?? null;
}
