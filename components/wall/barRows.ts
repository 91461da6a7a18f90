/** Rows of the wall's top-actors bars (pure): named actors by total, "others" kept apart. */
import type { VolumeResponse } from "../../lib/contract/dto";

export interface BarRow {
  id: string;
  nameAr: string;
  nameEn: string;
  total: number;
  /** Bar length as a share of the largest named actor's total, 0..1. */
  share: number;
}

export interface BarModel {
  rows: BarRow[];
  /** Statements by every actor outside the top N ("others"). */
  others: number;
  /** All statements in the range (named + others). */
  total: number;
}

export function barModel(data: VolumeResponse | undefined, limit: number): BarModel {
  const series = data?.series ?? [];
  const named = series.filter((s) => s.actorId !== "others" && s.total > 0)
    .sort((a, b) => b.total - a.total || a.actorId.localeCompare(b.actorId))
    .slice(0, limit);
  const max = named[0]?.total ?? 0;
  const total = series.reduce((n, s) => n + s.total, 0);
  const shown = named.reduce((n, s) => n + s.total, 0);
  return {
    rows: named.map((s) => ({ id: s.actorId, nameAr: s.nameAr, nameEn: s.nameEn, total: s.total, share: max ? s.total / max : 0 })),
    others: total - shown,
    total,
  };
}
