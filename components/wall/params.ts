/**
 * Wall-screen URL parameters (besides the dashboard filters, which `lib/client/filters.ts`
 * parses): pure parse, no DOM.
 */
import { GOVERNORATE_CODES, type GovernorateCode } from "../../lib/domain/governorates";

export const WALL_VIEWS = ["chart", "feed", "map"] as const;
export type WallView = (typeof WALL_VIEWS)[number];

export interface WallParams {
  /** Panels to show, in order (default all three). */
  views: WallView[];
  /** Seconds per view when rotating; null shows the views side by side. */
  rotate: number | null;
  /** Watched actor ids. */
  watchActors: string[];
  /** Watched governorates. */
  watchGovs: GovernorateCode[];
  /** Staleness threshold override in seconds (else the server's STALE_AFTER_SECONDS). */
  stale: number | null;
  /** IANA time zone for the clock (else the machine's). */
  tz: string | null;
  /** Seconds a watched statement keeps glowing. */
  glow: number;
}

type Params = Pick<URLSearchParams, "get">;

const list = (sp: Params, key: string) => (sp.get(key) ?? "").split(",").map((s) => s.trim()).filter(Boolean);

function int(v: string | null, min: number, max: number): number | null {
  if (v === null || !/^\d+$/.test(v.trim())) return null;
  const n = Number(v);
  return Math.min(max, Math.max(min, n));
}

export function validTimeZone(tz: string | null): string | null {
  if (!tz) return null;
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz;
  } catch {
    return null;
  }
}

export function parseWallParams(sp: Params): WallParams {
  const views = [...new Set(list(sp, "views").map((v) => v.toLowerCase()))]
    .filter((v): v is WallView => (WALL_VIEWS as readonly string[]).includes(v));
  const watch = list(sp, "watch");
  const watchGovs = watch.map((w) => w.toUpperCase())
    .filter((w): w is GovernorateCode => (GOVERNORATE_CODES as readonly string[]).includes(w));
  const watchActors = watch.filter((w) => !/^sy-/i.test(w) && /^[a-z0-9][a-z0-9_.:-]{0,79}$/i.test(w));
  const rotate = int(sp.get("rotate"), 5, 3600);
  const chosen = views.length ? views : [...WALL_VIEWS];
  return {
    views: chosen,
    rotate: rotate !== null && chosen.length > 1 ? rotate : null,
    watchActors: [...new Set(watchActors)],
    watchGovs: [...new Set(watchGovs)],
    stale: int(sp.get("stale"), 5, 7 * 86_400),
    tz: validTimeZone(sp.get("tz")),
    glow: int(sp.get("glow"), 5, 3600) ?? 120,
  };
}
