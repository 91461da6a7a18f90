/**
 * Rooms: a socket joins exactly the rooms of its filter, the publisher emits each statement to
 * every room it matches, so a socket receives only statements that match its filter, even across
 * several server processes (the Redis adapter broadcasts by room).
 *
 * Simple filters use readable rooms: `all`, `actor:<id>`, `gov:<code>`. A combined filter
 * (e.g. actors + governorates, or a type / security constraint) joins one room per combination of
 * its values: `q:<actor|*>|<gov|*>|<type|*>|<security 1|*>`. A statement matches 2^4 combinations
 * (times its governorates), so the publisher emits to at most 16 × n rooms in one call (Socket.IO
 * sends once per socket even when it sits in several of them).
 */
import type { SubscribeRequest } from "../../lib/contract/events";
import { matchesFilter as matchesContractFilter } from "../../lib/contract/filter";
import type { GovernorateCode } from "../../lib/domain/governorates";
import type { Statement, StatementType } from "../../lib/domain/statement";

export interface LiveFilter {
  actors: string[];
  governorates: GovernorateCode[];
  types: StatementType[];
  /** true: security operations only; false/undefined: no constraint. */
  security: boolean;
}

export function normalizeFilter(f: SubscribeRequest["filter"] | null | undefined): LiveFilter {
  const uniq = <T>(xs: T[] | undefined): T[] => [...new Set(xs ?? [])].sort();
  return { actors: uniq(f?.actors), governorates: uniq(f?.governorates), types: uniq(f?.types), security: f?.security === true };
}

/** The contract's filter rules (lib/contract/filter.ts) on a normalized room filter. */
export function matchesFilter(s: Statement, f: LiveFilter): boolean {
  return matchesContractFilter(s, { ...f, security: f.security || undefined });
}

function roomName(a: string | null, g: string | null, t: string | null, sec: boolean): string {
  if (!a && !g && !t && !sec) return "all";
  if (a && !g && !t && !sec) return `actor:${a}`;
  if (!a && g && !t && !sec) return `gov:${g}`;
  const e = (v: string | null) => (v === null ? "*" : encodeURIComponent(v));
  return `q:${e(a)}|${e(g)}|${e(t)}|${sec ? "1" : "*"}`;
}

/** Rooms a subscriber with this filter joins. */
export function roomsForFilter(f: LiveFilter): string[] {
  const as: (string | null)[] = f.actors.length ? f.actors : [null];
  const gs: (string | null)[] = f.governorates.length ? f.governorates : [null];
  const ts: (string | null)[] = f.types.length ? f.types : [null];
  const rooms: string[] = [];
  for (const a of as) for (const g of gs) for (const t of ts) rooms.push(roomName(a, g, t, f.security));
  return rooms;
}

/** Every room whose subscribers' filter this statement matches. */
export function roomsForStatement(s: Statement): string[] {
  const as = [null, s.actor.id];
  const gs: (string | null)[] = [null, ...s.governorates];
  const ts = [null, s.type];
  const secs = s.securityOperation ? [false, true] : [false];
  const rooms = new Set<string>();
  for (const a of as) for (const g of gs) for (const t of ts) for (const sec of secs) rooms.add(roomName(a, g, t, sec));
  return [...rooms];
}
