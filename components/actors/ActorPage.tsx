"use client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { ApiError } from "../../lib/client/api";
import { useActorColor } from "../../lib/client/colors";
import { DEFAULT_FILTERS, serializeFilters, toQueryString } from "../../lib/client/filters";
import { useActor } from "../../lib/client/useActor";
import { useFilters } from "../../lib/client/useFilters";
import { useLiveStatements } from "../../lib/client/useLiveStatements";
import { useVolume } from "../../lib/client/useVolume";
import { govName, TYPE_LABELS } from "../../lib/i18n";
import { VolumeChart } from "../charts/VolumeChart";
import { LiveFeed } from "../feed/LiveFeed";
import { StatementDetail } from "../feed/StatementDetail";
import { RangePicker } from "../filters/RangePicker";
import filterStyles from "../filters/Filters.module.css";
import { Header } from "../layout/Header";
import { useLang } from "../layout/LangProvider";
import styles from "./Actor.module.css";
import { ActorIdentity } from "./ActorIdentity";
import { Bars } from "./Bars";
import { CompareWeeks } from "./CompareWeeks";
import { OutsideRange } from "./OutsideRange";

/** `/actors/[id]`: identity, volume over time, types, governorates, latest statements, week comparison. */
export function ActorPage({ id }: { id: string }) {
  const { t, lang } = useLang();
  const { filters: url, setFilters, setParam } = useFilters();
  const filters = useMemo(() => ({ ...DEFAULT_FILTERS, range: url.range, from: url.from, to: url.to, count: url.count, actors: [id] }), [url, id]);
  useLiveStatements(filters);
  const actor = useActor(id, filters);
  const volume = useVolume(filters, 1);
  const sp = useSearchParams();
  const statementId = sp.get("statement");
  const setStatement = useCallback((v: string) => setParam("statement", v), [setParam]);
  const carry = new URLSearchParams();
  for (const k of ["lang", "token"]) { const v = sp.get(k); if (v) carry.set(k, v); }
  const close = useCallback(() => setParam("statement", null), [setParam]);
  const color = useActorColor(id);
  const keep = toQueryString(serializeFilters({ ...DEFAULT_FILTERS, range: url.range, from: url.from, to: url.to, count: url.count }, carry));
  const allTime = toQueryString(serializeFilters({ ...DEFAULT_FILTERS, range: "all", count: url.count }, carry));
  const dash = toQueryString(serializeFilters({ ...DEFAULT_FILTERS, actors: [id], range: url.range, from: url.from, to: url.to }, carry));
  if (actor.isError && actor.error instanceof ApiError && actor.error.status === 404) {
    return (
      <div className={styles.page}>
        <Header active="actor" search={keep} />
        <div className={styles.wrap}><div className="empty" data-testid="actor-not-found">{t("actor.notFound")}: {id}</div></div>
      </div>
    );
  }
  const a = actor.data;
  return (
    <div className={styles.page}>
      <Header active="actor" search={keep} />
      <div className={filterStyles.bar}>
        <Link href={`/${keep}`} className={styles.back}>{lang === "ar" ? "→" : "←"} {t("actor.back")}</Link>
        <span className={filterStyles.sep} />
        <RangePicker filters={filters} onChange={setFilters} />
        <span className={filterStyles.grow} />
        <Link href={`/${dash}`} className="btn" data-testid="actor-on-dashboard">{t("actor.filterDashboard")}</Link>
      </div>
      <div className={styles.wrap}>
        {a ? <ActorIdentity actor={a} /> : <div className="skeleton" style={{ blockSize: 96 }} />}
        {a && a.total === 0 && filters.range !== "all" && <OutsideRange id={id} allHref={`/actors/${encodeURIComponent(id)}${allTime}`} />}
        <div className={styles.row2}>
          <section className="panel" aria-label={t("actor.volume")}>
            <div className="panel-head"><h2 className="panel-title">{t("actor.volume")}</h2></div>
            <div className={styles.chartBox}>
              {volume.data && <VolumeChart data={volume.data} selected={[]} lang={lang} t={t} legend={false} />}
            </div>
          </section>
          <CompareWeeks actorId={id} color={color} />
        </div>
        <div className={styles.row3}>
          <section className="panel" aria-label={t("actor.types")}>
            <div className="panel-head"><h2 className="panel-title">{t("actor.types")}</h2></div>
            <Bars lang={lang} color={color} testId="actor-types"
              rows={(a?.types ?? []).filter((x) => x.count > 0).sort((x, y) => y.count - x.count).map((x) => ({ key: x.type, label: TYPE_LABELS[lang][x.type], value: x.count }))} />
          </section>
          <section className="panel" aria-label={t("actor.governorates")}>
            <div className="panel-head"><h2 className="panel-title">{t("actor.governorates")}</h2></div>
            <Bars lang={lang} testId="actor-governorates"
              rows={(a?.governorates ?? []).filter((g) => g.count > 0).sort((x, y) => y.count - x.count).map((g) => ({ key: g.code, label: govName(lang, g.code), value: g.count }))} />
          </section>
          <div className={styles.feedBox}>
            <LiveFeed filters={filters} onOpen={setStatement} search={keep} title={t("actor.latest")} />
          </div>
        </div>
      </div>
      {statementId && <StatementDetail id={statementId} onClose={close} search={keep} />}
    </div>
  );
}
