"use client";
/**
 * Freezing the visible feed: while the reader hovers it or has scrolled down, items that arrived
 * after the freeze are held back (counted as "N new") so nothing shifts under the eye.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { StatementDTO } from "../../lib/contract/dto";

export function useFreeze(items: StatementDTO[]) {
  const [hovered, setHovered] = useState(false);
  const [scrolled, setScrolled] = useState(false);
  const [anchor, setAnchor] = useState<number | null>(null);
  const frozen = hovered || scrolled;
  // Held back = arrived after the freeze (higher seq), wherever it sorts by statement time.
  const topSeq = items.length ? items.reduce((m, s) => Math.max(m, s.seq), 0) : null;
  useEffect(() => {
    if (frozen && anchor === null) setAnchor(topSeq ?? 0);
    if (!frozen && anchor !== null) setAnchor(null);
  }, [frozen, anchor, topSeq]);
  const shown = useMemo(() => (anchor === null ? items : items.filter((s) => s.seq <= anchor)), [items, anchor]);
  const pending = items.length - shown.length;

  // Items first seen after the initial load animate in once.
  const firstSeen = useRef<Map<string, number> | null>(null);
  const now = Date.now();
  if (firstSeen.current === null) {
    if (items.length) firstSeen.current = new Map(items.map((s) => [s.id, 0]));
  } else {
    for (const s of shown) if (!firstSeen.current.has(s.id)) firstSeen.current.set(s.id, now);
    if (firstSeen.current.size > 6000) firstSeen.current = new Map(shown.map((s) => [s.id, 0]));
  }
  const isNew = (id: string) => {
    const t = firstSeen.current?.get(id);
    return t !== undefined && t > 0 && now - t < 1500;
  };
  return {
    shown, pending, frozen, hovered, isNew,
    setHovered, setScrolled,
    /** Show everything that arrived (keeps the freeze for what comes next). */
    release: () => setAnchor(topSeq),
  };
}
