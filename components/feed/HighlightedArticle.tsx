"use client";
import { useEffect, useRef } from "react";
import styles from "./Detail.module.css";

/** Article text with the statement's sentence highlighted and scrolled into view. */
export function HighlightedArticle({ text, span, fallback }: { text: string; span: { start: number; end: number } | null; fallback: string }) {
  const markRef = useRef<HTMLElement>(null);
  let s = span && span.start >= 0 && span.end <= text.length && span.end > span.start ? span : null;
  if (!s) {
    const i = text.indexOf(fallback.slice(0, 60));
    if (i >= 0) s = { start: i, end: Math.min(text.length, i + fallback.length) };
  }
  useEffect(() => {
    const el = markRef.current;
    const box = el?.closest(`.${styles.article}`);
    if (el && box instanceof HTMLElement) box.scrollTop = Math.max(0, el.offsetTop - box.offsetTop - 60);
  }, [text, s?.start]);
  return (
    <div className={styles.article} dir="rtl" lang="ar" data-testid="article-text">
      {s ? (
        <>
          {text.slice(0, s.start)}
          <mark ref={markRef} className={styles.mark} data-testid="evidence">{text.slice(s.start, s.end)}</mark>
          {text.slice(s.end)}
        </>
      ) : text}
    </div>
  );
}
