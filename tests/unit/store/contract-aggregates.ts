/** Contract: volume (rollups, buckets, top N + others, zero fill) and governorate counts. */
import { expect, it } from "vitest";
import { volumeQuerySchema, type StatementInput } from "../../../lib/contract/schemas";
import type { SqlStore } from "../../../lib/store";
import { ACTORS, T0, TEXTS, hoursFrom, isoAt, stmt } from "./fixtures";

type Fresh = (opts?: { echoWindowHours?: number }) => Promise<{ store: SqlStore }>;
const vq = (over: Record<string, unknown> = {}) => volumeQuerySchema.parse(over);

const SEED_TEXTS = [TEXTS.roads, TEXTS.water, TEXTS.talks, TEXTS.patrol];

/** 4 actors with 4/3/2/1 statements spread over the 6 hours before T0. */
async function seed(store: SqlStore) {
  const actors = [ACTORS.minister, ACTORS.army, ACTORS.governor, ACTORS.envoy];
  const inputs: StatementInput[] = [];
  actors.forEach((a, ai) => {
    for (let i = 0; i < 4 - ai; i++) {
      inputs.push(stmt({
        actor: a, text: SEED_TEXTS[i]!, statedAt: isoAt(-1 - i - 0.5), securityOperation: ai === 1,
        governorates: ai === 1 ? (i === 0 ? [] : ["SY-HL"]) : ai === 2 ? ["SY-DI"] : [],
        source: { outlet: `o${i}`, url: null, articleId: null }, type: ai === 3 ? "warning" : "statement",
      }));
    }
  });
  return store.insertStatements(inputs, { now: T0 });
}

