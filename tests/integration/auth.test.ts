/**
 * Keys and roles on the real server: each role allowed/refused on each class of endpoint (stable codes),
 * revocation (401 at once for HTTP; an open socket is disconnected, also when the revocation comes from
 * another process through the store), and secrets never appear in the logs.
 */
import { io as connect } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnv } from "../../lib/env";
import { createApp, type BayanApp } from "../../server/app";
import { createLogger } from "../../server/logger";
import { API_KEY, api, client, statement, tempDir, type Client } from "./helpers";

const VIEWER_ENV_TOKEN = "legacy-viewer-token-0123";

describe("keys and roles", () => {
  const tmp = tempDir();
  const logLines: string[] = [];
  let app: BayanApp;
  const secrets: Record<"viewer" | "ingest" | "admin", { id: string; secret: string }> = {} as never;
  const sockets: Client[] = [];

  beforeAll(async () => {
    const env = loadEnv({
      NODE_ENV: "test", HOST: "127.0.0.1", PORT: "0", SQLITE_PATH: `${tmp.dir}/bayan.db`, DEMO: "off", EXTRACT_WORKERS: "1",
      API_KEY, VIEWER_TOKEN: VIEWER_ENV_TOKEN, KEY_REFRESH_SECONDS: "0.5",
    });
    const logger = createLogger({ level: "debug", format: "json", write: (line) => logLines.push(line) });
    app = await createApp({ env, logger });
    for (const role of ["viewer", "ingest", "admin"] as const) {
      const r = await api(app, "/api/keys", { body: { role, name: `test ${role}` } });
      expect(r.status).toBe(201);
      expect(r.json.data.secret).toMatch(new RegExp(`^byn_${role}_[A-Za-z0-9_-]{43}$`));
      secrets[role] = { id: r.json.data.key.id, secret: r.json.data.secret };
    }
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await app.close();
    tmp.cleanup();
  });

  const post = (key: string | null, n: number) =>
    api(app, "/api/statements", { key, body: { statements: [statement({ actorId: "auth-test", nameAr: "وزارة الاختبار", text: `بيان اختبار الصلاحيات رقم ${n}` })] } });

  it("each role is allowed or refused on each class of endpoint, with stable codes", async () => {
    const who = { none: null, bogus: "byn_admin_notarealkeynotarealkeynotarealkeynotareal", viewer: secrets.viewer.secret, ingest: secrets.ingest.secret, admin: secrets.admin.secret, env: API_KEY };
    const expected: Record<keyof typeof who, [number, number, number]> = {
      // [read GET /api/statements, ingest POST /api/statements, admin GET /api/keys]
      none: [401, 401, 401],
      bogus: [401, 401, 401],
      viewer: [200, 403, 403],
      ingest: [200, 201, 403],
      admin: [200, 201, 200],
      env: [200, 201, 200],
    };
    let n = 0;
    for (const [name, key] of Object.entries(who) as [keyof typeof who, string | null][]) {
      const read = await api(app, "/api/statements", { key });
      const write = await post(key, n++);
      const admin = await api(app, "/api/keys", { key });
      expect([name, read.status, write.status, admin.status]).toEqual([name, ...expected[name]]);
      for (const r of [read, write, admin]) {
        if (r.status === 401) expect(r.json.error?.code).toBe("unauthorized");
        if (r.status === 403) expect(r.json.error?.code).toBe("forbidden");
      }
    }
    // Admin-only writes (feeds, actors) refuse an ingest key; public endpoints need nothing.
    expect((await api(app, "/api/actors/merge", { key: secrets.ingest.secret, body: { from: "a", into: "b" } })).status).toBe(403);
    expect((await api(app, "/api/sources/feeds", { key: secrets.ingest.secret, body: {} })).status).toBe(403);
    expect((await api(app, "/api/health", { key: null })).status).toBe(200);
  });

  it("reads accept ?token=, x-viewer-token and VIEWER_TOKEN; writes never accept a query or cookie credential", async () => {
    expect((await api(app, `/api/statements?token=${secrets.viewer.secret}`, { key: null })).status).toBe(200);
    expect((await api(app, "/api/statements", { key: null, headers: { "x-viewer-token": VIEWER_ENV_TOKEN } })).status).toBe(200);
    const viaQuery = await api(app, `/api/statements?token=${secrets.admin.secret}`, { key: null, body: { statements: [] } });
    expect(viaQuery.status).toBe(401);
    const viaCookie = await api(app, "/api/statements", { key: null, headers: { cookie: `bayan_token=${secrets.admin.secret}` }, body: { statements: [] } });
    expect(viaCookie.status).toBe(401);
  });

  it("lists keys without hashes or secrets, and validates creation", async () => {
    const r = await api(app, "/api/keys", { key: secrets.admin.secret });
    const text = JSON.stringify(r.json);
    expect(r.json.data.keys.map((k: { role: string }) => k.role)).toEqual(["viewer", "ingest", "admin"]);
    for (const { secret } of Object.values(secrets)) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
    const bad = await api(app, "/api/keys", { body: { role: "root", name: "x" } });
    expect([bad.status, bad.json.error?.code]).toEqual([400, "validation_failed"]);
    expect((await api(app, "/api/keys/key_missing", { method: "DELETE" })).json.error?.code).toBe("not_found");
  });

  it("sockets authenticate with the same tokens", async () => {
    const s = await client(app, { token: secrets.viewer.secret });
    sockets.push(s);
    expect(s.connected).toBe(true);
    await expect(client(app, {})).rejects.toMatchObject({ message: "unauthorized", data: { code: "unauthorized" } });
    await expect(client(app, { token: "byn_viewer_wrongwrongwrongwrongwrongwrongwrongwro" })).rejects.toMatchObject({ data: { code: "unauthorized" } });
  });

  it("a revoked key gets 401 at once and its open socket is disconnected", async () => {
    const { key, secret } = (await api(app, "/api/keys", { body: { role: "ingest", name: "to revoke" } })).json.data as { key: { id: string }; secret: string };
    const s = await client(app, { apiKey: secret });
    sockets.push(s);
    expect((await post(secret, 100)).status).toBe(201);
    const gone = new Promise<string>((resolve) => s.once("disconnect", resolve));
    const r = await api(app, `/api/keys/${key.id}`, { method: "DELETE" });
    expect(r.json.data.key.revokedAt).not.toBeNull();
    expect((await post(secret, 101)).json.error?.code).toBe("unauthorized");
    expect(await gone).toBe("io server disconnect");
  });

  it("a viewer token revoked by another process (the CLI, through the store) disconnects its socket within seconds", async () => {
    const s = await client(app, { token: secrets.viewer.secret });
    sockets.push(s);
    const t0 = Date.now();
    const gone = new Promise<string>((resolve) => s.once("disconnect", resolve));
    expect(await app.store.revokeAccessKey(secrets.viewer.id, new Date())).toBe(true);
    expect(await gone).toBe("io server disconnect");
    expect(Date.now() - t0).toBeLessThan(5000);
    expect((await api(app, `/api/statements?token=${secrets.viewer.secret}`, { key: null })).status).toBe(401);
    const again = connect(app.url, { transports: ["websocket"], reconnection: false, forceNew: true, auth: { token: secrets.viewer.secret } });
    const err = await new Promise<{ data?: { code?: string } }>((resolve) => again.once("connect_error", resolve));
    again.close();
    expect(err.data?.code).toBe("unauthorized");
  });

  it("never writes a secret to the logs", () => {
    const all = logLines.join("\n");
    expect(logLines.length).toBeGreaterThan(0);
    expect(all).toContain("access key revoked");
    for (const secret of [API_KEY, VIEWER_ENV_TOKEN, ...Object.values(secrets).map((s) => s.secret)]) expect(all).not.toContain(secret);
  });
});
