/** `npm run replay`: publication order, scaled gaps, same ingest path; also over ../shared/corpus/dev when present. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStore } from "../../../lib/store/index";
import { SENTENCES } from "../../unit/ingest/fixtures";
import { createApp } from "../../../server/app";
import { openCtx, removeDir, runScript, testEnv } from "./harness";
import { identityKeys } from "../../../lib/ingest/canonical";
import { skipWithoutShared } from "../../support/shared";

const CORPUS = new URL("../../../../shared/corpus/dev", import.meta.url).pathname;
let dir: string;
let folder: string;

beforeAll(async () => {
  const c = await openCtx();
  await c.close();
  dir = c.dir;
  folder = join(dir, "corpus");
  await mkdir(folder);
  // File names deliberately out of publication order; one undated (goes last).
  await writeFile(join(folder, "a-latest.txt"), `date: 2026-11-20T12:00:00Z\nurl: https://example.test/r/3\n\n${SENTENCES[2]} ${SENTENCES[3]}`);
  await writeFile(join(folder, "b-first.txt"), `date: 2026-11-20T10:00:00Z\nurl: https://example.test/r/1\n\n${SENTENCES[0]} ${SENTENCES[1]}`);
  await writeFile(join(folder, "c-middle.json"), JSON.stringify({ text: `${SENTENCES[4]} ${SENTENCES[5]}`, url: "https://example.test/r/2", publishedAt: "2026-11-20T11:00:00Z" }));
  await writeFile(join(folder, "d-undated.txt"), `${SENTENCES[1]} ${SENTENCES[4]}`);
});

afterAll(async () => {
  if (dir) await removeDir(dir);
});

describe("replay", { timeout: 120_000 }, () => {
  it("re-emits articles in publication order with gaps divided by speed", async () => {
    const db = join(dir, "replay.db");
    // speed 36000: one hour of original gap → 100 ms.
    const r = await runScript("replay.ts", [folder, "--speed", "36000", "--direct"], { SQLITE_PATH: db });
    expect(r.stdout.trim()).toBe("ingested 4, duplicate 0, failed 0");
    expect(r.code).toBe(0);
    const order = [...r.stderr.matchAll(/\] \+\S+ \S+ \S+ (\S+) (created|updated|unchanged|failed)/g)].map((m) => m[1]);
    expect(order).toEqual(["b-first.txt", "c-middle.json", "a-latest.txt", "d-undated.txt"]);
    expect(r.stderr).toMatch(/\[2\/4\] \+100 ms/);
    const store = await createStore({ keys: identityKeys, sqlitePath: db });
    try {
      const page = await store.listStatements({ limit: 500, echoes: true });
      expect(page.items.some((s) => s.source.url === "https://example.test/r/2")).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("posts to a running server with the API key", async () => {
    const app = await createApp({ env: testEnv(join(dir, "server")), next: false });
    try {
      const r = await runScript("replay.ts", [folder, "--speed", "1000000", "--url", app.url, "--api-key", app.apiKey], {});
      expect(r.stdout.trim()).toBe("ingested 4, duplicate 0, failed 0");
      const again = await runScript("replay.ts", [folder, "--speed", "1000000", "--url", app.url, "--api-key", app.apiKey], {});
      expect(again.stdout.trim()).toBe("ingested 0, duplicate 4, failed 0");
      const page = await app.store.listStatements({ limit: 500, echoes: true });
      expect(page.items.some((s) => s.source.url === "https://example.test/r/3")).toBe(true);
    } finally {
      await app.close();
    }
  });

  describe.skipIf(skipWithoutShared("replay.test", CORPUS))("over ../shared/corpus/dev", () => {
    it("replays the development corpus (5 articles) in date order", async () => {
      const r = await runScript("replay.ts", [CORPUS, "--speed", "1000000", "--max-gap-seconds", "0.05", "--direct"], { SQLITE_PATH: join(dir, "corpus.db") });
      expect(r.stdout.trim()).toBe("ingested 5, duplicate 0, failed 0");
      expect(r.code).toBe(0);
      const dates = [...r.stderr.matchAll(/\] \+\S+ \S+ (\S+) seed-/g)].map((m) => m[1]!).filter((d) => d !== "undated");
      expect([...dates].sort()).toEqual(dates);
    });
  });
});
