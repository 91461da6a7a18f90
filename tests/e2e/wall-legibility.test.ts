/**
 * Issue #9 in real Chromium: one actor has one colour on `/`, `/wall` and in the actor dropdown
 * (computed colours read from the DOM); Arabic pages use Arabic-Indic digits in every number
 * (clock, times, chart axis, counts, bars, map labels and legend); the wall at 1920x1080 and
 * 3840x2160 has no visible text under 28 px (scaled), no scrollbars, and a feed that fills its panel.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import {
  E2E_SKIP, E2E_SKIP_REASON, launchBrowser, postStatements, screenshot, startServer, statementFixture, type TestServer, openPage,
} from "./harness";

const ACTORS = [
  { id: "test-interior", nameAr: "وزارة الداخلية التجريبية", nameEn: "Test Ministry of the Interior and Municipal Affairs", kind: "government", aliases: [] },
  { id: "test-army", nameAr: "الجيش التجريبي", nameEn: "Test Army", kind: "military", aliases: [] },
  { id: "test-observatory", nameAr: "المرصد التجريبي", nameEn: "Test Observatory", kind: "organization", aliases: [] },
  { id: "test-agency", nameAr: "الوكالة التجريبية", nameEn: "Test Agency", kind: "media", aliases: [] },
];
const GOVS = ["SY-HL", "SY-DY", "SY-DI", "SY-HM", "SY-ID", "SY-RA"];
const WESTERN = /[0-9]/;

/** rgb() of a computed style property. */
async function colour(page: Page, selector: string, prop: "backgroundColor" | "borderInlineStartColor" | "color"): Promise<string> {
  await page.waitForSelector(selector, { timeout: 20_000 });
  return page.$eval(selector, (el, p) => getComputedStyle(el)[p], prop);
}

const open = (browser: Browser, url: string, size = { width: 1920, height: 1080 }): Promise<Page> => openPage(browser, url, size);

