/** The sources API on a real server (createApp, port 0, temp SQLite): list, add/patch/delete feeds (persisted), latency. */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SourcesResponse } from "../../../lib/contract/sources";
import { createApp, type BayanApp } from "../../../server/app";
import { longBody, rss } from "../../unit/ingest/fixtures";
import { openCtx, removeDir, serve, TestHttpServer, testEnv, until } from "./harness";

let app: BayanApp;
let http: TestHttpServer;
let dir: string;
let feedsFile: string;
const KEY = "test-api-key-0123456789";

async function api(method: string, path: string, body?: unknown, key: string | null = KEY): Promise<{ status: number; json: any }> {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...(key ? { "x-api-key": key } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

beforeAll(async () => {
  const c = await openCtx();
  await c.close();
  dir = c.dir;
  http = await new TestHttpServer().start();
  http.routes.set("/ok.xml", serve(rss([]), "application/rss+xml"));
  http.routes.set("/broken.xml", (_req, res) => res.writeHead(500).end());
  feedsFile = join(dir, "feeds.json");
  await writeFile(feedsFile, JSON.stringify({ feeds: [{ id: "ok", url: http.url("/ok.xml"), intervalSeconds: 3600, outlet: "وكالة تجريبية" }] }));
  app = await createApp({ env: testEnv(dir, { FEEDS_FILE: feedsFile, SOURCE_FAILING_AFTER_SECONDS: "10" }), next: false });
});

afterAll(async () => {
  await app?.close();
  await http?.close();
  if (dir) await removeDir(dir);
});

describe("sources API", () => {
  it("lists configured feeds with their health", async () => {
    await until(async () => (await api("GET", "/api/sources")).json.data.sources.find((s: { id: string; state: string }) => s.id === "feed:ok" && s.state === "ok"), 10_000, "feed ok");
    const { status, json } = await api("GET", "/api/sources", undefined, null);
    expect(status).toBe(200);
    const data = json.data as SourcesResponse;
    expect(data.feedsEditable).toBe(true);
    const ok = data.sources.find((s) => s.id === "feed:ok")!;
    expect(ok).toMatchObject({ kind: "feed", state: "ok", name: "وكالة تجريبية (ok)", itemsLastHour: 0, itemsLastDay: 0, failingTooLong: false });
    expect(ok.feed).toMatchObject({ id: "ok", intervalSeconds: 3600, enabled: true, failures: 0 });
    expect(ok.lastSuccessAt).not.toBeNull();
  });

  it("adds, patches and deletes feeds with the API key, persisting the file", async () => {
    expect((await api("POST", "/api/sources/feeds", { id: "b", url: http.url("/broken.xml") }, null)).status).toBe(401);
    const bad = await api("POST", "/api/sources/feeds", { id: "bad id", url: "ftp://x", intervalSeconds: 0 });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("validation_failed");
    expect(bad.json.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(["id", "intervalSeconds", "url"]);

    const added = await api("POST", "/api/sources/feeds", { id: "broken", url: http.url("/broken.xml"), intervalSeconds: 120 });
    expect(added.status).toBe(201);
    expect(added.json.data.feed).toMatchObject({ id: "broken", intervalSeconds: 120, enabled: true });
    expect((await api("POST", "/api/sources/feeds", { id: "broken", url: http.url("/broken.xml") })).status).toBe(409);
    let file = JSON.parse(await readFile(feedsFile, "utf8"));
    expect(file.feeds.map((f: { id: string }) => f.id)).toEqual(["ok", "broken"]);

    const failing = await until(async () => (await api("GET", "/api/sources")).json.data.sources.find((s: { id: string; state: string }) => s.id === "feed:broken" && s.state === "failing"), 10_000, "broken failing");
    expect(failing.lastError).toMatch(/HTTP 500/);

    const patched = await api("PATCH", "/api/sources/feeds/broken", { intervalSeconds: 300, outlet: "معطلة" });
    expect(patched.status).toBe(200);
    expect(patched.json.data.feed).toMatchObject({ id: "broken", intervalSeconds: 300, outlet: "معطلة" });
    expect((await api("PATCH", "/api/sources/feeds/broken", { id: "other" })).status).toBe(400);
    expect((await api("PATCH", "/api/sources/feeds/nope", { intervalSeconds: 10 })).status).toBe(404);
    file = JSON.parse(await readFile(feedsFile, "utf8"));
    expect(file.feeds[1]).toMatchObject({ id: "broken", intervalSeconds: 300, outlet: "معطلة" });

    expect((await api("DELETE", "/api/sources/feeds/broken")).status).toBe(200);
    expect((await api("DELETE", "/api/sources/feeds/broken")).status).toBe(404);
    file = JSON.parse(await readFile(feedsFile, "utf8"));
    expect(file.feeds.map((f: { id: string }) => f.id)).toEqual(["ok"]);
    const after = (await api("GET", "/api/sources")).json.data as SourcesResponse;
    expect(after.sources.find((s) => s.id === "feed:broken")?.state).toBe("disabled");
  });

  it("polls a feed on demand", async () => {
    const r = await api("POST", "/api/sources/feeds/ok/poll", {});
    expect(r.status).toBe(200);
    expect(r.json.data.poll).toMatchObject({ sourceId: "feed:ok", status: "ok" });
  });

  it("serves the latency histogram, filled by statements a feed delivered", async () => {
    const published = new Date(Date.now() - 90_000);
    http.routes.set("/ok.xml", serve(rss([{ title: "خبر للقياس", guid: "lat-1", link: "/news/lat1", content: `<p>${longBody(0)}</p>`, pubDate: published.toUTCString() }]), "application/rss+xml"));
    const poll = await api("POST", "/api/sources/feeds/ok/poll", {});
    expect(poll.json.data.poll).toMatchObject({ ingested: 1 });
    const h = await until(async () => {
      const r = await api("GET", "/api/latency?hours=1");
      return r.json.data.count > 0 ? r.json.data : null;
    }, 10_000, "latency recorded");
    expect(h.counts.reduce((a: number, b: number) => a + b, 0)).toBe(h.count);
    expect(h.counts.length).toBe(h.bounds.length + 1);
    expect(h.p50).toBeGreaterThanOrEqual(89_000);
    const src = ((await api("GET", "/api/sources")).json.data as SourcesResponse).sources.find((x) => x.id === "feed:ok")!;
    expect(src.itemsLastHour).toBe(1);
    expect(src.medianDelayMs).toBeGreaterThanOrEqual(89_000);
    expect((await api("GET", "/api/latency?since=yesterday")).status).toBe(400);
  });
});
