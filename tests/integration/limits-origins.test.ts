/**
 * Limits, headers and origins on the real server: per-IP and per-key write limits (429 rate_limited +
 * Retry-After), socket connection and subscription limits, security headers on API responses,
 * cross-origin refusal for the API and Socket.IO, and ALLOWED_ORIGINS.
 */
import { request } from "node:http";
import { io as connect } from "socket.io-client";
import { describe, expect, it } from "vitest";
import { API_KEY, api, client, subscribe, useApp } from "./helpers";

/** A POST from a chosen loopback address (127.0.0.x), so per-IP and per-key limits can be told apart. */
function postFrom(url: string, localAddress: string, key: string | null): Promise<{ status: number; retryAfter: string | undefined; code: string | undefined }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ statements: [] });
    const req = request(`${url}/api/statements`, {
      method: "POST", localAddress,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...(key ? { "x-api-key": key } : {}) },
    }, (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString()));
      res.on("end", () => {
        const json = JSON.parse(text) as { error?: { code: string } };
        resolve({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"], code: json.error?.code });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("rate limits", () => {
  const h = useApp({ RATE_WRITES_PER_MIN: "3", RATE_SOCKET_CONNECTS_PER_MIN: "3", RATE_SUBSCRIBES_PER_MIN: "3" });

  it("limits writes per IP (even unauthenticated ones) and per key, with Retry-After", async () => {
    const { url } = h.app;
    // Per IP: three refused attempts without a key use up 127.0.0.3's budget.
    for (let i = 0; i < 3; i++) expect((await postFrom(url, "127.0.0.3", null)).status).toBe(401);
    const limited = await postFrom(url, "127.0.0.3", API_KEY);
    expect([limited.status, limited.code]).toEqual([429, "rate_limited"]);
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
    // Per key: API_KEY's budget is used from 127.0.0.4 and then refused from a fresh address too.
    // (The refused attempt above stopped at the IP limit: the key's budget is untouched.)
    for (let i = 0; i < 3; i++) expect((await postFrom(url, "127.0.0.4", API_KEY)).status).toBe(400);
    const other = await postFrom(url, "127.0.0.5", API_KEY);
    expect([other.status, other.code]).toEqual([429, "rate_limited"]);
    expect(Number(other.retryAfter)).toBeGreaterThanOrEqual(1);
    // Reads are not write-limited.
    expect((await api(h.app, "/api/statements")).status).toBe(200);
  });

  it("limits socket connections and subscriptions per IP", async () => {
    const s = await client(h.app);
    for (let i = 0; i < 3; i++) expect((await subscribe(s, { filter: {} })).ok).toBe(true);
    const ack = await subscribe(s, { filter: {} });
    expect(ack).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    expect(ack.ok ? 0 : ack.error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const more = [await client(h.app), await client(h.app)];
    await expect(client(h.app)).rejects.toMatchObject({ data: { code: "rate_limited" } });
    for (const c of [s, ...more]) c.disconnect();
  });

  it("limits subscriptions per key across addresses", async () => {
    const from = (localAddress: string, auth: Record<string, string>) =>
      new Promise<ReturnType<typeof connect>>((resolve, reject) => {
        const c = connect(h.app.url, { transports: ["websocket"], reconnection: false, forceNew: true, auth, localAddress } as never);
        c.once("connect", () => resolve(c));
        c.once("connect_error", reject);
      });
    const a = await from("127.0.0.6", { apiKey: API_KEY });
    for (let i = 0; i < 3; i++) expect((await subscribe(a, { filter: {} })).ok).toBe(true);
    const b = await from("127.0.0.7", { apiKey: API_KEY });
    expect(await subscribe(b, { filter: {} })).toMatchObject({ ok: false, error: { code: "rate_limited", message: expect.stringContaining("key") } });
    const anonymous = await from("127.0.0.7", {});
    expect((await subscribe(anonymous, { filter: {} })).ok).toBe(true);
    for (const c of [a, b, anonymous]) c.disconnect();
  });
});

describe("headers and origins", () => {
  const h = useApp({ ALLOWED_ORIGINS: "https://wall.example.org" });

  it("API responses carry the security headers", async () => {
    const r = await api(h.app, "/api/health", { key: null });
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(r.headers.get("x-frame-options")).toBe("DENY");
    expect(r.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    const missing = await api(h.app, "/nothing-here", { key: null });
    expect(missing.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("refuses a foreign Origin on the API; allows same-origin and ALLOWED_ORIGINS (with CORS headers)", async () => {
    const foreign = await api(h.app, "/api/statements", { headers: { origin: "https://evil.example" } });
    expect([foreign.status, foreign.json.error?.code]).toEqual([403, "origin_not_allowed"]);
    const write = await api(h.app, "/api/statements", { headers: { origin: "https://evil.example" }, body: { statements: [] } });
    expect(write.json.error?.code).toBe("origin_not_allowed");
    const same = await api(h.app, "/api/statements", { headers: { origin: h.app.url } });
    expect(same.status).toBe(200);
    expect(same.headers.get("access-control-allow-origin")).toBeNull();
    const allowed = await api(h.app, "/api/statements", { headers: { origin: "https://wall.example.org" } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://wall.example.org");
    const preflight = await fetch(`${h.app.url}/api/statements`, {
      method: "OPTIONS", headers: { origin: "https://wall.example.org", "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("x-api-key");
  });

  it("refuses a socket from a foreign Origin and accepts one from an allowed origin", async () => {
    const evil = connect(h.app.url, { transports: ["websocket"], reconnection: false, forceNew: true, extraHeaders: { origin: "https://evil.example" } });
    const err = await new Promise<Error>((resolve) => evil.once("connect_error", resolve));
    evil.close();
    expect(err).toBeInstanceOf(Error);
    expect(evil.connected).toBe(false);
    const polling = await fetch(`${h.app.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: "https://evil.example" } });
    expect(polling.status).toBe(403);
    const good = connect(h.app.url, { transports: ["websocket"], reconnection: false, forceNew: true, extraHeaders: { origin: "https://wall.example.org" } });
    await new Promise<void>((resolve, reject) => {
      good.once("connect", () => resolve());
      good.once("connect_error", reject);
    });
    good.close();
  });
});
