/**
 * Aggregates answered from the rollups: volume per actor per bucket (without type/security filters through
 * coarse-volume.ts), counts per governorate. Fallbacks to indexed raw queries (documented in docs/store.md):
 * - volume with a governorate filter (the actor rollups have no governorate dimension) or minute
 *   buckets (no rollup that fine): statements within the range;
 * - governorateCounts with an actor or type filter (rollup_gov_hour has neither).
 */
import type { GovernorateCount, GovernorateResponse, VolumeResponse, VolumeSeries } from "../../contract/dto";
import type { CountMode, Filter, VolumeQuery } from "../../contract/schemas";
import { GOVERNORATE_CODES, type GovernorateCode } from "../../domain/governorates";
import { type Db, type Param, placeholders } from "./db";
import { HOUR_MS, iso } from "./keys";
import { BUCKET_HOURS, BUCKET_OFFSET, MINUTE_MS, bucketSpan, bucketStartMs, chooseBucket, hourRange, type RollupUnit, splitHours } from "./range";
import { filterWhere } from "./reads";
import { type BucketRow, coarseVolumeSource, type Source, type TotalRow, type VolumeSource } from "./coarse-volume";

export const OTHERS = { actorId: "others", nameAr: "آخرون", nameEn: "Others" };

/** stated_at of the first stored statement (index-only MIN), for `range: "all"`. */
async function earliestFor(db: Db, f: Filter): Promise<number | null> {
  if (f.range !== "all" || f.from) return null;
  const row = await db.get<{ t: number | null }>("SELECT MIN(stated_at) AS t FROM statements", []);
  return row?.t === null || row?.t === undefined ? null : Number(row.t);
}

/**
 * Volume per actor per bucket. The matching (bucket, actor, uniques, mentions) rows come from one source subquery
 * (rollups, or raw statements with a governorate filter); SQL sums them twice, per actor (to rank the top N) and per
 * (bucket, top actor or others), so only a few hundred rows ever leave the database whatever the range.
 */
export async function volume(db: Db, q: VolumeQuery, now: Date): Promise<Omit<VolumeResponse, "head">> {
  const { bucket, range } = chooseBucket(hourRange(q, now, await earliestFor(db, q)), q.bucket);
  let src: Source;
  if (bucket === "minute" || q.governorates?.length) {
    // Minute buckets (no rollup that fine; at most MAX_POINTS minutes) and governorate filters (the actor
    // rollups have no governorate): the matching statements of the range's whole buckets.
    const params: Param[] = [];
    const conds = filterWhere({ ...q, from: undefined, to: undefined }, params);
    conds.push("s.stated_at >= ?", "s.stated_at < ?");
    let kExpr: string;
    if (bucket === "minute") {
      const { k0, k1 } = bucketSpan(range, bucket);
      kExpr = `s.stated_at / ${MINUTE_MS}`;
      params.push(k0 * MINUTE_MS, (k1 + 1) * MINUTE_MS);
    } else {
      kExpr = `((s.stated_at / ${HOUR_MS}) + ${BUCKET_OFFSET[bucket]}) / ${BUCKET_HOURS[bucket]}`;
      params.push(range.h0 * HOUR_MS, (range.h1 + 1) * HOUR_MS);
    }
    src = {
      sql: `SELECT ${kExpr} AS k, s.actor_id AS actor_id,
         CASE WHEN s.echo_of IS NULL THEN 1 ELSE 0 END AS u, 1 AS m FROM statements s WHERE ${conds.join(" AND ")}`,
      params,
    };
  } else if (!q.types?.length && q.security !== true) {
    // No type/security filter: the actor totals (coarse-volume.ts), without scanning every actor's buckets.
    return shapeVolume(db, coarseVolumeSource(db, q, bucket, range), q, bucket, range);
  } else {
    // Type/security filters: the typed tables (hour and day; weeks sum days).
    const S = BUCKET_HOURS[bucket];
    const O = BUCKET_OFFSET[bucket];
    const units: "day"[] = bucket === "hour" ? [] : ["day"];
    const parts = splitHours(range.h0, range.h1, units).map((p) => {
      const start = p.unit === "hour" ? "hour" : "day * 24";
      return rollupSource(q, p.unit, p.lo, p.hi, `(${start} + ${O}) / ${S}`);
    });
    src = { sql: parts.map((p) => p.sql).join(" UNION ALL "), params: parts.flatMap((p) => p.params) };
  }
  return shapeVolume(db, rawVolumeSource(db, src), q, bucket, range);
}

