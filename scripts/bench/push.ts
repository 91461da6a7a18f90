/**
 * Push benchmark: the server in its own process (push-server.ts), clients in 2 load-generator processes
 * (push-clients.ts, websocket transport, `feed:subscribe {filter:{}}`), statements POSTed one per request at R/s for
 * S seconds (open loop), latency = receive time minus the start of the POST. In the same run: the raw `ws` ceiling and
 * the plain Socket.IO peer with the same clients and load; then idle connections for memory per connection.
 * Prints a table with the targets, writes bench/results/<date>-push.json. Asserts nothing.
 *
 *   npm run bench:push [-- --clients 1000 --rate 50 --seconds 15 --idle 10000] [--smoke]
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { BENCH_KEY, fmt, now, numArg, pct, postJson, printTable, procSample, withTimeout, writeResult, type Row } from "./lib";

const here = dirname(fileURLToPath(import.meta.url));
export type Kind = "bayan" | "sio" | "ws";

export interface LoadResult {
  kind: Kind; clients: number; rate: number; seconds: number;
  expected: number; delivered: number; postErrors: number;
  p50: number | null; p95: number | null; p99: number | null; max: number | null;
  serverCpuPct: number | null; serverRssMb: number | null;
  /** CPU time (user + system) per statement: the server's, and the load generators' per delivered copy (ms). */
  serverCpuMsPerStatement: number | null; clientCpuMsPerDelivery: number | null;
}

const cpuOf = (pids: number[]): number | null => {
  let sum = 0;
  for (const pid of pids) {
    const s = procSample(pid);
    if (!s) return null;
    sum += s.cpuMs;
  }
  return sum;
};

const tsx = { execArgv: ["--import", "tsx"] };

export async function startServer(kind: Kind): Promise<{ proc: ChildProcess; url: string }> {
  // BENCH_SERVER_NODE_ARGS: extra node flags for the server process only (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const proc = fork(join(here, "push-server.ts"), ["--kind", kind], { execArgv: [...tsx.execArgv, ...extra], stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const port = await new Promise<number>((resolve, reject) => {
    let buf = "";
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start in 120 s`)), 120_000);
    proc.stdout!.on("data", (d: Buffer) => {
      buf += d.toString();
      const m = /READY (\d+)/.exec(buf);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
    proc.once("exit", (code) => { clearTimeout(timer); reject(new Error(`${kind} server exited with ${code}`)); });
  });
  return { proc, url: `http://127.0.0.1:${port}` };
}

export async function stopProc(p: ChildProcess): Promise<void> {
  if (p.exitCode !== null || p.signalCode !== null) return;
  const exited = new Promise<void>((r) => p.once("exit", () => r()));
  p.kill("SIGTERM");
  const t = setTimeout(() => p.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(t);
}

/** `filter`: the clients' `feed:subscribe` filter (default `{}`, everything). */
export async function startClients(kind: Kind, url: string, n: number, idle: boolean, filter: Record<string, unknown> = {}): Promise<ChildProcess[]> {
  const per = [Math.ceil(n / 2), Math.floor(n / 2)].filter((x) => x > 0);
  const procs = per.map((k) => fork(join(here, "push-clients.ts"), [
    "--kind", kind, "--url", url, "--n", String(k), "--filter", JSON.stringify(filter), ...(idle ? ["--idle"] : []),
  ], tsx));
  await Promise.all(procs.map((p) => new Promise<void>((resolve, reject) => {
    p.once("message", () => resolve());
    p.once("exit", (code) => reject(new Error(`client process exited with ${code}`)));
  })));
  return procs;
}

export function request<T>(p: ChildProcess, msg: unknown): Promise<T> {
  return new Promise((resolve) => { p.once("message", (m) => resolve(m as T)); p.send(msg as object); });
}

function statementInput(i: number): Record<string, unknown> {
  const govs = ["SY-DI", "SY-HL", "SY-HI", "SY-DY"];
  return {
    actor: { id: `bench-actor-${i % 20}`, nameAr: `جهة القياس ${i % 20}`, kind: "government" },
    text: `بيان قياس الأداء #${i}# عن حركة الطرق والخدمات في المحافظة.`,
    governorates: [govs[i % govs.length]], securityOperation: i % 3 === 0,
  };
}

/** Indices from here on are warm-up statements: pushed like the others, never counted. */
const WARMUP_BASE = 1_000_000;

/** Posts one statement per request at `rate`/s for `seconds` s, open loop; returns each POST's start time. */
async function load(url: string, rate: number, seconds: number): Promise<{ starts: number[]; errors: number }> {
  for (let k = 0; k < 10; k++) {
    await postJson(url, "/api/statements", { "x-api-key": BENCH_KEY }, { statements: [statementInput(WARMUP_BASE + k)] }).catch(() => undefined);
  }
  await new Promise((r) => setTimeout(r, 500));
  const total = Math.round(rate * seconds);
  const starts: number[] = [];
  let errors = 0;
  const inflight = new Set<Promise<void>>();
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = t0 + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (inflight.size >= 500) await Promise.race(inflight);
    starts[i] = now();
    const p: Promise<void> = postJson(url, "/api/statements", { "x-api-key": BENCH_KEY }, { statements: [statementInput(i)] })
      .then((r) => { if (r.status < 200 || r.status > 299) errors++; }, () => { errors++; })
      .finally(() => inflight.delete(p));
    inflight.add(p);
  }
  await Promise.all(inflight);
  return { starts, errors };
}

