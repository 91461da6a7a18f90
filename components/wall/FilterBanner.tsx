"use client";
import type { DashboardFilters } from "../../lib/client/filters";
import { useActorColors } from "../../lib/client/colors";
import { localeOf } from "../../lib/i18n";
import { governorate, type GovernorateCode } from "../../lib/domain/governorates";
import { RANGE_LABEL, TYPE_LABEL, type WallStrings } from "./strings";
import { dateFormat } from "./format";
import styles from "./wall.module.css";

interface Props {
  filters: DashboardFilters;
  actorName: (id: string) => string;
  watch: { actors: string[]; govs: GovernorateCode[] };
  lang: "en" | "ar";
  t: WallStrings;
}

function fmtDate(iso: string | null, lang: "en" | "ar"): string {
  return iso ? dateFormat(localeOf(lang), { dateStyle: "medium" }).format(Date.parse(iso)) : "…";
}

/** The active filters as a permanent banner (what this screen is showing), plus the watch list. */
export function FilterBanner({ filters, actorName, watch, lang, t }: Props) {
  const actorColor = useActorColors();
  const gov = (c: GovernorateCode) => (lang === "ar" ? governorate(c).nameAr : governorate(c).nameEn);
  const range = filters.range === "custom"
    ? `${fmtDate(filters.from, lang)} – ${fmtDate(filters.to, lang)}`
    : RANGE_LABEL[lang][filters.range];
  const chips: { key: string; text: string; color?: string }[] = [
    ...filters.actors.map((a) => ({ key: `a-${a}`, text: actorName(a), color: actorColor(a) })),
    ...filters.gov.map((g) => ({ key: `g-${g}`, text: gov(g) })),
    ...filters.types.map((ty) => ({ key: `t-${ty}`, text: TYPE_LABEL[lang][ty] })),
    ...(filters.security ? [{ key: "sec", text: t.securityOnly }] : []),
  ];
  const watching = [...watch.actors.map(actorName), ...watch.govs.map(gov)];
  return (
    <div className={styles.filters} data-testid="wall-filters">
      <span className={styles.filtersLabel}>{t.filters}:</span>
      {chips.length === 0 && <span className={styles.chip}>{t.all}</span>}
      {chips.map((c) => (
        <span key={c.key} className={styles.chip} style={c.color ? { borderColor: c.color } : undefined}>
          {c.color && <span className={styles.chipDot} style={{ background: c.color }} />}
          {c.text}
        </span>
      ))}
      <span className={styles.chipRange}>{range}</span>
      {watching.length > 0 && (
        <span className={styles.watchList} data-testid="wall-watch-list">★ {watching.join(lang === "ar" ? "، " : ", ")}</span>
      )}
    </div>
  );
}
