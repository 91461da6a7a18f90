/**
 * Wall screen against a server in demo mode with a feed that cannot be reached: the DEMO badge
 * shows, and once the feed has been failing for longer than SOURCE_FAILING_AFTER_SECONDS the
 * "sources failing" banner names it (state from GET /api/sources and source:health pushes).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import {
  E2E_SKIP, E2E_SKIP_REASON, launchBrowser, postStatements, screenshot, startServer, statementFixture, type TestServer,
} from "./harness";

describe.skipIf(E2E_SKIP)(`wall screen: demo badge and failing sources (${E2E_SKIP ? E2E_SKIP_REASON : "chromium"})`, () => {
  let server: TestServer;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "bayan-wall-feeds-"));
    const feeds = path.join(dir, "feeds.json");
    // Port 9 (discard) on localhost: connection refused, every poll fails fast.
    writeFileSync(feeds, JSON.stringify({ feeds: [{ id: "dead-feed", url: "http://127.0.0.1:9/rss.xml", intervalSeconds: 1, outlet: "Dead Outlet" }] }));
    server = await startServer({
      env: { FEEDS_FILE: feeds, SOURCE_FAILING_AFTER_SECONDS: "10", DEMO: "on", DEMO_BACKFILL_HOURS: "1", DEMO_RATE: "30" },
    });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows DEMO and, after the threshold, a banner naming the failing source", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${server.url}/wall`);
    await page.waitForSelector('[data-testid="wall-connection"][data-state="live"]', { timeout: 20_000 });
    await page.waitForSelector('[data-testid="wall-demo"]', { timeout: 10_000 });
    const banner = page.locator('[data-testid="wall-sources-failing"]');
    await banner.waitFor({ timeout: 45_000 });
    expect(await banner.textContent()).toMatch(/dead-feed|Dead Outlet|127\.0\.0\.1/);
    const m = await page.evaluate(() => ({ sh: document.documentElement.scrollHeight, ih: innerHeight }));
    expect(m.sh).toBeLessThanOrEqual(m.ih);
    console.log(`[wall] screenshot ${await screenshot(page, "wall-sources-failing-1080p")}`);
    await page.close();
  }, 90_000);
});

describe.skipIf(E2E_SKIP)(`wall screen with a viewer token (${E2E_SKIP ? E2E_SKIP_REASON : "chromium"})`, () => {
  const TOKEN = "wall-viewer-token-0123456789";
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ env: { VIEWER_TOKEN: TOKEN } });
    browser = await launchBrowser();
    await postStatements(server.url, server.apiKey, [statementFixture({ text: "أعلنت المحافظة افتتاح جسر جديد فوق النهر" })]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("passes ?token= to the API and the socket: live, with data, no login", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${server.url}/wall?token=${TOKEN}`);
    await page.waitForSelector('[data-testid="wall-connection"][data-state="live"]', { timeout: 20_000 });
    await expect.poll(() => page.textContent('[data-testid="wall-feed"]'), { timeout: 10_000 }).toContain("جسر جديد");
    await postStatements(server.url, server.apiKey, [statementFixture({ text: "بدأت البلدية حملة لتنظيف الحدائق العامة" })]);
    await expect.poll(() => page.textContent('[data-testid="wall-feed"]'), { timeout: 10_000 }).toContain("تنظيف الحدائق");
    await page.close();
  });
});
