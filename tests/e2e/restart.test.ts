/**
 * A planned restart (SIGTERM → `server:shutdown`) is shown as "server restarting", not as an error:
 * the wall's pill and banner and the dashboard's indicator say restarting (never offline or
 * reconnecting), and both are live again once the server is back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { E2E_SKIP, E2E_SKIP_REASON, launchBrowser, postStatements, startServer, statementFixture, type TestServer } from "./harness";

/** Records every value the element's data-state takes (MutationObserver in the page). */
async function recordStates(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __states: string[] };
    w.__states = [];
    const el = document.querySelector(sel)!;
    w.__states.push(el.getAttribute("data-state") ?? "");
    new MutationObserver(() => w.__states.push(el.getAttribute("data-state") ?? "")).observe(el, { attributes: true, attributeFilter: ["data-state"] });
  }, selector);
}
const states = (page: Page) => page.evaluate(() => (window as unknown as { __states: string[] }).__states);

describe.skipIf(E2E_SKIP)(`planned restart (${E2E_SKIP ? E2E_SKIP_REASON : "chromium"})`, () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ env: { SHUTDOWN_RECONNECT_MS: "1000" } });
    browser = await launchBrowser();
    await postStatements(server.url, server.apiKey, [statementFixture({ text: "قال المتحدث إن الخادم سيعود بعد لحظات من إعادة التشغيل" })]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("wall and dashboard show restarting, then live", async () => {
    const wall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await wall.goto(`${server.url}/wall`);
    await wall.waitForSelector('[data-testid="wall-connection"][data-state="live"]', { timeout: 30_000 });
    const dash = await browser.newPage();
    await dash.goto(`${server.url}/`);
    await dash.waitForSelector('[data-testid="connection"][data-state="live"]', { timeout: 30_000 });
    await recordStates(wall, '[data-testid="wall-connection"]');
    await recordStates(dash, '[data-testid="connection"]');

    const restarting = server.restart();
    await wall.waitForSelector('[data-testid="wall-connection"][data-state="restarting"]', { timeout: 15_000 });
    await wall.waitForSelector('[data-testid="wall-stale"][data-reason="restarting"]', { timeout: 10_000 });
    await dash.waitForSelector('[data-testid="connection"][data-state="restarting"]', { timeout: 10_000 });
    await restarting;
    await wall.waitForSelector('[data-testid="wall-connection"][data-state="live"]', { timeout: 40_000 });
    await dash.waitForSelector('[data-testid="connection"][data-state="live"]', { timeout: 40_000 });
    await wall.locator('[data-testid="wall-stale"]').waitFor({ state: "detached", timeout: 10_000 });

    for (const page of [wall, dash]) {
      const seen = await states(page);
      expect(seen).toContain("restarting");
      expect(seen.filter((s) => s === "offline" || s === "reconnecting")).toEqual([]);
      expect(seen.at(-1)).toBe("live");
    }
    await wall.close();
    await dash.close();
  }, 120_000);
});
