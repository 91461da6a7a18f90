"use client";
import { useCallback, useDeferredValue, useMemo } from "react";
import type { DashboardFilters } from "../../lib/client/filters";
import { toggle } from "../../lib/client/filters";
import { useGovernorates } from "../../lib/client/useGovernorates";
import type { GovernorateCode } from "../../lib/domain/governorates";
import { GovernorateMap } from "../map/GovernorateMap";
import styles from "./Dashboard.module.css";
import { useLang } from "./LangProvider";
import { useTheme } from "./useTheme";

/** Governorate choropleth for the current filters; clicking toggles the governorate filter. */
export function MapPanel({ filters, onChange, className }: {
  filters: DashboardFilters; onChange: (p: Partial<DashboardFilters>) => void; className?: string;
}) {
  const { t, lang } = useLang();
  const theme = useTheme();
  const q = useGovernorates(filters);
  const data = useDeferredValue(q.data);
  const counts = useMemo(() => {
    const out: Partial<Record<GovernorateCode, number>> = {};
    for (const c of data?.counts ?? []) out[c.code] = c.count;
    return out;
  }, [data]);
  const onSelect = useCallback((code: GovernorateCode) => onChange({ gov: toggle(filters.gov, code) }), [onChange, filters.gov]);
  return (
    <section className={`panel ${className ?? ""}`} aria-label={t("map.title")} data-testid="map-panel"
      data-unresolved={data?.unresolved ?? ""} data-counts={JSON.stringify(counts)}>
      <div className="panel-head">
        <h2 className="panel-title">{t("map.title")}</h2>
      </div>
      <div className={styles.mapBody}>
        {q.isError ? <div className="error-box">{t("common.error", { message: q.error.message })}</div> : (
          <GovernorateMap counts={counts} unresolved={data?.unresolved ?? 0} selected={filters.gov} lang={lang} theme={theme} fill
            onSelect={onSelect} />
        )}
      </div>
    </section>
  );
}
