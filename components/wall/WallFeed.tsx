"use client";
import { useRef } from "react";
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
 * Latest statements that fit the panel, newest first, never scrolling and never a half card:
 * the list is a wrapping flex column of the panel's height, so a card that does not fit entirely
 * wraps into a second column outside the clipped box. Pure CSS: no measuring on every push.
 */
export function WallFeed({ items, status, glowing, now, lang, t }: Props) {
  const shown = (items ?? []).slice(0, WALL_FEED_RENDER);
  // Cards on screen at first load appear at once (fast first paint); later arrivals slide in.
  const initial = useRef<Set<string> | null>(null);
  if (initial.current === null && shown.length) initial.current = new Set(shown.map((s) => s.id));
  if (status === "pending") return <div className={styles.empty}>{t.loading}</div>;
  if (status === "error" && !items) return <div className={styles.empty}>{t.error}</div>;
  if (!shown.length) return <div className={styles.empty}>{t.noStatements}</div>;
  return (
    <ol className={styles.feed} data-testid="wall-feed" aria-live="off">
      {shown.map((s) => <WallFeedItem key={s.id} s={s} now={now} glowing={glowing.has(s.id)} animate={!initial.current?.has(s.id)} lang={lang} t={t} />)}
    </ol>
  );
}
