/**
 * Aggregates answered from the hourly rollups: volume per actor per bucket, counts per
 * governorate. Fallbacks to indexed raw queries (documented in docs/store.md):
 * - volume with a governorate filter (rollup_actor_hour has no governorate dimension):
 *   statements joined to statement_governorates within the range;
 * - governorateCounts with an actor or type filter (rollup_gov_hour has neither).
 */
import type { GovernorateCount, GovernorateResponse, VolumeResponse, VolumeSeries } from "../../contract/dto";
import type { CountMode, Filter, VolumeQuery } from "../../contract/schemas";
import { GOVERNORATE_CODES, type GovernorateCode } from "../../domain/governorates";
import { type Db, type Param, placeholders } from "./db";
import { HOUR_MS, iso } from "./keys";
import { BUCKET_HOURS, BUCKET_OFFSET, MINUTE_MS, bucketSpan, bucketStartMs, chooseBucket, hourRange } from "./range";
import { filterWhere } from "./reads";

interface BucketRow { k: number; actor_id: string; u: number; m: number }

export const OTHERS = { actorId: "others", nameAr: "آخرون", nameEn: "Others" };

/** stated_at of the first stored statement (index-only MIN), for `range: "all"`. */
async function earliestFor(db: Db, f: Filter): Promise<number | null> {
  if (f.range !== "all" || f.from) return null;
  const row = await db.get<{ t: number | null }>("SELECT MIN(stated_at) AS t FROM statements", []);
  return row?.t === null || row?.t === undefined ? null : Number(row.t);
}

export async function volume(db: Db, q: VolumeQuery, now: Date): Promise<Omit<VolumeResponse, "head">> {
  const { bucket, range } = chooseBucket(hourRange(q, now, await earliestFor(db, q)), q.bucket);
  const params: Param[] = [];
  let rows: BucketRow[];
  if (bucket === "minute" || q.governorates?.length) {
    // Minute buckets (no rollup that fine; the range is at most MAX_POINTS minutes) and governorate
    // filters (the actor rollups have no governorate): statements in the range's whole buckets.
    const { k0, k1 } = bucketSpan(range, bucket);
    const kExpr = bucket === "minute" ? `s.stated_at / ${MINUTE_MS}` : `((s.stated_at / ${HOUR_MS}) + ${BUCKET_OFFSET[bucket]}) / ${BUCKET_HOURS[bucket]}`;
    const conds = filterWhere({ ...q, from: undefined, to: undefined }, params);
    conds.push("s.stated_at >= ?", "s.stated_at < ?");
    if (bucket === "minute") params.push(k0 * MINUTE_MS, (k1 + 1) * MINUTE_MS);
    else params.push(range.h0 * HOUR_MS, (range.h1 + 1) * HOUR_MS);
    rows = await db.all<BucketRow>(
      `SELECT ${kExpr} AS k, s.actor_id,
         SUM(CASE WHEN s.echo_of IS NULL THEN 1 ELSE 0 END) AS u, COUNT(*) AS m
       FROM statements s WHERE ${conds.join(" AND ")} GROUP BY 1, 2`,
      params,
    );
  } else if (bucket === "hour") {
    rows = await rollupRows(db, q, "hour", range.h0, range.h1, "hour");
  } else {
    const S = BUCKET_HOURS[bucket];
    const O = BUCKET_OFFSET[bucket];
    // Whole days from rollup_actor_day, the partial days at the edges from rollup_actor_hour.
    const d0 = Math.ceil(range.h0 / 24);
    const d1 = Math.floor((range.h1 + 1) / 24) - 1;
    const hourK = `(hour + ${O}) / ${S}`;
    if (d0 > d1) rows = await rollupRows(db, q, "hour", range.h0, range.h1, hourK);
    else {
      rows = [
        ...(await rollupRows(db, q, "day", d0, d1, `(day * 24 + ${O}) / ${S}`)),
        ...(range.h0 < d0 * 24 ? await rollupRows(db, q, "hour", range.h0, d0 * 24 - 1, hourK) : []),
        ...(range.h1 > d1 * 24 + 23 ? await rollupRows(db, q, "hour", (d1 + 1) * 24, range.h1, hourK) : []),
      ];
    }
  }
  return shapeVolume(db, rows, q, bucket, range);
}

