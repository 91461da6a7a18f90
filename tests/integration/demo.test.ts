/** The demo source: history backfilled once into an empty store, live statements pushed like any source. */
import { afterAll, describe, expect, it } from "vitest";
import { GOVERNORATE_CODES } from "../../lib/domain/governorates";
import { demoEnabled } from "../../server/demo";
import { api, client, collect, startApp, subscribe, tempDir } from "./helpers";

describe("demo source", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it("is on by default only when no other source is configured", () => {
    expect(demoEnabled({ DEMO: "auto", FEEDS_FILE: undefined, WATCH_DIR: undefined })).toBe(true);
    expect(demoEnabled({ DEMO: "auto", FEEDS_FILE: "feeds.json", WATCH_DIR: undefined })).toBe(false);
    expect(demoEnabled({ DEMO: "auto", FEEDS_FILE: undefined, WATCH_DIR: "./inbox" })).toBe(false);
    expect(demoEnabled({ DEMO: "on", FEEDS_FILE: "feeds.json", WATCH_DIR: undefined })).toBe(true);
    expect(demoEnabled({ DEMO: "off", FEEDS_FILE: undefined, WATCH_DIR: undefined })).toBe(false);
  });

  it("backfills history at first start, then pushes live demo statements", async () => {
    const started = new Date();
    const app = await startApp(tmp.dir, { DEMO: "on", DEMO_RATE: "600", DEMO_BACKFILL_HOURS: "12" });
    try {
      const health = await api(app, "/api/health");
      expect(health.json.data.demo).toBe(true);
      expect((await api(app, "/api/config/public")).json.data.demo).toBe(true);
      const history = await app.store.statementsAfter(0, {}, 100_000);
      const old = history.filter((s) => Date.parse(s.statedAt) < started.getTime() - 3_600_000);
      expect(old.length).toBeGreaterThan(50);
      expect(history.every((s) => s.demo && s.source.outlet === "Demo")).toBe(true);
      const govs = new Set(history.flatMap((s) => s.governorates));
      expect(GOVERNORATE_CODES.filter((g) => !govs.has(g))).toEqual([]);
      expect(history.some((s) => s.securityOperation && s.governorates.length === 0)).toBe(true);
      expect(new Set(history.map((s) => s.actor.id)).size).toBeGreaterThanOrEqual(15);
      const gov = await api(app, "/api/governorates?from=" + new Date(started.getTime() - 12 * 3_600_000).toISOString());
      expect(gov.json.data.counts.length).toBeGreaterThan(0);
      // The demo's card on /sources counts its history like the charts do (by statement time), with no delay from it.
      const sources = (await api(app, "/api/sources")).json.data.sources as { id: string; statementsLastHour: number; statementsLastDay: number; medianDelayMs: number | null }[];
      const demo = sources.find((x) => x.id === "demo");
      const inLastHour = history.filter((x) => Date.parse(x.statedAt) >= Date.now() - 3_600_000).length;
      expect(demo?.statementsLastDay).toBeGreaterThanOrEqual(history.length);
      expect(demo?.statementsLastHour).toBeGreaterThanOrEqual(inLastHour);
      expect(demo?.statementsLastHour).toBeLessThan(history.length);

      const s = await client(app);
      const got = collect(s);
      expect((await subscribe(s, { filter: {} })).ok).toBe(true);
      const live = await got.waitFor((x) => x.demo);
      expect(live.source.outlet).toBe("Demo");
      s.disconnect();
    } finally {
      await app.close();
    }
  });

  it("does not backfill again when the store already has statements", async () => {
    const before = await startApp(tmp.dir, { DEMO: "off" });
    const head = (await api(before, "/api/health")).json.data.head as number;
    await before.close();
    const restarted = new Date();
    const app = await startApp(tmp.dir, { DEMO: "on", DEMO_RATE: "600", DEMO_BACKFILL_HOURS: "12" });
    try {
      const added = await app.store.statementsAfter(head, {}, 100_000);
      expect(added.filter((s) => Date.parse(s.publishedAt) < restarted.getTime() - 60_000)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
