/**
 * Graceful shutdown of the real server process (server/index.ts, PAGES=off): ingests whose bodies are
 * still arriving when SIGTERM lands are finished (2xx) and stored, connected sockets receive
 * `server:shutdown`, requests arriving afterwards are refused with 503 `unavailable`, and the process
 * exits 0 within SHUTDOWN_GRACE_MS. The restarted server on the same database has every acknowledged statement.
 */
import { request } from "node:http";
import Database from "better-sqlite3";
import { io as connect } from "socket.io-client";
import { afterAll, describe, expect, it } from "vitest";
import { startServer, type ServerProcess } from "../../server/dev/server-process";
import type { Client } from "./helpers";
import { statement } from "./helpers";

const GRACE_MS = 6000;

/** Starts a POST whose body is sent in two halves: the second only when `finish()` is called. */
function slowPost(url: string, apiKey: string, body: string): { finish(): void; response: Promise<{ status: number; body: string }> } {
  const u = new URL("/api/statements", url);
  const buf = Buffer.from(body);
  const half = Math.floor(buf.length / 2);
  let finish = () => {};
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path: u.pathname, method: "POST", agent: false,
        headers: { "content-type": "application/json", "content-length": String(buf.length), "x-api-key": apiKey } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.write(buf.subarray(0, half));
    finish = () => req.end(buf.subarray(half));
  });
  return { finish: () => finish(), response };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("graceful shutdown (real server process)", () => {
  let server: ServerProcess | null = null;
  afterAll(async () => {
    await server?.stop();
  });

  it("finishes in-flight ingests, tells sockets, exits 0 within the grace period", async () => {
    server = await startServer({ pages: false, env: { SHUTDOWN_GRACE_MS: String(GRACE_MS), SHUTDOWN_RECONNECT_MS: "1500" } });
    const client: Client = connect(server.url, { transports: ["websocket"], reconnection: false });
    const shutdownEvent = new Promise<{ reconnectInMs: number }>((resolve) => client.once("server:shutdown", resolve));
    await new Promise<void>((resolve, reject) => {
      client.once("connect", () => resolve());
      client.once("connect_error", reject);
    });

    const posts = Array.from({ length: 3 }, (_, i) => slowPost(server!.url, server!.apiKey, JSON.stringify({
      statements: Array.from({ length: 5 }, (_, j) => statement({
        actorId: "it-shutdown", nameAr: "جهة الإغلاق", key: `shutdown-${i}-${j}`,
        text: `قالت الجهة إن الدفعة ${i + 1} من الرسائل وصلت كاملة رقم ${j + 1}.`,
      })),
    })));
    await sleep(300); // the server has the headers and half of each body: three requests in flight
    const exit = server.terminate();
    const event = await shutdownEvent;
    expect(event.reconnectInMs).toBe(1500);

    // A new request on a fresh connection is no longer accepted (listener closed) or refused with 503.
    const late = await fetch(`${server.url}/api/statements`, { method: "POST", headers: { "content-type": "application/json", "x-api-key": server.apiKey }, body: "{}" })
      .then((r) => r.status, () => "refused");
    expect(["refused", 503]).toContain(late);

    await sleep(500);
    for (const p of posts) p.finish();
    const responses = await Promise.all(posts.map((p) => p.response));
    for (const r of responses) expect(r.status, r.body).toBe(201);
    const acked = responses.flatMap((r) => (JSON.parse(r.body) as { data: { results: { id: string }[] } }).data.results.map((x) => x.id));
    expect(acked).toHaveLength(15);

    const { code, signal, ms } = await exit;
    client.close();
    expect(signal).toBeNull();
    expect(code, server.output()).toBe(0);
    expect(ms).toBeLessThan(GRACE_MS);
    expect(server.output()).toContain("shutdown complete");

    // The store was closed cleanly (WAL checkpointed on close) and holds every acknowledged statement.
    const db = new Database(server.dbPath, { readonly: true });
    const ids = (db.prepare("SELECT id FROM statements").all() as { id: string }[]).map((r) => r.id);
    db.close();
    expect(new Set(ids)).toEqual(new Set(acked));

    // And the server starts again on the same database.
    await server.relaunch();
    const res = await fetch(`${server.url}/api/statements?limit=50`);
    const page = (await res.json()) as { data: { items: { id: string }[] } };
    expect(page.data.items.map((s) => s.id).sort()).toEqual([...acked].sort());
  }, 60_000);
});
