"use client";
import { memo } from "react";
import type { GovernorateResponse } from "../../lib/contract/dto";
import type { GovernorateCode } from "../../lib/domain/governorates";
import { GovernorateMap } from "../map/GovernorateMap";

interface Props {
  data: GovernorateResponse | undefined;
  selected: GovernorateCode[];
  highlighted: GovernorateCode[];
  onSelect?: (code: GovernorateCode) => void;
  lang: "en" | "ar";
}

/** The governorate choropleth, dark and large, with counts printed on the map. */
export const WallMap = memo(function WallMap({ data, selected, highlighted, onSelect, lang }: Props) {
  const counts: Partial<Record<GovernorateCode, number>> = {};
  for (const c of data?.counts ?? []) counts[c.code] = c.count;
  return (
    <GovernorateMap counts={counts} unresolved={data?.unresolved ?? 0} selected={selected} highlighted={highlighted}
      onSelect={onSelect} lang={lang} theme="dark" fill showCounts labelSize="calc(28 * var(--u))" legend="below" />
  );
});
