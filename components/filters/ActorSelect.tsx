"use client";
import { useDeferredValue, useState } from "react";
import { useActorColors } from "../../lib/client/colors";
import { toggle, type DashboardFilters } from "../../lib/client/filters";
import { useActors } from "../../lib/client/useActors";
import { actorName, fmtNumber, KIND_LABELS } from "../../lib/i18n";
import { useLang } from "../layout/LangProvider";
import { MultiSelect, type Option } from "./MultiSelect";

/** Actor multi-select; searches Arabic/English names and aliases through /api/actors?q=. */
export function ActorSelect({ filters, onChange }: { filters: DashboardFilters; onChange: (ids: string[]) => void }) {
  const actorColor = useActorColors();
  const selected = filters.actors;
  const { t, lang } = useLang();
  const [q, setQ] = useState("");
  const deferred = useDeferredValue(q);
  // Counts are for the current range and filters (not all-time), like the chart beside them.
  const { data = [] } = useActors(deferred, 30, filters);
  const options: Option[] = data.map((a) => ({
    value: a.id,
    label: actorName(lang, a),
    sub: [lang === "en" ? a.nameAr : a.nameEn, KIND_LABELS[lang][a.kind]].filter(Boolean).join(" · "),
    color: actorColor(a.id),
    count: fmtNumber(lang, a.matching ?? a.total),
  }));
  return (
    <MultiSelect
      label={t("filters.actors")} options={options} selected={selected} testId="filter-actors"
      onToggle={(id) => onChange(toggle(selected, id))}
      search={{ value: q, onChange: setQ, placeholder: t("filters.actorsSearch") }}
      empty={t("filters.noMatch")}
    />
  );
}
