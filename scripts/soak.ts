/**
 * Soak: the real production server (child process, temp SQLite) takes RATE statements/s for MINUTES
 * while CLIENTS Socket.IO clients stay subscribed (every 4th with a governorate filter) and one
 * Chromium tab shows /wall. Every sample interval it records the server's RSS, V8 heap used and
 * event-loop delay p99 (from its own /metrics) and the tab's JS heap (CDP, after a forced GC).
 * Prints a table and the growth from the first sample after warm-up to the end (median of the
 * last three samples), and writes everything to a JSON file. Prints numbers, asserts nothing.
 *
 *   npm run build && npm run soak -- --minutes 30      # defaults: --minutes 30 --rate 50 --clients 1000
 *   flags: --minutes N --rate N --clients N --out FILE (default artifacts/soak-<time>.json)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { io as connect, type Socket } from "socket.io-client";
import { heapMB, burstStatement } from "./bench-burst";
import { launchBrowser } from "../server/dev/browser";
import { postStatements, ROOT, startServer } from "../server/dev/server-process";

interface Sample { t: number; rssMB: number; heapMB: number; loopP99ms: number; wallHeapMB: number; posted: number; failed: number; received: number; connected: number }

const { values: args } = parseArgs({
  options: { minutes: { type: "string", default: "30" }, rate: { type: "string", default: "50" }, clients: { type: "string", default: "1000" }, out: { type: "string" } },
});
const minutes = Number(args.minutes);
const rate = Number(args.rate);
const clientCount = Number(args.clients);
if (!(minutes > 0) || !(rate > 0) || !(clientCount >= 0)) {
  console.error("usage: npm run soak -- [--minutes N>0] [--rate N>0] [--clients N>=0] [--out FILE]");
  process.exit(2);
}
const durationMs = minutes * 60_000;
const sampleMs = Math.min(60_000, Math.max(10_000, durationMs / 30));
const warmupMs = Math.min(5 * 60_000, Math.max(60_000, durationMs * 0.1));
const GOVS = ["SY-HL", "SY-ID", "SY-HI", "SY-DI"];

function metricValue(text: string, name: string): number {
  const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, "m").exec(text);
  return m ? Number(m[1]) : NaN;
}

async function connectClients(url: string, n: number, onItems: (count: number) => void): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < n; i++) {
    const s = connect(url, { transports: ["websocket"], forceNew: true });
    const filter = i % 4 === 3 ? { governorates: [GOVS[i % GOVS.length]] } : {};
    s.on("connect", () => s.emit("feed:subscribe", { filter }, () => undefined));
    // Lone statements come as statement:created, statements committed together (under load) as statements:created.
    s.on("statement:created", () => onItems(1));
    s.on("statements:created", (items: unknown[]) => onItems(items.length));
    sockets.push(s);
    if (i % 50 === 49) await new Promise((r) => setTimeout(r, 100)); // do not stampede the handshake
  }
  return sockets;
}

function growth(samples: Sample[], key: keyof Sample): number | null {
  const after = samples.filter((s) => s.t >= warmupMs);
  if (after.length < 4) return null;
  const base = after[0]![key];
  const tail = after.slice(-3).map((s) => s[key]).sort((a, b) => a - b)[1]!;
  return base > 0 ? ((tail - base) / base) * 100 : null;
}

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "?");

async function main(): Promise<void> {
  // 1,000 clients connect from one host: lift the per-IP socket/subscribe limits (defaults guard real deployments).
  const server = await startServer({
    env: { LOG_LEVEL: "warn", RATE_SOCKET_CONNECTS_PER_MIN: "100000", RATE_SUBSCRIBES_PER_MIN: "100000", RATE_WRITES_PER_MIN: "100000" },
  });
  const browser = await launchBrowser();
  const sockets: Socket[] = [];
  const samples: Sample[] = [];
  let posted = 0, failed = 0, received = 0;
  const failures = new Map<string, number>(); // failure reason (status/code) -> statements
  try {
    console.log(`soak: ${rate} statements/s, ${clientCount} clients, /wall in Chromium, ${minutes} min against ${server.url}; ` +
      `sample every ${sampleMs / 1000} s, warm-up ${warmupMs / 1000} s`);
    sockets.push(...(await connectClients(server.url, clientCount, (k) => { received += k; })));
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(`${server.url}/wall`);
    await page.waitForSelector('[data-testid="wall-connection"][data-state="live"]', { timeout: 60_000 });

    const runId = Date.now().toString(36);
    const perBatch = Math.max(1, Math.round(rate / 10));
    const t0 = Date.now();
    let n = 0, batch = 0, nextSample = 0;
    const inflight = new Set<Promise<void>>();
    while (Date.now() - t0 < durationMs) {
      // Post what is due by the clock (not one batch per tick): a late tick catches up instead of lowering the rate.
      const due = Math.min(perBatch * 20, Math.max(1, Math.floor(((Date.now() - t0) / 1000) * rate) - n));
      const items = Array.from({ length: due }, () => burstStatement(n++, runId));
      const p: Promise<void> = postStatements(server.url, server.apiKey, items).then(
        () => { posted += items.length; },
        (e: unknown) => {
          failed += items.length;
          const reason = String((e as Error).message ?? e).replace(/\{.*$/, "").slice(0, 80);
          failures.set(reason, (failures.get(reason) ?? 0) + items.length);
        },
      ).finally(() => inflight.delete(p));
      inflight.add(p);
      const t = Date.now() - t0;
      if (t >= nextSample) {
        nextSample = (Math.floor(t / sampleMs) + 1) * sampleMs; // a late loop skips samples instead of bunching them
        const m = await fetch(`${server.url}/metrics`, { headers: { "x-api-key": server.apiKey } }).then((r) => r.text(), (e: unknown) => {
          console.log(`  sample at ${fmt(t / 60_000, 2)} min skipped: /metrics failed (${String(e)})`);
          return null;
        });
        if (m !== null) {
          const s: Sample = {
            t, rssMB: metricValue(m, "bayan_process_resident_memory_bytes") / 1_048_576,
            heapMB: metricValue(m, "bayan_nodejs_heap_size_used_bytes") / 1_048_576,
            loopP99ms: metricValue(m, "bayan_nodejs_eventloop_lag_p99_seconds") * 1000,
            wallHeapMB: await heapMB(cdp), posted, failed, received, connected: metricValue(m, "bayan_socket_clients"),
          };
          samples.push(s);
          console.log(`${fmt(t / 60_000, 2).padStart(6)} min  rss ${fmt(s.rssMB).padStart(7)} MB  heap ${fmt(s.heapMB).padStart(6)} MB  ` +
            `loop p99 ${fmt(s.loopP99ms).padStart(6)} ms  wall heap ${fmt(s.wallHeapMB).padStart(6)} MB  posted ${posted} (failed ${failed})  ` +
            `pushes received ${received}  clients ${s.connected}`);
        }
      }
      batch++;
      await new Promise((r) => setTimeout(r, Math.max(0, t0 + batch * 100 - Date.now())));
    }
    await Promise.all(inflight);
    const summary = {
      minutes, rate, clients: clientCount, warmupS: warmupMs / 1000, posted, failed, received, failures: Object.fromEntries(failures),
      achievedRate: posted / (durationMs / 1000),
      growthPct: { rss: growth(samples, "rssMB"), heap: growth(samples, "heapMB"), wallHeap: growth(samples, "wallHeapMB") },
      maxLoopP99ms: Math.max(...samples.filter((s) => s.t >= warmupMs).map((s) => s.loopP99ms)),
    };
    const pct = (v: number | null) => (v === null ? "n/a (too few samples after warm-up)" : `${v >= 0 ? "+" : ""}${fmt(v)}%`);
    console.log(`\nposted ${posted} (failed ${failed}, ${fmt(summary.achievedRate)}/s); pushes received by clients ${received}`);
    for (const [reason, count] of failures) console.log(`  failed: ${count} statements: ${reason}`);
    console.log(`growth after warm-up (first sample after ${warmupMs / 1000} s → median of last 3): ` +
      `server RSS ${pct(summary.growthPct.rss)}, server heap ${pct(summary.growthPct.heap)}, /wall JS heap ${pct(summary.growthPct.wallHeap)}; ` +
      `max event-loop p99 after warm-up ${fmt(summary.maxLoopP99ms)} ms`);
    const out = args.out ?? path.join(ROOT, "artifacts", `soak-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ summary, samples }, null, 2)}\n`);
    console.log(`wrote ${out}`);
    await ctx.close();
  } finally {
    for (const s of sockets) s.close();
    await browser.close();
    await server.stop();
  }
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
