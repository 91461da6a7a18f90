"use client";
/** One shared ticker per period (1 s or 10 s) for every relative time on the page. */
import { useSyncExternalStore } from "react";

type Period = 1_000 | 10_000;
const tickers = new Map<Period, { now: number; listeners: Set<() => void>; timer: ReturnType<typeof setInterval> | null }>();

function ticker(p: Period) {
  let t = tickers.get(p);
  if (!t) {
    t = { now: Date.now(), listeners: new Set(), timer: null };
    tickers.set(p, t);
  }
  return t;
}

function subscribe(p: Period, l: () => void): () => void {
  const t = ticker(p);
  t.listeners.add(l);
  if (!t.timer) {
    t.now = Date.now();
    t.timer = setInterval(() => {
      t.now = Date.now();
      for (const fn of t.listeners) fn();
    }, p);
  }
  return () => {
    t.listeners.delete(l);
    if (!t.listeners.size && t.timer) { clearInterval(t.timer); t.timer = null; }
  };
}

const subscribers: Record<Period, (l: () => void) => () => void> = {
  1_000: (l) => subscribe(1_000, l),
  10_000: (l) => subscribe(10_000, l),
};
const getters: Record<Period, () => number> = { 1_000: () => ticker(1_000).now, 10_000: () => ticker(10_000).now };

/** Current time (ms), re-rendering every `period`; 0 during server rendering. */
export function useNow(period: Period = 1_000): number {
  return useSyncExternalStore(subscribers[period], getters[period], () => 0);
}
