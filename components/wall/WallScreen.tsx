"use client";
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState, type ReactNode } from "react";
import { toggle } from "../../lib/client/filters";
import { shownState } from "../../lib/client/connection";
import { useConnection } from "../../lib/client/useConnection";
import { useFilters } from "../../lib/client/useFilters";
import { useGovernorates } from "../../lib/client/useGovernorates";
import { useLiveStatements } from "../../lib/client/useLiveStatements";
import { useNow } from "../../lib/client/useNow";
import { useStatements } from "../../lib/client/useStatements";
import { useVolume } from "../../lib/client/useVolume";
import type { GovernorateCode } from "../../lib/domain/governorates";
import { useLang } from "../layout/LangProvider";
import { FilterBanner } from "./FilterBanner";
import { parseWallParams, type WallView } from "./params";
import { staleness } from "./stale";
import { WALL_STRINGS } from "./strings";
import { useBuildWatch } from "./useBuildWatch";
import { useRotation } from "./useRotation";
import { useFailingSources } from "../../lib/client/useSourceHealth";
import { useWallConfig } from "../../lib/client/useWallConfig";
import { useActorNames, useWallLive } from "./useWallData";
import { useWatchHits } from "./useWatchHits";
import { SourceBanner, StaleBanner } from "./WallBanners";
import { WALL_BARS_TOP, WallBars } from "./WallBars";
import { WallClock } from "./WallClock";
import { WallFeed } from "./WallFeed";
import { WallMap } from "./WallMap";
import { WallStatus } from "./WallStatus";
import styles from "./wall.module.css";

/** The unattended wall screen: clock, filters, status, and the feed / map / top-actors panels (or a rotation). */
export function WallScreen() {
  const sp = useSearchParams();
  const qs = sp.toString();
  const { filters, setFilters } = useFilters();
  const { lang } = useLang();
  const t = WALL_STRINGS[lang];
  const wp = useMemo(() => parseWallParams(new URLSearchParams(qs)), [qs]);
  useWallLive();
  useLiveStatements(filters);
  useBuildWatch();
  const config = useWallConfig();
  const conn = useConnection();
  const now = useNow(1000);
  const [startedAt] = useState(() => Date.now());
  const feed = useStatements(filters);
  const volume = useVolume(filters, WALL_BARS_TOP);
  const govs = useGovernorates(filters);
  const hits = useWatchHits(feed.data?.items, wp.watchActors, wp.watchGovs, wp.glow, now);
  const failing = useFailingSources(config.sourceFailingAfterSeconds, now);
  const actorName = useActorNames(lang, feed.data?.items, volume.data);
  const stale = staleness({
    state: shownState(conn, now || startedAt), stateSince: conn.since, lastStatementAt: conn.lastStatementAt,
    staleAfterS: wp.stale ?? config.staleAfterSeconds, now: now || startedAt, pageStartedAt: startedAt,
  });
  const hitGovsKey = hits.govs.join(",");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the joined codes so a new array with the same codes keeps the memo
  const hitGovs = useMemo(() => hits.govs, [hitGovsKey]);
  const onSelectGov = useCallback((code: GovernorateCode) => setFilters({ gov: toggle(filters.gov, code) }), [filters.gov, setFilters]);
  const rot = useRotation(wp.views.length, wp.rotate);
  const views: WallView[] = wp.rotate ? [wp.views[rot.index] ?? "feed"] : wp.views;

  const body: Record<WallView, () => ReactNode> = {
    feed: () => <WallFeed items={feed.data?.items} status={feed.status} glowing={hits.glowing} now={now} lang={lang} t={t} />,
    chart: () => <WallBars data={volume.data} status={volume.status} lang={lang} t={t} />,
    map: () => (
      <WallMap data={govs.data} selected={filters.gov} highlighted={hitGovs} lang={lang} onSelect={onSelectGov} />
    ),
  };
  return (
    <div className={styles.wall} dir={lang === "ar" ? "rtl" : "ltr"} lang={lang} data-testid="wall" data-stale={stale.stale}>
      <header className={styles.header}>
        <WallClock now={now} tz={wp.tz} lang={lang} />
        <div className={styles.headMid}>
          <div className={styles.title}>{t.title}</div>
          <FilterBanner filters={filters} actorName={actorName} watch={{ actors: wp.watchActors, govs: wp.watchGovs }} lang={lang} t={t} />
        </div>
        <WallStatus conn={conn} now={now} demo={config.demo || conn.demo === true} lang={lang} t={t} />
      </header>
      <StaleBanner s={stale} t={t} lang={lang} />
      <SourceBanner failing={failing} t={t} now={now || startedAt} lang={lang} />
      <main className={styles.panels} data-count={views.length}>
        {views.map((v) => (
          <section key={v} className={styles.panel} data-view={v} data-testid={`wall-panel-${v}`} aria-label={t[v]}>
            <h2 className={styles.panelTitle}>{t[v]}</h2>
            <div className={styles.panelBody}>{body[v]()}</div>
          </section>
        ))}
      </main>
      {wp.rotate && <div key={rot.startedAt} className={styles.rotation} style={{ animationDuration: `${wp.rotate}s` }} aria-hidden="true" />}
    </div>
  );
}
