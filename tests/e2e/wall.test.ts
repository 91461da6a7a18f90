/**
 * The wall screen in real Chromium against the real production server: layout at 1080p and 4K
 * (all panels, clock, no scrollbars), watched-actor highlight, and staleness: killing the server
 * shows the warning; statements stored while the page is offline are back-filled by cursor
 * after the restart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import {
  E2E_SKIP, E2E_SKIP_REASON, launchBrowser, postStatements, screenshot, startServer, statementFixture, type TestServer, openPage,
} from "./harness";

const SIZES = [
  { name: "1080p", width: 1920, height: 1080 },
  { name: "4k", width: 3840, height: 2160 },
] as const;

async function openWall(browser: Browser, url: string, size: { width: number; height: number }): Promise<Page> {
  const page = await openPage(browser, url, size);
  await page.waitForSelector('[data-testid="wall-connection"][data-state="live"]', { timeout: 20_000 });
  await page.waitForSelector('[data-testid="wall-feed"] li', { timeout: 20_000 });
  return page;
}

describe.skipIf(E2E_SKIP)(`wall screen (${E2E_SKIP ? E2E_SKIP_REASON : "chromium"})`, () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await postStatements(server.url, server.apiKey, [
      statementFixture({ securityOperation: true, governorates: ["SY-HL"], type: "announcement",
        text: "أعلنت الوزارة تفكيك عبوة ناسفة على طريق حلب الدولي صباح اليوم" }),
      statementFixture({ actor: { id: "test-army", nameAr: "الجيش التجريبي", nameEn: "Test Army", kind: "military", aliases: [] },
        securityOperation: true, governorates: ["SY-DY", "SY-RA"], type: "claim",
        text: "قال الجيش إن وحداته صدت هجوما قرب دير الزور ليلة أمس" }),
      statementFixture({ securityOperation: true, governorates: [], text: "أفادت مصادر بوقوع اشتباك في منطقة لم تحدد" }),
      statementFixture({ text: "أكد المتحدث أن الحوار مستمر مع جميع الأطراف المعنية" }),
    ]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const size of SIZES) {
    it(`fills ${size.width}x${size.height} with all panels and the clock, without scrollbars`, async () => {
      const page = await openWall(browser, `${server.url}/wall`, size);
      await page.waitForSelector('[data-testid="wall-chart"] li[data-actor]', { timeout: 20_000 });
      await page.waitForSelector('[data-testid="governorate-map"] path[data-code="SY-HL"][data-count="1"]', { timeout: 20_000 });
      const m = await page.evaluate(() => ({
        sh: document.documentElement.scrollHeight, sw: document.documentElement.scrollWidth,
        ih: window.innerHeight, iw: window.innerWidth,
        bodySh: document.body.scrollHeight,
        clock: document.querySelector('[data-testid="wall-clock"]')?.textContent ?? "",
        panels: ["feed", "chart", "map"].map((v) => {
          const r = document.querySelector(`[data-testid="wall-panel-${v}"]`)?.getBoundingClientRect();
          return r ? { v, w: r.width, h: r.height, bottom: r.bottom, right: r.right } : null;
        }),
        feedFont: parseFloat(getComputedStyle(document.querySelector('[data-testid="wall-feed"] p')!).fontSize),
        filters: document.querySelector('[data-testid="wall-filters"]')?.textContent ?? "",
      }));
      expect(m.sh).toBeLessThanOrEqual(m.ih);
      expect(m.sw).toBeLessThanOrEqual(m.iw);
      expect(m.bodySh).toBeLessThanOrEqual(m.ih);
      expect(m.clock).toMatch(/\d{2}:\d{2}/);
      for (const p of m.panels) {
        expect(p, "panel rendered").not.toBeNull();
        // Three full-height columns: feed | map | top actors (docs/wall.md, Layout).
        expect(p!.w).toBeGreaterThan(size.width * 0.22);
        expect(p!.h).toBeGreaterThan(size.height * 0.75);
        expect(p!.bottom).toBeLessThanOrEqual(size.height);
        expect(p!.right).toBeLessThanOrEqual(size.width);
      }
      // Readable across the room: ≥ 28 px at 1080p, scaled with the screen.
      expect(m.feedFont).toBeGreaterThanOrEqual(28 * (size.height / 1080));
      expect(m.filters).toContain("all statements");
      const file = await screenshot(page, `wall-${size.name}`);
      console.log(`[wall] screenshot ${file}`);
      await page.close();
    });
  }

  it("shows the active filters and makes statements from watched actors glow", async () => {
    const page = await openWall(browser, `${server.url}/wall?security=1&watch=test-army,SY-QU&lang=en`, SIZES[0]);
    await expect.poll(() => page.textContent('[data-testid="wall-filters"]')).toContain("security operations only");
    expect(await page.textContent('[data-testid="wall-watch-list"]')).toContain("Test Army");
    // Present before the page opened: not a new hit.
    expect(await page.locator('[data-testid="wall-feed"] li[data-watched]').count()).toBe(0);
    await postStatements(server.url, server.apiKey, [
      statementFixture({ actor: { id: "test-army", nameAr: "الجيش التجريبي", nameEn: "Test Army", kind: "military", aliases: [] },
        securityOperation: true, governorates: ["SY-HM"], text: "أعلن الجيش السيطرة على تلة استراتيجية شمال حماة" }),
      statementFixture({ securityOperation: true, governorates: ["SY-HI"], text: "ضبطت دورية شحنة أسلحة على طريق حمص" }),
    ]);
    const glowing = page.locator('[data-testid="wall-feed"] li[data-watched]');
    await glowing.first().waitFor({ timeout: 10_000 });
    expect(await glowing.count()).toBe(1);
    expect(await glowing.first().textContent()).toContain("تلة استراتيجية");
    await page.waitForSelector('[data-testid="governorate-map"] path[data-code="SY-HM"][class*="glow"]', { timeout: 10_000 });
    console.log(`[wall] screenshot ${await screenshot(page, "wall-watch-1080p")}`);
    await page.close();
  });

  it("mirrors the layout in Arabic and rotates through the chosen views", async () => {
    const ar = await openWall(browser, `${server.url}/wall?lang=ar`, SIZES[0]);
    expect(await ar.getAttribute('[data-testid="wall"]', "dir")).toBe("rtl");
    expect(await ar.textContent('[data-testid="wall-panel-feed"] h2')).toBe("أحدث التصريحات");
    const m = await ar.evaluate(() => ({ sh: document.documentElement.scrollHeight, sw: document.documentElement.scrollWidth }));
    expect(m.sh).toBeLessThanOrEqual(1080);
    expect(m.sw).toBeLessThanOrEqual(1920);
    console.log(`[wall] screenshot ${await screenshot(ar, "wall-1080p-ar")}`);
    await ar.close();

    const page = await openWall(browser, `${server.url}/wall?views=feed,map&rotate=5&tz=Asia/Damascus`, SIZES[0]);
    expect(await page.locator('[data-testid^="wall-panel-"]').count()).toBe(1);
    expect(await page.locator('[data-testid="wall-panel-feed"]').count()).toBe(1);
    expect(await page.textContent('[data-testid="wall-clock"]')).toContain("Asia/Damascus");
    await page.waitForSelector('[data-testid="wall-panel-map"]', { timeout: 15_000 });
    expect(await page.locator('[data-testid="wall-panel-feed"]').count()).toBe(0);
    await page.close();
  });

  it("warns when the server dies, then recovers and back-fills what was stored meanwhile", async () => {
    const page = await openWall(browser, `${server.url}/wall`, SIZES[0]);
    expect(await page.locator('[data-testid="wall-stale"]').count()).toBe(0);
    await server.kill();
    const banner = page.locator('[data-testid="wall-stale"]');
    await banner.waitFor({ timeout: 20_000 });
    expect(await page.getAttribute('[data-testid="wall-connection"]', "data-state")).not.toBe("live");
    console.log(`[wall] screenshot ${await screenshot(page, "wall-stale-1080p")}`);

    // While the page is cut off, a second server process on the same database stores statements.
    const other = await startServer({ env: { SQLITE_PATH: server.dbPath } });
    const missed = ["اجتمع المحافظ مع وجهاء المنطقة لبحث عودة الخدمات", "أعلنت البلدية إعادة فتح السوق القديم بعد الترميم"];
    try {
      await postStatements(other.url, other.apiKey, missed.map((text) => statementFixture({ text })));
    } finally {
      await other.kill();
    }
    expect(await page.locator('[data-testid="wall-feed"]').textContent()).not.toContain(missed[0]);

    await server.restart();
    await page.waitForSelector('[data-testid="wall-connection"][data-state="live"]', { timeout: 40_000 });
    await banner.waitFor({ state: "detached", timeout: 10_000 });
    const feed = page.locator('[data-testid="wall-feed"]');
    await expect.poll(() => feed.textContent(), { timeout: 10_000 }).toContain(missed[1]);
    expect(await feed.textContent()).toContain(missed[0]);
    await page.close();
  }, 120_000);
});
