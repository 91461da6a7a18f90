/**
 * Dashboard in real Chromium against the real server (production build, temp SQLite, demo off).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import {
  E2E_SKIP, E2E_SKIP_REASON, launchBrowser, postStatements, screenshot, startServer, statementFixture, type TestServer, openPage,
} from "./harness";

const ALEPPO_ACTOR = { id: "e2e-aleppo-governor", nameAr: "محافظ حلب", nameEn: "Aleppo Governor", kind: "government", aliases: ["المحافظ"] };
const DAMASCUS_ACTOR = { id: "e2e-damascus-police", nameAr: "شرطة دمشق", nameEn: "Damascus Police", kind: "military", aliases: [] };

describe.skipIf(E2E_SKIP)(`dashboard (${E2E_SKIP ? E2E_SKIP_REASON : "chromium"})`, () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await postStatements(server.url, server.apiKey, [
      statementFixture({ actor: ALEPPO_ACTOR, text: "أعلن محافظ حلب افتتاح جسر جديد فوق نهر قويق", governorates: ["SY-HL"] }),
      statementFixture({ actor: DAMASCUS_ACTOR, type: "denial", text: "نفت شرطة دمشق وقوع اشتباك في حي المزة", governorates: ["SY-DI"], securityOperation: true }),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(path: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
    const page = await openPage(browser, `${server.url}${path}`, viewport);
    await page.locator('[data-testid="connection"][data-state="live"]').waitFor();
    return page;
  }

  const feedIds = (page: Page) => page.locator('[data-testid="feed-item"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));

  it("loads / and shows a posted statement in the feed, the chart and the map", async () => {
    const page = await open("/");
    await expect(page.locator('[data-testid="chart-panel"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-testid="governorate-map"]').isVisible()).resolves.toBe(true);
    const before = Number(await page.locator('[data-testid="volume-chart"]').getAttribute("data-total"));
    const text = "أكدت قيادة الأمن الداخلي ضبط شحنة أسلحة قرب مدينة منبج";
    const t0 = Date.now();
    const [res] = (await postStatements(server.url, server.apiKey, [
      statementFixture({ text, governorates: ["SY-HL"], securityOperation: true }),
    ])).results;
    await page.locator(`[data-testid="feed-item"][data-id="${res!.id}"]`).waitFor({ timeout: 10_000 });
    console.log(`[e2e] posted statement visible in the feed after ${Date.now() - t0} ms`);
    await expect(page.locator(`[data-testid="feed-item"][data-id="${res!.id}"]`).innerText()).resolves.toContain(text);
    await page.waitForFunction((b) => Number(document.querySelector('[data-testid="volume-chart"]')?.getAttribute("data-total")) > b, before);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="governorate-map"] path[data-code="SY-HL"]')?.getAttribute("data-count")) >= 1);
    await page.close();
  });

  it("filters change the URL and the data", async () => {
    const page = await open("/");
    await page.locator('[data-testid="filter-gov"]').click();
    await page.locator('[data-testid="filter-gov-popover"] [data-value="SY-DI"]').click();
    await page.waitForURL(/gov=SY-DI/);
    await page.waitForFunction(() => {
      const items = [...document.querySelectorAll('[data-testid="feed-item"]')];
      return items.length > 0 && items.every((el) => el.querySelector('[data-gov="SY-DI"]'));
    });
    await expect(page.locator('[data-testid="filter-chip"][data-key="g:SY-DI"]').count()).resolves.toBe(1);
    await page.keyboard.press("Escape");
    await page.locator('[data-testid="range"] [data-range="7d"]').click();
    await page.waitForURL(/range=7d/);
    await page.locator('[data-testid="filter-actors"]').click();
    await page.locator('[data-testid="filter-actors-search"]').fill("شرطة");
    await page.locator(`[data-testid="filter-actors-popover"] [data-value="${DAMASCUS_ACTOR.id}"]`).click();
    await page.waitForURL(new RegExp(`actors=${DAMASCUS_ACTOR.id}`));
    await page.waitForFunction((id) => {
      const items = [...document.querySelectorAll('[data-testid="feed-item"] [data-testid="actor-chip"]')];
      return items.length > 0 && items.every((el) => el.getAttribute("href")?.includes(id));
    }, DAMASCUS_ACTOR.id);
    // Filter changes are history entries: Back restores the previous view.
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("actors=") && u.search.includes("range=7d"));
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("range=7d") && u.search.includes("gov=SY-DI"));
    await expect(page.locator('[data-testid="range"] [data-range="24h"]').getAttribute("aria-pressed")).resolves.toBe("true");
    await page.close();
  });

  it("restores filters from the URL", async () => {
    const page = await open(`/?actors=${ALEPPO_ACTOR.id}&gov=SY-HL&range=30d&count=mentions`);
    await expect(page.locator('[data-testid="range"] [data-range="30d"]').getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(page.locator('[data-testid="count-mode"] [data-count="mentions"]').getAttribute("aria-pressed")).resolves.toBe("true");
    await page.locator('[data-testid="filter-chip"][data-key="g:SY-HL"]').waitFor();
    await page.locator(`[data-testid="filter-chip"][data-key="a:${ALEPPO_ACTOR.id}"]`).waitFor();
    await page.locator('[data-testid="feed-item"]').first().waitFor();
    const hrefs = await page.locator('[data-testid="feed-item"] [data-testid="actor-chip"]').evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toContain(ALEPPO_ACTOR.id);
    await page.close();
  });

  it("clicking a governorate on the map filters the feed", async () => {
    const page = await open("/");
    await page.locator('[data-testid="feed-item"]').first().waitFor();
    await page.locator('[data-testid="governorate-map"] path[data-code="SY-DI"]').click();
    await page.waitForURL(/gov=SY-DI/);
    await page.waitForFunction(() => {
      const items = [...document.querySelectorAll('[data-testid="feed-item"]')];
      return items.length > 0 && items.every((el) => el.querySelector('[data-gov="SY-DI"]'));
    });
    expect((await feedIds(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it("lays out right-to-left in Arabic, and remembers the choice", async () => {
    const page = await open("/?lang=ar");
    await expect(page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).resolves.toEqual(["rtl", "ar"]);
    const brand = await page.locator('[data-testid="brand"]').boundingBox();
    const end = await page.locator('[data-testid="header-end"]').boundingBox();
    expect(brand!.x).toBeGreaterThan(end!.x); // brand on the right, controls on the left
    await expect(page.locator('[data-testid="feed-item"] p[dir="rtl"][lang="ar"]').first().isVisible()).resolves.toBe(true);
    await screenshot(page, "dashboard-ar-1440x900");
    await page.goto(`${server.url}/`);
    await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe("rtl");
    await page.locator('[data-testid="lang-switch"]').click();
    await page.waitForFunction(() => document.documentElement.dir === "ltr");
    await page.close();
  });

  it("applies a custom range from the two date inputs", async () => {
    const page = await open("/");
    await page.locator('[data-testid="range"] [data-range="custom"]').click();
    const from = new Date(Date.now() - 3 * 86_400_000);
    const local = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await page.locator('[data-testid="range-from"]').fill(local(from));
    await page.locator('[data-testid="range-to"]').fill(local(new Date(Date.now() + 3_600_000)));
    await page.locator('[data-testid="range-apply"]').click();
    await page.waitForURL(/range=custom/);
    const url = new URL(page.url());
    expect(Math.abs(Date.parse(url.searchParams.get("from")!) - from.getTime())).toBeLessThan(60_000);
    await page.locator('[data-testid="feed-item"]').first().waitFor();
    await page.close();
  });

  it("actor page shows the actor's history and this week against last week", async () => {
    const page = await open(`/actors/${ALEPPO_ACTOR.id}?range=7d`);
    await expect(page.locator('[data-testid="actor-name"]').innerText()).resolves.toBe(ALEPPO_ACTOR.nameEn);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="actor-total"]')?.textContent?.replace(/\D/g, "")) >= 1);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="this-week"]')?.textContent?.replace(/\D/g, "")) >= 1);
    await page.locator('[data-testid="actor-governorates"] [data-key="SY-HL"]').waitFor();
    const hrefs = await page.locator('[data-testid="feed-item"] [data-testid="actor-chip"]').evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toContain(ALEPPO_ACTOR.id);
    await screenshot(page, "actor-1440x900");
    await page.close();
  });

  it("detail view highlights the sentence in its article", async () => {
    const text = "حمص - قال مراسلنا إن الأسواق كانت مزدحمة مساء الأمس. وقال وزير الداخلية السوري إن الوزارة ستنشر دوريات إضافية على طريق حمص حماة خلال العيد. وختم المقال بالحديث عن الطقس.";
    const res = await fetch(`${server.url}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": server.apiKey },
      body: JSON.stringify({ text, outlet: "وكالة الاختبار", url: "https://example.test/article-detail", title: "دوريات في العيد" }),
    });
    const body = (await res.json()) as { data: { statements: { id: string; evidence: { start: number; end: number } | null }[] } };
    const st = body.data.statements.find((s) => s.evidence);
    expect(st, "the extractor found an attributed statement").toBeDefined();
    const page = await open(`/?statement=${st!.id}`);
    const mark = page.locator('[data-testid="statement-detail"] [data-testid="evidence"]');
    await mark.waitFor();
    await expect(mark.innerText()).resolves.toBe(text.slice(st!.evidence!.start, st!.evidence!.end));
    await expect(page.locator('[data-testid="detail-outlets"]').innerText()).resolves.toContain("وكالة الاختبار");
    await page.locator('[data-testid="detail-close"]').click();
    await page.waitForFunction(() => !location.search.includes("statement="));
    await page.close();
  });
});

describe.skipIf(E2E_SKIP)("dashboard screenshots with demo data", () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ env: { DEMO: "on", DEMO_BACKFILL_HOURS: "72" } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const [w, h] of [[1440, 900], [1920, 1080]] as const) {
    it(`saves / at ${w}x${h}`, async () => {
      const page = await browser.newPage({ viewport: { width: w, height: h } });
      await page.goto(`${server.url}/`);
      await page.locator('[data-testid="connection"][data-state="live"]').waitFor();
      await page.locator('[data-testid="feed-item"]').first().waitFor();
      await page.locator('[data-testid="volume-chart"]').waitFor();
      const noPageScroll = await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1);
      expect(noPageScroll).toBe(true);
      const file = await screenshot(page, `dashboard-${w}x${h}`);
      console.log(`[e2e] screenshot ${file}`);
      await page.close();
    });
  }
});
