"use client";
import { useState } from "react";
import { RANGE_PRESETS, type DashboardFilters, type RangePreset } from "../../lib/client/filters";
import { useLang } from "../layout/LangProvider";
import styles from "./Filters.module.css";

/** ISO -> value for <input type="datetime-local"> (local time). */
function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  const off = d.getTimezoneOffset() * 60_000;
  return new Date(d.getTime() - off).toISOString().slice(0, 16);
}

function fromLocalInput(v: string): string | null {
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

type Patch = Partial<Pick<DashboardFilters, "range" | "from" | "to">>;

/** Presets (1 h … all) and a custom from/to range. */
export function RangePicker({ filters, onChange }: { filters: DashboardFilters; onChange: (p: Patch) => void }) {
  const { t } = useLang();
  const [editing, setEditing] = useState(filters.range === "custom");
  const [from, setFrom] = useState(toLocalInput(filters.from ?? new Date(Date.now() - 7 * 86_400_000).toISOString()));
  const [to, setTo] = useState(toLocalInput(filters.to));
  const pick = (r: RangePreset) => {
    if (r === "custom") { setEditing(true); return; }
    setEditing(false);
    onChange({ range: r, from: null, to: null });
  };
  return (
    <>
      <div className={styles.seg} role="group" aria-label={t("filters.range")} data-testid="range">
        {RANGE_PRESETS.map((r) => (
          <button
            key={r} type="button" data-range={r} onClick={() => pick(r)}
            aria-pressed={r === "custom" ? editing || filters.range === "custom" : !editing && filters.range === r}
          >
            {t(`range.${r}`)}
          </button>
        ))}
      </div>
      {editing && (
        <form
          className={styles.custom}
          onSubmit={(e) => {
            e.preventDefault();
            const f = fromLocalInput(from);
            const tt = fromLocalInput(to);
            if (f || tt) onChange({ range: "custom", from: f, to: tt });
          }}
        >
          <label>{t("filters.from")} <input type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="range-from" /></label>
          <label>{t("filters.to")} <input type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} data-testid="range-to" /></label>
          <button type="submit" className="btn btn-primary" data-testid="range-apply">{t("filters.apply")}</button>
        </form>
      )}
    </>
  );
}
