/**
 * Soak: the real production server (child process, temp SQLite) takes RATE statements/s for MINUTES
 * while CLIENTS Socket.IO clients stay subscribed (every 4th with a governorate filter) and one
 * Chromium tab shows /wall. Every sample interval it records the server's memory (RSS split into
 * anonymous and file-backed pages from /proc/<pid>/status; V8 heap used/total, external and array
 * buffers and event-loop delay p99 from its own /metrics), the database and WAL file sizes, and the
 * tab's JS heap (CDP, after a forced GC). Prints a table, then per measure the growth from the first
 * sample after the warm-up to the end (median of the last three samples) and the slope (MB/min) over
 * the samples after the warm-up, and writes everything to a JSON file. Prints numbers, asserts nothing.
 *
 * Warm-up: a fixed WARMUP_MS (5 min), the same for every run length, long enough for the server's
 * bounded caches to fill at 50/s (JIT, SQLite page cache, echo signature cache); runs of 9 min or less
 * have too few samples after it and report growth as n/a.
 *
 *   npm run build && npm run soak -- --minutes 30      # defaults: --minutes 30 --rate 50 --clients 1000
 *   flags: --minutes N --rate N --clients N --out FILE (default artifacts/soak-<time>.json)
 *          --snapshot-at M1,M2,... write a V8 heap snapshot of the server at those minutes (Node's
 *          --heapsnapshot-signal, into artifacts/soak-snapshots-<time>/; compare with scripts/soak/heap-diff.ts)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { io as connect, type Socket } from "socket.io-client";
import { heapMB, burstStatement } from "./bench-burst";
import { fileMB, metricValue, procMemory, slope } from "./soak/probe";
import { launchBrowser } from "../server/dev/browser";
import { postStatements, ROOT, startServer } from "../server/dev/server-process";

interface Sample {
  t: number; rssMB: number; anonMB: number; fileMB: number; heapMB: number; heapTotalMB: number; externalMB: number;
  arrayBuffersMB: number; dbMB: number; walMB: number; loopP99ms: number; wallHeapMB: number;
  posted: number; failed: number; received: number; connected: number;
}
const MEASURES = ["rssMB", "anonMB", "fileMB", "heapMB", "heapTotalMB", "externalMB", "arrayBuffersMB", "dbMB", "walMB", "wallHeapMB"] as const;

const { values: args } = parseArgs({
  options: {
    minutes: { type: "string", default: "30" }, rate: { type: "string", default: "50" }, clients: { type: "string", default: "1000" },
    out: { type: "string" }, "snapshot-at": { type: "string", default: "" },
  },
});
const minutes = Number(args.minutes);
const rate = Number(args.rate);
const clientCount = Number(args.clients);
const snapshotAt = args["snapshot-at"].split(",").filter(Boolean).map((m) => Number(m) * 60_000);
if (!(minutes > 0) || !(rate > 0) || !(clientCount >= 0) || snapshotAt.some((t) => !(t >= 0))) {
  console.error("usage: npm run soak -- [--minutes N>0] [--rate N>0] [--clients N>=0] [--out FILE] [--snapshot-at M1,M2,...]");
  process.exit(2);
}
const durationMs = minutes * 60_000;
const sampleMs = Math.min(60_000, Math.max(10_000, durationMs / 30));
/** Fixed, not a share of the run: see the header. */
const WARMUP_MS = 5 * 60_000;
const GOVS = ["SY-HL", "SY-ID", "SY-HI", "SY-DI"];
const stamp = new Date().toISOString().replace(/[:.]/g, "-");

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
  const after = samples.filter((s) => s.t >= WARMUP_MS);
  if (after.length < 4) return null;
  const base = after[0]![key];
  const tail = after.slice(-3).map((s) => s[key]).sort((a, b) => a - b)[1]!;
  return base > 0 ? ((tail - base) / base) * 100 : null;
}

/** MB per minute over the samples after the warm-up. */
function perMinute(samples: Sample[], key: keyof Sample): number | null {
  return slope(samples.filter((s) => s.t >= WARMUP_MS).map((s) => ({ x: s.t / 60_000, y: s[key] })));
}

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "?");
const MB = 1_048_576;