/** (k, actor_id, u, m) rows of one actor rollup table over an inclusive range of its time column. */
function rollupSource(q: VolumeQuery, unit: RollupUnit, lo: number, hi: number, kExpr: string): Source {
  const params: Param[] = [lo, hi];
  const conds = [`${unit} >= ?`, `${unit} <= ?`];
  if (q.actors?.length) {
    conds.push(`actor_id IN (${placeholders(q.actors.length)})`);
    params.push(...q.actors);
  }
  if (q.types?.length) {
    conds.push(`type IN (${placeholders(q.types.length)})`);
    params.push(...q.types);
  }
  if (q.security === true) conds.push("security_op = TRUE");
  return { sql: `SELECT ${kExpr} AS k, actor_id, uniques AS u, mentions AS m FROM rollup_actor_${unit} WHERE ${conds.join(" AND ")}`, params };
}

/** (k, actor_id, u, m) rows summed in SQL over one source subquery: per actor, and per (bucket, top actor or NULL = others). */
function rawVolumeSource(db: Db, src: Source): VolumeSource {
  return {
    totals: async () => (src.sql
      ? db.all<TotalRow>(`SELECT actor_id, SUM(u) AS u, SUM(m) AS m FROM (${src.sql}) t GROUP BY actor_id`, src.params)
      : []),
    perBucket: async (topIds) => {
      // Per bucket: each top actor, and everyone else (of the filter) as one NULL actor (others).
      const who = topIds.length ? `CASE WHEN actor_id IN (${placeholders(topIds.length)}) THEN actor_id END` : "NULL";
      return db.all<BucketRow>(`SELECT k, ${who} AS actor_id, SUM(u) AS u, SUM(m) AS m FROM (${src.sql}) t GROUP BY 1, 2`,
        [...topIds, ...src.params]);
    },
  };
}

