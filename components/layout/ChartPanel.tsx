"use client";
import dynamic from "next/dynamic";
import { useCallback, useDeferredValue } from "react";
import type { DashboardFilters } from "../../lib/client/filters";
import { toggle } from "../../lib/client/filters";
import { retryImport } from "../../lib/client/retryImport";
import { useVolume } from "../../lib/client/useVolume";
import { useLang } from "./LangProvider";

// recharts is ~450 kB: load and evaluate it after hydration, off the first paint's critical path
// (retried if the server restarts while it loads).
const VolumeChart = dynamic(() => retryImport(() => import("../charts/VolumeChart")).then((m) => m.VolumeChart), {
  ssr: false,
  loading: () => <div className="skeleton" style={{ position: "absolute", inset: 14 }} />,
});

/** Volume-per-actor panel for the dashboard. */
export function ChartPanel({ filters, onChange, className }: {
  filters: DashboardFilters; onChange: (p: Partial<DashboardFilters>) => void; className?: string;
}) {
  const { t, lang } = useLang();
  const q = useVolume(filters, 8);
  // Live updates re-render recharts in a transition (time-sliced), never as one long task.
  const data = useDeferredValue(q.data);
  const onSelectActor = useCallback((id: string) => onChange({ actors: toggle(filters.actors, id) }), [onChange, filters.actors]);
  // The brush is a filter: the brushed span becomes range=custom&from&to, so feed and map follow.
  const onBrush = useCallback((from: string, to: string) => onChange({ range: "custom", from, to }), [onChange]);
  const bucket = q.data ? t(`bucket.${q.data.bucket}`) : "";
  const empty = q.data && q.data.series.every((s) => s.total === 0);
  return (
    <section className={`panel ${className ?? ""}`} aria-label={t("chart.title")} data-testid="chart-panel">
      <div className="panel-head">
        <h2 className="panel-title">{t("chart.title")}</h2>
        {q.data && <span className="panel-sub">{t(filters.count === "mentions" ? "chart.subtitleMentions" : "chart.subtitleUnique", { bucket })}</span>}
      </div>
      <div className="panel-body">
        {q.isPending ? <div className="skeleton" style={{ position: "absolute", inset: 14 }} />
          : q.isError ? <div className="error-box">{t("common.error", { message: q.error.message })}</div>
            : empty ? <div className="empty" data-testid="chart-empty">{t("chart.empty")}</div>
              : data && (
                <div style={{ position: "absolute", inset: 0 }}>
                  <VolumeChart data={data} selected={filters.actors} lang={lang} t={t}
                    onSelectActor={onSelectActor} onBrush={onBrush} />
                </div>
              )}
      </div>
    </section>
  );
}