async function main(): Promise<void> {
  // 1,000 clients connect from one host: lift the per-IP socket/subscribe limits (defaults guard real deployments).
  const snapDir = path.join(ROOT, "artifacts", `soak-snapshots-${stamp}`);
  if (snapshotAt.length) mkdirSync(snapDir, { recursive: true });
  const nodeOptions = [process.env.NODE_OPTIONS ?? "", snapshotAt.length ? `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapDir}` : ""];
  const server = await startServer({
    env: {
      LOG_LEVEL: "warn", RATE_SOCKET_CONNECTS_PER_MIN: "100000", RATE_SUBSCRIBES_PER_MIN: "100000", RATE_WRITES_PER_MIN: "100000",
      NODE_OPTIONS: nodeOptions.join(" ").trim(),
    },
  });
  const browser = await launchBrowser();
  const sockets: Socket[] = [];
  const samples: Sample[] = [];
  let posted = 0, failed = 0, received = 0;
  const failures = new Map<string, number>(); // failure reason (status/code) -> statements
  try {
    console.log(`soak: ${rate} statements/s, ${clientCount} clients, /wall in Chromium, ${minutes} min against ${server.url}; ` +
      `sample every ${sampleMs / 1000} s, warm-up ${WARMUP_MS / 1000} s`);
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
    const snapsDue = [...snapshotAt].sort((a, b) => a - b);
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
          const mem = procMemory(server.pid);
          const s: Sample = {
            t, rssMB: Number.isFinite(mem.rssMB) ? mem.rssMB : metricValue(m, "bayan_process_resident_memory_bytes") / MB,
            anonMB: mem.anonMB, fileMB: mem.fileMB,
            heapMB: metricValue(m, "bayan_nodejs_heap_size_used_bytes") / MB,
            heapTotalMB: metricValue(m, "bayan_nodejs_heap_size_total_bytes") / MB,
            externalMB: metricValue(m, "bayan_nodejs_external_memory_bytes") / MB,
            arrayBuffersMB: metricValue(m, "bayan_nodejs_array_buffers_bytes") / MB,
            dbMB: fileMB(server.dbPath), walMB: fileMB(`${server.dbPath}-wal`),
            loopP99ms: metricValue(m, "bayan_nodejs_eventloop_lag_p99_seconds") * 1000,
            wallHeapMB: await heapMB(cdp), posted, failed, received, connected: metricValue(m, "bayan_socket_clients"),
          };
          samples.push(s);
          console.log(`${fmt(t / 60_000, 2).padStart(6)} min  rss ${fmt(s.rssMB).padStart(6)} MB (anon ${fmt(s.anonMB)}, file ${fmt(s.fileMB)})  ` +
            `heap ${fmt(s.heapMB)}/${fmt(s.heapTotalMB)} MB  ext ${fmt(s.externalMB)} (ab ${fmt(s.arrayBuffersMB)}) MB  ` +
            `db ${fmt(s.dbMB)} + wal ${fmt(s.walMB)} MB  loop p99 ${fmt(s.loopP99ms)} ms  wall heap ${fmt(s.wallHeapMB)} MB  ` +
            `posted ${posted} (failed ${failed})  pushes ${received}  clients ${s.connected}`);
        }
      }
      if (snapsDue.length && t >= snapsDue[0]!) {
        snapsDue.shift();
        console.log(`  heap snapshot at ${fmt(t / 60_000, 2)} min → ${snapDir}`);
        process.kill(server.pid!, "SIGUSR2");
      }
      batch++;
      await new Promise((r) => setTimeout(r, Math.max(0, t0 + batch * 100 - Date.now())));
    }
    await Promise.all(inflight);
    const after = samples.filter((x) => x.t >= WARMUP_MS);
    const summary = {
      minutes, rate, clients: clientCount, warmupS: WARMUP_MS / 1000, posted, failed, received, failures: Object.fromEntries(failures),
      achievedRate: posted / (durationMs / 1000),
      growthPct: Object.fromEntries(MEASURES.map((k) => [k.replace(/MB$/, ""), growth(samples, k)])),
      slopeMBPerMin: Object.fromEntries(MEASURES.map((k) => [k.replace(/MB$/, ""), perMinute(samples, k)])),
      maxLoopP99ms: after.length ? Math.max(...after.map((x) => x.loopP99ms)) : null,
    };
    const pct = (v: number | null | undefined) => (v == null ? "n/a" : `${v >= 0 ? "+" : ""}${fmt(v)}%`);
    const per = (v: number | null | undefined) => (v == null ? "n/a" : `${v >= 0 ? "+" : ""}${fmt(v, 2)} MB/min`);
    console.log(`\nposted ${posted} (failed ${failed}, ${fmt(summary.achievedRate)}/s); pushes received by clients ${received}`);
    for (const [reason, count] of failures) console.log(`  failed: ${count} statements: ${reason}`);
    console.log(`after the ${WARMUP_MS / 60_000}-min warm-up (first sample after it → median of last 3; slope over those samples):`);
    for (const k of MEASURES) {
      const name = k.replace(/MB$/, "");
      console.log(`  ${name.padEnd(13)} ${pct(summary.growthPct[name]).padStart(8)}  ${per(summary.slopeMBPerMin[name])}`);
    }
    console.log(`  max event-loop p99 after warm-up ${summary.maxLoopP99ms === null ? "n/a" : `${fmt(summary.maxLoopP99ms)} ms`}`);
    const out = args.out ?? path.join(ROOT, "artifacts", `soak-${stamp}.json`);
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
