/**
 * The governorate map in real Chromium (on `/wall?views=map`): counts from the API shade the
 * governorates and show in titles, the unresolved box counts what has no governorate, clicking
 * or pressing Enter toggles the governorate filter in the URL and the map's data follows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import {
  E2E_SKIP, E2E_SKIP_REASON, launchBrowser, postStatements, screenshot, startServer, statementFixture, type TestServer,
} from "./harness";

const path = (code: string) => `[data-testid="governorate-map"] path[data-code="${code}"]`;

describe.skipIf(E2E_SKIP)(`governorate map (${E2E_SKIP ? E2E_SKIP_REASON : "chromium"})`, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await postStatements(server.url, server.apiKey, [
      statementFixture({ securityOperation: true, governorates: ["SY-HL"], text: "أعلنت الشرطة ضبط مستودع ذخيرة في ريف حلب الشمالي" }),
      statementFixture({ securityOperation: true, governorates: ["SY-HL", "SY-ID"], text: "قالت القوات إنها صدت تسللا على محور إدلب وحلب" }),
      statementFixture({ securityOperation: true, governorates: ["SY-DR"], text: "أفاد مصدر أمني بتفكيك لغم قرب مدينة درعا" }),
      statementFixture({ securityOperation: true, governorates: [], text: "أشارت تقارير إلى مداهمة في موقع لم يكشف عنه" }),
      statementFixture({ securityOperation: false, governorates: ["SY-DI"], text: "افتتح الوزير معرضا للكتاب في العاصمة" }),
    ]);
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`${server.url}/wall?views=map&range=all`);
    await page.waitForSelector(`${path("SY-HL")}[data-count="2"]`, { timeout: 20_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("draws all 14 governorates shaded by security-operation counts, with the unresolved box and attribution", async () => {
    expect(await page.locator('[data-testid="governorate-map"] path[data-code]').count()).toBe(14);
    const counts = await page.$$eval('[data-testid="governorate-map"] path[data-code]', (els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute("data-code"), Number(e.getAttribute("data-count"))])));
    expect(counts).toMatchObject({ "SY-HL": 2, "SY-ID": 1, "SY-DR": 1, "SY-DI": 0, "SY-HA": 0 });
    const fill = (c: string) => page.getAttribute(path(c), "fill");
    expect(await fill("SY-HL")).not.toBe(await fill("SY-HA"));
    expect(await fill("SY-ID")).not.toBe(await fill("SY-HA"));
    expect(await page.textContent(`${path("SY-HL")} title`)).toMatch(/Aleppo: 2/);
    expect(await page.textContent('[data-testid="map-unresolved"]')).toMatch(/unresolved: ?1/i);
    expect(await page.locator('[data-testid="governorate-map"] a[href*="amcharts.com"]').count()).toBe(1);
    await page.hover(path("SY-DR"));
    expect(await page.textContent('[data-testid="map-tooltip"]')).toMatch(/Daraa\s*1/);
    console.log(`[map] screenshot ${await screenshot(page, "wall-map-only")}`);
  });

  it("clicking a governorate filters by it (URL and data); Enter toggles it from the keyboard", async () => {
    await page.click(path("SY-ID"));
    await page.waitForURL(/gov=SY-ID/);
    await page.waitForSelector('[data-selected="SY-ID"]');
    // Filtered to Idlib: the API counts the selected governorates only.
    await page.waitForSelector(`${path("SY-HL")}[data-count="0"]`, { timeout: 10_000 });
    expect(await page.getAttribute(path("SY-ID"), "data-count")).toBe("1");
    expect(await page.getAttribute(path("SY-DR"), "data-count")).toBe("0");
    expect(await page.textContent('[data-testid="wall-filters"]')).toContain("Idlib");

    await page.focus(path("SY-ID"));
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => !u.search.includes("gov="));
    await page.waitForSelector(`${path("SY-DR")}[data-count="1"]`, { timeout: 10_000 });
    expect(await page.locator("[data-selected]").count()).toBe(0);
  });

  it("shows Arabic names with lang=ar", async () => {
    const ar = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await ar.goto(`${server.url}/wall?views=map&range=all&lang=ar`);
    await ar.waitForSelector(`${path("SY-HL")}[data-count="2"]`, { timeout: 20_000 });
    expect(await ar.textContent(`${path("SY-HL")} title`)).toContain("حلب");
    expect(await ar.textContent('[data-testid="governorate-map"] svg')).toContain("دير الزور");
    await ar.close();
  });
});
