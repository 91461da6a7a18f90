/**
 * Burst benchmark: posts 100 statements/s for 30 s to the real production server while `/`
 * is open in Chromium (then again with `/wall`), and prints what the browser went through: long tasks
 * (PerformanceObserver "longtask"), JS heap before/after (CDP Performance.getMetrics, after a
 * forced GC), DOM size, and how many items the feed holds (it must stay capped). Prints numbers,
 * asserts nothing.
 *
 *   npm run build && npm run bench:burst            # BURST_RATE=100 BURST_SECONDS=30 by default
 */
import { pathToFileURL } from "node:url";
import type { Browser, CDPSession, Page } from "playwright-core";
import type { GovernorateCode } from "../lib/domain/governorates";
import { launchBrowser } from "../server/dev/browser";
import { postStatements, startServer } from "../server/dev/server-process";

const ACTORS = [
  ["bench-interior", "وزارة الداخلية", "Ministry of Interior", "government"],
  ["bench-defense", "وزارة الدفاع", "Ministry of Defense", "military"],
  ["bench-foreign", "وزارة الخارجية", "Foreign Ministry", "government"],
  ["bench-sdf", "قوات سوريا الديمقراطية", "SDF", "armed_group"],
  ["bench-presidency", "الرئاسة", "Presidency", "government"],
  ["bench-un", "الأمم المتحدة", "United Nations", "organization"],
  ["bench-observatory", "المرصد", "Observatory", "organization"],
  ["bench-source", "مصدر أمني", "Security source", "anonymous"],
  ["bench-governor", "محافظ حلب", "Governor of Aleppo", "person"],
  ["bench-health", "وزارة الصحة", "Health Ministry", "government"],
  ["bench-energy", "وزارة الطاقة", "Energy Ministry", "government"],
  ["bench-media", "وكالة الأنباء", "News agency", "media"],
] as const;
const SUBJECTS = ["الوحدات", "الفرق الفنية", "الدوريات", "اللجان", "الجهات المختصة", "فرق الإنقاذ", "القوى المحلية"];
const ACTS = ["أنجزت", "بدأت", "أوقفت", "راقبت", "استكملت", "رصدت", "نظمت", "وسعت"];
const OBJECTS = ["أعمال الصيانة", "حملة التفتيش", "توزيع المساعدات", "إزالة الألغام", "تأمين الطريق", "إصلاح الشبكة", "نقل المصابين"];
const PLACES: [string, GovernorateCode][] = [
  ["حلب", "SY-HL"], ["إدلب", "SY-ID"], ["حمص", "SY-HI"], ["حماة", "SY-HM"], ["دير الزور", "SY-DY"], ["الرقة", "SY-RA"],
  ["درعا", "SY-DR"], ["اللاذقية", "SY-LA"], ["طرطوس", "SY-TA"], ["دمشق", "SY-DI"], ["الحسكة", "SY-HA"], ["السويداء", "SY-SU"],
];

const pick = <T,>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;

/** A distinct, valid statement input (short Arabic written for the benchmark). */
export function burstStatement(i: number, runId: string): Record<string, unknown> {
  const [id, nameAr, nameEn, kind] = pick(ACTORS, i);
  const [place, gov] = pick(PLACES, Math.floor(i / 3));
  const security = i % 3 === 0;
  return {
    actor: { id, nameAr, nameEn, kind, aliases: [] },
    type: security ? "announcement" : "statement",
    text: `${pick(SUBJECTS, i * 7)} ${pick(ACTS, i * 3)} ${pick(OBJECTS, i * 5)} في ${place} خلال ${(i % 47) + 2} ساعة بمشاركة ${(i % 89) + 11} عاملا رقم ${i}`,
    statedAt: new Date().toISOString(),
    source: { outlet: "منصة القياس", url: `https://bench.example/${runId}/${i}`, articleId: null },
    governorates: i % 5 === 4 ? [] : [gov],
    securityOperation: security,
  };
}

export interface BurstResult {
  posted: number;
  failed: number;
  maxPostMs: number;
  /** Text of the statement the server stored last (highest seq): what every feed must show on top. */
  lastText: string;
}

/** Posts `rate` statements per second for `seconds`, in 10 batches per second. */
export async function runBurst(url: string, apiKey: string, rate: number, seconds: number): Promise<BurstResult> {
  const runId = Date.now().toString(36);
  const perBatch = Math.max(1, Math.round(rate / 10));
  const batches = Math.round(seconds * 10);
  let posted = 0, failed = 0, maxPostMs = 0, n = 0, lastText = "", lastSeq = -1;
  const inflight: Promise<void>[] = [];
  const t0 = Date.now();
  for (let b = 0; b < batches; b++) {
    const items = Array.from({ length: perBatch }, () => burstStatement(n++, runId));
    const started = Date.now();
    inflight.push(postStatements(url, apiKey, items).then(
      (res) => {
        posted += items.length;
        maxPostMs = Math.max(maxPostMs, Date.now() - started);
        res.results.forEach((x, k) => { if (x.seq > lastSeq) { lastSeq = x.seq; lastText = String(items[k]?.text ?? ""); } });
      },
      () => { failed += items.length; },
    ));
    const next = t0 + (b + 1) * 100;
    await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
  }
  await Promise.all(inflight);
  return { posted, failed, maxPostMs, lastText };
}

