/**
 * A protected deployment (VIEWER_TOKEN): `?token=` on the page URL is passed to the API and the
 * socket, so a wall screen or a shared link works without a login.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { E2E_SKIP, E2E_SKIP_REASON, launchBrowser, postStatements, startServer, statementFixture, type TestServer } from "./harness";

const TOKEN = "viewer-token-e2e-42";

describe.skipIf(E2E_SKIP)(`dashboard with a viewer token (${E2E_SKIP ? E2E_SKIP_REASON : "chromium"})`, () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ env: { VIEWER_TOKEN: TOKEN } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("rejects reads without the token", async () => {
    const res = await fetch(`${server.url}/api/statements`);
    expect(res.status).toBe(401);
  });

  it("passes ?token= through to the API and the socket", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/?token=${TOKEN}&range=7d`);
    await page.locator('[data-testid="connection"][data-state="live"]').waitFor();
    const [res] = (await postStatements(server.url, server.apiKey, [statementFixture({ governorates: ["SY-HM"] })])).results;
    await page.locator(`[data-testid="feed-item"][data-id="${res!.id}"]`).waitFor();
    // Filter changes keep the token in the URL.
    await page.locator('label:has([data-testid="filter-security"])').click();
    await page.waitForURL(/security=1/);
    expect(new URL(page.url()).searchParams.get("token")).toBe(TOKEN);
    await page.close();
  });
});
