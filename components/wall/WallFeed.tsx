"use client";
import { useLayoutEffect, useRef } from "react";
import type { StatementDTO } from "../../lib/contract/dto";
import { WallFeedItem } from "./WallFeedItem";
import type { WallStrings } from "./strings";
import styles from "./wall.module.css";

/** Upper bound of items rendered; only those that fit entirely are shown. */
export const WALL_FEED_RENDER = 10;

interface Props {
  items: StatementDTO[] | undefined;
  status: "pending" | "error" | "success";
  glowing: Map<string, number>;
  now: number;
  lang: "en" | "ar";
  t: WallStrings;
}

/**
 * Latest statements that fit the panel, newest first, never scrolling: after each layout the
 * items that would be cut off are hidden (so no half-visible card is ever shown).
 */
export function WallFeed({ items, status, glowing, now, lang, t }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const shown = (items ?? []).slice(0, WALL_FEED_RENDER);
  const sig = shown.map((s) => s.id).join(",");

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const fit = () => {
      // Write, read, write: one layout pass however many items there are.
      const els = Array.from(list.children) as HTMLElement[];
      for (const el of els) el.hidden = false;
      const limit = list.clientHeight + 1;
      const fits = els.map((el) => el.offsetTop + el.offsetHeight <= limit);
      const visible = fits.indexOf(false) === -1 ? els.length : fits.indexOf(false);
      els.forEach((el, i) => { el.hidden = i >= visible; });
      list.dataset.visible = String(visible);
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(list);
    return () => ro.disconnect();
  }, [sig, lang]);

  if (status === "pending") return <div className={styles.empty}>{t.loading}</div>;
  if (status === "error" && !items) return <div className={styles.empty}>{t.error}</div>;
  if (!shown.length) return <div className={styles.empty}>{t.noStatements}</div>;
  return (
    <ol ref={listRef} className={styles.feed} data-testid="wall-feed" aria-live="off">
      {shown.map((s) => <WallFeedItem key={s.id} s={s} now={now} glowing={glowing.has(s.id)} lang={lang} t={t} />)}
    </ol>
  );
}
