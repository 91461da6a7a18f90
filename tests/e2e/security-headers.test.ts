/**
 * Pages under the Content-Security-Policy in real Chromium: the headers are sent, every script that
 * runs carries the per-request nonce (no CSP violation in the console), and the pages work (live).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { E2E_SKIP, E2E_SKIP_REASON, launchBrowser, postStatements, startServer, statementFixture, type TestServer } from "./harness";

/** Console messages and page errors that mention the CSP (Chromium: "Refused to ... Content Security Policy"). */
function watchCsp(page: Page): string[] {
  const out: string[] = [];
  page.on("console", (m) => {
    if (/content security policy|refused to (execute|load|apply|connect)/i.test(m.text())) out.push(m.text());
  });
  page.on("pageerror", (e) => {
    if (/content security policy/i.test(e.message)) out.push(e.message);
  });
  return out;
}

describe.skipIf(E2E_SKIP)(`security headers and CSP (${E2E_SKIP ? E2E_SKIP_REASON : "chromium"})`, () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("sends CSP with a fresh nonce, nosniff, referrer policy and framing denial on pages", async () => {
    const [a, b] = await Promise.all([fetch(`${server.url}/`), fetch(`${server.url}/wall`)]);
    for (const res of [a, b]) {
      expect(res.status).toBe(200);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/https?:\/\//);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
      const html = await res.text();
      // Every inline <script> in the HTML carries this response's nonce.
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      expect(scripts.length).toBeGreaterThan(0);
      for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
    }
    const nonces = [a, b].map((r) => /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy")!)![1]);
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  for (const path of ["/", "/wall"]) {
    it(`${path} goes live with no CSP violation in the console`, async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const violations = watchCsp(page);
      await page.goto(`${server.url}${path}`);
      await page.locator('[data-testid="connection"][data-state="live"], [data-testid="wall-connection"][data-state="live"]').first().waitFor();
      const [res] = (await postStatements(server.url, server.apiKey, [statementFixture({ governorates: ["SY-HM"], securityOperation: true })])).results;
      if (path === "/") await page.locator(`[data-testid="feed-item"][data-id="${res!.id}"]`).waitFor();
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});
