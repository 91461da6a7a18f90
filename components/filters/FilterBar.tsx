"use client";
import { toggle, type DashboardFilters } from "../../lib/client/filters";
import { GOVERNORATES, type GovernorateCode } from "../../lib/domain/governorates";
import { STATEMENT_TYPES, type StatementType } from "../../lib/domain/statement";
import { TYPE_LABELS } from "../../lib/i18n";
import { useLang } from "../layout/LangProvider";
import { ActorSelect } from "./ActorSelect";
import styles from "./Filters.module.css";
import { MultiSelect } from "./MultiSelect";
import { RangePicker } from "./RangePicker";

interface Props { filters: DashboardFilters; onChange: (patch: Partial<DashboardFilters>) => void; showCount?: boolean }

/** Actors, governorates, types, security-only, time range, unique/mentions. */
export function FilterBar({ filters, onChange, showCount = true }: Props) {
  const { t, lang } = useLang();
  const govOptions = GOVERNORATES.map((g) => ({
    value: g.code, label: lang === "ar" ? g.nameAr : g.nameEn, sub: lang === "ar" ? g.nameEn : g.nameAr,
  }));
  const typeOptions = STATEMENT_TYPES.map((ty) => ({ value: ty, label: TYPE_LABELS[lang][ty] }));
  return (
    <div className={styles.bar} role="toolbar" aria-label={t("filters.title")} data-testid="filter-bar">
      <ActorSelect filters={filters} onChange={(actors) => onChange({ actors })} />
      <MultiSelect
        label={t("filters.governorates")} options={govOptions} selected={filters.gov} testId="filter-gov"
        onToggle={(v) => onChange({ gov: toggle(filters.gov, v as GovernorateCode) })}
      />
      <MultiSelect
        label={t("filters.types")} options={typeOptions} selected={filters.types} testId="filter-types"
        onToggle={(v) => onChange({ types: toggle(filters.types, v as StatementType) })}
      />
      <label className={styles.toggle}>
        <input
          type="checkbox" checked={filters.security} onChange={(e) => onChange({ security: e.target.checked })}
          data-testid="filter-security"
        />
        <span className={styles.switch} aria-hidden />
        {t("filters.security")}
      </label>
      <span className={styles.sep} aria-hidden />
      <RangePicker filters={filters} onChange={onChange} />
      {showCount && (
        <>
          <span className={styles.grow} />
          <span className={styles.label}>{t("filters.count")}</span>
          <div className={styles.seg} role="group" aria-label={t("filters.count")} data-testid="count-mode">
            {(["unique", "mentions"] as const).map((c) => (
              <button key={c} type="button" aria-pressed={filters.count === c} onClick={() => onChange({ count: c })} data-count={c}>
                {t(`filters.${c}`)}
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
