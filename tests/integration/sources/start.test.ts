/** startSources: an invalid feeds file is reported as a failing source while the folder watcher still runs. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SourceState } from "../../../lib/store/types";
import { getFeedManager, startSources, type RunningSources } from "../../../server/ingest/sources/index";
import { silentLogger } from "../../../server/ingest/sources/types";
import { SENTENCES } from "../../unit/ingest/fixtures";
import { openCtx, removeDir, testEnv, until, type Ctx } from "./harness";

let ctx: Ctx;
let running: RunningSources;
const health: SourceState[] = [];

beforeAll(async () => {
  ctx = await openCtx();
  const feedsFile = join(ctx.dir, "feeds.json");
  const watch = join(ctx.dir, "watch");
  await mkdir(watch);
  await writeFile(feedsFile, JSON.stringify({ feeds: [{ id: "no spaces allowed", url: "not-a-url" }] }));
  const env = testEnv(ctx.dir, { FEEDS_FILE: feedsFile, WATCH_DIR: watch });
  running = await startSources({ env, store: ctx.store, pipeline: ctx.pipeline, logger: silentLogger, onHealth: (s) => health.push(s) });
  await writeFile(join(watch, "x.txt"), `${SENTENCES[0]} ${SENTENCES[2]}`);
});

afterAll(async () => {
  await running?.stop();
  await ctx?.close();
  if (ctx) await removeDir(ctx.dir);
});

describe("startSources", () => {
  it("reports an invalid feeds file as a failing source listing the problems", async () => {
    const s = await ctx.store.getSource("feeds-file");
    expect(s).toMatchObject({ kind: "feed", state: "failing", name: "Feeds file feeds.json" });
    expect(s?.lastError).toMatch(/feeds\.0\.id/);
    expect(s?.lastError).toMatch(/feeds\.0\.url/);
    expect(health.some((h) => h.id === "feeds-file" && h.state === "failing")).toBe(true);
    // The admin API is off: nothing may overwrite the file the operator has to fix.
    expect(getFeedManager(ctx.store)).toBeNull();
  });

  it("still runs the folder watcher", async () => {
    await until(async () => (await ctx.store.getSource("folder"))?.state === "ok", 15_000, "folder ok");
    expect((await ctx.store.sourceActivity("folder", new Date(0))).items).toBe(1);
  });
});
