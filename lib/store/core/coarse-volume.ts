/**
 * Volume per actor without type/security filters, from the coarse rollups (migrations 8 and 11) so the rows read do not
 * grow with the number of actors times the buckets of the range:
 * - ranking: each actor's total over the range from the coarsest rows that fit (whole weeks, whole days, edge hours of
 *   rollup_actor_total_*), whatever the bucket; when the range covers most of the stored history, the actor totals
 *   (actors.total_*, kept by the same transaction) minus the hours outside it, so `range: "all"` reads ~one row per actor;
 * - series: the top actors' rows per bucket, seeked per actor through the covering (actor_id, time) indexes;
 * - others per bucket: the all-actor totals (rollup_total_*) minus the top actors (exact integers).
 * With an actor filter, "others" are the filtered actors outside the top, summed from their own rows.
 */
import type { VolumeResponse } from "../../contract/dto";
import type { VolumeQuery } from "../../contract/schemas";
import { type Db, type Param, placeholders } from "./db";
import { HOUR_MS } from "./keys";
import { BUCKET_HOURS, BUCKET_OFFSET, type HourRange, type RangePiece, splitHours } from "./range";

export interface Source { sql: string; params: Param[] }
export interface TotalRow { actor_id: string; u: number; m: number }
export interface BucketRow { k: number; actor_id: string | null; u: number; m: number }
/** Where shapeVolume gets its sums: per actor over the range, and per (bucket, top actor or NULL = others). */
export interface VolumeSource {
  totals(): Promise<TotalRow[]>;
  perBucket(topIds: string[]): Promise<BucketRow[]>;
}

type HourBucket = Exclude<VolumeResponse["bucket"], "minute">;

/** First hour of a piece's unit number, as SQL over its time column. */
const startHour = (p: RangePiece) => (p.unit === "hour" ? "hour" : p.unit === "day" ? "day * 24" : `week * 168 - ${BUCKET_OFFSET.week}`);

/** One SELECT per piece (its time column between the piece's bounds), joined with UNION ALL. */
function union(pieces: RangePiece[], select: (p: RangePiece) => string, where: Source = { sql: "", params: [] }): Source {
  return {
    sql: pieces.map((p) => `${select(p)} WHERE ${p.unit} >= ? AND ${p.unit} <= ?${where.sql}`).join(" UNION ALL "),
    params: pieces.flatMap((p) => [p.lo, p.hi, ...where.params]),
  };
}

