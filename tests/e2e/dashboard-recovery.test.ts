/**
 * The one socket recovers from a server crash: the indicator leaves "live", the client reconnects
 * to the restarted server (same port, same database) and back-fills what was posted meanwhile,
 * without gaps or duplicates. Timeouts are generous: a restart on a loaded 2-core CI machine plus
 * the client's backoff (up to 10 s) can take a while; nothing here measures speed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { E2E_SKIP, E2E_SKIP_REASON, launchBrowser, postStatements, startServer, statementFixture, type TestServer } from "./harness";

describe.skipIf(E2E_SKIP)(`dashboard recovery (${E2E_SKIP ? E2E_SKIP_REASON : "chromium"})`, () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("reconnects after a crash and back-fills the missed statements", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/`);
    await page.locator('[data-testid="connection"][data-state="live"]').waitFor();
    const [first] = (await postStatements(server.url, server.apiKey, [statementFixture()])).results;
    await page.locator(`[data-testid="feed-item"][data-id="${first!.id}"]`).waitFor();

    await server.kill();
    await page.locator('[data-testid="connection"]:not([data-state="live"])').waitFor();
    await server.restart();
    const missed = (await postStatements(server.url, server.apiKey, [statementFixture(), statementFixture(), statementFixture()])).results;

    for (const r of missed) await page.locator(`[data-testid="feed-item"][data-id="${r.id}"]`).waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="connection"][data-state="live"]').waitFor({ timeout: 60_000 });
    const seqs = await page.locator('[data-testid="feed-item"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-seq"))));
    expect(seqs).toEqual([...missed.map((r) => r.seq).reverse(), first!.seq]);
    await page.close();
  }, 180_000);
});