/** One load run; `timeoutMs` (default: the run's length plus 3 minutes for connecting and draining) ends a stuck run with an error. */
export async function runLoad(kind: Kind, clients: number, rate: number, seconds: number, timeoutMs = (seconds + 180) * 1000): Promise<LoadResult> {
  const { proc, url } = await startServer(kind);
  let procs: ChildProcess[] = [];
  try {
    return await withTimeout((async () => {
      procs = await startClients(kind, url, clients, false);
      const clientPids = procs.map((p) => p.pid!);
      const before = procSample(proc.pid!);
      const clientsBefore = cpuOf(clientPids);
      const t = performance.now();
      const { starts, errors } = await load(url, rate, seconds);
      await new Promise((r) => setTimeout(r, 2000));
      const after = procSample(proc.pid!);
      const wall = performance.now() - t;
      const reports = await Promise.all(procs.map((p) => request<{ latencies: number[]; received: number }>(p, { report: starts })));
      // After the reports: a load generator answers only once it has handled every frame queued before the request.
      const clientsAfter = cpuOf(clientPids);
      const lat = reports.flatMap((r) => r.latencies);
      const result: LoadResult = {
        kind, clients, rate, seconds, expected: starts.length * clients, delivered: lat.length, postErrors: errors,
        p50: pct(lat, 50), p95: pct(lat, 95), p99: pct(lat, 99), max: pct(lat, 100),
        serverCpuPct: before && after ? ((after.cpuMs - before.cpuMs) / wall) * 100 : null,
        serverRssMb: after ? after.rssKb / 1024 : null,
        // Includes the 10 warm-up statements (and, for the server, the HTTP side of every POST).
        serverCpuMsPerStatement: before && after && starts.length ? (after.cpuMs - before.cpuMs) / (starts.length + 10) : null,
        clientCpuMsPerDelivery: clientsBefore !== null && clientsAfter !== null && lat.length ? (clientsAfter - clientsBefore) / ((starts.length + 10) * clients) : null,
      };
      console.log(`${kind} ${clients}x${rate}/s: delivered ${result.delivered}/${result.expected}, p50/p95/p99/max ${fmt(result.p50)}/${fmt(result.p95)}/${fmt(result.p99)}/${fmt(result.max)} ms`);
      return result;
    })(), timeoutMs, `${kind} ${clients}x${rate}/s`);
  } finally {
    for (const p of procs) p.send({ close: true });
    await Promise.all(procs.map(stopProc));
    await stopProc(proc);
  }
}

/** RSS growth of the bayan server per idle (connected, unsubscribed) socket.io connection. */
export async function idleMemory(n: number): Promise<{ connections: number; held: number; kbPerConnection: number | null }> {
  const { proc, url } = await startServer("bayan");
  let procs: ChildProcess[] = [];
  try {
    await new Promise((r) => setTimeout(r, 1000));
    const before = procSample(proc.pid!);
    procs = await startClients("bayan", url, n, true);
    await new Promise((r) => setTimeout(r, 2000));
    const after = procSample(proc.pid!);
    const kb = before && after ? (after.rssKb - before.rssKb) / n : null;
    return { connections: n, held: procs.length ? n : 0, kbPerConnection: kb };
  } finally {
    for (const p of procs) p.send({ close: true });
    await Promise.all(procs.map(stopProc));
    await stopProc(proc);
  }
}

