/**
 * Ingest benchmark: generated Arabic articles (our own sentence templates, never corpus text) POSTed to /api/articles of the
 * real server (its own process, push-server.ts --kind bayan: extraction workers, store with group commit, publisher) while
 * `--clients` socket.io clients in 2 processes are subscribed to everything.
 *   1. Saturation: after a 3 s warm-up, the offered rate steps up (x2 from --start articles/s, --step-seconds each, open
 *      loop, at most --inflight requests in flight) until a step completes less than 80% of its offer and no more than the
 *      best step before it; saturation = the best completed rate (articles/s and the statements/s they produced).
 *   2. At 50% and 90% of saturation, --seconds each: push latency (receive time minus the start of the article's POST) of every
 *      statement at every client, p50/p99, delivered/expected.
 * Prints a table with the targets (>= 200 articles/s, >= 1,000 statements/s, push p99 <= 250 ms at 90%), writes
 * bench/results/<date>-ingest.json. Asserts nothing.
 *
 *   npm run bench:ingest [-- --clients 1000 --start 25 --step-seconds 5 --seconds 10 --max-rate 1600 --timeout 900] [--smoke]
 */
import type { ChildProcess } from "node:child_process";
import { pathToFileURL } from "node:url";
import { fmt, now, numArg, pct, printTable, procSample, withTimeout, writeResult, type Row } from "./lib";
import { request, startClients, startServer, stopProc } from "./push";

const KEY = "bench-key-0123456789abcdef";

const SPEAKERS = [
  "وقال وزير الطاقة في الحكومة السورية",
  "وأعلنت وزارة الداخلية السورية",
  "وقال محافظ حلب",
  "وأكد الدفاع المدني السوري",
  "وقال وزير الخارجية السوري أسعد الشيباني",
  "وأوضحت وزارة الصحة السورية",
  "وقال قائد الأمن الداخلي في محافظة حمص",
  "وذكرت وزارة النقل السورية",
];
/** Words of the generated claims: six drawn per sentence, so statements of different articles are not echoes of each other. */
const WORDS = [
  "الكهرباء", "المياه", "الطرق", "المدارس", "المشافي", "الأفران", "المعابر", "الحافلات", "الأسواق", "الجسور", "المحاصيل", "الوقود",
  "ستعود", "تأجلت", "اكتملت", "بدأت", "توقفت", "تحسنت", "تراجعت", "تضاعفت", "ستنطلق", "انتهت", "تعثرت", "تسارعت",
  "صباحا", "مساء", "غدا", "قريبا", "تدريجيا", "مجددا", "جزئيا", "كليا", "مؤقتا", "رسميا", "فعليا", "نهائيا",
  "بدعم", "بتمويل", "بمشاركة", "بإشراف", "برعاية", "بتنسيق", "بطلب", "بموافقة", "بجهود", "بمبادرة", "بتوجيه", "بحضور",
  "الأهالي", "البلدية", "المتطوعين", "المهندسين", "الأطباء", "المعلمين", "التجار", "الفلاحين", "السائقين", "الطلاب", "العمال", "الخبراء",
];
const PLACES = ["دمشق", "حلب", "حمص", "حماة", "اللاذقية", "طرطوس", "إدلب", "درعا", "دير الزور", "الرقة"];

/** Article i: a headline and four attributed sentences (varied by i so consecutive articles are not echoes of each other). */
export function article(i: number): { text: string; url: string; outlet: string; title: string } {
  const lines = [0, 1, 2, 3].map((k) => {
    const n = i * 4 + k;
    let h = (Math.imul(n + 1, 2654435761) >>> 0) ^ 0x9e3779b9;
    const word = () => {
      h = (Math.imul(h ^ (h >>> 15), 2246822519) + 0x6d2b79f5) >>> 0;
      return WORDS[h % WORDS.length]!;
    };
    const claim = [word(), word(), word(), word(), word(), word()].join(" ");
    return `${SPEAKERS[n % SPEAKERS.length]} إن ${claim} في ${PLACES[(n + i) % PLACES.length]}، وذلك ضمن الخطة رقم ${i}-${k}.`;
  });
  return {
    title: `نشرة القياس ${i}`,
    text: `${PLACES[i % PLACES.length]} - نشرة محلية\n\n${lines.join("\n\n")}`,
    url: `https://bench.example/bench-article/${i}`,
    outlet: "نشرة القياس",
  };
}

