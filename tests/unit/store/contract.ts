/**
 * The one store contract suite, run against every implementation (sqlite.test.ts, postgres.test.ts).
 * `makeHarness` gives a fresh, empty database; `open` may be called again on the same database.
 */
import { afterEach, describe, expect, it } from "vitest";
import { statementQuerySchema, volumeQuerySchema, type StatementInput } from "../../../lib/contract/schemas";
import { MIGRATIONS, type Db, type SqlStore } from "../../../lib/store";
import { ACTORS, T0, TEXTS, hoursFrom, isoAt, stmt } from "./fixtures";
import { runAggregateContract } from "./contract-aggregates";
import { runActorSourceContract } from "./contract-actors";
import { runKeyContract } from "./contract-keys";

export interface StoreHarness {
  open(opts?: { echoWindowHours?: number }): Promise<SqlStore>;
  /** A raw executor on the same database (no migrations run). */
  openDb(): Promise<Db>;
  dispose(): Promise<void>;
}
export type MakeHarness = () => Promise<StoreHarness>;

/** Opens a fresh store per test and cleans everything up afterwards. */
export function useStores(makeHarness: MakeHarness) {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });
  return async (opts?: { echoWindowHours?: number }) => {
    const h = await makeHarness();
    cleanups.push(() => h.dispose());
    const stores: SqlStore[] = [];
    cleanups.push(async () => {
      for (const s of stores) await s.close().catch(() => undefined);
    });
    const open = async (o = opts) => {
      const s = await h.open(o);
      stores.push(s);
      return s;
    };
    return { store: await open(), open, openDb: () => h.openDb() };
  };
}

const q = (over: Record<string, unknown> = {}) => statementQuerySchema.parse(over);

