"use client";
import { useEffect, useState } from "react";

/** Cycles through `count` views every `seconds` (null: no rotation). Returns the index and when it started. */
export function useRotation(count: number, seconds: number | null): { index: number; startedAt: number } {
  const [state, setState] = useState({ index: 0, startedAt: 0 });
  useEffect(() => {
    if (!seconds || count < 2) return;
    setState({ index: 0, startedAt: Date.now() });
    const t = setInterval(() => setState((s) => ({ index: (s.index + 1) % count, startedAt: Date.now() })), seconds * 1000);
    return () => clearInterval(t);
  }, [count, seconds]);
  return { index: count ? state.index % count : 0, startedAt: state.startedAt };
}
