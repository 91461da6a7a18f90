/**
 * Feeds end to end through the real pipeline and a real SQLite store: RSS and Atom, conditional GET,
 * charsets, summary-only items, items without dates/links, restarts, updates, delivery time.
 */
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleIdFor, canonicalUrl } from "../../../lib/ingest/canonical";
import type { Statement } from "../../../lib/domain/statement";
import { FeedManager } from "../../../server/ingest/sources/feed-manager";
import type { FeedConfig } from "../../../server/ingest/sources/feeds-config";
import { HealthRecorder } from "../../../server/ingest/sources/health";
import { silentLogger } from "../../../server/ingest/sources/types";
import { articlePage, atom, longBody, rss, SENTENCES } from "../../unit/ingest/fixtures";
import { openCtx, removeDir, serve, TestHttpServer, until, type Ctx } from "./harness";

let ctx: Ctx;
let http: TestHttpServer;
const managers: FeedManager[] = [];

const log = { ...silentLogger, warn: (m: string, f?: Record<string, unknown>) => console.warn(`[sources] ${m}`, f ?? "") };

function manager(c: Ctx = ctx): FeedManager {
  const m = new FeedManager({ store: c.store, pipeline: c.pipeline, health: new HealthRecorder(c.store, undefined), logger: log, file: null });
  managers.push(m);
  return m;
}

const feed = (id: string, path: string, intervalSeconds = 3600): FeedConfig => ({ id, url: http.url(path), intervalSeconds, enabled: true });
const idOf = (link: string) => articleIdFor(canonicalUrl(link), "");

async function statementsOf(articleId: string): Promise<Statement[]> {
  const page = await ctx.store.listStatements({ limit: 500, echoes: true });
  return page.items.filter((s) => s.source.articleId === articleId);
}

beforeAll(async () => {
  ctx = await openCtx();
  http = await new TestHttpServer().start();
});

afterAll(async () => {
  for (const m of managers) await m.stop();
  await http?.close();
  await ctx?.close();
  if (ctx) await removeDir(ctx.dir);
});