export function runStoreContract(name: string, makeHarness: MakeHarness): void {
  describe(`${name} store contract`, () => {
    const fresh = useStores(makeHarness);

    it("runs migrations once and keeps data across re-open", async () => {
      const { store, open } = await fresh();
      const [first] = await store.insertStatements([stmt({})], { now: T0 });
      await store.migrate();
      await store.close();
      const again = await open();
      await again.migrate();
      expect(await again.head()).toBe(first!.statement.seq);
      expect((await again.getStatement(first!.statement.id))?.text).toBe(TEXTS.rebuild);
    });

    it("applies a missing migration on open, backfilling from existing rows", async () => {
      const { store, open, openDb } = await fresh();
      const out = await store.insertStatements([
        stmt({ source: { outlet: "أ", url: "https://a.example/1", articleId: null }, statedAt: isoAt(-50) }),
        stmt({ source: { outlet: "ب", url: "https://b.example/1", articleId: null }, statedAt: isoAt(-49) }),
        stmt({ actor: ACTORS.army, text: TEXTS.patrol, statedAt: isoAt(-75) }),
      ], { now: T0 });
      await store.close();
      const last = MIGRATIONS.find((m) => m.name === "daily actor rollup")!;
      const db = await openDb();
      await db.exec("DROP TABLE rollup_actor_day");
      await db.run("DELETE FROM schema_migrations WHERE version = ?", [last.version]);
      await db.close();
      const upgraded = await open();
      expect(await upgraded.verifyRollups()).toEqual([]);
      // Feed order: newest statement time first (the echo head at -50 h before the army's -75 h).
      expect((await upgraded.listStatements(q())).items.map((s) => [s.id, s.mentions])).toEqual([
        [out[0]!.statement.id, 2], [out[2]!.statement.id, 1],
      ]);
      const v = await upgraded.volume(volumeQuerySchema.parse({ from: isoAt(-24 * 5), bucket: "day" }), T0);
      expect(v.series.map((x) => [x.actorId, x.total])).toEqual([["army", 1], ["fm", 1]]);
    });

    it("stores a statement and reads it back", async () => {
      const { store } = await fresh();
      const input = stmt({
        actor: ACTORS.army, type: "announcement", text: TEXTS.patrol, quote: true, statedAt: isoAt(-3), publishedAt: isoAt(-2),
        source: { outlet: "وكالة أ", url: "https://a.example/news/1", articleId: null },
        governorates: ["SY-HL", "SY-ID"], securityOperation: true, evidence: { start: 4, end: 40 },
      });
      const [out] = await store.insertStatements([input], { now: T0, demo: true });
      expect(out!.duplicate).toBe(false);
      const s = (await store.getStatement(out!.statement.id))!;
      expect(s).toEqual(out!.statement);
      expect(s.actor).toEqual({ id: "army", nameAr: "وزارة الدفاع", nameEn: "Ministry of Defence", kind: "military" });
      expect(s).toMatchObject({
        type: "announcement", text: TEXTS.patrol, quote: true, statedAt: isoAt(-3), publishedAt: isoAt(-2),
        ingestedAt: T0.toISOString(), governorates: ["SY-HL", "SY-ID"], securityOperation: true,
        evidence: { start: 4, end: 40 }, echoOf: null, clusterId: s.id, mentions: 1, demo: true,
        source: { outlet: "وكالة أ", url: "https://a.example/news/1", articleId: null },
      });
      const [plain] = await store.insertStatements([stmt({ statedAt: undefined })], { now: T0 });
      expect(plain!.statement.statedAt).toBe(T0.toISOString());
      expect(plain!.statement.publishedAt).toBe(T0.toISOString());
      expect(plain!.statement.seq).toBeGreaterThan(s.seq);
      expect(plain!.statement.id > s.id || plain!.statement.id.slice(0, 10) === s.id.slice(0, 10)).toBe(true);
    });

    it("rolls back the whole batch when one item fails", async () => {
      const { store } = await fresh();
      const bad = { ...stmt({ actor: ACTORS.envoy, text: TEXTS.talks }), type: "rumour" } as unknown as StatementInput;
      await expect(store.insertStatements([stmt({}), bad], { now: T0 })).rejects.toThrow();
      expect(await store.head()).toBe(0);
      expect(await store.listActors()).toEqual([]);
      expect(await store.verifyRollups()).toEqual([]);
      const ok = await store.insertStatements([stmt({})], { now: T0 });
      expect(ok[0]!.duplicate).toBe(false);
    });

    it("is idempotent by key and by url + actor + normalised text", async () => {
      const { store } = await fresh();
      const [a] = await store.insertStatements([stmt({ idempotencyKey: "k-1" })], { now: T0 });
      const [b] = await store.insertStatements([stmt({ idempotencyKey: "k-1", text: TEXTS.water })], { now: T0 });
      expect(b).toMatchObject({ duplicate: true, cluster: null });
      expect(b!.statement.id).toBe(a!.statement.id);
      const src = { outlet: "س", url: "https://s.example/a?id=7&utm_source=x", articleId: null };
      const [c] = await store.insertStatements([stmt({ text: TEXTS.water, actor: ACTORS.governor, source: src })], { now: T0 });
      const diacritics = "قالَ المحافظُ إن مشروع المياه الجديد سيخدم آلاف العائلات في الأحياء الشرقية";
      const [d, e] = await store.insertStatements([
        stmt({ text: diacritics, actor: ACTORS.governor, source: { ...src, url: "https://s.example/a?id=7#top" } }),
        stmt({ text: TEXTS.water, actor: ACTORS.governor, source: src }),
      ], { now: T0 });
      expect(c!.duplicate).toBe(false);
      expect([d!.duplicate, e!.duplicate]).toEqual([true, true]);
      expect(d!.statement.id).toBe(c!.statement.id);
      expect(await store.head()).toBe(c!.statement.seq);
      const [other] = await store.insertStatements([stmt({ text: TEXTS.water, actor: ACTORS.envoy, source: src })], { now: T0 });
      expect(other!.duplicate).toBe(false);
      expect(await store.verifyRollups()).toEqual([]);
    });

    it("clusters echoes from different outlets: 1 unique, 3 mentions", async () => {
      const { store } = await fresh();
      const out = await store.insertStatements([
        stmt({ source: { outlet: "أ", url: "https://a.example/1", articleId: null }, statedAt: isoAt(-5) }),
        stmt({ text: TEXTS.rebuildVariant, source: { outlet: "ب", url: "https://b.example/1", articleId: null }, statedAt: isoAt(-3) }),
        stmt({ text: `وقال: «${TEXTS.rebuild.split(" ").slice(2, 9).join(" ")}»`, source: { outlet: "ج", url: null, articleId: null }, statedAt: isoAt(40) }),
      ], { now: T0 });
      const head = out[0]!.statement;
      expect(out[1]!.cluster).toEqual({ clusterId: head.id, headId: head.id, mentions: 2, outlets: ["أ", "ب"] });
      expect(out[2]!.cluster).toMatchObject({ clusterId: head.id, mentions: 3, outlets: ["أ", "ب", "ج"] });
      expect(out[2]!.statement.echoOf).toBe(head.id);
      const heads = await store.listStatements(q());
      expect(heads.items.map((s) => [s.id, s.mentions])).toEqual([[head.id, 3]]);
      expect((await store.listStatements(q({ echoes: "true" }))).items).toHaveLength(3);
      expect((await store.getCluster(head.id)).map((s) => s.id)).toEqual([out[1]!.statement.id, out[2]!.statement.id]);
      const range = { from: isoAt(-24), to: isoAt(48) };
      expect((await store.volume(volumeQuerySchema.parse(range), T0)).series[0]!.total).toBe(1);
      expect((await store.volume(volumeQuerySchema.parse({ ...range, count: "mentions" }), T0)).series[0]!.total).toBe(3);
      expect(await store.verifyRollups()).toEqual([]);
    });

    it("keeps statements separate across actors, outside the window, and from the same source", async () => {
      const { store } = await fresh({ echoWindowHours: 72 });
      const out = await store.insertStatements([
        stmt({ source: { outlet: "أ", url: "https://a.example/1", articleId: null } }),
        stmt({ actor: ACTORS.spokesman, source: { outlet: "ب", url: "https://b.example/1", articleId: null } }),
        stmt({ statedAt: isoAt(80), source: { outlet: "ج", url: "https://c.example/1", articleId: null } }),
        stmt({ text: TEXTS.water, source: { outlet: "د", url: "https://d.example/1", articleId: null } }),
        stmt({ statedAt: isoAt(-200), source: { outlet: "هـ", url: null, articleId: null } }),
        stmt({ statedAt: isoAt(-199), source: { outlet: "هـ", url: null, articleId: null } }),
      ], { now: T0 });
      expect(out.map((o) => o.cluster)).toEqual([null, null, null, null, null, null]);
      expect(out.map((o) => o.duplicate)).toEqual([false, false, false, false, false, false]);
      expect((await store.listStatements(q())).items).toHaveLength(6);
      expect(await store.verifyRollups()).toEqual([]);
    });

    it("creates, skips and updates articles, retracting the old version's statements", async () => {
      const { store } = await fresh();
      const article = {
        id: "art-1", url: "https://a.example/story?utm_medium=rss", canonicalUrl: "https://a.example/story", contentHash: "h1", outlet: "أ",
        title: "عنوان", text: "نص المقال الأول", publishedAt: isoAt(-2), fetchedAt: isoAt(-1),
      };
      const s1 = stmt({ source: { outlet: "أ", url: article.url, articleId: null } });
      const s2 = stmt({ actor: ACTORS.army, text: TEXTS.patrol, governorates: ["SY-HM"], securityOperation: true });
      const created = await store.writeArticle({ article, statements: [s1, s2] }, { now: T0 });
      expect(created).toMatchObject({ articleId: "art-1", status: "created", retractedIds: [] });
      expect(created.inserted.map((i) => i.statement.source.articleId)).toEqual(["art-1", "art-1"]);
      const echo = await store.insertStatements([stmt({ source: { outlet: "ب", url: "https://b.example/x", articleId: null } })], { now: T0 });
      expect(echo[0]!.cluster?.mentions).toBe(2);
      const same = await store.writeArticle({ article: { ...article, id: "ignored", url: "https://a.example/story" }, statements: [s1] }, { now: T0 });
      expect(same).toEqual({ articleId: "art-1", status: "unchanged", inserted: [], retractedIds: [] });
      expect((await store.listArticleStatements("art-1")).map((s) => s.id)).toEqual(created.inserted.map((i) => i.statement.id));
      const s3 = stmt({ actor: ACTORS.army, text: TEXTS.patrol, governorates: ["SY-HI"], securityOperation: true, statedAt: isoAt(-6) });
      const updated = await store.writeArticle({ article: { ...article, contentHash: "h2", text: "نص معدل" }, statements: [s3] }, { now: hoursFrom(T0, 1) });
      expect(updated.status).toBe("updated");
      expect(updated.retractedIds.sort()).toEqual(created.inserted.map((i) => i.statement.id).sort());
      expect(updated.inserted[0]!.duplicate).toBe(false);
      expect((await store.getActor("army"))!.lastStatedAt).toBe(isoAt(-6));
      for (const id of updated.retractedIds) expect(await store.getStatement(id)).toBeNull();
      expect((await store.listArticleStatements("art-1")).map((s) => s.id)).toEqual(updated.inserted.map((i) => i.statement.id));
      expect((await store.getArticle("art-1"))).toMatchObject({ text: "نص معدل", contentHash: "h2", canonicalUrl: "https://a.example/story" });
      const promoted = (await store.getStatement(echo[0]!.statement.id))!;
      expect(promoted).toMatchObject({ echoOf: null, mentions: 1 });
      const g = await store.governorateCounts({ from: isoAt(-24), to: isoAt(24) }, T0);
      expect(g.counts.find((c) => c.code === "SY-HM")!.count).toBe(0);
      expect(g.counts.find((c) => c.code === "SY-HI")!.count).toBe(1);
      const noUrl = { ...article, id: "art-2", url: null, canonicalUrl: null, contentHash: "h9" };
      expect((await store.writeArticle({ article: noUrl, statements: [] })).status).toBe("created");
      expect((await store.writeArticle({ article: { ...noUrl, id: "art-3" }, statements: [] })).status).toBe("unchanged");
      expect(await store.verifyRollups()).toEqual([]);
    });

    it("retention empties old article text only; statements and metadata stay", async () => {
      const { store } = await fresh();
      const base = { url: null, canonicalUrl: null, outlet: "أ", title: "عنوان", publishedAt: isoAt(-50), fetchedAt: isoAt(-50) };
      const old = await store.writeArticle({ article: { ...base, id: "old", contentHash: "ho", text: "نص قديم" }, statements: [stmt({})] }, { now: hoursFrom(T0, -48) });
      await store.writeArticle({ article: { ...base, id: "new", contentHash: "hn", text: "نص حديث" }, statements: [] }, { now: T0 });
      expect(await store.dropArticleTextBefore(hoursFrom(T0, -24))).toBe(1);
      expect(await store.dropArticleTextBefore(hoursFrom(T0, -24))).toBe(0);
      expect(await store.getArticle("old")).toMatchObject({ text: "", title: "عنوان", contentHash: "ho" });
      expect((await store.getArticle("new"))!.text).toBe("نص حديث");
      expect((await store.listArticleStatements("old")).map((s) => s.id)).toEqual(old.inserted.map((i) => i.statement.id));
    });

    it("filters and pages by cursor", async () => {
      const { store } = await fresh();
      const inputs: StatementInput[] = [];
      for (let i = 0; i < 12; i++) {
        const a = [ACTORS.minister, ACTORS.army, ACTORS.governor][i % 3]!;
        inputs.push(stmt({
          actor: a, text: `${TEXTS.roads} رقم ${i}`, statedAt: isoAt(-i), type: i % 2 ? "warning" : "statement",
          governorates: i % 4 === 0 ? ["SY-DR"] : [], securityOperation: i % 3 === 1,
        }));
      }
      const out = await store.insertStatements(inputs, { now: T0 });
      const seqs = out.map((o) => o.statement.seq);
      // Statement i was made i hours ago: feed order (newest statement time first) is input order.
      const p1 = await store.listStatements(q({ limit: 5 }));
      expect(p1.items.map((s) => s.seq)).toEqual(seqs.slice(0, 5));
      expect(p1.head).toBe(seqs[11]);
      const p2 = await store.listStatements(q({ limit: 5, before: p1.nextBefore! }));
      const p3 = await store.listStatements(q({ limit: 5, before: p2.nextBefore! }));
      expect([...p1.items, ...p2.items, ...p3.items].map((s) => s.seq)).toEqual(seqs);
      expect(p3.nextBefore).toBeNull();
      const after = await store.listStatements(q({ after: seqs[8], limit: 10 }));
      expect(after.items.map((s) => s.seq)).toEqual(seqs.slice(9));
      expect((await store.listStatements(q({ actors: "army" }))).items.every((s) => s.actor.id === "army")).toBe(true);
      expect((await store.listStatements(q({ actors: "army,fm" }))).items).toHaveLength(8);
      expect((await store.listStatements(q({ governorates: "SY-DR" }))).items.map((s) => s.seq)).toEqual([seqs[0], seqs[4], seqs[8]]);
      expect((await store.listStatements(q({ types: "warning" }))).items).toHaveLength(6);
      expect((await store.listStatements(q({ security: "true" }))).items.every((s) => s.securityOperation)).toBe(true);
      expect((await store.listStatements(q({ security: "true" }))).items).toHaveLength(4);
      const ranged = await store.listStatements(q({ from: isoAt(-4), to: isoAt(-2) }));
      expect(ranged.items.map((s) => s.statedAt).sort()).toEqual([isoAt(-4), isoAt(-3), isoAt(-2)]);
    });

    it("orders the feed by statement time, pages by keyset, and catches up by seq", async () => {
      const { store } = await fresh();
      // Stored in this order; statement times out of order, two equal (ties break by seq).
      const hours = [-1, -30, -2, -2, -5, -400, -3];
      const out = await store.insertStatements(hours.map((h, i) => stmt({
        actor: ACTORS.spokesman, text: `${TEXTS.roads} مرحلة ${i}`, statedAt: isoAt(h),
      })), { now: T0 });
      const seqs = out.map((o) => o.statement.seq);
      const byTime = [0, 3, 2, 6, 4, 1, 5].map((i) => seqs[i]);
      const p1 = await store.listStatements(q({ limit: 3 }));
      const p2 = await store.listStatements(q({ limit: 3, before: p1.nextBefore! }));
      const p3 = await store.listStatements(q({ limit: 3, before: p2.nextBefore! }));
      expect([...p1.items, ...p2.items, ...p3.items].map((s) => s.seq)).toEqual(byTime);
      expect(p3.nextBefore).toBeNull();
      // The late arrival stated 400 h ago is last in the feed but next in catch-up order.
      expect((await store.listStatements(q({ after: seqs[4], limit: 10 }))).items.map((s) => s.seq)).toEqual([seqs[5], seqs[6]]);
    });

    it("serialises concurrent batches and reads without losing or mixing rows", async () => {
      const { store } = await fresh();
      const outlets = ["أ", "ب", "ج", "د", "هـ", "و"];
      const batches = outlets.map((o, i) => [
        stmt({ source: { outlet: o, url: `https://x${i}.example/1`, articleId: null }, idempotencyKey: `c-${i}` }),
        stmt({
          actor: ACTORS.army, text: `${TEXTS.patrol} ${i}`, governorates: ["SY-HM"], securityOperation: true,
          source: { outlet: o, url: `https://x${i}.example/2`, articleId: null },
        }),
      ]);
      const results = await Promise.all([
        ...batches.map((b) => store.insertStatements(b, { now: T0 })),
        store.insertStatements(batches[0]!, { now: T0 }),
      ]);
      const reads = await Promise.all([store.head(), store.listStatements(q({ echoes: "true", limit: 50 }))]);
      const fresh12 = results.flat().filter((o) => !o.duplicate);
      expect(fresh12).toHaveLength(12);
      expect(new Set(fresh12.map((o) => o.statement.seq)).size).toBe(12);
      expect(reads[0]).toBe(Math.max(...fresh12.map((o) => o.statement.seq)));
      expect(reads[1].items).toHaveLength(12);
      const heads = await store.listStatements(q({ actors: "fm" }));
      expect(heads.items.map((s) => s.mentions)).toEqual([6]);
      expect(await store.verifyRollups()).toEqual([]);
    });

    it("returns statements after a cursor oldest first, echoes included", async () => {
      const { store } = await fresh();
      const out = await store.insertStatements([
        stmt({ source: { outlet: "أ", url: "https://a.example/1", articleId: null } }),
        stmt({ actor: ACTORS.army, text: TEXTS.patrol, governorates: ["SY-HL"] }),
        stmt({ source: { outlet: "ب", url: "https://b.example/1", articleId: null } }),
        stmt({ actor: ACTORS.envoy, text: TEXTS.talks }),
      ], { now: T0 });
      const seqs = out.map((o) => o.statement.seq);
      expect((await store.statementsAfter(0, {}, 10)).map((s) => s.seq)).toEqual(seqs);
      expect((await store.statementsAfter(seqs[0]!, {}, 2)).map((s) => s.seq)).toEqual(seqs.slice(1, 3));
      expect((await store.statementsAfter(0, { actors: ["fm"] }, 10)).map((s) => s.seq)).toEqual([seqs[0], seqs[2]]);
      expect((await store.statementsAfter(0, { governorates: ["SY-HL"] }, 10)).map((s) => s.seq)).toEqual([seqs[1]]);
      expect(await store.statementsAfter(seqs[3]!, {}, 10)).toEqual([]);
    });

    runAggregateContract(fresh);
    runActorSourceContract(fresh);
    runKeyContract(fresh);
  });
}
