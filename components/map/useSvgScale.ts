"use client";
import { useEffect, useState, type RefObject } from "react";

/**
 * Screen pixels per viewBox unit of an SVG drawn with preserveAspectRatio "meet" (its content box:
 * padding excluded), tracked with a ResizeObserver so labels can keep a constant on-screen size.
 */
export function useSvgScale(ref: RefObject<SVGSVGElement | null>, vbWidth: number, vbHeight: number): number {
  const [scale, setScale] = useState(0.5);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const cs = getComputedStyle(el);
      const pad = (a: string, b: string) => (parseFloat(a) || 0) + (parseFloat(b) || 0);
      const { width, height } = el.getBoundingClientRect();
      const w = width - pad(cs.paddingLeft, cs.paddingRight);
      const h = height - pad(cs.paddingTop, cs.paddingBottom);
      if (w > 0 && h > 0) setScale(Math.min(w / vbWidth, h / vbHeight));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, vbWidth, vbHeight]);
  return scale;
}
