/**
 * Browser-test harness: one real server process (production build, temp SQLite, port 0)
 * and real Chromium through playwright-core. Used by tests/e2e/*.test.ts. The server process and
 * the browser live in server/dev (scripts use them too); this file adds what only tests need.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { CHROMIUM_PATH } from "../../server/dev/browser";
import { DEV_API_KEY, ROOT, type ServerProcess } from "../../server/dev/server-process";

export { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser } from "../../server/dev/browser";
export { postStatements, ROOT, startServer } from "../../server/dev/server-process";
export type TestServer = ServerProcess;

export const SCREENSHOT_DIR = path.join(ROOT, "artifacts", "screenshots");
export const TEST_API_KEY = DEV_API_KEY;

/** e2e tests run when Chromium exists, and must run (and fail loudly) when CI=true. */
export const E2E_SKIP = !existsSync(CHROMIUM_PATH) && process.env.CI !== "true";
export const E2E_SKIP_REASON = `skipped: ${CHROMIUM_PATH} not found (install Debian's chromium package; CI=true forces these tests)`;
if (E2E_SKIP) console.warn(`[e2e] ${E2E_SKIP_REASON}`);

let fixtureN = 0;
/** A valid statement input with short Arabic text written for tests; override any field. */
export function statementFixture(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  fixtureN += 1;
  return {
    actor: { id: "test-ministry", nameAr: "وزارة الاختبار", nameEn: "Test Ministry", kind: "government", aliases: [] },
    type: "statement",
    text: `قالت الوزارة إن الطريق الدولي أعيد فتحه أمام المسافرين رقم ${fixtureN} ${Date.now()}`,
    statedAt: new Date().toISOString(),
    source: { outlet: "وكالة الاختبار", url: `https://example.test/news/${Date.now()}-${fixtureN}`, articleId: null },
    governorates: [],
    securityOperation: false,
    ...overrides,
  };
}

/** A new page of `viewport` size (default 1440x900) at `url`, loaded. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  return page;
}

/** Saves a screenshot under artifacts/screenshots and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
