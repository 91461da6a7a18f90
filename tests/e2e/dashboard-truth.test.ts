/**
 * The dashboard tells the truth (issue #9, dashboard part), in real Chromium against the real server:
 * an unknown actor is an HTTP 404; an actor with nothing in the range says where its statements are;
 * the 1 h chart has minute buckets and marks the current one as partial; the detail drawer marks the
 * actor and the places; /sources uses human units.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { E2E_SKIP, E2E_SKIP_REASON, launchBrowser, postStatements, screenshot, startServer, statementFixture, type TestServer, openPage} from "./harness";

const MIN = 60_000;
const OLD_ACTOR = { id: "e2e-truth-archive", nameAr: "هيئة الأرشيف", nameEn: "Archive Authority", kind: "government", aliases: [] };
const LIVE_ACTOR = { id: "e2e-truth-council", nameAr: "مجلس المدينة", nameEn: "City Council", kind: "government", aliases: [] };
const LIVE_TEXTS = [
  "أعلن مجلس المدينة بدء صيانة شبكة الإنارة في الأحياء الشرقية",
  "قال مجلس المدينة إن حملة تنظيف الأسواق القديمة ستستمر حتى نهاية الشهر",
  "أكد مجلس المدينة توزيع حاويات جديدة للنفايات على المدارس",
  "نفى مجلس المدينة وجود خطة لرفع رسوم المواقف العامة",
];

describe.skipIf(E2E_SKIP)(`dashboard truth (${E2E_SKIP ? E2E_SKIP_REASON : "chromium"})`, () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const now = Date.now();
    await postStatements(server.url, server.apiKey, [
      statementFixture({ actor: OLD_ACTOR, text: "أعلنت هيئة الأرشيف رقمنة سجلات البلديات القديمة", statedAt: new Date(now - 10 * 24 * 60 * MIN).toISOString() }),
      statementFixture({ actor: OLD_ACTOR, text: "قالت هيئة الأرشيف إن قاعة المطالعة ستفتح أيام السبت", statedAt: new Date(now - 12 * 24 * 60 * MIN).toISOString() }),
      ...LIVE_TEXTS.map((text, i) => statementFixture({ actor: LIVE_ACTOR, text, statedAt: new Date(now - (5 + i * 12) * MIN).toISOString() })),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const open = (path: string): Promise<Page> => openPage(browser, `${server.url}${path}`);

  it("an unknown actor id answers HTTP 404", async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${server.url}/actors/unknown-id`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('[data-testid="actor-not-found"]').innerText()).resolves.toContain("Unknown actor");
    // A known actor is 200.
    expect((await page.goto(`${server.url}/actors/${LIVE_ACTOR.id}`))?.status()).toBe(200);
    await page.close();
  });

  it("an actor with nothing in the range says how many statements lie outside it, and links to all time", async () => {
    const page = await open(`/actors/${OLD_ACTOR.id}`);
    const note = page.locator('[data-testid="actor-outside"]');
    await note.waitFor();
    await expect(note.getAttribute("data-count")).resolves.toBe("2");
    await expect(note.innerText()).resolves.toContain("2 statements outside this range");
    await page.locator('[data-testid="actor-show-all"]').click();
    await page.waitForURL(/range=all/);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="actor-total"]')?.textContent?.replace(/\D/g, "")) === 2);
    await expect(page.locator('[data-testid="actor-outside"]').count()).resolves.toBe(0);
    await page.close();
  });

  it("the 1 h chart has minute buckets (more than 2 points) and marks the current one as partial", async () => {
    const page = await open("/?range=1h");
    const chart = page.locator('[data-testid="volume-chart"]');
    await chart.waitFor();
    const points = Number(await chart.getAttribute("data-points"));
    console.log(`[e2e] 1 h chart: ${points} points, bucket ${await chart.getAttribute("data-bucket")}`);
    expect(points).toBeGreaterThan(2);
    await expect(chart.getAttribute("data-bucket")).resolves.toBe("minute");
    await expect(chart.getAttribute("data-total")).resolves.toBe(String(LIVE_TEXTS.length));
    await expect(chart.getAttribute("data-partial")).resolves.toBe(String(points - 1));
    await expect(page.locator('[data-testid="partial-note"]').innerText()).resolves.toContain("partial");
    await expect(page.locator('[data-testid="chart-panel"] .panel-sub').innerText()).resolves.toContain("per minute");
    await page.close();
  });

  it("the detail drawer marks the actor and the places in the article, with a legend", async () => {
    const text = "حلب - قال مراسلنا إن الأسواق فتحت أبوابها باكرا. وقال وزير الداخلية السوري إن قوى الأمن الداخلي ألقت القبض على أفراد خلية مسلحة في مدينة حلب بعد مداهمة ليلية. وختم التقرير بالحديث عن الأسعار.";
    const res = await fetch(`${server.url}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": server.apiKey },
      body: JSON.stringify({ text, outlet: "وكالة الفحص", url: "https://example.test/truth-marks", title: "مداهمة في حلب" }),
    });
    const body = (await res.json()) as { data: { statements: { id: string; governorates: string[] }[] } };
    const st = body.data.statements.find((s) => s.governorates.includes("SY-HL"));
    expect(st, "the extractor found the statement about Aleppo").toBeDefined();
    const page = await open(`/?statement=${st!.id}&range=all`);
    const drawer = page.locator('[data-testid="statement-detail"]');
    await drawer.locator('[data-testid="evidence"]').waitFor();
    await expect(drawer.locator('mark[data-mark="actor"]').first().innerText()).resolves.toBe("وزير الداخلية السوري");
    const places = await drawer.locator('mark[data-mark="place"]').allInnerTexts();
    expect(places.length).toBeGreaterThanOrEqual(1);
    for (const p of places) expect(p).toContain("حلب");
    await expect(drawer.locator('[data-testid="mark-legend"]').innerText()).resolves.toMatch(/actor[\s\S]*place/);
    await screenshot(page, "detail-marks-1440x900");
    await page.close();
  });

  it("/sources shows statements and articles per source in human units, in a grid", async () => {
    const page = await open("/sources");
    const card = page.locator('[data-testid="source-card"]').first();
    await card.waitFor();
    const text = await page.locator('[data-testid="sources-grid"]').innerText();
    expect(text).not.toMatch(/\d+\.\d+ h/);
    await expect(card.locator('[data-testid="statements-24h"]').count()).resolves.toBe(1);
    await expect(card.locator('[data-testid="articles-24h"]').count()).resolves.toBe(1);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, "sources-1920x1080");
    await page.close();
  });
});
