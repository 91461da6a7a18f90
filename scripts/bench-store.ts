/**
 * Store benchmark: inserts N statements (default 100 000) in batches and times the dashboard
 * queries on the result. Prints numbers only (no assertions).
 *   node --import tsx scripts/bench-store.ts [--rows 100000] [--batch 500] [--database-url postgres://...] [--keep]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { statementQuerySchema, volumeQuerySchema, type StatementInput } from "../lib/contract/schemas";
import { GOVERNORATE_CODES } from "../lib/domain/governorates";
import { createStore } from "../lib/store";
import { identityKeys } from "../lib/ingest/canonical";

const { values } = parseArgs({
  options: { rows: { type: "string", default: "100000" }, batch: { type: "string", default: "500" }, "database-url": { type: "string" }, keep: { type: "boolean", default: false } },
});
const ROWS = Number(values.rows);
const BATCH = Number(values.batch);
const dbUrl = values["database-url"];

let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const SUBJECTS = ["الحكومة", "الوزارة", "المجلس", "اللجنة", "القوات", "المحافظة", "الهيئة", "الإدارة"];
const VERBS = ["ستواصل", "بدأت", "أعلنت", "رفضت", "أكدت", "نفت", "طالبت", "دعت"];
const OBJECTS = ["إعادة الإعمار", "تأمين الطرق", "صيانة الشبكة", "توزيع المساعدات", "فتح المعابر", "ضبط الأسعار", "عودة اللاجئين"];
const PLACES = ["في حلب", "في حمص", "في ريف دمشق", "في إدلب", "في درعا", "في اللاذقية", "في دير الزور"];
const TYPES = ["statement", "announcement", "denial", "confirmation", "claim", "accusation", "warning", "report"] as const;
const OUTLETS = ["وكالة أ", "صحيفة ب", "قناة ج", "موقع د", "إذاعة هـ"];
const NOW = Date.parse("2026-06-01T00:00:00Z");
const SPAN = 30 * 24 * 3_600_000;

function makeInput(i: number, recent: StatementInput[]): StatementInput {
  if (recent.length > 10 && rnd() < 0.1) {
    const base = pick(recent);
    return { ...base, idempotencyKey: `b-${i}`, source: { outlet: pick(OUTLETS), url: `https://e${i}.example/n/${i}`, articleId: null } };
  }
  const a = Math.floor(rnd() * 40);
  const govs = rnd() < 0.6 ? [pick(GOVERNORATE_CODES)] : [];
  return {
    idempotencyKey: `b-${i}`,
    actor: { id: `actor-${a}`, nameAr: `الفاعل ${a}`, nameEn: `Actor ${a}`, kind: "government", aliases: [] },
    type: pick(TYPES),
    text: `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(PLACES)} رقم ${i} ${Math.floor(rnd() * 1e6)}`,
    quote: rnd() < 0.3,
    statedAt: new Date(NOW - SPAN + (i / ROWS) * SPAN + Math.floor(rnd() * 3_600_000)).toISOString(),
    source: { outlet: pick(OUTLETS), url: `https://o.example/n/${i}`, articleId: null },
    governorates: govs,
    securityOperation: rnd() < 0.3,
    evidence: null,
  };
}

/** Wall ms per call, and this process's CPU ms per call (all of the work for SQLite; client side only for PostgreSQL). */
async function time<T>(label: string, n: number, fn: () => Promise<T>): Promise<void> {
  await fn();
  const t = performance.now();
  const c = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const cpu = process.cpuUsage(c);
  console.log(`${label}: ${((performance.now() - t) / n).toFixed(2)} ms wall, ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms cpu`);
}

const dir = mkdtempSync(join(tmpdir(), "bayan-bench-"));
const schema = `bayan_bench_${Date.now().toString(36)}`;
const store = await createStore(dbUrl ? { keys: identityKeys, databaseUrl: dbUrl, pgSchema: schema } : { keys: identityKeys, sqlitePath: join(dir, "bench.db") });
try {
  console.log(`dialect: ${store.dialect}, rows: ${ROWS}, batch: ${BATCH}`);
  const recent: StatementInput[] = [];
  let echoes = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let lastCpu = cpu0;
  const cpuSecs = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user + b.system - a.user - a.system) / 1e6;
  for (let i = 0; i < ROWS; i += BATCH) {
    if (i > 0 && i % (ROWS / 10) === 0) {
      const now = process.cpuUsage();
      console.log(`  rows ${i}: ${Math.round(ROWS / 10 / cpuSecs(lastCpu, now))} inserts per CPU-second in the last ${ROWS / 10}`);
      lastCpu = now;
    }
    const batch: StatementInput[] = [];
    for (let j = i; j < Math.min(ROWS, i + BATCH); j++) {
      const s = makeInput(j, recent);
      batch.push(s);
      recent.push(s);
      if (recent.length > 200) recent.shift();
    }
    const out = await store.insertStatements(batch, { now: new Date(NOW) });
    echoes += out.filter((o) => o.cluster).length;
  }
  const secs = (performance.now() - t0) / 1000;
  const cpu = cpuSecs(cpu0, process.cpuUsage());
  console.log(`inserts/s: ${Math.round(ROWS / secs)} wall (${secs.toFixed(1)} s), ${Math.round(ROWS / cpu)} per CPU-second (${cpu.toFixed(1)} s); ${echoes} joined echo clusters`);
  const now = new Date(NOW);
  const day = new Date(NOW - 24 * 3_600_000).toISOString();
  await time("volume 24h hourly (rollup)", 20, () => store.volume(volumeQuerySchema.parse({}), now));
  await time("volume 7d hourly (rollup)", 20, () => store.volume(volumeQuerySchema.parse({ from: new Date(NOW - 7 * 24 * 3_600_000).toISOString() }), now));
  await time("volume 30d daily (rollup)", 20, () => store.volume(volumeQuerySchema.parse({ from: new Date(NOW - SPAN).toISOString() }), now));
  await time("volume 30d mentions, types filter (rollup)", 20, () =>
    store.volume(volumeQuerySchema.parse({ from: new Date(NOW - SPAN).toISOString(), count: "mentions", types: "warning,claim" }), now));
  await time("volume 24h governorate filter (indexed raw)", 20, () => store.volume(volumeQuerySchema.parse({ governorates: "SY-HL" }), now));
  await time("governorateCounts 30d (rollup)", 20, () => store.governorateCounts({ from: new Date(NOW - SPAN).toISOString() }, now));
  await time("listStatements 100 newest", 20, () => store.listStatements(statementQuerySchema.parse({})));
  await time("listStatements actor + gov filter", 20, () => store.listStatements(statementQuerySchema.parse({ actors: "actor-3", governorates: "SY-DI", from: day })));
  await time("listActors", 20, () => store.listActors({ limit: 50 }));
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  if (dbUrl && values.keep) console.log(`kept schema ${schema}`);
  else if (dbUrl) {
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  }
}