/** Collects long tasks from the first paint on (registered before any page script runs). */
export const LONGTASK_INIT = `(() => {
  window.__longtasks = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); })
      .observe({ type: "longtask", buffered: true });
  } catch (e) {}
})();`;

export async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  return (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0) / 1_048_576;
}

export async function pageStats(page: Page): Promise<{ longtasks: number[]; domNodes: number; feedDom: number; feedHeld: string }> {
  return page.evaluate(() => {
    const w = window as unknown as { __longtasks?: number[] };
    const wallFeed = document.querySelector('[data-testid="wall-feed"]');
    const box = wallFeed?.getBoundingClientRect();
    const wallVisible = box ? Array.from(wallFeed?.children ?? []).filter((li) => {
      const r = li.getBoundingClientRect();
      return r.left >= box.left - 1 && r.right <= box.right + 1 && r.bottom <= box.bottom + 1;
    }).length : null;
    // The header shows the number of matches; `data-loaded` is what the feed holds in memory.
    const held = document.querySelector('[data-testid="feed-count"]')?.getAttribute("data-loaded")
      ?? (wallVisible === null ? "?" : String(wallVisible));
    return {
      longtasks: [...(w.__longtasks ?? [])],
      domNodes: document.getElementsByTagName("*").length,
      feedDom: document.querySelectorAll('[data-testid="feed-item"], [data-testid="wall-feed"] > li').length,
      feedHeld: held,
    };
  });
}

async function openMeasured(browser: Browser, url: string, viewport: { width: number; height: number }, ready: string) {
  const ctx = await browser.newContext({ viewport });
  await ctx.addInitScript(LONGTASK_INIT);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 30_000 });
  await page.waitForTimeout(2_000); // let the initial render and fetches settle
  return { ctx, page, cdp };
}

const PAGES = [
  { path: "/", viewport: { width: 1440, height: 900 }, ready: '[data-testid="connection"][data-state="live"]' },
  { path: "/wall", viewport: { width: 1920, height: 1080 }, ready: '[data-testid="wall-connection"][data-state="live"]' },
] as const;

async function main(): Promise<void> {
  const rate = Number(process.env.BURST_RATE ?? 100);
  const seconds = Number(process.env.BURST_SECONDS ?? 30);
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    console.log(`burst: ${rate}/s for ${seconds} s per page against ${server.url} (one page open at a time)`);
    // Warm-up: the first inserts into a fresh server (JIT, SQLite pages) are not what we measure.
    await runBurst(server.url, server.apiKey, rate, 3);
    for (const p of PAGES) {
      const m = await openMeasured(browser, `${server.url}${p.path}`, p.viewport, p.ready);
      const heap0 = await heapMB(m.cdp);
      const skip = (await pageStats(m.page)).longtasks.length;
      const r = await runBurst(server.url, server.apiKey, rate, seconds);
      await m.page.waitForFunction((t) => document.body.textContent?.includes(t), r.lastText, { timeout: 15_000 }).catch(() => undefined);
      await m.page.waitForTimeout(1_000);
      const fresh = await m.page.evaluate((t) => document.body.textContent?.includes(t) ?? false, r.lastText);
      const s = await pageStats(m.page);
      const heap1 = await heapMB(m.cdp);
      const lt = s.longtasks.slice(skip); // only what happened during and after the burst
      console.log(`${p.path} (${p.viewport.width}x${p.viewport.height}): posted ${r.posted} (failed ${r.failed}, slowest POST ${r.maxPostMs} ms); ` +
        `max long task ${Math.round(Math.max(0, ...lt))} ms; long tasks ${lt.length} (>200 ms: ${lt.filter((d) => d > 200).length}); ` +
        `heap ${heap0.toFixed(1)} -> ${heap1.toFixed(1)} MB (${heap1 - heap0 >= 0 ? "+" : ""}${(heap1 - heap0).toFixed(1)} MB); ` +
        `DOM nodes ${s.domNodes}; feed items in DOM ${s.feedDom}; ${p.path === "/" ? `feed holds ${s.feedHeld}` : `cards visible ${s.feedHeld}`}; newest shown: ${fresh}`);
      await m.ctx.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e: unknown) => { console.error(e); process.exit(1); });
}
