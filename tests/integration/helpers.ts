/** Integration-test helpers: the real app (createApp) on port 0 with a temp SQLite file, real socket.io clients. */
import { mkdtempSync, rmSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { io as connect, type Socket } from "socket.io-client";
import type { Ack, ClientToServerEvents, ServerToClientEvents, SubscribeRequest, SubscribeResult } from "../../lib/contract/events";
import type { IngestResult } from "../../lib/contract/dto";
import type { StatementDTO } from "../../lib/contract/dto";
import { loadEnv, type Env } from "../../lib/env";
import { createApp, type BayanApp } from "../../server/app";

export const API_KEY = "integration-test-key-0123456789";
export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

export function tempDir(prefix = "bayan-it-"): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testEnv(dir: string, extra: Record<string, string> = {}): Env {
  return loadEnv({
    NODE_ENV: "test", HOST: "127.0.0.1", PORT: "0", SQLITE_PATH: join(dir, "bayan.db"), DEMO: "off",
    LOG_LEVEL: "silent", EXTRACT_WORKERS: "1", API_KEY, ...extra,
  });
}

export async function startApp(dir: string, extra: Record<string, string> = {}): Promise<BayanApp> {
  return createApp({ env: testEnv(dir, extra) });
}

/** Starts the real app for a describe block (temp dir + SQLite) and closes it afterwards; read `.app` inside tests. */
export function useApp(extra: Record<string, string> = {}): { readonly app: BayanApp; readonly dir: string } {
  const tmp = tempDir();
  let app: BayanApp | null = null;
  beforeAll(async () => {
    app = await startApp(tmp.dir, extra);
  });
  afterAll(async () => {
    await app?.close();
    tmp.cleanup();
  });
  return {
    get app(): BayanApp {
      if (!app) throw new Error("useApp: the app is not started yet (use it inside tests)");
      return app;
    },
    dir: tmp.dir,
  };
}

export interface StatementFixture {
  actorId: string;
  nameAr: string;
  text: string;
  governorates?: string[];
  type?: string;
  security?: boolean;
  key?: string;
  url?: string;
}

export function statement(f: StatementFixture): Record<string, unknown> {
  return {
    ...(f.key ? { idempotencyKey: f.key } : {}),
    actor: { id: f.actorId, nameAr: f.nameAr, nameEn: f.actorId, kind: "government" },
    type: f.type ?? "statement",
    text: f.text,
    statedAt: new Date().toISOString(),
    source: { outlet: "Test", url: f.url ?? null },
    governorates: f.governorates ?? [],
    securityOperation: f.security ?? false,
  };
}

export async function api(app: BayanApp, path: string, init: { method?: string; body?: unknown; key?: string | null; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.body !== undefined) headers["content-type"] ??= "application/json";
  if (init.key !== null) headers["x-api-key"] = init.key ?? API_KEY;
  const res = await fetch(app.url + path, {
    method: init.method ?? (init.body !== undefined ? "POST" : "GET"),
    headers,
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json: json as { data?: any; error?: { code: string; message: string; details?: any } }, headers: res.headers };
}

export async function ingest(app: BayanApp, items: Record<string, unknown>[]): Promise<IngestResult["results"]> {
  const r = await api(app, "/api/statements", { body: { statements: items } });
  if (r.status !== 201 && r.status !== 200) throw new Error(`ingest failed: ${r.status} ${JSON.stringify(r.json)}`);
  return (r.json.data as IngestResult).results;
}

type Hello = Parameters<ServerToClientEvents["server:hello"]>[0];
const hellos = new WeakMap<Client, Promise<Hello>>();

/** The `server:hello` a client received on connect. */
export function helloOf(socket: Client): Promise<Hello> {
  return hellos.get(socket) ?? Promise.reject(new Error("not a helper client"));
}

export async function client(app: BayanApp, auth: Record<string, string> = {}): Promise<Client> {
  const socket: Client = connect(app.url, { transports: ["websocket"], reconnection: false, forceNew: true, auth, autoConnect: false });
  hellos.set(socket, new Promise((resolve) => socket.once("server:hello", resolve)));
  socket.connect();
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", (e) => reject(e));
  });
  return socket;
}

export async function subscribe(socket: Client, req: SubscribeRequest): Promise<Ack<SubscribeResult>> {
  return socket.timeout(10_000).emitWithAck("feed:subscribe", req);
}

/** Collects pushes: `statement:created` (lone) and `statements:created` (a coalesced batch). */
export function collect(socket: Client): { items: StatementDTO[]; waitFor(pred: (s: StatementDTO) => boolean): Promise<StatementDTO> } {
  const items: StatementDTO[] = [];
  const waiters: { pred: (s: StatementDTO) => boolean; resolve(s: StatementDTO): void }[] = [];
  const take = (s: StatementDTO): void => {
    items.push(s);
    for (const w of [...waiters]) if (w.pred(s)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(s);
    }
  };
  socket.on("statement:created", take);
  socket.on("statements:created", (xs) => xs.forEach(take));
  return {
    items,
    waitFor(pred) {
      const found = items.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ pred, resolve }));
    },
  };
}
