/**
 * A stored viewer token on a wall (READ_ACCESS=token): created through the admin API, `?token=` makes the
 * wall go live and leaves a cookie that keeps later visits working; revoking the token cuts the wall's socket.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { E2E_SKIP, E2E_SKIP_REASON, launchBrowser, startServer, type TestServer } from "./harness";

describe.skipIf(E2E_SKIP)(`wall with a stored viewer token (${E2E_SKIP ? E2E_SKIP_REASON : "chromium"})`, () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer({ env: { READ_ACCESS: "token", KEY_REFRESH_SECONDS: "1", TRUST_PROXY: "true" } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("goes live with ?token=, keeps working through the cookie, and is cut off when the token is revoked", async () => {
    const created = await fetch(`${server.url}/api/keys`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": server.apiKey },
      body: JSON.stringify({ role: "viewer", name: "e2e wall" }),
    });
    expect(created.status).toBe(201);
    const { data } = (await created.json()) as { data: { key: { id: string }; secret: string } };
    expect((await fetch(`${server.url}/wall`)).status).toBe(401);
    // The cookie is HttpOnly, and Secure when the (trusted) proxy says the page was served over https.
    const plain = await fetch(`${server.url}/wall?token=${encodeURIComponent(data.secret)}`);
    expect(plain.headers.get("set-cookie")).toMatch(/^bayan_token=.*; HttpOnly; SameSite=Lax$/);
    const viaTls = await fetch(`${server.url}/wall?token=${encodeURIComponent(data.secret)}`, { headers: { "x-forwarded-proto": "https" } });
    expect(viaTls.headers.get("set-cookie")).toMatch(/; HttpOnly; SameSite=Lax; Secure$/);

    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const first = await context.newPage();
    await first.goto(`${server.url}/wall?token=${encodeURIComponent(data.secret)}`);
    await first.locator('[data-testid="wall-connection"][data-state="live"]').waitFor();
    await first.close();

    // Same browser profile, no token in the URL: the HttpOnly cookie carries it (a wall is never logged out).
    const page = await context.newPage();
    await page.goto(`${server.url}/wall`);
    await page.locator('[data-testid="wall-connection"][data-state="live"]').waitFor();

    const revoked = await fetch(`${server.url}/api/keys/${data.key.id}`, { method: "DELETE", headers: { "x-api-key": server.apiKey } });
    expect(revoked.status).toBe(200);
    await page.locator('[data-testid="wall-connection"]:not([data-state="live"])').waitFor({ timeout: 15_000 });
    expect((await fetch(`${server.url}/api/statements?token=${encodeURIComponent(data.secret)}`)).status).toBe(401);
    await context.close();
  });
});
