/**
 * CPU per article at one fixed ingest rate, to compare two variants side by side on a noisy machine: the real server in
 * its own process (push-server.ts --kind bayan), `--clients` socket.io clients in 2 processes following one actor that
 * says about 50 statements/s (as in bench:ingest), bench:ingest's generated articles POSTed open loop at `--rate`/s for
 * `--seconds` s. Prints the wall time (longer than --seconds when the server fell behind), the server's and the clients'
 * CPU per article, and the server's CPU share. Asserts nothing, writes nothing.
 *
 *   node --import tsx scripts/bench/ingest-fixed.ts [--rate 220 --seconds 15 --clients 1000]
 */
import type { ChildProcess } from "node:child_process";
import { pathToFileURL } from "node:url";
import { article, shareAt, trackedActorId } from "./ingest";
import { BENCH_KEY, numArg, postJson, procSample } from "./lib";
import { startClients, startServer, stopProc } from "./push";

async function main(): Promise<void> {
  const rate = numArg("rate", 220);
  const seconds = numArg("seconds", 15);
  const clients = numArg("clients", 1000);
  const { proc, url } = await startServer("bayan");
  const procs: ChildProcess[] = [];
  try {
    const trackedId = await trackedActorId(url);
    procs.push(...(await startClients("bayan", url, clients, false, { actors: [trackedId] })));
    const share = shareAt(rate, 50);
    let next = 0;
    const run = async (n: number, r: number): Promise<void> => {
      const t0 = performance.now();
      const inflight: Promise<unknown>[] = [];
      for (let j = 0; j < n; j++) {
        const wait = t0 + (j * 1000) / r - performance.now();
        if (wait > 0) await new Promise((res) => setTimeout(res, wait));
        inflight.push(postJson(url, "/api/articles", { "x-api-key": BENCH_KEY }, article(next++, share)));
      }
      await Promise.all(inflight);
    };
    await run(30, 10); // warm-up
    const cpu = (pid: number): number => procSample(pid)?.cpuMs ?? Number.NaN;
    const clientCpu = (): number => procs.reduce((a, p) => a + cpu(p.pid!), 0);
    const s0 = cpu(proc.pid!);
    const c0 = clientCpu();
    const t0 = performance.now();
    const n = Math.round(rate * seconds);
    await run(n, rate);
    const wall = performance.now() - t0;
    const s1 = cpu(proc.pid!);
    const c1 = clientCpu();
    console.log(`${n} articles at ${rate}/s: wall ${(wall / 1000).toFixed(1)} s, server CPU per article ${((s1 - s0) / n).toFixed(3)} ms, `
      + `clients CPU per article ${((c1 - c0) / n).toFixed(3)} ms, server CPU ${(((s1 - s0) / wall) * 100).toFixed(0)}%`);
  } finally {
    for (const p of procs) p.send({ close: true });
    await Promise.all(procs.map(stopProc));
    await stopProc(proc);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
}
