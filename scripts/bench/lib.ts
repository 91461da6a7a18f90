/** Shared helpers for the benchmark harness: percentiles, process CPU/RSS from /proc, machine info, result files, tables. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";

/** Wall-clock milliseconds comparable across processes on one machine. */
export const now = (): number => performance.timeOrigin + performance.now();

export function pct(xs: number[], p: number): number | null {
  if (!xs.length) return null;
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export interface ProcSample { cpuMs: number; rssKb: number }

/** CPU time (user + system) and RSS of a process, Linux /proc; null elsewhere. */
export function procSample(pid: number): ProcSample | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(f[11]) + Number(f[12]);
    const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return { cpuMs: (ticks * 1000) / 100, rssKb: rss ? Number(rss[1]) : 0 };
  } catch {
    return null;
  }
}

export function machine(): { cores: number; cpuModel: string; memoryGb: number; node: string; platform: string } {
  return { cores: cpus().length, cpuModel: cpus()[0]?.model ?? "?", memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
}

/** Writes bench/results/<date>-<part>.json (or under BENCH_RESULTS_DIR) and returns the path. */
export function writeResult(part: string, data: unknown, dir = process.env.BENCH_RESULTS_DIR ?? join(process.cwd(), "bench", "results")): string {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
  const file = join(dir, `${stamp}-${part}.json`);
  writeFileSync(file, `${JSON.stringify({ part, at: new Date().toISOString(), machine: machine(), ...(data as object) }, null, 2)}\n`);
  return file;
}

export interface Row { figure: string; value: string; target: string; ok: boolean | null }

export function printTable(title: string, rows: Row[]): void {
  const w = [Math.max(6, ...rows.map((r) => r.figure.length)), Math.max(5, ...rows.map((r) => r.value.length)), Math.max(6, ...rows.map((r) => r.target.length))];
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(w[0]!)}  ${b.padStart(w[1]!)}  ${c.padEnd(w[2]!)}  ${d}`;
  console.log(`\n${title}\n${line("figure", "value", "target", "")}`);
  for (const r of rows) console.log(line(r.figure, r.value, r.target, r.ok === null ? "" : r.ok ? "ok" : "MISSED"));
}

export const fmt = (x: number | null, digits = 1): string => (x === null ? "n/a" : x.toFixed(digits));

export function numArg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v >= 0 ? v : def;
}

/** Rejects with a clear error when `p` has not settled within `ms` (a stuck benchmark run ends instead of hanging). */
export function withTimeout<T>(p: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no result after ${Math.round(ms / 1000)} s (timed out)`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** The API key every benchmark server is started with and every load generator sends. */
export const BENCH_KEY = "bench-key-0123456789abcdef";

/**
 * The load generators' HTTP client: node:http with one keep-alive agent (no pipelining; up to 512 sockets). It costs
 * the load-generator process about a third of the CPU per request of the global fetch (undici), which on this 2-core
 * machine shares the cores with the server under test.
 */
const agent = new HttpAgent({ keepAlive: true, maxSockets: 512 });

export function postJson(url: string, path: string, headers: Record<string, string>, body: unknown): Promise<{ status: number; json: unknown }> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, {
      method: "POST", agent, headers: { ...headers, "content-type": "application/json", "content-length": String(payload.length) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json: unknown = null;
        try { json = text ? JSON.parse(text) : null; } catch { json = null; }
        resolve({ status: res.statusCode ?? 0, json });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(payload);
  });
}