describe("feeds → pipeline → store", () => {
  it("ingests RSS 2.0 and Atom items", async () => {
    const now = Date.now();
    http.routes.set(
      "/rss.xml",
      serve(
        rss([
          { title: "خبر أول", guid: "r-1", link: "/news/r1?utm_source=rss", content: `<p>${longBody(0)}</p>`, pubDate: new Date(now - 3_600_000).toUTCString() },
          { title: "خبر ثان", guid: "r-2", link: "/news/r2", content: `<p>${longBody(2)}</p>`, pubDate: new Date(now - 1_800_000).toUTCString() },
        ]),
        "application/rss+xml; charset=utf-8",
      ),
    );
    http.routes.set("/atom.xml", serve(atom([{ title: "مدخل", guid: "urn:a:1", link: "/news/a1", content: `<p>${longBody(4)}</p>`, pubDate: new Date(now - 600_000).toISOString() }]), "application/atom+xml"));
    const m = manager();
    await m.start([feed("rss", "/rss.xml"), feed("atom", "/atom.xml")], { immediate: false });
    expect(await m.pollNow("rss")).toMatchObject({ status: "ok", items: 2, ingested: 2, failed: 0 });
    expect(await m.pollNow("atom")).toMatchObject({ status: "ok", items: 1, ingested: 1, failed: 0 });
    const a = await ctx.store.getArticle(idOf(http.url("/news/r1")));
    expect(a?.url).toBe(http.url("/news/r1?utm_source=rss"));
    expect(a?.text).toContain(SENTENCES[0]);
    expect((await statementsOf(a!.id)).length).toBeGreaterThan(0);
    expect(await ctx.store.getArticle(idOf(http.url("/news/a1")))).not.toBeNull();
    const activity = await ctx.store.sourceActivity("feed:rss", new Date(now - 86_400_000));
    expect(activity.items).toBe(2);
    expect(activity.medianDelayMs).toBeGreaterThan(0);
    await m.stop();
  });

  it("honours conditional GET (ETag → 304) and skips seen items after a restart", async () => {
    const body = rss([{ title: "خبر مشروط", guid: "c-1", link: "/news/c1", content: `<p>${longBody(1)}</p>` }]);
    http.routes.set("/cond.xml", serve(body, "application/rss+xml", { etag: '"v1"' }));
    const m = manager();
    await m.start([feed("cond", "/cond.xml")], { immediate: false });
    expect(await m.pollNow("cond")).toMatchObject({ status: "ok", ingested: 1 });
    expect(await m.pollNow("cond")).toMatchObject({ status: "not_modified", ingested: 0 });
    expect(http.hits.get("/cond.xml")!.at(-1)!["if-none-match"]).toBe('"v1"');
    await m.stop();

    // Restart: close and reopen the store; the server no longer honours validators.
    const dir = ctx.dir;
    await ctx.close();
    ctx = await openCtx(dir);
    http.routes.set("/cond.xml", serve(body, "application/rss+xml"));
    const m2 = manager();
    await m2.start([feed("cond", "/cond.xml"), feed("rss", "/rss.xml")], { immediate: false });
    expect(await m2.pollNow("cond")).toMatchObject({ status: "ok", items: 1, ingested: 0, duplicates: 1 });
    expect(await m2.pollNow("rss")).toMatchObject({ status: "ok", items: 2, ingested: 0, duplicates: 2 });
    await m2.stop();
  });

  it("fetches the linked page for summary-only items and extracts its main text", async () => {
    http.routes.set("/page/s1", serve(articlePage("عنوان الصفحة", [SENTENCES[1]!, SENTENCES[2]!, SENTENCES[3]!, SENTENCES[5]!]), "text/html; charset=utf-8"));
    http.routes.set("/summary.xml", serve(rss([{ title: "ملخص فقط", guid: "s-1", link: "/page/s1", description: "ملخص قصير للخبر" }]), "application/rss+xml"));
    const m = manager();
    await m.start([feed("summary", "/summary.xml")], { immediate: false });
    expect(await m.pollNow("summary")).toMatchObject({ status: "ok", ingested: 1 });
    expect(http.count("/page/s1")).toBe(1);
    const a = await ctx.store.getArticle(idOf(http.url("/page/s1")));
    expect(a?.text).toContain(SENTENCES[1]);
    expect(a?.text).toContain(SENTENCES[5]);
    expect(a?.text).not.toContain("اقرأ أيضا");
    expect(a?.text).not.toContain("جميع الحقوق محفوظة");
    await m.stop();
  });

  it("ingests items without dates or links (fetch time, content-hash key) exactly once", async () => {
    const before = Date.now();
    http.routes.set("/bare.xml", serve(rss([{ title: "بلا رابط ولا تاريخ", description: `${SENTENCES[4]} ${SENTENCES[0]}` }]), "application/rss+xml"));
    const m = manager();
    await m.start([feed("bare", "/bare.xml")], { immediate: false });
    expect(await m.pollNow("bare")).toMatchObject({ status: "ok", ingested: 1 });
    expect(await m.pollNow("bare")).toMatchObject({ status: "ok", ingested: 0, duplicates: 1 });
    const page = await ctx.store.listStatements({ limit: 500, echoes: true });
    const mine = page.items.filter((s) => s.source.url === null && s.text.includes("الفرات"));
    expect(mine.length).toBeGreaterThan(0);
    expect(Date.parse(mine[0]!.publishedAt)).toBeGreaterThanOrEqual(before - 1000);
    await m.stop();
  });

  it("decodes windows-1256 feeds declared in the header, in the prolog, or not at all", async () => {
    const mk = (n: number, enc?: string) => iconv.encode(rss([{ title: `عنوان ويندوز ${n}`, guid: `w-${n}`, link: `/news/w${n}`, content: `<p>${longBody(n)}</p>` }], { encoding: enc ?? "UTF-8" }), "windows-1256");
    http.routes.set("/w1.xml", serve(mk(1), "application/rss+xml; charset=windows-1256"));
    http.routes.set("/w2.xml", serve(mk(2, "windows-1256"), "application/rss+xml"));
    http.routes.set("/w3.xml", serve(mk(3), "application/rss+xml")); // wrong: prolog says UTF-8
    const m = manager();
    await m.start([feed("w1", "/w1.xml"), feed("w2", "/w2.xml"), feed("w3", "/w3.xml")], { immediate: false });
    for (const n of [1, 2, 3]) {
      expect(await m.pollNow(`w${n}`)).toMatchObject({ status: "ok", ingested: 1 });
      const a = await ctx.store.getArticle(idOf(http.url(`/news/w${n}`)));
      expect(a?.title).toBe(`عنوان ويندوز ${n}`);
      expect(a?.text).toContain(SENTENCES[n % SENTENCES.length]);
    }
    await m.stop();
  });

  it("replaces the statements of an updated article instead of duplicating them", async () => {
    const v1 = `${SENTENCES[0]} ${SENTENCES[1]} ${SENTENCES[2]} ${SENTENCES[3]}`;
    const v2 = `${SENTENCES[0]} ${SENTENCES[5]} ${SENTENCES[2]} ${SENTENCES[4]}`;
    const item = (body: string) => rss([{ title: "خبر يتغير", guid: "u-1", link: "/news/u1", content: `<p>${body}</p>` }]);
    http.routes.set("/upd.xml", serve(item(v1), "application/rss+xml"));
    const m = manager();
    await m.start([feed("upd", "/upd.xml")], { immediate: false });
    expect(await m.pollNow("upd")).toMatchObject({ ingested: 1 });
    const id = idOf(http.url("/news/u1"));
    const first = await statementsOf(id);
    expect(first.length).toBeGreaterThan(0);
    http.routes.set("/upd.xml", serve(item(v2), "application/rss+xml"));
    expect(await m.pollNow("upd")).toMatchObject({ ingested: 1 });
    const second = await statementsOf(id);
    expect((await ctx.store.getArticle(id))?.text).toContain(SENTENCES[5]);
    const texts = second.map((s) => `${s.evidence?.start}:${s.text}`);
    expect(new Set(texts).size).toBe(texts.length);
    expect(second.some((s) => s.text.includes("الأمن العام في حمص"))).toBe(true);
    expect(second.some((s) => s.text.includes("محافظ حلب"))).toBe(false);
    // Same feed content again: nothing re-ingested.
    expect(await m.pollNow("upd")).toMatchObject({ ingested: 0, duplicates: 1 });
    await m.stop();
  });

  it("stores a new item in the first scheduled poll that sees it (the next poll finds it stored)", async () => {
    const items = [{ title: "قديم", guid: "t-0", link: "/news/t0", content: `<p>${longBody(3)}</p>` }];
    http.routes.set("/live.xml", serve(rss(items), "application/rss+xml"));
    const m = manager();
    await m.start([feed("live", "/live.xml", 1)]);
    await until(async () => (await ctx.store.getArticle(idOf(http.url("/news/t0")))) !== null, 10_000, "first item");
    items.push({ title: "جديد", guid: "t-1", link: "/news/t1", content: `<p>${longBody(5)}</p>` });
    // From now on every scheduled fetch of the feed notes whether the new item was already stored when it arrived.
    const storedAtFetch: boolean[] = [];
    const body = serve(rss(items), "application/rss+xml");
    http.routes.set("/live.xml", (req, res) => {
      void ctx.store.getArticle(idOf(http.url("/news/t1"))).then((a) => {
        storedAtFetch.push(a !== null);
        body(req, res);
      });
    });
    await until(async () => storedAtFetch.length >= 2, 15_000, "two polls after the item appeared");
    await m.stop();
    // Polls of one feed never overlap, so: the first poll after the change delivered it, the second found it stored.
    expect(storedAtFetch.slice(0, 2)).toEqual([false, true]);
  });
});
