/** Pure security rules: roles, hashing, rate-limit buckets, CSP and origins, link schemes. */
import { describe, expect, it } from "vitest";
import { statementInputSchema } from "../../../lib/contract/schemas";
import { httpHref } from "../../../lib/domain/links";
import { loadEnv } from "../../../lib/env";
import { hashSecret, newSecret, roleAllows } from "../../../server/auth/keys";
import { RateLimiter, clientIp } from "../../../server/http/rate-limit";
import { baseHeaders, originAllowed, pageCsp } from "../../../server/http/security-headers";

describe("roles and secrets", () => {
  it("admin ⊇ ingest ⊇ viewer", () => {
    expect(roleAllows("admin", "ingest")).toBe(true);
    expect(roleAllows("ingest", "viewer")).toBe(true);
    expect(roleAllows("ingest", "admin")).toBe(false);
    expect(roleAllows("viewer", "ingest")).toBe(false);
  });
  it("secrets are random, role-prefixed, and stored as SHA-256 hex", () => {
    const a = newSecret("viewer");
    expect(a).toMatch(/^byn_viewer_[A-Za-z0-9_-]{43}$/);
    expect(newSecret("viewer")).not.toBe(a);
    expect(hashSecret(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(a)).not.toContain(a.slice(11));
  });
});

describe("RateLimiter", () => {
  it("allows perMinute at once, then one per 60/perMinute s, with the wait in seconds", () => {
    let t = 0;
    const rl = new RateLimiter(6, 100, () => t);
    for (let i = 0; i < 6; i++) expect(rl.take("k")).toBe(0);
    expect(rl.take("k")).toBe(10);
    expect(rl.take("other")).toBe(0);
    t += 10_000;
    expect(rl.take("k")).toBe(0);
    expect(rl.take("k")).toBeGreaterThan(0);
  });
  it("keeps at most maxKeys buckets", () => {
    const rl = new RateLimiter(5, 10, () => 0);
    for (let i = 0; i < 1000; i++) rl.take(`ip${i}`);
    expect(rl.size).toBeLessThanOrEqual(10);
  });
});

describe("clientIp", () => {
  const req = { socket: { remoteAddress: "10.0.0.2" }, headers: { "x-forwarded-for": "1.1.1.1, 203.0.113.7" } };
  it("is the TCP peer unless TRUST_PROXY, then the entry the proxy appended", () => {
    expect(clientIp(req, false)).toBe("10.0.0.2");
    expect(clientIp(req, true)).toBe("203.0.113.7");
    expect(clientIp({ ...req, headers: {} }, true)).toBe("10.0.0.2");
    expect(loadEnv({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(true);
    expect(loadEnv({}).TRUST_PROXY).toBe(false);
  });
});

describe("CSP, headers and origins", () => {
  const env = loadEnv({ NODE_ENV: "production" });
  it("page CSP: nonce + strict-dynamic for scripts, no third-party origin, framing denied", () => {
    const csp = pageCsp(env, "abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic';");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:/);
    expect(baseHeaders(env)["x-frame-options"]).toBe("DENY");
  });
  it("FRAME_ANCESTORS lets a configured embedder frame the pages", () => {
    const e = loadEnv({ FRAME_ANCESTORS: "https://intranet.example.org/" });
    expect(pageCsp(e, "n")).toContain("frame-ancestors https://intranet.example.org");
    expect(baseHeaders(e)["x-frame-options"]).toBeUndefined();
    expect(() => loadEnv({ FRAME_ANCESTORS: "javascript:alert(1)" })).toThrow(/FRAME_ANCESTORS/);
    expect(() => loadEnv({ ALLOWED_ORIGINS: "https://a.example/path" })).toThrow(/ALLOWED_ORIGINS/);
  });
  it("origins: none, same host and ALLOWED_ORIGINS pass; others and 'null' do not", () => {
    const e = loadEnv({ ALLOWED_ORIGINS: "https://wall.example.org" });
    const h = (origin?: string) => ({ host: "bayan.local:3000", ...(origin === undefined ? {} : { origin }) });
    expect(originAllowed(h(), e)).toBe(true);
    expect(originAllowed(h("http://bayan.local:3000"), e)).toBe(true);
    expect(originAllowed(h("https://wall.example.org"), e)).toBe(true);
    expect(originAllowed(h("https://evil.example"), e)).toBe(false);
    expect(originAllowed(h("http://bayan.local:3001"), e)).toBe(false);
    expect(originAllowed(h("null"), e)).toBe(false);
  });
});

describe("links", () => {
  it("only http(s) URLs become links", () => {
    expect(httpHref("https://news.example/a?b=1")).toBe("https://news.example/a?b=1");
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "vbscript:x", "//evil", "", null]) expect(httpHref(bad)).toBeNull();
  });
  it("ingest refuses a non-http(s) article link", () => {
    const base = { actor: { nameAr: "وزارة الاختبار", kind: "government" }, text: "قالت الوزارة إن الاختبار نجح." };
    expect(statementInputSchema.safeParse({ ...base, source: { url: "javascript:alert(1)" } }).success).toBe(false);
    expect(statementInputSchema.safeParse({ ...base, source: { url: "https://news.example/1" } }).success).toBe(true);
  });
});