interface StepResult { offered: number; seconds: number; completed: number; errors: number; articlesPerSec: number; statementsPerSec: number; responseP99: number | null }

let nextIndex = 0;

/** POSTs articles at `rate`/s for `seconds` s (open loop, bounded in flight); returns counts and each article's start time. */
async function offer(url: string, rate: number, seconds: number, inflightMax: number, starts: number[] | null): Promise<StepResult & { statements: number; heads: number }> {
  const total = Math.max(1, Math.round(rate * seconds));
  const inflight = new Set<Promise<void>>();
  let completed = 0;
  let errors = 0;
  let statements = 0;
  /** Statements pushed as new (echoes only update their cluster's head). */
  let heads = 0;
  const resp: number[] = [];
  const t0 = performance.now();
  for (let j = 0; j < total; j++) {
    const wait = t0 + (j * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (inflight.size >= inflightMax) await Promise.race(inflight);
    const i = nextIndex++;
    const started = now();
    if (starts) starts[i] = started;
    const p: Promise<void> = fetch(`${url}/api/articles`, {
      method: "POST", headers: { "content-type": "application/json", "x-api-key": KEY }, body: JSON.stringify(article(i)),
    }).then(async (r) => {
      const body = (await r.json()) as { data?: { statements?: { echoOf: string | null }[] } };
      if (r.status === 201) {
        completed++;
        statements += body.data?.statements?.length ?? 0;
        heads += body.data?.statements?.filter((x) => x.echoOf === null).length ?? 0;
        resp.push(now() - started);
      } else errors++;
    }, () => { errors++; }).finally(() => inflight.delete(p));
    inflight.add(p);
  }
  await Promise.all(inflight);
  const secs = (performance.now() - t0) / 1000;
  return {
    offered: rate, seconds: secs, completed, errors, statements, heads,
    articlesPerSec: completed / secs, statementsPerSec: statements / secs, responseP99: pct(resp, 99),
  };
}

export interface PushAtRate { fraction: number; rate: number; articlesPerSec: number; statementsPerSec: number; expected: number; delivered: number; p50: number | null; p99: number | null; serverCpuPct: number | null }

export async function benchIngest(smoke = process.argv.includes("--smoke")): Promise<{ file: string; rows: Row[] }> {
  const clients = numArg("clients", smoke ? 10 : 1000);
  const start = numArg("start", smoke ? 5 : 25);
  const stepSeconds = numArg("step-seconds", smoke ? 1 : 5);
  const seconds = numArg("seconds", smoke ? 1 : 10);
  const maxRate = numArg("max-rate", smoke ? 10 : 1600);
  const inflightMax = numArg("inflight", 256);
  nextIndex = 0;
  const { proc, url } = await startServer("bayan");
  let procs: ChildProcess[] = [];
  try {
    return await withTimeout(run(), numArg("timeout", 900) * 1000, "bench:ingest");
  } finally {
    for (const p of procs) p.send({ close: true });
    await Promise.all(procs.map(stopProc));
    await stopProc(proc);
  }

  async function run(): Promise<{ file: string; rows: Row[] }> {
    procs = await startClients("bayan", url, clients, false);
    await offer(url, 10, smoke ? 1 : 3, inflightMax, null); // warm-up: workers, prepared statements, JIT
    const steps: StepResult[] = [];
    for (let rate = start; rate <= maxRate; rate *= 2) {
      const r = await offer(url, rate, stepSeconds, inflightMax, null);
      steps.push(r);
      console.log(`offered ${rate} articles/s: completed ${fmt(r.articlesPerSec)} articles/s, ${fmt(r.statementsPerSec)} statements/s, ${r.errors} errors, response p99 ${fmt(r.responseP99, 0)} ms`);
      // Saturated: less than 80% of the offer completed and no better than the best step so far.
      const bestSoFar = Math.max(...steps.slice(0, -1).map((x) => x.articlesPerSec), 0);
      if (r.articlesPerSec < 0.8 * rate && r.articlesPerSec <= bestSoFar * 1.05) break;
    }
    const dropped = await request<{ received: number }>(procs[0]!, { report: [] }); // drop the receipts of the steps
    if (process.env.BENCH_DEBUG) console.log("received during steps", dropped.received);
    if (procs[1]) await request(procs[1], { report: [] });
    const best = steps.reduce((a, b) => (b.articlesPerSec > a.articlesPerSec ? b : a), steps[0]!);
    const saturation = { articlesPerSec: best.articlesPerSec, statementsPerSec: best.statementsPerSec, statementsPerArticle: best.completed ? best.statementsPerSec / best.articlesPerSec : 0 };
    const atRates: PushAtRate[] = [];
    for (const fraction of [0.5, 0.9]) {
      const rate = Math.max(1, saturation.articlesPerSec * fraction);
      const starts: number[] = [];
      const before = procSample(proc.pid!);
      const t = performance.now();
      const r = await offer(url, rate, seconds, inflightMax, starts);
      await new Promise((res) => setTimeout(res, 2000));
      const after = procSample(proc.pid!);
      const reports = await Promise.all(procs.map((p) => request<{ latencies: number[]; received: number }>(p, { report: starts })));
      if (process.env.BENCH_DEBUG) console.log("received", reports.map((x) => x.received), starts.length);
      const lat = reports.flatMap((x) => x.latencies);
      atRates.push({
        fraction, rate, articlesPerSec: r.articlesPerSec, statementsPerSec: r.statementsPerSec, expected: r.heads * clients, delivered: lat.length,
        p50: pct(lat, 50), p99: pct(lat, 99), serverCpuPct: before && after ? ((after.cpuMs - before.cpuMs) / (performance.now() - t)) * 100 : null,
      });
      console.log(`${fraction * 100}% (${fmt(rate)} articles/s): push p50/p99 ${fmt(pct(lat, 50))}/${fmt(pct(lat, 99))} ms, delivered ${lat.length}/${r.heads * clients}`);
    }
    const rows: Row[] = [
      { figure: "ingest saturation, articles/s", value: fmt(saturation.articlesPerSec), target: ">=200", ok: saturation.articlesPerSec >= 200 },
      { figure: "ingest saturation, statements/s", value: fmt(saturation.statementsPerSec), target: ">=1000", ok: saturation.statementsPerSec >= 1000 },
      ...atRates.flatMap((a): Row[] => [
        { figure: `push at ${a.fraction * 100}% of saturation (${clients} clients) p50/p99`, value: `${fmt(a.p50)}/${fmt(a.p99)} ms`, target: "p99<=250 ms", ok: a.p99 === null ? null : a.p99 <= 250 },
        { figure: `push at ${a.fraction * 100}% delivered`, value: `${a.delivered}/${a.expected}`, target: "100%", ok: a.delivered === a.expected },
      ]),
    ];
    printTable("ingest", rows);
    const file = writeResult("ingest", {
      parameters: { clients, start, stepSeconds, seconds, maxRate, inflightMax, smoke, statementsPerArticle: 4, extractWorkers: "server default (EXTRACT_WORKERS)" },
      steps, saturation, atRates, rows,
    });
    console.log(`\nwrote ${file}`);
    return { file, rows };
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchIngest().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
}
