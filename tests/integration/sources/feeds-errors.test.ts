/**
 * Bad feeds: each failure is recorded for that source only (state failing, lastError, failingSince),
 * other feeds keep working, and the failing feed backs off.
 */
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SourceState } from "../../../lib/store/types";
import { FeedManager } from "../../../server/ingest/sources/feed-manager";
import { HealthRecorder } from "../../../server/ingest/sources/health";
import { silentLogger } from "../../../server/ingest/sources/types";
import { longBody, rss } from "../../unit/ingest/fixtures";
import { openCtx, removeDir, serve, TestHttpServer, type Ctx } from "./harness";

let ctx: Ctx;
let http: TestHttpServer;
let feeds: FeedManager;
const health: SourceState[] = [];

const FIFTY_MB = 50 * 1024 * 1024;

beforeAll(async () => {
  ctx = await openCtx();
  http = await new TestHttpServer().start();
  const good = rss([{ title: "خبر سليم", guid: "ok-1", link: http.url("/page/ok"), content: `<p>${longBody(0)}</p>`, pubDate: new Date().toUTCString() }]);
  http.routes.set("/good.xml", serve(good, "application/rss+xml; charset=utf-8"));
  http.routes.set("/page/ok", serve("<html><body><p>صفحة</p></body></html>", "text/html"));
  http.routes.set("/malformed.xml", serve('<?xml version="1.0"?><rss><channel><item><title>خبر</channel></rss>', "application/xml"));
  http.routes.set("/html.xml", serve("<!doctype html><html><head><title>ليست خلاصة</title></head><body><p>صفحة</p></body></html>", "text/html"));
  http.routes.set("/500.xml", (_req, res) => res.writeHead(500).end("boom"));
  http.routes.set("/loop-a", (_req, res) => res.writeHead(302, { location: "/loop-b" }).end());
  http.routes.set("/loop-b", (_req, res) => res.writeHead(302, { location: "/loop-a" }).end());
  for (let i = 0; i < 8; i++) http.routes.set(`/chain-${i}`, (_req, res) => res.writeHead(301, { location: `/chain-${i + 1}` }).end());
  http.routes.set("/moved.xml", (_req, res) => res.writeHead(301, { location: http.url("/good.xml") }).end());
  http.routes.set("/hang.xml", (_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>بطيء</title>');
    // ... and never finishes.
  });
  http.routes.set("/huge.xml", (_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < FIFTY_MB) {
        sent += chunk.length;
        if (!res.write(chunk)) {
          res.once("drain", pump);
          return;
        }
      }
      res.end();
    };
    res.on("error", () => undefined);
    pump();
  });
  http.routes.set("/declared-huge.xml", (_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml", "content-length": String(FIFTY_MB) });
    res.write("<rss>");
    res.on("error", () => undefined);
  });
  const latin = iconv.encode(`<?xml version="1.0"?><rss version="2.0"><channel><title>Élève à côté</title><item><title>Été très âgé</title></item></channel></rss>`, "latin1");
  http.routes.set("/bad-charset.xml", serve(latin, "application/rss+xml; charset=utf-8"));
  http.routes.set("/unknown-charset.xml", serve(latin, "application/rss+xml; charset=x-klingon"));

  const hr = new HealthRecorder(ctx.store, (s) => health.push(s));
  feeds = new FeedManager({
    store: ctx.store,
    pipeline: ctx.pipeline,
    health: hr,
    logger: silentLogger,
    file: null,
    limits: { timeoutMs: 4000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 },
  });
  const ids = ["good", "moved", "malformed", "html", "500", "loop", "chain", "hang", "huge", "declared-huge", "bad-charset", "unknown-charset"];
  const path = (id: string) => (id === "loop" ? "/loop-a" : id === "chain" ? "/chain-0" : `/${id}.xml`);
  await feeds.start(ids.map((id) => ({ id, url: http.url(path(id)), intervalSeconds: 1, enabled: true })), { immediate: false });
});

afterAll(async () => {
  await feeds?.stop();
  await http?.close();
  await ctx?.close();
  if (ctx) await removeDir(ctx.dir);
});

const CASES: [string, RegExp][] = [
  ["malformed", /malformed XML/],
  ["html", /not a feed: the server returned an HTML page/],
  ["500", /HTTP 500/],
  ["loop", /redirect loop/],
  ["chain", /more than 5 redirects/],
  ["hang", /timed out after 4000 ms/],
  ["huge", /response too large: more than 5242880 bytes/],
  ["declared-huge", /response too large: 52428800 bytes declared/],
  ["bad-charset", /invalid encoding/],
  ["unknown-charset", /unknown charset "x-klingon"/],
];

describe("feed failures are recorded per source", () => {
  it.each(CASES)("%s → failing with a clear error", async (id, pattern) => {
    const summary = await feeds.pollNow(id);
    expect(summary?.status).toBe("failed");
    expect(summary?.error).toMatch(pattern);
    const state = await ctx.store.getSource(`feed:${id}`);
    expect(state).toMatchObject({ kind: "feed", state: "failing" });
    expect(state?.lastError).toMatch(pattern);
    expect(state?.failingSince).not.toBeNull();
    expect(health.some((h) => h.id === `feed:${id}` && h.state === "failing")).toBe(true);
  });

  it("the good feed keeps working while the others fail", async () => {
    const summary = await feeds.pollNow("good");
    expect(summary).toMatchObject({ status: "ok", error: null });
    const state = await ctx.store.getSource("feed:good");
    expect(state).toMatchObject({ state: "ok", lastError: null, failingSince: null });
    expect(state?.lastSuccessAt).not.toBeNull();
  });

  it("follows a (capped) redirect to a working feed", async () => {
    expect(await feeds.pollNow("moved")).toMatchObject({ status: "ok", error: null });
    expect((await ctx.store.getSource("feed:moved"))?.state).toBe("ok");
  });

  it("the 50 MB stream was cut off, not downloaded", () => {
    // The size limit aborts the stream: the server saw the request, the poll failed fast (asserted above).
    expect(http.count("/huge.xml")).toBeGreaterThan(0);
  });

  it("a failing feed backs off exponentially and keeps its failingSince", async () => {
    const first = (await ctx.store.getSource("feed:500"))!.failingSince;
    await feeds.pollNow("500");
    const st = feeds.status("500")!;
    expect(st.failures).toBeGreaterThanOrEqual(2);
    // interval 1 s, ≥ 2 consecutive failures → next poll ≥ 4 s away (vs 1 s when healthy).
    expect(Date.parse(st.nextPollAt!) - Date.now()).toBeGreaterThan(2500);
    expect((await ctx.store.getSource("feed:500"))!.failingSince).toBe(first);
    const good = feeds.status("good")!;
    expect(good.failures).toBe(0);
    expect(Date.parse(good.nextPollAt!) - Date.now()).toBeLessThanOrEqual(1000);
  });

  it("recovers: a fixed feed goes back to ok and clears failingSince", async () => {
    http.routes.set("/500.xml", serve(rss([]), "application/rss+xml"));
    // A background poll that started before the fix may still be running: pollNow joins it, so poll again.
    let s = await feeds.pollNow("500");
    if (s?.status === "failed") s = await feeds.pollNow("500");
    expect(s?.status).toBe("ok");
    expect(await ctx.store.getSource("feed:500")).toMatchObject({ state: "ok", failingSince: null });
    expect(feeds.status("500")!.failures).toBe(0);
    expect(health.filter((h) => h.id === "feed:500").map((h) => h.state)).toContain("ok");
  });
});
