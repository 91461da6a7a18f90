/** `npm run ingest` as a child process: posting to a real server (createApp, port 0) and --direct into a temp store. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStore } from "../../../lib/store/index";
import { createApp, type BayanApp } from "../../../server/app";
import { longBody, rss, SENTENCES } from "../../unit/ingest/fixtures";
import { openCtx, removeDir, runScript, serve, TestHttpServer, testEnv } from "./harness";
import { identityKeys } from "../../../lib/ingest/canonical";

const KEY = "test-api-key-0123456789";

let app: BayanApp;
let http: TestHttpServer;
let dir: string;
let inbox: string;

beforeAll(async () => {
  const c = await openCtx();
  await c.close();
  dir = c.dir;
  inbox = join(dir, "articles");
  await mkdir(join(inbox, "nested"), { recursive: true });
  await writeFile(join(inbox, "one.txt"), `url: https://example.test/cli/1\noutlet: سانا\ndate: 2026-11-20\n\n${SENTENCES[0]} ${SENTENCES[1]}`);
  await writeFile(join(inbox, "two.json"), JSON.stringify({ text: `${SENTENCES[2]} ${SENTENCES[3]}`, url: "https://example.test/cli/2" }));
  await writeFile(join(inbox, "nested", "three.html"), `<html><body><article><p>${SENTENCES[4]}</p><p>${SENTENCES[5]}</p></article></body></html>`);
  await writeFile(join(inbox, "empty.txt"), "");
  await writeFile(join(inbox, "notes.md"), "ignored: not an article extension");
  http = await new TestHttpServer().start();
  http.routes.set("/cli.xml", serve(rss([{ title: "من خلاصة", guid: "cli-1", link: "/news/cli1", content: `<p>${longBody(2)}</p>` }]), "application/rss+xml"));
  app = await createApp({ env: testEnv(dir), next: false });
});

afterAll(async () => {
  await app?.close();
  await http?.close();
  if (dir) await removeDir(dir);
});

describe("ingest CLI", { timeout: 120_000 }, () => {
  it("posts files, folders and feed URLs to a running server and prints the summary", async () => {
    const r = await runScript("ingest.ts", [inbox, http.url("/cli.xml"), "--url", app.url, "--api-key", KEY], { SQLITE_PATH: join(dir, "unused", "x.db") });
    expect(r.stdout.trim().split("\n").at(-1)).toBe("ingested 4, duplicate 0, failed 1");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/failed empty\.txt: empty file/);
    expect(r.stderr).not.toContain("notes.md");
    const page = await app.store.listStatements({ limit: 500, echoes: true });
    expect(page.items.some((s) => s.source.url === "https://example.test/cli/1" && s.source.outlet === "سانا")).toBe(true);
    expect(page.items.some((s) => s.source.url === http.url("/news/cli1"))).toBe(true);

    const again = await runScript("ingest.ts", [join(inbox, "one.txt"), join(inbox, "two.json"), "--url", app.url], { API_KEY: KEY, SQLITE_PATH: join(dir, "unused", "x.db") });
    expect(again.stdout.trim()).toBe("ingested 0, duplicate 2, failed 0");
    expect(again.code).toBe(0);
  });

  it("reads the API key from <dir of SQLITE_PATH>/api-key and reports a wrong key as failures", async () => {
    const keyDir = join(dir, "keydir");
    await mkdir(keyDir, { recursive: true });
    await writeFile(join(keyDir, "api-key"), `${KEY}\n`);
    const ok = await runScript("ingest.ts", [join(inbox, "one.txt"), "--url", app.url], { SQLITE_PATH: join(keyDir, "bayan.db") });
    expect(ok.stdout.trim()).toBe("ingested 0, duplicate 1, failed 0");
    const bad = await runScript("ingest.ts", [join(inbox, "one.txt"), "--url", app.url, "--api-key", "wrong-key-wrong-key"], {});
    expect(bad.code).toBe(1);
    expect(bad.stdout.trim()).toBe("ingested 0, duplicate 0, failed 1");
    expect(bad.stderr).toMatch(/HTTP 401 unauthorized/);
  });

  it("--direct writes into the configured store through the same pipeline", async () => {
    const db = join(dir, "direct", "bayan.db");
    const r = await runScript("ingest.ts", [join(inbox, "one.txt"), join(inbox, "two.json"), join(inbox, "nested"), "--direct"], { SQLITE_PATH: db });
    expect(r.stdout.trim()).toBe("ingested 3, duplicate 0, failed 0");
    expect(r.code).toBe(0);
    const store = await createStore({ keys: identityKeys, sqlitePath: db });
    try {
      const page = await store.listStatements({ limit: 500, echoes: true });
      expect(page.items.some((s) => s.source.url === "https://example.test/cli/2")).toBe(true);
      // The pipeline records each stored article as an item of the delivering source (`cli`).
      expect((await store.sourceActivity("cli", new Date(0))).items).toBe(3);
    } finally {
      await store.close();
    }
  });
});
