/**
 * The real server as a child process (`node --import tsx server/index.ts`, production build,
 * temp SQLite, port 0) and a client for its write API. Used by scripts/ (benchmarks,
 * screenshots) and by the browser tests (tests/e2e/harness.ts); never by the server itself.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { IngestResult } from "../../lib/contract/dto";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** API key of servers started here unless `env.API_KEY` says otherwise. */
export const DEV_API_KEY = "e2e-test-api-key-0123456789abcdef";

export interface ServerProcess {
  url: string;
  apiKey: string;
  dbPath: string;
  /** The server process id (changes on restart/relaunch), for /proc reads and signals. */
  readonly pid: number | undefined;
  /** Everything the server printed (stdout + stderr), for diagnostics. */
  output(): string;
  stop(): Promise<void>;
  /** Stops and starts again on the SAME port and database. */
  restart(): Promise<void>;
  /** SIGKILL, no graceful shutdown (crash simulation). */
  kill(): Promise<void>;
  /** SIGTERM and wait for the exit (no SIGKILL fallback, database kept): exit code and time taken. */
  terminate(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  /** Starts again on the SAME port and database after kill() or terminate(). */
  relaunch(): Promise<void>;
}

const children = new Set<ChildProcess>();
process.once("exit", () => { for (const c of children) c.kill("SIGKILL"); });

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

function spawnServer(env: Record<string, string>, log: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return new Promise((resolve, reject) => {
    let buf = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start within 60 s. Output:\n${log.join("")}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      const s = chunk.toString();
      log.push(s);
      buf += s;
      const m = /Bayan listening on (http:\/\/[^\s]+?:\d+)/.exec(buf);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1].replace("0.0.0.0", "127.0.0.1").replace("[::]", "127.0.0.1") });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening. Output:\n${log.join("")}`));
    });
  });
}

/** `pages: false` starts the server with PAGES=off (API + sockets only: no production build needed). */
export async function startServer(opts: { env?: Record<string, string>; pages?: boolean } = {}): Promise<ServerProcess> {
  if (opts.pages !== false && !existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error("No production build (.next/BUILD_ID missing): run `npm run build` before the e2e tests");
  }
  const dir = mkdtempSync(path.join(tmpdir(), "bayan-e2e-"));
  const dbPath = path.join(dir, "bayan.db");
  const apiKey = opts.env?.API_KEY ?? DEV_API_KEY;
  const env: Record<string, string> = {
    NODE_ENV: "production", HOST: "127.0.0.1", PORT: "0", SQLITE_PATH: dbPath, DEMO: "off",
    API_KEY: apiKey, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "info", ...(opts.pages === false ? { PAGES: "off" } : {}), ...opts.env,
  };
  const log: string[] = [];
  let { child, url } = await spawnServer(env, log);
  const port = new URL(url).port;
  return {
    get url() { return url; },
    apiKey,
    dbPath,
    get pid() { return child.pid; },
    output: () => log.join(""),
    async stop() {
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await waitForExit(child);
      clearTimeout(t);
      rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await waitForExit(child);
      clearTimeout(t);
      ({ child, url } = await spawnServer({ ...env, PORT: port }, log));
    },
    async kill() {
      child.kill("SIGKILL");
      await waitForExit(child);
    },
    async terminate() {
      const started = Date.now();
      const c = child;
      const exited = c.exitCode !== null || c.signalCode !== null
        ? Promise.resolve()
        : new Promise<void>((resolve) => c.once("exit", () => resolve()));
      c.kill("SIGTERM");
      await exited;
      return { code: c.exitCode, signal: c.signalCode, ms: Date.now() - started };
    },
    async relaunch() {
      await waitForExit(child);
      ({ child, url } = await spawnServer({ ...env, PORT: port }, log));
    },
  };
}

/** POSTs statements through the write API; throws with the error body on failure. */
export async function postStatements(url: string, apiKey: string, statements: unknown[]): Promise<IngestResult> {
  const res = await fetch(`${url}/api/statements`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": apiKey },
    body: JSON.stringify({ statements }),
  });
  const body = (await res.json()) as { data?: IngestResult; error?: { code: string; message: string } };
  if (!res.ok || !body.data) throw new Error(`POST /api/statements ${res.status}: ${JSON.stringify(body.error ?? body)}`);
  return body.data;
}
