/**
 * /metrics exports extraction time (bayan_extraction_duration_seconds) and source errors
 * (bayan_source_errors_total): an article goes through the worker pool, and a feed whose server
 * answers 500 is polled and fails.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BayanApp } from "../../server/app";
import { API_KEY, api, startApp, tempDir } from "./helpers";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("extraction and source-error metrics", () => {
  const tmp = tempDir();
  let broken: Server;
  let app: BayanApp;
  beforeAll(async () => {
    broken = createServer((_req, res) => { res.writeHead(500); res.end("down"); });
    await new Promise<void>((r) => broken.listen(0, "127.0.0.1", () => r()));
    const port = (broken.address() as AddressInfo).port;
    writeFileSync(join(tmp.dir, "feeds.json"), JSON.stringify({ feeds: [{ id: "broken", url: `http://127.0.0.1:${port}/feed.xml`, intervalSeconds: 60 }] }));
    app = await startApp(tmp.dir, { FEEDS_FILE: join(tmp.dir, "feeds.json") });
  });
  afterAll(async () => {
    await app?.close();
    broken.close();
    tmp.cleanup();
  });

  const scrape = async () => (await (await fetch(`${app.url}/metrics`, { headers: { "x-api-key": API_KEY } })).text());

  it("counts extraction time per article and every source failure", async () => {
    const r = await api(app, "/api/articles", {
      body: { text: "قال وزير الداخلية إن الطريق بين حمص وحماة أعيد فتحه أمام المسافرين صباح اليوم.", url: "https://example.org/metrics/1", outlet: "Example" },
    });
    expect(r.status).toBe(201);
    let text = await scrape();
    expect(text).toMatch(/^bayan_extraction_duration_seconds_count\{outcome="ok"\} 1$/m);
    expect(text).toMatch(/^bayan_extraction_duration_seconds_bucket\{le="10",outcome="ok"\} 1$/m);
    const deadline = Date.now() + 10_000;
    while (!/^bayan_source_errors_total\{source="[^"]*broken[^"]*",kind="feed"\} [1-9]/m.test(text) && Date.now() < deadline) {
      await sleep(200);
      text = await scrape();
    }
    expect(text).toMatch(/^bayan_source_errors_total\{source="[^"]*broken[^"]*",kind="feed"\} [1-9]\d*$/m);
  });
});