const ms = (x: number | null) => `${fmt(x)} ms`;

export async function benchPush(smoke = process.argv.includes("--smoke")): Promise<{ file: string; rows: Row[] }> {
  const clients = numArg("clients", smoke ? 20 : 1000);
  const rate = numArg("rate", smoke ? 20 : 50);
  const seconds = numArg("seconds", smoke ? 1 : 15);
  const idleN = numArg("idle", smoke ? 20 : 10_000);
  const heavy: LoadResult[] = [];
  for (const kind of ["ws", "sio", "bayan"] as const) heavy.push(await runLoad(kind, clients, rate, seconds));
  const [ceiling, peer, bayan] = heavy as [LoadResult, LoadResult, LoadResult];
  // The smoke run (npm test) keeps to the heavy case and idle memory, at tiny size.
  const wide = smoke ? null : await runLoad("bayan", numArg("wide-clients", 3000), numArg("wide-rate", 10), seconds);
  const light = smoke ? null : await runLoad("bayan", numArg("light-clients", 100), numArg("light-rate", 1), seconds);
  const idle = await idleMemory(idleN);
  const ratio = (a: number | null, b: number | null) => (a !== null && b ? a / b : null);
  const rows: Row[] = [];
  for (const r of heavy) {
    const name = `${r.kind} ${r.clients}x${r.rate}/s`;
    rows.push({ figure: `${name} delivered`, value: `${r.delivered}/${r.expected}`, target: r.kind === "bayan" ? "100%" : "", ok: r.kind === "bayan" ? r.delivered === r.expected : null });
    rows.push({ figure: `${name} p50/p95/p99/max`, value: `${fmt(r.p50)}/${fmt(r.p95)}/${fmt(r.p99)}/${fmt(r.max)} ms`, target: r.kind === "bayan" ? "p50<=60 p99<=200" : "", ok: r.kind === "bayan" && r.p50 !== null && r.p99 !== null ? r.p50 <= 60 && r.p99 <= 200 : null });
    rows.push({ figure: `${name} server CPU / RSS`, value: `${fmt(r.serverCpuPct, 0)}% / ${fmt(r.serverRssMb, 0)} MB`, target: "", ok: null });
    rows.push({ figure: `${name} CPU per statement: server / clients per 1,000 copies`, value: `${fmt(r.serverCpuMsPerStatement, 2)} / ${fmt(r.clientCpuMsPerDelivery === null ? null : r.clientCpuMsPerDelivery * 1000, 1)} ms`, target: "", ok: null });
  }
  const vsCeiling = ratio(bayan.p99, ceiling.p99);
  rows.push({ figure: "p99 bayan / raw ws (ceiling)", value: fmt(vsCeiling, 2), target: "<=1.5", ok: vsCeiling === null ? null : vsCeiling <= 1.5 });
  rows.push({ figure: "p99 bayan / plain socket.io (peer)", value: fmt(ratio(bayan.p99, peer.p99), 2), target: "<=1", ok: null });
  if (wide) {
    rows.push({ figure: `bayan ${wide.clients}x${wide.rate}/s delivered`, value: `${wide.delivered}/${wide.expected}`, target: "100%", ok: wide.delivered === wide.expected });
    rows.push({ figure: `bayan ${wide.clients}x${wide.rate}/s p99`, value: ms(wide.p99), target: "<=150 ms", ok: wide.p99 === null ? null : wide.p99 <= 150 });
  }
  if (light) rows.push({ figure: `bayan ${light.clients}x${light.rate}/s p50`, value: ms(light.p50), target: "<=10 ms", ok: light.p50 === null ? null : light.p50 <= 10 });
  rows.push({ figure: `memory per idle connection (${idle.connections})`, value: `${fmt(idle.kbPerConnection)} KB`, target: "<=30 KB", ok: idle.kbPerConnection === null ? null : idle.kbPerConnection <= 30 });
  printTable("push", rows);
  const file = writeResult("push", { parameters: { clients, rate, seconds, idle: idleN, smoke, loadProcesses: 2, transport: "websocket" }, heavy, wide, light, idle, ratios: { p99VsCeiling: vsCeiling, p99VsPeer: ratio(bayan.p99, peer.p99) }, rows });
  console.log(`\nwrote ${file}`);
  return { file, rows };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchPush().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
}
