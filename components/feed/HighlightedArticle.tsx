"use client";
import { useEffect, useRef, type ReactNode } from "react";
import type { TextMark } from "../../lib/contract/dto";
import { govName, type Lang, type Translate } from "../../lib/i18n";
import { articleSegments, type Segment } from "./articleSegments";
import styles from "./Detail.module.css";

interface Props {
  text: string;
  span: { start: number; end: number } | null;
  fallback: string;
  marks?: readonly TextMark[];
  lang: Lang;
  t: Translate;
}

/**
 * Article text with the statement's sentence highlighted and scrolled into view, and the actor's
 * names and the statement's places marked (each a <mark> with a class, explained by a legend).
 */
export function HighlightedArticle({ text, span, fallback, marks = [], lang, t }: Props) {
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
  const segs = articleSegments(text.length, s, marks);
  const run = (g: Segment) => {
    const part = text.slice(g.start, g.end);
    if (!g.mark) return <span key={g.start}>{part}</span>;
    const place = g.mark.kind === "place";
    const label = place ? `${t("detail.markPlace")}${g.mark.code ? `: ${govName(lang, g.mark.code)}` : ""}` : t("detail.markActor");
    return (
      <mark key={g.start} className={place ? styles.markPlace : styles.markActor} data-mark={g.mark.kind} title={label}>{part}</mark>
    );
  };
  const before: ReactNode[] = [];
  const inside: ReactNode[] = [];
  const after: ReactNode[] = [];
  for (const g of segs) (g.inSentence ? inside : s && g.start >= s.end ? after : before).push(run(g));
  const has = (k: TextMark["kind"]) => segs.some((g) => g.mark?.kind === k);
  return (
    <>
      <div className={styles.legend} data-testid="mark-legend">
        <span>{t("detail.legend")}</span>
        {s && <span><mark className={styles.mark}>{t("detail.markSentence")}</mark></span>}
        {has("actor") && <span><mark className={styles.markActor}>{t("detail.markActor")}</mark></span>}
        {has("place") && <span><mark className={styles.markPlace}>{t("detail.markPlace")}</mark></span>}
      </div>
      <div className={styles.article} dir="rtl" lang="ar" data-testid="article-text">
        {before}
        {s && <mark ref={markRef} className={styles.mark} data-testid="evidence" data-mark="sentence">{inside}</mark>}
        {after}
      </div>
    </>
  );
}
