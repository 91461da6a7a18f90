/**
 * Structured request logs (pino): one line per API request with a request id (a sane incoming
 * x-request-id is kept and echoed, otherwise one is made), and no secret ever reaches a line —
 * not the API key, a bearer token, a cookie nor a `token` query parameter, even on errors.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnv } from "../../lib/env";
import { createApp, type BayanApp } from "../../server/app";
import { createLogger, redactUrl } from "../../server/logger";
import { API_KEY, statement, tempDir } from "./helpers";

describe("request logs", () => {
  const tmp = tempDir();
  const lines: string[] = [];
  let app: BayanApp;
  beforeAll(async () => {
    const env = loadEnv({ NODE_ENV: "test", HOST: "127.0.0.1", PORT: "0", SQLITE_PATH: `${tmp.dir}/bayan.db`, DEMO: "off", EXTRACT_WORKERS: "1", API_KEY });
    app = await createApp({ env, logger: createLogger({ level: "debug", format: "json", write: (l) => lines.push(l) }) });
  });
  afterAll(async () => {
    await app.close();
    tmp.cleanup();
  });

  it("logs each request with its id and never the key, token or cookie", async () => {
    const cookie = "session=cookie-secret-value-42";
    const queryToken = "query-token-secret-77";
    const ok = await fetch(`${app.url}/api/statements?token=${queryToken}&limit=5`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": API_KEY, cookie, "x-request-id": "client-req-1" },
      body: JSON.stringify({ statements: [statement({ actorId: "log-test", nameAr: "جهة السجل", text: "قال المتحدث إن السجل لا يحفظ المفاتيح." })] }),
    });
    expect(ok.status).toBe(201);
    expect(ok.headers.get("x-request-id")).toBe("client-req-1");
    const bad = await fetch(`${app.url}/api/keys?api_key=${queryToken}`, { headers: { authorization: `Bearer ${API_KEY}x`, "x-request-id": "bad id with spaces" } });
    expect(bad.status).toBe(401);
    const made = bad.headers.get("x-request-id");
    expect(made).toMatch(/^[0-9a-f-]{36}$/);

    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = parsed.filter((o) => o.msg === "request");
    const first = requests.find((o) => o.reqId === "client-req-1");
    expect(first).toMatchObject({ level: "info", component: "http", method: "POST", status: 201, url: "/api/statements?token=[REDACTED]&limit=5" });
    expect(typeof first?.time).toBe("string");
    expect(requests.find((o) => o.reqId === made)).toMatchObject({ status: 401, url: "/api/keys?api_key=[REDACTED]" });
    const all = lines.join("\n");
    for (const secret of [API_KEY, queryToken, "cookie-secret-value-42"]) expect(all).not.toContain(secret);
  });

  it("redacts secret fields wherever a caller logs them", () => {
    const out: string[] = [];
    const log = createLogger({ level: "info", format: "json", write: (l) => out.push(l) }).child("t");
    log.info("x", { headers: { "x-api-key": "k1-secret", authorization: "Bearer k2-secret", cookie: "k3-secret", accept: "a" }, token: "k4-secret" });
    expect(out.join("")).not.toMatch(/k\d-secret/);
    expect(JSON.parse(out[0]!)).toMatchObject({ component: "t", headers: { accept: "a", "x-api-key": "[REDACTED]" }, token: "[REDACTED]" });
    expect(redactUrl("/wall?token=abc&lang=ar")).toBe("/wall?token=[REDACTED]&lang=ar");
    expect(redactUrl("/api/x")).toBe("/api/x");
  });
});
