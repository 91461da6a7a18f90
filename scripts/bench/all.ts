/**
 * `npm run bench`: every benchmark in turn, each in its own process (so each starts and stops what it needs):
 * push (bench:push), extraction (bench:extract), then the browser benches (bench:lcp, bench:burst), building Next.js
 * first when there is no production build. Prints each part's own table and a summary with the time each took.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const parts: { name: string; script: string; needsBuild?: boolean }[] = [
  { name: "push", script: "bench:push" },
  { name: "extract", script: "bench:extract" },
  { name: "lcp", script: "bench:lcp", needsBuild: true },
  { name: "burst", script: "bench:burst", needsBuild: true },
];

const summary: { part: string; status: string; seconds: number }[] = [];
const run = (script: string): { ok: boolean; seconds: number } => {
  const t = performance.now();
  const r = spawnSync("npm", ["run", "--silent", script], { stdio: "inherit" });
  return { ok: r.status === 0, seconds: (performance.now() - t) / 1000 };
};

const started = performance.now();
for (const p of parts) {
  if (p.needsBuild && !existsSync(join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("\n== no production build: npm run build ==");
    const b = run("build");
    summary.push({ part: "build", status: b.ok ? "ok" : "failed", seconds: b.seconds });
    if (!b.ok) { summary.push({ part: p.name, status: "skipped (no build)", seconds: 0 }); continue; }
  }
  console.log(`\n== ${p.script} ==`);
  const r = run(p.script);
  summary.push({ part: p.name, status: r.ok ? "ok" : "failed", seconds: r.seconds });
}
console.log("\nbench summary");
for (const s of summary) console.log(`${s.part.padEnd(8)} ${s.status.padEnd(20)} ${s.seconds.toFixed(0)} s`);
console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(summary.every((s) => s.status === "ok") ? 0 : 1);
