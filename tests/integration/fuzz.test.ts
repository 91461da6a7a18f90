/**
 * Short fuzz run (the long one is `npm run fuzz`): every /api route of the router and every socket
 * event of the contract get 300 generated inputs each (server/dev/fuzz.ts), with an (empty) feed list
 * so the feed routes are live. No 5xx, no `internal` ack, the server stays alive, RSS under 1.5 GB.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BayanApp } from "../../server/app";
import { fuzz } from "../../server/dev/fuzz";
import { startApp, tempDir } from "./helpers";

const RUNS = 300;

describe("fuzzing every endpoint and socket event", () => {
  const tmp = tempDir();
  let app: BayanApp;
  beforeAll(async () => {
    writeFileSync(join(tmp.dir, "feeds.json"), JSON.stringify({ feeds: [] }));
    app = await startApp(tmp.dir, {
      FEEDS_FILE: join(tmp.dir, "feeds.json"),
      // Smaller limits so the light run's biggest inputs (150 kB) still cross them.
      INGEST_MAX_BODY_BYTES: "65536", ARTICLE_MAX_BYTES: "32768", ADMIN_MAX_BODY_BYTES: "16384", SOCKET_MAX_MESSAGE_BYTES: "16384",
      RATE_WRITES_PER_MIN: "10000000", RATE_SOCKET_CONNECTS_PER_MIN: "100000", RATE_SUBSCRIBES_PER_MIN: "10000000", SUBSCRIBE_BURST_PER_SOCKET: "100000",
    });
  });
  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });

  it(`${RUNS} inputs per endpoint: no 5xx, alive, bounded memory`, async () => {
    expect(app.routes.length).toBeGreaterThan(15);
    const report = await fuzz({ url: app.url, apiKey: app.apiKey, routes: app.routes, rss: () => process.memoryUsage().rss }, { runs: RUNS, seed: 12, big: "light" });
    expect(report.failures).toEqual([]);
    expect(report.targets).toHaveLength(app.routes.length + 3);
    for (const t of report.targets) expect(t.runs, t.name).toBe(RUNS);
    expect(report.rssPeakMb).toBeLessThan(1536);
  }, 120_000);
});