describe.skipIf(E2E_SKIP)(`wall legibility, colours and digits (${E2E_SKIP ? E2E_SKIP_REASON : "chromium"})`, () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const now = Date.now();
    // Different volumes per actor and per governorate, so bars rank and the map has several classes.
    const items = ACTORS.flatMap((actor, a) => Array.from({ length: 12 - a * 3 }, (_, i) => statementFixture({
      actor, securityOperation: i % 2 === 0, governorates: [GOVS[(a + i) % GOVS.length]],
      statedAt: new Date(now - (a * 12 + i) * 60_000).toISOString(),
      text: `أعلنت الجهة في بيانها أن فرقها تابعت الوضع الميداني عن قرب ${a}-${i}`,
    })));
    await postStatements(server.url, server.apiKey, items);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("gives one actor one colour on /, /wall and in the actor dropdown", async () => {
    const dash = await open(browser, `${server.url}/?lang=en`, { width: 1440, height: 900 });
    await dash.waitForSelector('[data-testid="connection"][data-state="live"]', { timeout: 20_000 });
    const onDash: Record<string, string[]> = {};
    for (const a of ACTORS) {
      onDash[a.id] = [await colour(dash, `[data-testid="chart-legend"] [data-actor="${a.id}"] span`, "backgroundColor")];
    }
    const interiorDot = `[data-testid="feed-item"]:has(a[href^="/actors/test-interior"]) [data-testid="actor-chip"] span`;
    onDash["test-interior"]!.push(await colour(dash, interiorDot, "backgroundColor"));
    await dash.click('[data-testid="filter-actors"]');
    for (const a of ACTORS) {
      onDash[a.id]!.push(await colour(dash, `[data-testid="filter-actors-popover"] [data-value="${a.id}"] span[aria-hidden]:not(:empty), [data-testid="filter-actors-popover"] [data-value="${a.id}"] span[style]`, "backgroundColor"));
    }
    await dash.close();
    // A server-rendered feed keeps its colours through hydration: test-observatory shares its hash slot with
    // test-interior, so the registry gives it another colour than the server's first render (a stale dot
    // kept from the server's HTML would differ from its legend).
    const only = await open(browser, `${server.url}/?lang=en&actors=test-observatory`, { width: 1440, height: 900 });
    await only.waitForSelector('[data-testid="connection"][data-state="live"]', { timeout: 20_000 });
    await only.waitForTimeout(1_000);
    onDash["test-observatory"]!.push(await colour(only, `[data-testid="feed-item"] [data-testid="actor-chip"] span`, "backgroundColor"));
    await only.close();

    const wall = await open(browser, `${server.url}/wall?lang=en`);
    const onWall: Record<string, string[]> = {};
    for (const a of ACTORS) {
      onWall[a.id] = [
        await colour(wall, `[data-testid="wall-chart"] li[data-actor="${a.id}"] [data-testid="wall-bar-fill"]`, "backgroundColor"),
        await colour(wall, `[data-testid="wall-chart"] li[data-actor="${a.id}"] span[style]`, "color"),
      ];
    }
    onWall["test-interior"]!.push(await colour(wall, '[data-testid="wall-feed"] li[data-actor="test-interior"]', "borderInlineStartColor"));
    await wall.close();

    for (const a of ACTORS) {
      const all = [...onDash[a.id]!, ...onWall[a.id]!];
      expect(new Set(all), `${a.id}: ${all.join(" | ")}`).toEqual(new Set([all[0]]));
    }
    // Distinct actors on screen get distinct colours.
    expect(new Set(ACTORS.map((a) => onWall[a.id]![0])).size).toBe(ACTORS.length);
  }, 90_000);

  it("uses Arabic-Indic digits for every number on /?lang=ar and /wall?lang=ar", async () => {
    const wall = await open(browser, `${server.url}/wall?lang=ar`);
    await wall.waitForSelector('[data-testid="wall-chart"] li[data-actor]', { timeout: 20_000 });
    await wall.waitForSelector('[data-testid="governorate-map"] path[data-code="SY-HL"]:not([data-count="0"])', { timeout: 20_000 });
    const wallTexts = await wall.evaluate(() => {
      const text = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? "");
      return {
        clock: text('[data-testid="wall-clock"]'),
        last: text('[data-testid="wall-last-statement"]'),
        filters: text('[data-testid="wall-filters"]'),
        times: text('[data-testid="wall-item-time"]'),
        bars: text('[data-testid="wall-chart"] li strong, [data-testid="wall-chart"] li span:first-child, [data-testid="wall-bars-foot"]'),
        mapLabels: text('[data-testid="governorate-map"] svg text'),
        legend: text('[data-testid="map-legend"]'),
      };
    });
    await screenshot(wall, "wall-digits-ar");
    await wall.close();

    const dash = await open(browser, `${server.url}/?lang=ar`, { width: 1440, height: 900 });
    await dash.waitForSelector('[data-testid="volume-chart"] text.recharts-cartesian-axis-tick-value', { timeout: 20_000 });
    await dash.waitForSelector('[data-testid="feed-item"] time', { timeout: 20_000 });
    const dashTexts = await dash.evaluate(() => {
      const text = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? "");
      return {
        axis: text('[data-testid="volume-chart"] text.recharts-cartesian-axis-tick-value'),
        legendTotals: text('[data-testid="chart-legend"] button > span:last-child'),
        feedTimes: text('[data-testid="feed-item"] time'),
        feedCount: text('[data-testid="feed-count"]'),
        connection: text('[data-testid="connection"]'),
        mapLegend: text('[data-testid="map-legend"]'),
        rangeChip: text('[data-testid="chip-range"]'),
      };
    });
    await dash.close();

    for (const [page, groups] of Object.entries({ wall: wallTexts, dashboard: dashTexts })) {
      for (const [name, texts] of Object.entries(groups)) {
        expect(texts.length, `${page} ${name} present`).toBeGreaterThan(0);
        const joined = texts.join(" | ");
        expect(joined, `${page} ${name}`).toMatch(/[٠-٩]/);
        // The map's credit line names amCharts (no digits); every number must be Arabic-Indic.
        expect(WESTERN.test(joined), `${page} ${name} has Western digits: ${joined}`).toBe(false);
      }
    }
  }, 90_000);

  for (const size of [{ width: 1920, height: 1080 }, { width: 3840, height: 2160 }]) {
    it(`has no text under 28 px (scaled) and no scrollbars at ${size.width}x${size.height}, and the feed fills its panel`, async () => {
      const page = await open(browser, `${server.url}/wall?lang=en`, size);
      await page.waitForSelector('[data-testid="wall-connection"][data-state="live"]', { timeout: 20_000 });
      await page.waitForSelector('[data-testid="wall-chart"] li[data-actor]', { timeout: 20_000 });
      await page.waitForSelector('[data-testid="governorate-map"] path[data-code="SY-HL"]:not([data-count="0"])', { timeout: 20_000 });
      await page.waitForTimeout(500);
      const m = await page.evaluate(() => {
        const small: string[] = [];
        let checked = 0;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el: Element | null = n.parentElement;
          if (!el || !n.textContent?.trim()) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue;
          let px = parseFloat(getComputedStyle(el).fontSize);
          if (el instanceof SVGGraphicsElement) {
            // SVG text is sized in user units: on-screen size = font-size x the element's screen scale.
            px *= el.getScreenCTM()?.a ?? 1;
          } else {
            // Visible = on top at its centre (cards wrapped out of the feed's clipped column are not).
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
            if (!hit || !(hit === el || el.contains(hit) || hit.contains(el))) continue;
          }
          checked++;
          if (px < 27.5 * (innerHeight / 1080)) small.push(`${px.toFixed(1)}px "${n.textContent.trim().slice(0, 40)}" <${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">`);
        }
        const feed = document.querySelector('[data-testid="wall-feed"]')!.getBoundingClientRect();
        const cards = [...document.querySelectorAll('[data-testid="wall-feed"] > li')].map((li) => li.getBoundingClientRect())
          .filter((c) => c.left >= feed.left - 1 && c.right <= feed.right + 1);
        return {
          small, checked, cards: cards.length,
          feedGap: feed.bottom - Math.max(...cards.map((c) => c.bottom)),
          sh: document.documentElement.scrollHeight, sw: document.documentElement.scrollWidth, ih: innerHeight, iw: innerWidth,
        };
      });
      await screenshot(page, `wall-legibility-${size.width}x${size.height}`);
      await page.close();
      expect(m.checked).toBeGreaterThan(30);
      expect(m.small, m.small.join("\n")).toEqual([]);
      expect(m.sh).toBeLessThanOrEqual(m.ih);
      expect(m.sw).toBeLessThanOrEqual(m.iw);
      expect(m.cards).toBeGreaterThanOrEqual(3);
      // The visible cards end at the panel's bottom: at most a few px of the list's padding stay blank.
      expect(m.feedGap).toBeLessThanOrEqual(12 * (size.height / 1080));
    }, 60_000);
  }
});
