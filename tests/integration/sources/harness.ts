/**
 * Test harness for the sources: a real temp SQLite store, the real pipeline (inline extraction),
 * and a real local HTTP server on 127.0.0.1:0 whose routes the tests define.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEnv, type Env } from "../../../lib/env";
import { createStore } from "../../../lib/store/index";
import type { Store } from "../../../lib/store/types";
import { ExtractPool } from "../../../server/extract/pool";
import { silentLogger } from "../../../server/logger";
import { IngestPipeline } from "../../../server/pipeline";
import { identityKeys } from "../../../lib/ingest/canonical";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export class TestHttpServer {
  readonly routes = new Map<string, Handler>();
  /** Requests seen per path, with their headers. */
  readonly hits = new Map<string, IncomingMessage["headers"][]>();
  private server: Server | null = null;
  private readonly sockets = new Set<import("node:net").Socket>();
  base = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const list = this.hits.get(path) ?? [];
      list.push(req.headers);
      this.hits.set(path, list);
      const h = this.routes.get(path);
      if (!h) {
        res.writeHead(404).end("not found");
        return;
      }
      h(req, res);
    });
    this.server.on("connection", (s) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", () => r()));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  count(path: string): number {
    return this.hits.get(path)?.length ?? 0;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

/** Serves a body with a content type; optional ETag support (304 on If-None-Match). */
export function serve(body: string | Uint8Array, contentType: string, opts: { etag?: string } = {}): Handler {
  return (req, res) => {
    if (opts.etag && req.headers["if-none-match"] === opts.etag) {
      res.writeHead(304, { etag: opts.etag }).end();
      return;
    }
    res.writeHead(200, { "content-type": contentType, ...(opts.etag ? { etag: opts.etag } : {}) });
    res.end(body);
  };
}

export interface Ctx {
  dir: string;
  env: Env;
  store: Store;
  pipeline: IngestPipeline;
  pool: ExtractPool;
  close(): Promise<void>;
}

export function testEnv(dir: string, extra: Record<string, string> = {}): Env {
  return loadEnv({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: "0",
    SQLITE_PATH: join(dir, "bayan.db"),
    DEMO: "off",
    EXTRACT_WORKERS: "0",
    LOG_LEVEL: "silent",
    API_KEY: "test-api-key-0123456789",
    ...extra,
  });
}

/** A temp folder, a real SQLite store in it and the real pipeline. */
export async function openCtx(dir?: string): Promise<Ctx> {
  const d = dir ?? (await mkdtemp(join(tmpdir(), "bayan-sources-")));
  const env = testEnv(d);
  const store = await createStore({ keys: identityKeys, sqlitePath: env.SQLITE_PATH });
  const pool = new ExtractPool({ size: 0, timeoutMs: 10_000, logger: silentLogger });
  const pipeline = new IngestPipeline({ store, pool, env, logger: silentLogger });
  return {
    dir: d,
    env,
    store,
    pipeline,
    pool,
    async close() {
      await pool.close();
      await store.close();
    },
  };
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Waits (polling) until `check` returns a truthy value; throws after `timeoutMs`. */
export async function until<T>(check: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 10_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const ROOT = new URL("../../../", import.meta.url).pathname;

/** Runs `node --import tsx scripts/<script>` as a child process and collects its output. */
export function runScript(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "scripts", script), ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "test", DEMO: "off", LOG_LEVEL: "silent", EXTRACT_WORKERS: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