/** Per (bucket, actor) sums from one actor rollup table over an inclusive range of its time column. */
async function rollupRows(db: Db, q: VolumeQuery, unit: "hour" | "day", lo: number, hi: number, kExpr: string): Promise<BucketRow[]> {
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
  return db.all<BucketRow>(
    `SELECT ${kExpr} AS k, actor_id, SUM(uniques) AS u, SUM(mentions) AS m
     FROM rollup_actor_${unit} WHERE ${conds.join(" AND ")} GROUP BY 1, 2`,
    params,
  );
}

async function shapeVolume(
  db: Db, rows: BucketRow[], q: VolumeQuery, bucket: VolumeResponse["bucket"], range: ReturnType<typeof hourRange>,
): Promise<Omit<VolumeResponse, "head">> {
  const value = (r: BucketRow) => Number(q.count === "mentions" ? r.m : r.u);
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.actor_id, (totals.get(r.actor_id) ?? 0) + value(r));
  const ranked = [...totals.entries()].filter(([, t]) => t > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = ranked.slice(0, q.top);
  const topIds = new Set(top.map(([id]) => id));
  const othersTotal = ranked.slice(q.top).reduce((s, [, t]) => s + t, 0);
  const names = new Map<string, { name_ar: string; name_en: string }>();
  if (top.length) {
    const ids = top.map(([id]) => id);
    const rs = await db.all<{ id: string; name_ar: string; name_en: string }>(
      `SELECT id, name_ar, name_en FROM actors WHERE id IN (${placeholders(ids.length)})`, ids,
    );
    for (const r of rs) names.set(r.id, r);
  }
  const series: VolumeSeries[] = top.map(([id, total]) => ({
    actorId: id, nameAr: names.get(id)?.name_ar ?? id, nameEn: names.get(id)?.name_en ?? "", total,
  }));
  if (othersTotal > 0) series.push({ ...OTHERS, total: othersTotal });
  const { k0, k1 } = bucketSpan(range, bucket);
  const points: VolumeResponse["points"] = [];
  const empty = () => Object.fromEntries(series.map((s) => [s.actorId, 0])) as Record<string, number>;
  for (let k = k0; k <= k1; k++) points.push({ t: iso(bucketStartMs(k, bucket)), counts: empty() });
  for (const r of rows) {
    const p = points[Number(r.k) - k0];
    if (!p) continue;
    const key = topIds.has(r.actor_id) ? r.actor_id : OTHERS.actorId;
    if (key in p.counts) p.counts[key] = (p.counts[key] ?? 0) + value(r);
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
    const sec = securityOnly ? " AND security_op = TRUE" : "";
    rows = await db.all(
      `SELECT code, SUM(uniques) AS u, SUM(mentions) AS m FROM rollup_gov_hour WHERE hour >= ? AND hour <= ?${sec} GROUP BY code`,
      [range.h0, range.h1],
    );
    unresolved = await db.get(
      `SELECT SUM(uniques) AS u, SUM(mentions) AS m FROM rollup_unresolved_hour WHERE hour >= ? AND hour <= ?${sec}`,
      [range.h0, range.h1],
    );
  }
  const byCode = new Map(rows.map((r) => [r.code, Number(r[col])]));
  const counts: GovernorateCount[] = codes.map((code) => ({ code, count: byCode.get(code) ?? 0 }));
  // A governorate filter cannot match a statement without a governorate.
  const unresolvedCount = f.governorates?.length ? 0 : Number(unresolved?.[col] ?? 0);
  return { from: iso(range.fromMs), to: iso(range.toMs), counts, unresolved: unresolvedCount };
}
