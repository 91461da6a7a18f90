/**
 * `npm run bench`: every benchmark in turn, each in its own process (so each starts and stops what it needs):
 * push (bench:push), ingest (bench:ingest), history (bench:history), extraction (bench:extract), then the browser benches
 * (bench:lcp, bench:burst), building Next.js first when there is no production build. Each part prints its own table; at
 * the end one table gathers every figure with its target (and the push ratios to the raw `ws` ceiling and the plain
 * Socket.IO peer) from the result files the parts wrote in this run (bench/results/<date>-<part>.json), then the time
 * each part took. Budget: under 15 minutes on the 2-core reference machine with the default sizes.
 * Arguments after `--` are passed to no part; run a part alone to change its sizes.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { machine, printTable, type Row } from "./lib";

const parts: { name: string; script: string; args?: string[]; needsBuild?: boolean; results?: boolean }[] = [
  { name: "push", script: "bench:push", results: true },
  { name: "ingest", script: "bench:ingest", results: true },
  // 1M on SQLite and PostgreSQL, 10M on SQLite (generated inside the database); 10M on PostgreSQL does not fit the
  // 15-minute budget: `npm run bench:history -- --sizes 10000000 --stores postgres --pg-max 10000000`.
  { name: "history", script: "bench:history", args: ["--sizes", "1000000,10000000", "--pg-max", "1000000"], results: true },
  { name: "extract", script: "bench:extract" },
  { name: "lcp", script: "bench:lcp", needsBuild: true },
  { name: "burst", script: "bench:burst", needsBuild: true },
];

const resultsDir = process.env.BENCH_RESULTS_DIR ?? join(process.cwd(), "bench", "results");
const summary: { part: string; status: string; seconds: number }[] = [];
const run = (script: string, args: string[] = []): { ok: boolean; seconds: number } => {
  const t = performance.now();
  const r = spawnSync("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], { stdio: "inherit" });
  return { ok: r.status === 0, seconds: (performance.now() - t) / 1000 };
};

/** Rows of the newest result file of `part` written since `since` (ms), if any. */
function rowsOf(part: string, since: number): Row[] | null {
  if (!existsSync(resultsDir)) return null;
  const files = readdirSync(resultsDir).filter((f) => f.endsWith(`-${part}.json`)).map((f) => join(resultsDir, f))
    .filter((f) => statSync(f).mtimeMs >= since).sort();
  const last = files[files.length - 1];
  if (!last) return null;
  return (JSON.parse(readFileSync(last, "utf8")) as { rows?: Row[] }).rows ?? null;
}

const started = performance.now();
const startedAt = Date.now();
const load = [loadavg()[0]!];
const all: Row[] = [];
for (const p of parts) {
  if (p.needsBuild && !existsSync(join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("\n== no production build: npm run build ==");
    const b = run("build");
    summary.push({ part: "build", status: b.ok ? "ok" : "failed", seconds: b.seconds });
    if (!b.ok) { summary.push({ part: p.name, status: "skipped (no build)", seconds: 0 }); continue; }
  }
  console.log(`\n== ${p.script} ==`);
  const partStart = Date.now();
  const r = run(p.script, p.args);
  load.push(loadavg()[0]!);
  summary.push({ part: p.name, status: r.ok ? "ok" : "failed", seconds: r.seconds });
  if (p.results) {
    const rows = rowsOf(p.name, partStart);
    if (rows) all.push(...rows.map((x) => ({ ...x, figure: `${p.name}: ${x.figure}` })));
    else all.push({ figure: `${p.name}: no result file`, value: "-", target: "", ok: false });
  } else {
    all.push({ figure: `${p.name}: see its output above`, value: r.ok ? "ran" : "failed", target: "", ok: r.ok ? null : false });
  }
}
const m = machine();
printTable(`npm run bench: every figure (${m.cores} cores, ${m.memoryGb} GB, ${m.cpuModel}; load average during the run ${Math.min(...load).toFixed(1)}-${Math.max(...load).toFixed(1)})`, all);
console.log(`\n${all.filter((r) => r.ok === true).length} figures at target, ${all.filter((r) => r.ok === false).length} missed`);
console.log("\nbench summary");
for (const s of summary) console.log(`${s.part.padEnd(8)} ${s.status.padEnd(20)} ${s.seconds.toFixed(0)} s`);
console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s (budget 900 s), started ${new Date(startedAt).toISOString()}`);
process.exit(summary.every((s) => s.status === "ok") ? 0 : 1);
