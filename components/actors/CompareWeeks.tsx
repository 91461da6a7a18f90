"use client";
import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { DEFAULT_FILTERS } from "../../lib/client/filters";
import { useVolume } from "../../lib/client/useVolume";
import { fmtNumber } from "../../lib/i18n";
import { useLang } from "../layout/LangProvider";
import styles from "./Actor.module.css";
import { perWeekday, weekWindows } from "./weeks";

const DAYS = { en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], ar: ["إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أحد"] };

/** This week against last week: totals, change, and a side-by-side daily chart. */
export function CompareWeeks({ actorId, color }: { actorId: string; color: string }) {
  const { t, lang } = useLang();
  const w = useMemo(() => weekWindows(Date.now()), []);
  const base = { ...DEFAULT_FILTERS, actors: [actorId], range: "custom" as const };
  const cur = useVolume({ ...base, ...w.thisWeek }, 1, "day");
  const prev = useVolume({ ...base, ...w.lastWeek }, 1, "day");
  const a = perWeekday(cur.data, w.thisWeek.from);
  const b = perWeekday(prev.data, w.lastWeek.from);
  const ta = a.reduce((x, y) => x + y, 0);
  const tb = b.reduce((x, y) => x + y, 0);
  const change = tb === 0 ? null : Math.round(((ta - tb) / tb) * 100);
  const rows = DAYS[lang].map((d, i) => ({ d, cur: a[i] ?? 0, prev: b[i] ?? 0 }));
  return (
    <section className="panel" data-testid="compare-weeks" aria-label={t("actor.compare")}>
      <div className="panel-head"><h2 className="panel-title">{t("actor.compare")}</h2></div>
      <div className={styles.cmpTotals}>
        <div className={styles.stat}><div className={styles.statLabel}>{t("actor.thisWeek")}</div><div className={styles.statValue} data-testid="this-week">{fmtNumber(lang, ta)}</div></div>
        <div className={styles.stat}><div className={styles.statLabel}>{t("actor.lastWeek")}</div><div className={styles.statValue}>{fmtNumber(lang, tb)}</div></div>
        <div className={styles.stat}>
          <div className={styles.statLabel}>{t("actor.change")}</div>
          <div className={`${styles.statValue} ${change === null ? "" : change >= 0 ? styles.up : styles.down}`}>
            {change === null ? "–" : `${change > 0 ? "+" : ""}${fmtNumber(lang, change)}%`}
          </div>
        </div>
      </div>
      <div style={{ blockSize: 200, padding: "0 8px 10px" }} dir="ltr">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="d" tick={{ fontSize: 11, fill: "var(--text-3)" }} stroke="var(--border-strong)" />
            <YAxis allowDecimals={false} tickFormatter={(v: number) => fmtNumber(lang, v)} tick={{ fontSize: 11, fill: "var(--text-3)" }} stroke="var(--border-strong)" />
            <Tooltip contentStyle={{ background: "var(--surface)", border: "1px solid var(--border-strong)", borderRadius: 8, fontSize: 12 }} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="prev" name={t("actor.lastWeek")} fill="var(--border-strong)" isAnimationActive={false} radius={[3, 3, 0, 0]} />
            <Bar dataKey="cur" name={t("actor.thisWeek")} fill={color} isAnimationActive={false} radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}
