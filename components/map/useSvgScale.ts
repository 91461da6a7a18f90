"use client";
import { useEffect, useState, type RefObject } from "react";

/**
 * Screen pixels per viewBox unit of an SVG drawn with preserveAspectRatio "meet",
 * tracked with a ResizeObserver so labels can keep a constant on-screen size.
 */
export function useSvgScale(ref: RefObject<SVGSVGElement | null>, vbWidth: number, vbHeight: number): number {
  const [scale, setScale] = useState(0.5);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      if (width > 0 && height > 0) setScale(Math.min(width / vbWidth, height / vbHeight));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, vbWidth, vbHeight]);
  return scale;
}
