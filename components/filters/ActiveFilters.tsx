"use client";
import { useActorColors } from "../../lib/client/colors";
import { DEFAULT_FILTERS, type DashboardFilters } from "../../lib/client/filters";
import { actorName, fmtDateTime, govName, TYPE_LABELS } from "../../lib/i18n";
import { useLang } from "../layout/LangProvider";
import styles from "./Filters.module.css";
import { useActorNames } from "../../lib/client/useActorNames";

interface Chip { key: string; kind: string; label: string; color?: string; remove?: Partial<DashboardFilters> }

/** The active filters, always visible, each removable. */
export function ActiveFilters({ filters, onChange }: { filters: DashboardFilters; onChange: (p: Partial<DashboardFilters>) => void }) {
  const actorColor = useActorColors();
  const { t, lang } = useLang();
  const names = useActorNames(filters.actors);
  const chips: Chip[] = [
    ...filters.actors.map((id) => ({
      key: `a:${id}`, kind: t("filters.actors"), label: actorName(lang, names.get(id) ?? { nameAr: id, nameEn: id }),
      color: actorColor(id), remove: { actors: filters.actors.filter((x) => x !== id) },
    })),
    ...filters.gov.map((g) => ({ key: `g:${g}`, kind: t("filters.governorates"), label: govName(lang, g), remove: { gov: filters.gov.filter((x) => x !== g) } })),
    ...filters.types.map((ty) => ({ key: `t:${ty}`, kind: t("filters.types"), label: TYPE_LABELS[lang][ty], remove: { types: filters.types.filter((x) => x !== ty) } })),
    ...(filters.security ? [{ key: "sec", kind: "", label: t("filters.security"), remove: { security: false } }] : []),
  ];
  const rangeLabel = filters.range === "custom"
    ? `${filters.from ? fmtDateTime(lang, filters.from) : "…"} – ${filters.to ? fmtDateTime(lang, filters.to) : "…"}`
    : t(`range.${filters.range}`);
  const rangeRemovable = filters.range !== DEFAULT_FILTERS.range;
  return (
    <div className={styles.chips} data-testid="active-filters" aria-label={t("filters.title")}>
      <span className={styles.chip} data-testid="chip-range">
        <span className={styles.chipKey}>{t("filters.range")}:</span> {rangeLabel}
        {rangeRemovable ? (
          <button type="button" className={styles.chipX} aria-label={t("filters.remove", { name: rangeLabel })}
            onClick={() => onChange({ range: DEFAULT_FILTERS.range, from: null, to: null })}>×</button>
        ) : <span style={{ inlineSize: 6 }} />}
      </span>
      {filters.count === "mentions" && (
        <span className={styles.chip}>{t("filters.mentions")}
          <button type="button" className={styles.chipX} aria-label={t("filters.remove", { name: t("filters.mentions") })} onClick={() => onChange({ count: "unique" })}>×</button>
        </span>
      )}
      {chips.map((c) => (
        <span key={c.key} className={styles.chip} data-testid="filter-chip" data-key={c.key}>
          {c.color && <span style={{ inlineSize: 8, blockSize: 8, borderRadius: 2, background: c.color }} aria-hidden />}
          {c.kind && <span className={styles.chipKey}>{c.kind}:</span>}
          {c.label}
          <button type="button" className={styles.chipX} aria-label={t("filters.remove", { name: c.label })} onClick={() => c.remove && onChange(c.remove)}>×</button>
        </span>
      ))}
      {chips.length === 0 ? (
        <span className="muted" style={{ fontSize: 12.5 }}>{t("filters.none")}</span>
      ) : (
        <button type="button" className={styles.clear} data-testid="clear-filters"
          onClick={() => onChange({ actors: [], gov: [], types: [], security: false })}>{t("filters.clear")}</button>
      )}
    </div>
  );
}
