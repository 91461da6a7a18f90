/**
 * Pure reducers that apply live pushes to cached query data. No React, no sockets: unit-tested.
 */
import type { GovernorateResponse, StatementDTO, StatementPage, VolumeResponse } from "../contract/dto";
import { matchesFilter, resolveRange } from "../contract/filter";
import type { Bucket, CountMode, Filter } from "../contract/schemas";
import type { FilterKey } from "./keys";

/** Default cap of the live feed window (items kept in the cache for one list). */
export const FEED_CAP = 500;

/** The contract filter of a cache key at time `now` (relative ranges resolved against the clock). */
export function keyToFilter(k: FilterKey, now: number = Date.now()): Filter {
  const f: Filter = {};
  if (k.actors.length) f.actors = k.actors;
  if (k.gov.length) f.governorates = k.gov;
  if (k.types.length) f.types = k.types;
  if (k.security) f.security = true;
  return { ...f, ...resolveRange(k, now) };
}

/** The statements a view with this key admits at `now` (the contract's matchesFilter). */
export function admitted(k: FilterKey, items: StatementDTO[], now: number = Date.now()): StatementDTO[] {
  const f = keyToFilter(k, now);
  return items.filter((s) => matchesFilter(s, f));
}

/** Feed order (as the server's): newest statement time first, then highest seq. */
export function feedOrder(a: StatementDTO, b: StatementDTO): number {
  const d = Date.parse(b.statedAt) - Date.parse(a.statedAt);
  return d !== 0 ? d : b.seq - a.seq;
}

/** Merges statements into a page: heads only, dedupe by id, feed order (newest statement time first), capped. */
export function mergeIntoPage(page: StatementPage, incoming: StatementDTO[], cap: number = FEED_CAP): StatementPage {
  const heads = incoming.filter((s) => s.echoOf === null);
  if (!heads.length) return page;
  const seen = new Set(page.items.map((s) => s.id));
  const fresh = heads.filter((s) => !seen.has(s.id) && (seen.add(s.id), true));
  if (!fresh.length) return page;
  let items = [...fresh, ...page.items].sort(feedOrder);
  let nextBefore = page.nextBefore;
  if (items.length > cap) {
    items = items.slice(0, cap);
    nextBefore = items[items.length - 1]?.seq ?? nextBefore;
  }
  const head = Math.max(page.head, ...fresh.map((s) => s.seq));
  return { items, nextBefore, head, total: page.total === null ? null : page.total + fresh.length };
}

/** Appends an older page (paging back). */
export function appendOlder(page: StatementPage, older: StatementPage, max: number): StatementPage {
  const seen = new Set(page.items.map((s) => s.id));
  const items = [...page.items, ...older.items.filter((s) => !seen.has(s.id))].slice(0, max);
  return { items, nextBefore: items.length >= max ? null : older.nextBefore, head: Math.max(page.head, older.head), total: page.total };
}

/** Removes statements (retracted, or aged out of a relative range); the match count follows. */
export function removeFromPage(page: StatementPage, ids: ReadonlySet<string>): StatementPage {
  const items = page.items.filter((s) => !ids.has(s.id));
  const removed = page.items.length - items.length;
  return removed === 0 ? page : { ...page, items, total: page.total === null ? null : Math.max(0, page.total - removed) };
}

export function updateMentions(page: StatementPage, headId: string, mentions: number): StatementPage {
  let changed = false;
  const items = page.items.map((s) => {
    if (s.id !== headId || s.mentions === mentions) return s;
    changed = true;
    return { ...s, mentions };
  });
  return changed ? { ...page, items } : page;
}

export const BUCKET_MS: Record<Bucket, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };

/** Counts statements into the right series and bucket of a volume response (in place, returns a copy). */
export function applyToVolume(v: VolumeResponse, incoming: StatementDTO[], mode: CountMode): VolumeResponse {
  // Statements at or below `head` are already in the counts (a refetch may land before a buffered push).
  const counted = incoming.filter((s) => s.seq > v.head && (mode === "mentions" || s.echoOf === null));
  if (!counted.length) return v;
  const size = BUCKET_MS[v.bucket];
  const ids = new Set(v.series.map((s) => s.actorId));
  const points = v.points.map((p) => ({ t: p.t, counts: { ...p.counts } }));
  const series = v.series.map((s) => ({ ...s }));
  let to = v.to;
  for (const s of counted) {
    const t = Date.parse(s.statedAt);
    if (!Number.isFinite(t) || t < Date.parse(v.from)) continue;
    const key = ids.has(s.actor.id) ? s.actor.id : "others";
    let idx = -1;
    for (let i = points.length - 1; i >= 0; i--) {
      const start = Date.parse(points[i]!.t);
      if (t >= start && t < start + size) { idx = i; break; }
      if (t >= start + size) break;
    }
    if (idx < 0) {
      const last = points[points.length - 1];
      if (!last) continue;
      const lastStart = Date.parse(last.t);
      if (t < lastStart) continue; // older than the last bucket and not inside any: leave to the refetch
      // A statement past the last bucket: add its bucket and zero-filled buckets up to it, so the
      // line drops to 0 where nothing was said instead of interpolating across the gap.
      const n = Math.floor((t - lastStart) / size);
      if (n > 600) continue; // far past the chart's end: leave to the refetch
      for (let i = 1; i <= n; i++) points.push({ t: new Date(lastStart + i * size).toISOString(), counts: {} });
      idx = points.length - 1;
    }
    const p = points[idx]!;
    p.counts[key] = (p.counts[key] ?? 0) + 1;
    let ser = series.find((x) => x.actorId === key);
    if (!ser && key === "others") {
      ser = { actorId: "others", nameAr: "آخرون", nameEn: "Others", total: 0 };
      series.push(ser);
      ids.add("others");
    }
    if (ser) ser.total += 1;
    if (s.statedAt > to) to = s.statedAt;
  }
  return { ...v, series, points, to, head: Math.max(v.head, ...counted.map((s) => s.seq)) };
}

/** Governorate counts: security-operation statements per governorate; unresolved when none. */
export function applyToGovernorates(g: GovernorateResponse, incoming: StatementDTO[]): GovernorateResponse {
  const sec = incoming.filter((s) => s.seq > g.head && s.echoOf === null && s.securityOperation);
  if (!sec.length) return g;
  const counts = new Map(g.counts.map((c) => [c.code, c.count]));
  let unresolved = g.unresolved;
  for (const s of sec) {
    if (!s.governorates.length) unresolved += 1;
    for (const code of s.governorates) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return { ...g, counts: [...counts].map(([code, count]) => ({ code, count })), unresolved, head: Math.max(g.head, ...sec.map((s) => s.seq)) };
}
