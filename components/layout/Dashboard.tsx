"use client";
import { useSearchParams } from "next/navigation";
import { Suspense, useCallback } from "react";
import { useFilters } from "../../lib/client/useFilters";
import { useLiveStatements } from "../../lib/client/useLiveStatements";
import { LiveFeed } from "../feed/LiveFeed";
import { StatementDetail } from "../feed/StatementDetail";
import { ActiveFilters } from "../filters/ActiveFilters";
import { FilterBar } from "../filters/FilterBar";
import { ChartPanel } from "./ChartPanel";
import styles from "./Dashboard.module.css";
import { Header } from "./Header";
import { MapPanel } from "./MapPanel";

/** `/`: header, filters (in the URL), volume chart, governorate map, live feed, detail drawer. */
export function Dashboard() {
  const { filters, setFilters, setParam, search } = useFilters();
  const statementId = useSearchParams().get("statement");
  useLiveStatements(filters);
  const open = useCallback((id: string) => setParam("statement", id), [setParam]);
  const close = useCallback(() => setParam("statement", null), [setParam]);
  return (
    <div className={styles.page}>
      <Header active="dashboard" search={search} />
      <FilterBar filters={filters} onChange={setFilters} />
      <ActiveFilters filters={filters} onChange={setFilters} />
      <main className={styles.grid}>
        {/* One Suspense boundary per panel: hydration yields between them instead of one long task. */}
        <Suspense fallback={null}><ChartPanel filters={filters} onChange={setFilters} className={styles.chart} /></Suspense>
        <Suspense fallback={null}><MapPanel filters={filters} onChange={setFilters} className={styles.map} /></Suspense>
        <div className={styles.feed}>
          <Suspense fallback={null}><LiveFeed filters={filters} onOpen={open} search={search} /></Suspense>
        </div>
      </main>
      {statementId && <StatementDetail id={statementId} onClose={close} search={search} />}
    </div>
  );
}