async function shapeVolume(
  db: Db, src: VolumeSource, q: VolumeQuery, bucket: VolumeResponse["bucket"], range: ReturnType<typeof hourRange>,
): Promise<Omit<VolumeResponse, "head">> {
  const value = (r: { u: number; m: number }) => Number(q.count === "mentions" ? r.m : r.u);
  const totalRows = await src.totals();
  const ranked = totalRows.map((r) => [r.actor_id, value(r)] as const).filter(([, t]) => t > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = ranked.slice(0, q.top);
  const topIds = top.map(([id]) => id);
  const othersTotal = ranked.slice(q.top).reduce((s, [, t]) => s + t, 0);
  // Names and the per-bucket sums are independent (PostgreSQL: two pool connections, one wait instead of two).
  const [nameRows, bucketRows] = top.length
    ? await Promise.all([
      db.all<{ id: string; name_ar: string; name_en: string }>(`SELECT id, name_ar, name_en FROM actors WHERE id IN (${placeholders(topIds.length)})`, topIds),
      src.perBucket(topIds),
    ])
    : [[], []];
  const names = new Map(nameRows.map((r) => [r.id, r]));
  const series: VolumeSeries[] = top.map(([id, total]) => ({
    actorId: id, nameAr: names.get(id)?.name_ar ?? id, nameEn: names.get(id)?.name_en ?? "", total,
  }));
  if (othersTotal > 0) series.push({ ...OTHERS, total: othersTotal });
  const { k0, k1 } = bucketSpan(range, bucket);
  const points: VolumeResponse["points"] = [];
  const empty = () => Object.fromEntries(series.map((s) => [s.actorId, 0])) as Record<string, number>;
  for (let k = k0; k <= k1; k++) points.push({ t: iso(bucketStartMs(k, bucket)), counts: empty() });
  if (series.length) {
    for (const r of bucketRows) {
      const p = points[Number(r.k) - k0];
      const key = r.actor_id ?? OTHERS.actorId;
      if (p && key in p.counts) p.counts[key] = (p.counts[key] ?? 0) + value(r);
    }
  }
  return { bucket, count: q.count, from: iso(range.fromMs), to: iso(range.toMs), series, points };
}

/**
 * Statements per governorate in a range. `security` absent or true: security-operation
 * statements only (the map's default); false: all statements. Unique statements unless
 * `count: "mentions"`. `unresolved` counts matching statements without any governorate.
 */
export async function governorateCounts(db: Db, f: Filter, now: Date, count: CountMode = "unique"): Promise<Omit<GovernorateResponse, "head">> {
  const range = hourRange(f, now, await earliestFor(db, f));
  const securityOnly = f.security !== false;
  const codes: readonly GovernorateCode[] = f.governorates?.length ? f.governorates : GOVERNORATE_CODES;
  const col = count === "mentions" ? "m" : "u";
  let rows: { code: string; u: number; m: number }[];
  let unresolved: { u: number | null; m: number | null } | undefined;
  if (f.actors?.length || f.types?.length) {
    const params: Param[] = [];
    const conds = filterWhere({
      ...f, governorates: undefined, security: securityOnly ? true : undefined,
      from: iso(range.h0 * HOUR_MS), to: iso((range.h1 + 1) * HOUR_MS - 1),
    }, params);
    const where = conds.join(" AND ");
    const agg = "SUM(CASE WHEN s.echo_of IS NULL THEN 1 ELSE 0 END) AS u, COUNT(*) AS m";
    rows = await db.all(`SELECT g.code, ${agg} FROM statement_governorates g JOIN statements s ON s.seq = g.statement_seq
      WHERE ${where} GROUP BY g.code`, params);
    unresolved = await db.get(`SELECT ${agg} FROM statements s WHERE ${where} AND s.govs = '[]'`, params);
  } else {
    // Whole days from the daily tables, the edge hours from the hourly ones.
    const sec = securityOnly ? " AND security_op = TRUE" : "";
    rows = [];
    const un = { u: 0, m: 0 };
    for (const p of splitHours(range.h0, range.h1, ["day"])) {
      const unit = p.unit === "day" ? "day" : "hour";
      rows.push(...(await db.all<{ code: string; u: number; m: number }>(
        `SELECT code, SUM(uniques) AS u, SUM(mentions) AS m FROM rollup_gov_${unit} WHERE ${unit} >= ? AND ${unit} <= ?${sec} GROUP BY code`,
        [p.lo, p.hi],
      )));
      const r = await db.get<{ u: number | null; m: number | null }>(
        `SELECT SUM(uniques) AS u, SUM(mentions) AS m FROM rollup_unresolved_${unit} WHERE ${unit} >= ? AND ${unit} <= ?${sec}`,
        [p.lo, p.hi],
      );
      un.u += Number(r?.u ?? 0);
      un.m += Number(r?.m ?? 0);
    }
    unresolved = un;
  }
  const byCode = new Map<string, number>();
  for (const r of rows) byCode.set(r.code, (byCode.get(r.code) ?? 0) + Number(r[col]));
  const counts: GovernorateCount[] = codes.map((code) => ({ code, count: byCode.get(code) ?? 0 }));
  // A governorate filter cannot match a statement without a governorate.
  const unresolvedCount = f.governorates?.length ? 0 : Number(unresolved?.[col] ?? 0);
  return { from: iso(range.fromMs), to: iso(range.toMs), counts, unresolved: unresolvedCount };
}
