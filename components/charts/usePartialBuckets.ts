"use client";
import { useEffect, useState } from "react";
import type { VolumeResponse } from "../../lib/contract/dto";
import { partialBuckets } from "./chartData";

/**
 * Indexes of the partial buckets of `v`, re-evaluated every 10 s (the current bucket becomes
 * complete when its end passes); the chart re-renders only when the set changes.
 */
export function usePartialBuckets(v: VolumeResponse): number[] {
  const compute = () => partialBuckets(v, Date.now()).join(",");
  const [key, setKey] = useState(compute);
  useEffect(() => {
    setKey(partialBuckets(v, Date.now()).join(","));
    const id = setInterval(() => setKey(partialBuckets(v, Date.now()).join(",")), 10_000);
    return () => clearInterval(id);
  }, [v]);
  return key === "" ? [] : key.split(",").map(Number);
}
