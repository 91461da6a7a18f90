/** Contract: actors (search, aliases, merge) and the source repository (health, seen items, latency). */
import { expect, it } from "vitest";
import { volumeQuerySchema } from "../../../lib/contract/schemas";
import type { SqlStore } from "../../../lib/store";
import type { SourceState } from "../../../lib/store/types";
import { ACTORS, T0, TEXTS, hoursFrom, isoAt, stmt } from "./fixtures";

type Fresh = (opts?: { echoWindowHours?: number }) => Promise<{ store: SqlStore; open: () => Promise<SqlStore> }>;

export function runActorSourceContract(fresh: Fresh): void {
  it("actors: upsert on ingest, totals, folded search over names and aliases, details", async () => {
    const { store } = await fresh();
    await store.insertStatements([
      stmt({ actor: ACTORS.spokesman, text: TEXTS.roads, governorates: ["SY-LA"], type: "announcement" }),
      stmt({ actor: ACTORS.spokesman, text: TEXTS.water, statedAt: isoAt(-30) }),
      stmt({ actor: { ...ACTORS.spokesman, aliases: ["الناطق باسم الوزارة"] }, text: TEXTS.talks, statedAt: isoAt(-2) }),
      stmt({ actor: ACTORS.envoy, text: TEXTS.talks }),
      stmt({ actor: { nameAr: "مصدر عسكري", kind: "anonymous" }, text: TEXTS.patrol }),
    ], { now: T0 });
    const list = await store.listActors();
    expect(list.map((a) => [a.id, a.total])).toEqual([["spox", 3], ["envoy", 1], [expect.stringMatching(/^x-/), 1]]);
    expect(list[0]).toMatchObject({ aliases: ["الناطق باسم الوزارة"], lastStatedAt: isoAt(-1), mergedInto: null });
    // With a filter, each actor carries its count under it (here: the last 24 h, then Latakia only).
    const inDay = await store.listActors({ filter: { from: isoAt(-24) } });
    expect(inDay.map((a) => [a.id, a.total, a.matching])).toEqual([["spox", 3, 2], ["envoy", 1, 1], [expect.stringMatching(/^x-/), 1, 1]]);
    expect((await store.listActors({ filter: { governorates: ["SY-LA"] } })).map((a) => a.matching)).toEqual([1, 0, 0]);
    expect(list[0]!.matching).toBeUndefined();
    expect((await store.listActors({ q: "احمد" })).map((a) => a.id)).toEqual(["spox"]);
    expect((await store.listActors({ q: "الناطق" })).map((a) => a.id)).toEqual(["spox"]);
    expect((await store.listActors({ q: "مبعوث الامم" })).map((a) => a.id)).toEqual(["envoy"]);
    expect((await store.listActors({ q: "un envoy" })).map((a) => a.id)).toEqual(["envoy"]);
    expect(await store.listActors({ q: "100%" })).toEqual([]);
    expect(await store.listActors({ limit: 1 })).toHaveLength(1);
    const d = (await store.getActor("spox"))!;
    expect(d.total).toBe(3);
    expect(d.types).toEqual([{ type: "statement", count: 2 }, { type: "announcement", count: 1 }]);
    expect(d.governorates).toEqual([{ code: "SY-LA", count: 1 }]);
    expect((await store.getActor("spox", { from: isoAt(-24), to: T0.toISOString() }))!.total).toBe(2);
    // A range starting mid-hour counts exactly (the statement at -2 h is before 10:30), as the feed does.
    expect((await store.getActor("spox", { from: isoAt(-1.5), to: T0.toISOString() }))!.total).toBe(1);
    expect(await store.getActor("nobody")).toBeNull();
    const up = await store.upsertActor({ id: "spox", nameAr: "أحمد السالم", nameEn: "A. al-Salem", kind: "person", aliases: ["أبو محمد"], country: "SY" });
    expect(up.aliases.sort()).toEqual(["أبو محمد", "الناطق باسم الوزارة"].sort());
    expect(await store.addAliases("spox", ["ابو محمد", "السالم"])).toMatchObject({ nameEn: "A. al-Salem", country: "SY" });
    expect((await store.getActor("spox"))!.aliases).toHaveLength(3);
    await expect(store.addAliases("nobody", ["x"])).rejects.toMatchObject({ code: "not_found" });
  });

  it("actors: merging moves statements and rollups, and later inserts follow the merge", async () => {
    const { store } = await fresh();
    const dup = { id: "fm-2", nameAr: "وزير خارجية سوريا", nameEn: "", kind: "government" as const, aliases: [] };
    await store.insertStatements([
      stmt({ actor: ACTORS.minister, text: TEXTS.rebuild }),
      stmt({ actor: dup, text: TEXTS.talks, governorates: ["SY-DI"] }),
      stmt({ actor: dup, text: TEXTS.water, statedAt: isoAt(-3), source: { outlet: "أ", url: "https://a.example/w", articleId: null } }),
    ], { now: T0 });
    const merged = await store.mergeActors("fm-2", "fm");
    expect(merged.id).toBe("fm");
    expect(merged.aliases).toContain("وزير خارجية سوريا");
    expect((await store.listActors()).map((a) => [a.id, a.total])).toEqual([["fm", 3]]);
    expect((await store.getActor("fm-2"))!.mergedInto).toBe("fm");
    const v = await store.volume(volumeQuerySchema.parse({}), T0);
    expect(v.series.map((s) => [s.actorId, s.total])).toEqual([["fm", 3]]);
    const [later, again] = await store.insertStatements([
      stmt({ actor: dup, text: TEXTS.roads }),
      stmt({ actor: dup, text: TEXTS.water, statedAt: isoAt(-3), source: { outlet: "أ", url: "https://a.example/w", articleId: null } }),
    ], { now: T0 });
    expect(later!.statement.actor.id).toBe("fm");
    expect(again!.duplicate).toBe(true);
    expect((await store.listStatements({ actors: ["fm"], limit: 10, echoes: false })).items).toHaveLength(4);
    await expect(store.mergeActors("fm", "fm")).rejects.toMatchObject({ code: "conflict" });
    await expect(store.mergeActors("fm", "nobody")).rejects.toMatchObject({ code: "not_found" });
    expect(await store.verifyRollups()).toEqual([]);
  });

  it("sources: health state, seen items across re-open, activity", async () => {
    const { store, open } = await fresh();
    const src: SourceState = {
      id: "feed:a", kind: "feed", name: "Feed A", state: "ok", lastSuccessAt: isoAt(0), lastErrorAt: null, lastError: null,
      failingSince: null, etag: "\"abc\"", lastModified: null, updatedAt: isoAt(0),
    };
    await store.saveSource(src);
    await store.saveSource({ ...src, state: "failing", lastError: "timeout", lastErrorAt: isoAt(1), failingSince: isoAt(1), updatedAt: isoAt(1) });
    await store.saveSource({ ...src, id: "folder", kind: "folder", name: "Inbox" });
    expect(await store.getSource("feed:a")).toMatchObject({ state: "failing", lastError: "timeout", etag: "\"abc\"", failingSince: isoAt(1) });
    expect((await store.listSources()).map((s) => s.id)).toEqual(["feed:a", "folder"]);
    expect(await store.getSource("none")).toBeNull();
    expect(await store.markItemSeen("feed:a", "guid-1", T0)).toBe(true);
    expect(await store.markItemSeen("feed:a", "guid-1", T0)).toBe(false);
    expect(await store.markItemSeen("folder", "guid-1", T0)).toBe(true);
    await store.close();
    const again = await open();
    expect(await again.markItemSeen("feed:a", "guid-1", T0)).toBe(false);
    await again.recordSourceItem("feed:a", { key: "guid-1", articleId: "a1", publishedAt: isoAt(-1), ingestedAt: isoAt(0) });
    await again.recordSourceItem("feed:a", { key: "guid-2", articleId: null, publishedAt: isoAt(-3), ingestedAt: isoAt(0) });
    await again.recordSourceItem("feed:a", { key: "guid-3", articleId: null, publishedAt: null, ingestedAt: isoAt(0) });
    await again.recordSourceItem("feed:a", { key: "guid-0", articleId: null, publishedAt: null, ingestedAt: isoAt(-48) });
    // A replay (published 30 days before ingestion) is counted but left out of the median delay.
    await again.recordSourceItem("feed:a", { key: "guid-4", articleId: null, publishedAt: isoAt(-720), ingestedAt: isoAt(0) });
    await again.recordSourceItem("feed:a", { key: "statement:s1", articleId: null, publishedAt: isoAt(-2), ingestedAt: isoAt(0) });
    expect(await again.sourceActivity("feed:a", hoursFrom(T0, -1))).toEqual({
      items: 5, articles: 1, statements: 1, medianDelayMs: 2 * 3_600_000, replayed: 1,
    });
    expect(await again.sourceActivity("folder", hoursFrom(T0, -1))).toEqual({ items: 0, articles: 0, statements: 0, medianDelayMs: null, replayed: 0 });
  });

  it("latency: publication-to-push histogram with percentiles", async () => {
    const { store } = await fresh();
    const delays = [0.5, 1.5, 3, 3, 8, 45, 120, 7200];
    const out = await store.insertStatements(
      delays.map((_, i) => stmt({ text: `${TEXTS.roads} ${i}`, publishedAt: T0.toISOString() })),
      { now: T0 },
    );
    for (const [i, d] of delays.entries()) await store.markPushed([out[i]!.statement.id], new Date(T0.getTime() + d * 1000));
    await store.markPushed([out[0]!.statement.id], hoursFrom(T0, 10));
    const h = await store.latencyHistogram();
    expect(h.count).toBe(8);
    expect(h.counts.length).toBe(h.bounds.length + 1);
    expect(h.counts.slice(0, 7)).toEqual([1, 1, 2, 1, 0, 1, 1]);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(8);
    expect(h.p50).toBe(3000);
    expect(h.p99).toBe(7_200_000);
    expect((await store.latencyHistogram(new Date(T0.getTime() + 100_000))).count).toBe(2);
    expect((await store.latencyHistogram(hoursFrom(T0, 5))).count).toBe(0);
  });
}