export function runAggregateContract(fresh: Fresh): void {
  it("volume: picks the bucket from the range, zero-fills and never exceeds 600 points", async () => {
    const { store } = await fresh();
    await seed(store);
    const day = await store.volume(vq(), T0);
    expect(day).toMatchObject({ bucket: "hour", count: "unique", from: hoursFrom(T0, -24).toISOString(), to: T0.toISOString() });
    expect(day.points).toHaveLength(24);
    expect(day.points[0]!.t).toBe(isoAt(-24));
    for (const p of day.points) expect(Object.keys(p.counts).sort()).toEqual(day.series.map((s) => s.actorId).sort());
    expect(day.points[22]!.counts).toEqual({ fm: 1, army: 1, "gov-hl": 1, envoy: 1 });
    expect(day.points[10]!.counts).toEqual({ fm: 0, army: 0, "gov-hl": 0, envoy: 0 });
    expect((await store.volume(vq({ from: isoAt(-24 * 60) }), T0)).bucket).toBe("day");
    const weeks = await store.volume(vq({ from: isoAt(-24 * 700) }), T0);
    expect(weeks.bucket).toBe("week");
    expect(new Date(weeks.points[0]!.t).getUTCDay()).toBe(1);
    expect((await store.volume(vq({ from: isoAt(-24 * 365), bucket: "hour" }), T0)).points.length).toBeLessThanOrEqual(600);
    const decades = await store.volume(vq({ from: isoAt(-24 * 365 * 30) }), T0);
    expect(decades.points.length).toBeLessThanOrEqual(600);
    expect(decades.series.reduce((s, x) => s + x.total, 0)).toBe(10);
  });

  it("volume: 1 h has minute buckets (raw statements), counted in the minute they were made", async () => {
    const { store } = await fresh();
    const min = (m: number) => isoAt(m / 60);
    await store.insertStatements([
      stmt({ actor: ACTORS.minister, text: TEXTS.roads, statedAt: min(-30), source: { outlet: "a", url: null, articleId: null } }),
      stmt({ actor: ACTORS.minister, text: TEXTS.water, statedAt: isoAt(-29.5 / 60), source: { outlet: "b", url: null, articleId: null } }),
      stmt({ actor: ACTORS.army, text: TEXTS.patrol, statedAt: min(-5), governorates: ["SY-HL"], securityOperation: true, source: { outlet: "c", url: null, articleId: null } }),
      stmt({ actor: ACTORS.army, text: TEXTS.talks, statedAt: min(-90), source: { outlet: "d", url: null, articleId: null } }),
    ], { now: T0 });
    const hour = await store.volume(vq({ from: isoAt(-1), to: T0.toISOString() }), T0);
    expect(hour.bucket).toBe("minute");
    expect(hour.points).toHaveLength(60);
    expect(hour.points[0]!.t).toBe(isoAt(-1));
    expect(Date.parse(hour.points[1]!.t) - Date.parse(hour.points[0]!.t)).toBe(60_000);
    expect(hour.points[30]!.counts).toEqual({ fm: 2, army: 0 });
    expect(hour.points[55]!.counts).toEqual({ fm: 0, army: 1 });
    expect(hour.series.map((s) => [s.actorId, s.total])).toEqual([["fm", 2], ["army", 1]]);
    // With a governorate filter, and as mentions.
    const gov = await store.volume(vq({ from: isoAt(-1), to: T0.toISOString(), governorates: "SY-HL", count: "mentions" }), T0);
    expect(gov.bucket).toBe("minute");
    expect(gov.series.map((s) => [s.actorId, s.total])).toEqual([["army", 1]]);
    // 3 h is still minutes; 4 h is hours; asking for minutes over 30 days is coarsened.
    expect((await store.volume(vq({ from: isoAt(-3), to: T0.toISOString() }), T0)).points).toHaveLength(180);
    expect((await store.volume(vq({ from: isoAt(-4), to: T0.toISOString() }), T0)).bucket).toBe("hour");
    expect((await store.volume(vq({ from: isoAt(-24), bucket: "minute" }), T0)).bucket).toBe("hour");
    expect((await store.volume(vq({ from: isoAt(-3), bucket: "minute" }), T0)).bucket).toBe("minute");
  });

  it("volume: day and week buckets (daily rollup + hourly edges) equal a count of the inputs", async () => {
    const { store } = await fresh();
    const texts = Object.values(TEXTS);
    const inputs: StatementInput[] = [];
    for (let i = 0; i < 60; i++) {
      inputs.push(stmt({
        actor: i % 2 ? ACTORS.army : ACTORS.envoy, text: `${texts[i % texts.length]} ${"ا".repeat(i + 1)}`,
        statedAt: isoAt(-(i * 41) / 10 - 0.25), source: { outlet: null, url: null, articleId: null },
      }));
    }
    await store.insertStatements(inputs, { now: T0 });
    const from = isoAt(-24 * 9 - 7);
    const expectCounts = (bucketMs: (t: number) => number) => {
      const m = new Map<number, number>();
      for (const s of inputs) {
        const t = Date.parse(s.statedAt!);
        if (t >= Date.parse(from) - (Date.parse(from) % 3_600_000) && t < T0.getTime()) m.set(bucketMs(t), (m.get(bucketMs(t)) ?? 0) + 1);
      }
      return m;
    };
    const DAY = 86_400_000;
    const days = await store.volume(vq({ from, bucket: "day" }), T0);
    const want = expectCounts((t) => t - (t % DAY));
    expect(days.points).toHaveLength(10);
    for (const p of days.points) {
      expect((p.counts["army"] ?? 0) + (p.counts["envoy"] ?? 0)).toBe(want.get(Date.parse(p.t)) ?? 0);
    }
    const weeks = await store.volume(vq({ from, bucket: "week" }), T0);
    const monday = (t: number) => t - ((t + 3 * DAY) % (7 * DAY));
    const wantW = expectCounts(monday);
    for (const p of weeks.points) {
      expect((p.counts["army"] ?? 0) + (p.counts["envoy"] ?? 0)).toBe(wantW.get(Date.parse(p.t)) ?? 0);
    }
    expect(days.series.reduce((n, x) => n + x.total, 0)).toBe([...want.values()].reduce((a, b) => a + b, 0));
    expect(await store.verifyRollups()).toEqual([]);
  });

  it("volume: top N actors plus others, totals equal the points", async () => {
    const { store } = await fresh();
    await seed(store);
    const v = await store.volume(vq({ top: 2 }), T0);
    expect(v.series).toEqual([
      { actorId: "fm", nameAr: "وزير الخارجية", nameEn: "Foreign Minister", total: 4 },
      { actorId: "army", nameAr: "وزارة الدفاع", nameEn: "Ministry of Defence", total: 3 },
      { actorId: "others", nameAr: expect.any(String), nameEn: "Others", total: 3 },
    ]);
    for (const s of v.series) expect(v.points.reduce((n, p) => n + p.counts[s.actorId]!, 0)).toBe(s.total);
    expect((await store.volume(vq({ types: "warning" }), T0)).series.map((s) => [s.actorId, s.total])).toEqual([["envoy", 1]]);
    expect((await store.volume(vq({ security: "true" }), T0)).series.map((s) => s.actorId)).toEqual(["army"]);
    expect((await store.volume(vq({ actors: "gov-hl,envoy" }), T0)).series.map((s) => s.total)).toEqual([2, 1]);
    const byGov = await store.volume(vq({ governorates: "SY-HL,SY-DI" }), T0);
    expect(byGov.series.map((s) => [s.actorId, s.total])).toEqual([["army", 2], ["gov-hl", 2]]);
    expect(byGov.points).toHaveLength(24);
    expect(byGov.points.reduce((n, p) => n + p.counts["army"]!, 0)).toBe(2);
    const empty = await store.volume(vq({ from: isoAt(-100), to: isoAt(-90) }), T0);
    expect(empty.series).toEqual([]);
    expect(empty.points).toHaveLength(10);
  });

  it("volume without type filters (actor totals, others = all minus the top) equals a count of the inputs, and survives a rollup rebuild", async () => {
    const { store } = await fresh();
    const actors = [ACTORS.minister, ACTORS.army, ACTORS.army, ACTORS.governor, ACTORS.envoy, ACTORS.army, ACTORS.spokesman];
    const texts = Object.values(TEXTS);
    const inputs = Array.from({ length: 40 }, (_, k) => stmt({
      actor: actors[k % actors.length]!, text: texts[k % texts.length]!, statedAt: isoAt(-k * 31 - 0.5),
      governorates: k % 3 ? ["SY-HL"] : [], source: { outlet: `o${k}`, url: `https://example.test/${k}`, articleId: null },
    }));
    await store.insertStatements(inputs, { now: T0 });
    const made = inputs.map((_, k) => ({ id: actors[k % actors.length]!.id, t: Date.parse(isoAt(-k * 31 - 0.5)) }));
    const DAY = 86_400_000;
    const check = async (over: Record<string, unknown>, ids: string[] | null) => {
      const v = await store.volume(vq({ count: "mentions", bucket: "day", ...over }), T0);
      const lo = Date.parse(v.from);
      const key = (t: number) => (v.bucket === "week" ? t - ((t + 3 * DAY) % (7 * DAY)) : t - (t % DAY));
      const want = new Map<string, Map<number, number>>();
      for (const { id, t } of made) {
        if (t < lo || t >= Date.parse(v.to) || (ids && !ids.includes(id))) continue;
        const m = want.get(id) ?? new Map<number, number>();
        m.set(key(t), (m.get(key(t)) ?? 0) + 1);
        want.set(id, m);
      }
      const top = v.series.filter((x) => x.actorId !== "others").map((x) => x.actorId);
      for (const p of v.points) {
        const t = Date.parse(p.t);
        let others = 0;
        for (const [id, m] of want) {
          if (top.includes(id)) expect(p.counts[id]).toBe(m.get(t) ?? 0);
          else others += m.get(t) ?? 0;
        }
        expect(p.counts["others"] ?? 0).toBe(others);
      }
      return v;
    };
    const all = await check({ range: "all", top: 2 }, null);
    expect(all.series.map((x) => [x.actorId, x.total])).toEqual([["army", 17], ["envoy", 6], ["others", 17]]);
    await check({ from: isoAt(-24 * 20), top: 2 }, null);
    await check({ range: "all", top: 1, actors: "fm,gov-hl,spox" }, ["fm", "gov-hl", "spox"]);
    await check({ from: isoAt(-24 * 30), to: isoAt(-24 * 3), top: 3, bucket: "week" }, null);
    const before = [await store.volume(vq({ range: "all" }), T0), await store.governorateCounts({ range: "all", security: false }, T0)];
    await store.rebuildRollups();
    expect(await store.verifyRollups()).toEqual([]);
    expect([await store.volume(vq({ range: "all" }), T0), await store.governorateCounts({ range: "all", security: false }, T0)]).toEqual(before);
  });

  it("range=all starts at the first stored statement (not the default 24 h)", async () => {
    const { store } = await fresh();
    await seed(store);
    await store.insertStatements([stmt({
      actor: ACTORS.army, text: TEXTS.water, statedAt: isoAt(-24 * 40), securityOperation: true, governorates: ["SY-DY"],
      source: { outlet: "archive", url: null, articleId: null },
    })], { now: T0 });
    const all = await store.volume(vq({ range: "all" }), T0);
    expect(all.bucket).toBe("day");
    expect(Date.parse(all.from)).toBeLessThanOrEqual(Date.parse(isoAt(-24 * 40)));
    expect(all.series.reduce((n, x) => n + x.total, 0)).toBe(11);
    const day = await store.volume(vq(), T0);
    expect(day.series.reduce((n, x) => n + x.total, 0)).toBe(10);
    const g = await store.governorateCounts({ range: "all" }, T0);
    expect(g.counts.find((c) => c.code === "SY-DY")!.count).toBe(1);
    expect((await store.governorateCounts({}, T0)).counts.find((c) => c.code === "SY-DY")!.count).toBe(0);
  });

  it("governorate counts: security operations by default, unresolved, mentions", async () => {
    const { store } = await fresh();
    await seed(store);
    const range = { from: isoAt(-24), to: T0.toISOString() };
    const g = await store.governorateCounts(range, T0);
    expect(g.counts).toHaveLength(14);
    expect(g.counts.find((c) => c.code === "SY-HL")!.count).toBe(2);
    expect(g.counts.find((c) => c.code === "SY-DI")!.count).toBe(0);
    expect(g.unresolved).toBe(1);
    const all = await store.governorateCounts({ ...range, security: false }, T0);
    expect(all.counts.find((c) => c.code === "SY-DI")!.count).toBe(2);
    expect(all.unresolved).toBe(1 + 4 + 1);
    const filtered = await store.governorateCounts({ ...range, actors: ["gov-hl"], security: false }, T0);
    expect(filtered.counts.filter((c) => c.count > 0)).toEqual([{ code: "SY-DI", count: 2 }]);
    expect(filtered.unresolved).toBe(0);
    const onlyHl = await store.governorateCounts({ ...range, governorates: ["SY-HL"] }, T0);
    expect(onlyHl.counts).toEqual([{ code: "SY-HL", count: 2 }]);
    expect(onlyHl.unresolved).toBe(0); // a governorate filter cannot match a statement without one
    await store.insertStatements([stmt({
      actor: ACTORS.army, text: SEED_TEXTS[1]!, statedAt: isoAt(-2.5), securityOperation: true, governorates: ["SY-HL"],
      source: { outlet: "other", url: null, articleId: null },
    })], { now: T0 });
    expect((await store.governorateCounts(range, T0)).counts.find((c) => c.code === "SY-HL")!.count).toBe(2);
    expect((await store.governorateCounts(range, T0, { count: "mentions" })).counts.find((c) => c.code === "SY-HL")!.count).toBe(3);
    expect((await store.governorateCounts({}, hoursFrom(T0, 48))).counts.every((c) => c.count === 0)).toBe(true);
    expect(await store.verifyRollups()).toEqual([]);
  });
}
