"use client";
/**
 * Windowed list with measured row heights. Only rows near the viewport are mounted; heights
 * are measured with ResizeObserver and cached by key. When a row ABOVE the viewport changes
 * height, scrollTop is corrected so what the reader looks at does not move.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";

interface Props<T> {
  items: T[];
  getKey: (item: T) => string;
  estimate: number;
  renderItem: (item: T, index: number) => ReactNode;
  overscan?: number;
  onEndReached?: () => void;
  onScroll?: (scrollTop: number) => void;
  scrollRef?: RefObject<HTMLDivElement | null>;
  className?: string;
  footer?: ReactNode;
  testId?: string;
}

function Row({ id, top, onSize, children }: { id: string; top: number; onSize: (id: string, h: number) => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // ResizeObserver reports after layout: no forced synchronous layout per row.
    const ro = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const h = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
      onSize(id, Math.round(h));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [id, onSize]);
  return <div ref={ref} style={{ position: "absolute", insetInline: 0, top, contain: "layout" }}>{children}</div>;
}

export function VirtualList<T>({ items, getKey, estimate, renderItem, overscan = 600, onEndReached, onScroll, scrollRef, className, footer, testId }: Props<T>) {
  const localRef = useRef<HTMLDivElement>(null);
  const ref = scrollRef ?? localRef;
  const heights = useRef(new Map<string, number>());
  const [, setVersion] = useState(0);
  const [view, setView] = useState({ top: 0, height: 800 });
  const raf = useRef(0);
  const keys = useMemo(() => items.map(getKey), [items, getKey]);
  // O(n) per render: cheap for a few thousand rows, and always reflects the latest measurements.
  const offsets = new Array<number>(keys.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < keys.length; i++) offsets[i + 1] = offsets[i]! + (heights.current.get(keys[i]!) ?? estimate);
  const total = offsets[keys.length] ?? 0;
  const offsetOf = useRef(new Map<string, number>());
  offsetOf.current = new Map(keys.map((k, i) => [k, offsets[i]!]));

  const onSize = useCallback((id: string, h: number) => {
    const prev = heights.current.get(id) ?? estimate;
    if (prev === h && heights.current.has(id)) return;
    heights.current.set(id, h);
    const el = ref.current;
    const top = offsetOf.current.get(id);
    if (el && top !== undefined && top + prev <= el.scrollTop && el.scrollTop > 0) el.scrollTop += h - prev;
    cancelAnimationFrame(raf.current);
    raf.current = requestAnimationFrame(() => setVersion((v) => v + 1));
  }, [estimate, ref]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      setView({ top: el.scrollTop, height: el.clientHeight });
      onScroll?.(el.scrollTop);
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    el.addEventListener("scroll", update, { passive: true });
    return () => { ro.disconnect(); el.removeEventListener("scroll", update); };
  }, [ref, onScroll]);

  // First row whose bottom is below the top edge (binary search), then walk to the bottom edge.
  let lo = 0;
  let hi = keys.length;
  const from = view.top - overscan;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! < from) lo = mid + 1;
    else hi = mid;
  }
  const start = lo;
  let end = start;
  const to = view.top + view.height + overscan;
  while (end < keys.length && offsets[end]! < to) end++;

  useEffect(() => {
    // Hidden lists (height 0) would look "scrolled to the end" forever.
    if (onEndReached && keys.length > 0 && view.height > 0 && end >= keys.length - 3) onEndReached();
  }, [end, keys.length, onEndReached, view.height]);

  return (
    <div ref={ref} className={className} style={{ overflowY: "auto", overflowAnchor: "none", position: "relative" }} data-testid={testId}>
      <div style={{ position: "relative", blockSize: total }}>
        {items.slice(start, end).map((item, i) => (
          <Row key={keys[start + i]} id={keys[start + i]!} top={offsets[start + i]!} onSize={onSize}>
            {renderItem(item, start + i)}
          </Row>
        ))}
      </div>
      {footer}
    </div>
  );
}
