"use client";
import { useRef } from "react";
import type { StatementDTO } from "../../lib/contract/dto";
import type { GovernorateCode } from "../../lib/domain/governorates";

export interface WatchHits {
  /** Statement id -> ms epoch until which it glows. */
  glowing: Map<string, number>;
  /** Governorates named by statements that are glowing. */
  govs: GovernorateCode[];
}

export function isWatched(s: StatementDTO, actors: readonly string[], govs: readonly GovernorateCode[]): boolean {
  return actors.includes(s.actor.id) || s.governorates.some((g) => govs.includes(g));
}

/**
 * Statements that ARRIVED while the screen was up (live or caught up after a reconnect) and
 * match the watch list glow for `glowS` seconds. What was on screen at first load does not.
 */
export function useWatchHits(items: StatementDTO[] | undefined, actors: string[], govs: GovernorateCode[], glowS: number, now: number): WatchHits {
  const known = useRef<Set<string> | null>(null);
  const until = useRef(new Map<string, number>());
  if (items) {
    if (known.current === null) {
      known.current = new Set(items.map((s) => s.id));
    } else {
      for (const s of items) {
        if (known.current.has(s.id)) continue;
        known.current.add(s.id);
        if (isWatched(s, actors, govs)) until.current.set(s.id, Date.now() + glowS * 1000);
      }
      if (known.current.size > 20_000) known.current = new Set(items.map((s) => s.id));
    }
  }
  const glowing = new Map<string, number>();
  const hitGovs = new Set<GovernorateCode>();
  const byId = new Map((items ?? []).map((s) => [s.id, s]));
  for (const [id, t] of until.current) {
    if (t <= now && now > 0) { until.current.delete(id); continue; }
    glowing.set(id, t);
    const s = byId.get(id);
    // A watched actor lights up every governorate it names; otherwise only the watched ones.
    const byActor = s ? actors.includes(s.actor.id) : false;
    for (const g of s?.governorates ?? []) if (byActor || govs.includes(g)) hitGovs.add(g);
  }
  return { glowing, govs: [...hitGovs] };
}
