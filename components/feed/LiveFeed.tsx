"use client";
import { useCallback, useRef } from "react";
import type { DashboardFilters } from "../../lib/client/filters";
import { useStatements } from "../../lib/client/useStatements";
import type { StatementDTO } from "../../lib/contract/dto";
import { fmtNumber } from "../../lib/i18n";
import { useLang } from "../layout/LangProvider";
import styles from "./Feed.module.css";
import { FeedItem } from "./FeedItem";
import { useFreeze } from "./useFreeze";
import { VirtualList } from "./VirtualList";

interface Props { filters: DashboardFilters; onOpen: (id: string) => void; search: string; title?: string }

const keyOf = (s: StatementDTO) => s.id;

/** Newest-first virtualised feed; pauses on hover, holds new items while scrolled down. */
export function LiveFeed({ filters, onOpen, search, title }: Props) {
  const { t, lang } = useLang();
  const q = useStatements(filters);
  const items = q.data?.items ?? [];
  const fz = useFreeze(items);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { setScrolled } = fz;
  const onScroll = useCallback((top: number) => setScrolled(top > 8), [setScrolled]);
  const { hasOlder, loadOlder } = q;
  const onEnd = useCallback(() => { if (hasOlder) void loadOlder(); }, [hasOlder, loadOlder]);
  const jumpTop = () => {
    fz.release();
    scrollRef.current?.scrollTo({ top: 0 });
  };
  return (
    <section className={`panel ${styles.panel}`} aria-label={title ?? t("feed.title")} data-testid="feed-panel"
      onMouseEnter={() => fz.setHovered(true)} onMouseLeave={() => fz.setHovered(false)}>
      <div className="panel-head">
        <h2 className="panel-title">{title ?? t("feed.title")}</h2>
        <span className={styles.count} data-testid="feed-count" data-loaded={items.length} title={t("feed.loaded")}>{fmtNumber(lang, q.data?.total ?? items.length)}</span>
        <div className="panel-tools">
          {fz.hovered && <span className={styles.paused} data-testid="feed-paused">❚❚ {t("feed.paused")}</span>}
        </div>
      </div>
      <div className={styles.body}>
        {fz.pending > 0 && (
          <button type="button" className={styles.pill} onClick={jumpTop} data-testid="new-pill">
            ↑ {t("feed.new", { n: fz.pending })}
          </button>
        )}
        {q.isPending ? (
          <div style={{ padding: 14, display: "grid", gap: 10 }}>
            {[0, 1, 2, 3].map((i) => <div key={i} className="skeleton" style={{ blockSize: 84 }} />)}
          </div>
        ) : q.isError ? (
          <div className="error-box">{t("common.error", { message: q.error.message })}</div>
        ) : items.length === 0 ? (
          <div className="empty" data-testid="feed-empty">{t("feed.empty")}</div>
        ) : (
          <VirtualList
            items={fz.shown} getKey={keyOf} estimate={118} scrollRef={scrollRef} className={styles.list}
            onScroll={onScroll} onEndReached={onEnd} testId="feed"
            renderItem={(s) => <FeedItem s={s} isNew={fz.isNew(s.id)} onOpen={onOpen} search={search} />}
            footer={<div className={styles.footer}>{q.loadingOlder ? t("feed.loadingOlder") : hasOlder ? "" : t("feed.end")}</div>}
          />
        )}
      </div>
    </section>
  );
}
