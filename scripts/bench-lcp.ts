/**
 * Largest Contentful Paint of `/` and `/wall` on the production build, measured in Chromium
 * with a buffered PerformanceObserver("largest-contentful-paint"). Starts the real server with
 * demo data (72 h of history), a fresh browser context per run (cold HTTP cache). Prints
 * numbers, asserts nothing. Target: < 1500 ms.
 *
 *   npm run build && npm run bench:lcp            # LCP_RUNS=5 by default
 */
import type { Browser } from "playwright-core";
import { launchBrowser } from "../server/dev/browser";
import { startServer } from "../server/dev/server-process";

const PAGES = [
  { path: "/", viewport: { width: 1440, height: 900 } },
  { path: "/wall", viewport: { width: 1920, height: 1080 } },
] as const;

/** Loads the page in a fresh context and returns its final LCP in ms (null if none was reported). */
async function lcp(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<{ lcp: number | null; element: string }> {
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: "load" });
  // LCP candidates keep coming while content renders; let the page settle, then read the last one.
  await page.waitForTimeout(2_500);
  const r = await page.evaluate(() => new Promise<{ lcp: number | null; element: string }>((resolve) => {
    let last: (PerformanceEntry & { element?: Element | null }) | null = null;
    new PerformanceObserver((list) => {
      const es = list.getEntries();
      last = (es[es.length - 1] as PerformanceEntry & { element?: Element | null }) ?? last;
    }).observe({ type: "largest-contentful-paint", buffered: true });
    setTimeout(() => {
      const el = last?.element;
      resolve({ lcp: last ? Math.round(last.startTime) : null, element: el ? `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""}` : "?" });
    }, 100);
  }));
  await ctx.close();
  return r;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const runs = Number(process.env.LCP_RUNS ?? 5);
  const server = await startServer({ env: { DEMO: "on", DEMO_RATE: "20" } });
  const browser = await launchBrowser();
  try {
    console.log(`LCP on ${server.url} (production build, demo data, ${runs} runs per page, fresh context each)`);
    for (const p of PAGES) {
      await lcp(browser, `${server.url}${p.path}`, p.viewport); // warm-up: first request after boot
      const values: number[] = [];
      let element = "?";
      for (let i = 0; i < runs; i++) {
        const r = await lcp(browser, `${server.url}${p.path}`, p.viewport);
        if (r.lcp !== null) values.push(r.lcp);
        element = r.element;
      }
      console.log(`LCP ${p.path} ${median(values)} ms (median; runs: ${values.join(", ")} ms; max ${Math.max(...values)} ms; element ${element})`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
