/**
 * Benchmark: ingest → push latency through the real server (HTTP POST → socket.io client), and the
 * server's event-loop delay, under a steady load. Prints numbers; asserts nothing.
 *
 *   node --import tsx server/bench/push-latency.ts [--rate 100] [--seconds 10] [--clients 20] [--batch 10]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { io as connect, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../lib/contract/events";
import { loadEnv } from "../../lib/env";
import { createApp } from "../app";

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : def;
}

const RATE = arg("rate", 100);
const SECONDS = arg("seconds", 10);
const CLIENTS = arg("clients", 20);
const BATCH = arg("batch", 10);
const ACTORS = ["bench-a", "bench-b", "bench-c", "bench-d"];
const GOVS = ["SY-DI", "SY-HL", "SY-DY", "SY-HA"] as const;

function pct(xs: number[], p: number): string {
  if (!xs.length) return "n/a";
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(1);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bayan-bench-"));
  const key = "bench-key-0123456789abcdef";
  const app = await createApp({
    env: loadEnv({ HOST: "127.0.0.1", PORT: "0", SQLITE_PATH: join(dir, "b.db"), DEMO: "off", LOG_LEVEL: "warn", API_KEY: key, INGEST_MAX_BATCH: "1000" }),
  });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const sockets: Socket<ServerToClientEvents, ClientToServerEvents>[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const s: Socket<ServerToClientEvents, ClientToServerEvents> = connect(app.url, { transports: ["websocket"], forceNew: true });
    await new Promise<void>((r) => s.once("connect", () => r()));
    const filter = i % 3 === 0 ? {} : i % 3 === 1 ? { actors: [ACTORS[i % ACTORS.length]!] } : { governorates: [GOVS[i % GOVS.length]!] };
    await s.timeout(5000).emitWithAck("feed:subscribe", { filter });
    s.on("statement:created", (st) => {
      const t0 = sentAt.get(st.text);
      if (t0 !== undefined) latencies.push(performance.now() - t0);
    });
    sockets.push(s);
  }
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const total = RATE * SECONDS;
  const interval = (1000 * BATCH) / RATE;
  let n = 0;
  const started = performance.now();
  while (n < total) {
    const items = Array.from({ length: Math.min(BATCH, total - n) }, () => {
      const i = n++;
      const text = `بيان اختبار الأداء رقم ${i}.`;
      sentAt.set(text, performance.now());
      return {
        actor: { id: ACTORS[i % ACTORS.length], nameAr: `جهة ${i % ACTORS.length}`, kind: "government" },
        text, governorates: [GOVS[i % GOVS.length]], securityOperation: i % 2 === 0,
      };
    });
    const res = await fetch(`${app.url}/api/statements`, {
      method: "POST", headers: { "content-type": "application/json", "x-api-key": key }, body: JSON.stringify({ statements: items }),
    });
    await res.arrayBuffer();
    const wait = started + (n / BATCH) * interval - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await new Promise((r) => setTimeout(r, 500));
  loop.disable();
  const elapsed = (performance.now() - started) / 1000;
  console.log(`ingested ${total} statements in ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(0)}/s, batches of ${BATCH}) to ${CLIENTS} clients`);
  console.log(`pushes received: ${latencies.length}; ingest→push latency ms p50 ${pct(latencies, 50)} p95 ${pct(latencies, 95)} p99 ${pct(latencies, 99)} max ${pct(latencies, 100)}`);
  console.log(`event-loop delay ms (bench process = server + clients): p50 ${(loop.percentile(50) / 1e6).toFixed(1)} p99 ${(loop.percentile(99) / 1e6).toFixed(1)} max ${(loop.max / 1e6).toFixed(1)}`);
  for (const s of sockets) s.disconnect();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