export function coarseVolumeSource(db: Db, q: VolumeQuery, bucket: HourBucket, range: HourRange): VolumeSource {
  const actorFilter = (ids: readonly string[] | undefined): Source =>
    ids?.length ? { sql: ` AND actor_id IN (${placeholders(ids.length)})`, params: [...ids] } : { sql: "", params: [] };
  const k = (p: RangePiece) => `(${startHour(p)} + ${BUCKET_OFFSET[bucket]}) / ${BUCKET_HOURS[bucket]}`;
  const units: ("day" | "week")[] = bucket === "hour" ? [] : bucket === "day" ? ["day"] : ["week", "day"];
  const bucketPieces = splitHours(range.h0, range.h1, units);
  const actorTable = (p: RangePiece) => `rollup_actor_total_${p.unit}`;
  return {
    totals: async () => {
      const rows = (pieces: RangePiece[]): Promise<TotalRow[]> => {
        if (!pieces.length) return Promise.resolve([]);
        const src = union(pieces, (p) => `SELECT actor_id, uniques AS u, mentions AS m FROM ${actorTable(p)}`, actorFilter(q.actors));
        return db.all<TotalRow>(`SELECT actor_id, SUM(u) AS u, SUM(m) AS m FROM (${src.sql}) t GROUP BY actor_id`, src.params);
      };
      const span = await db.get<{ lo: number | null; hi: number | null }>(
        "SELECT (SELECT MIN(stated_at) FROM statements) AS lo, (SELECT MAX(stated_at) FROM statements) AS hi",
      );
      if (span?.lo === null || span?.lo === undefined || span.hi === null) return [];
      const first = Math.floor(Number(span.lo) / HOUR_MS);
      const last = Math.floor(Number(span.hi) / HOUR_MS);
      const h0 = Math.max(range.h0, first);
      const h1 = Math.min(range.h1, last);
      if (h0 > h1) return [];
      const outside = (h0 - first) + (last - h1);
      if (outside >= h1 - h0 + 1) return rows(splitHours(h0, h1, ["week", "day"]));
      // Most of the history: the actor totals minus the hours outside the range (none for `range: "all"`).
      const f = actorFilter(q.actors);
      const totals = await db.all<TotalRow>(
        `SELECT id AS actor_id, total_uniques AS u, total_mentions AS m FROM actors WHERE total_mentions > 0${f.sql.replace("actor_id", "id")}`, f.params,
      );
      const minus = await rows([...splitHours(first, h0 - 1, ["week", "day"]), ...splitHours(h1 + 1, last, ["week", "day"])]);
      const by = new Map(totals.map((r) => [r.actor_id, { actor_id: r.actor_id, u: Number(r.u), m: Number(r.m) }]));
      for (const r of minus) {
        const t = by.get(r.actor_id);
        if (t) { t.u -= Number(r.u); t.m -= Number(r.m); }
      }
      return [...by.values()];
    },
    perBucket: async (topIds) => {
      if (!bucketPieces.length) return [];
      const perActor = (ids: string[]): Promise<BucketRow[]> => {
        if (!ids.length) return Promise.resolve([]);
        const src = union(bucketPieces, (p) => `SELECT ${k(p)} AS k, actor_id, uniques AS u, mentions AS m FROM ${actorTable(p)}`, actorFilter(ids));
        return db.all<BucketRow>(`SELECT k, actor_id, SUM(u) AS u, SUM(m) AS m FROM (${src.sql}) t GROUP BY 1, 2`, src.params);
      };
      if (q.actors?.length) {
        const [topList, rest] = await Promise.all([perActor(topIds), perActor(q.actors.filter((id) => !topIds.includes(id)))]);
        return [...topList, ...sumOthers(rest)];
      }
      // One round trip: the top actors' rows, then every bucket's all-actor total (actor_id NULL).
      const top = union(bucketPieces, (p) => `SELECT ${k(p)} AS k, actor_id, uniques AS u, mentions AS m FROM ${actorTable(p)}`, actorFilter(topIds));
      const all = union(bucketPieces, (p) => `SELECT ${k(p)} AS k, uniques AS u, mentions AS m FROM rollup_total_${p.unit}`);
      const rows = await db.all<BucketRow>(
        `SELECT k, actor_id, SUM(u) AS u, SUM(m) AS m FROM (${top.sql}) t GROUP BY 1, 2
         UNION ALL SELECT k, NULL, SUM(u), SUM(m) FROM (${all.sql}) a GROUP BY 1`, [...top.params, ...all.params]);
      const topList = rows.filter((r) => r.actor_id !== null);
      // others(k) = all(k) - sum of the top actors(k)
      const minus = new Map<number, { u: number; m: number }>();
      for (const r of rows) if (r.actor_id === null) minus.set(Number(r.k), { u: Number(r.u), m: Number(r.m) });
      for (const r of topList) {
        const o = minus.get(Number(r.k));
        if (o) { o.u -= Number(r.u); o.m -= Number(r.m); }
      }
      return [...topList, ...[...minus].map(([kk, v]) => ({ k: kk, actor_id: null, ...v }))];
    },
  };
}

/** Folds the per-actor rows of non-top actors into one NULL (others) row per bucket. */
function sumOthers(rows: BucketRow[]): BucketRow[] {
  const by = new Map<number, BucketRow>();
  for (const r of rows) {
    const kk = Number(r.k);
    const o = by.get(kk) ?? { k: kk, actor_id: null, u: 0, m: 0 };
    o.u += Number(r.u);
    o.m += Number(r.m);
    by.set(kk, o);
  }
  return [...by.values()];
}
