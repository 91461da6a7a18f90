/**
 * Ingest benchmark: generated Arabic articles (our own sentence templates, never corpus text) POSTed to /api/articles of the
 * real server (its own process, push-server.ts --kind bayan: extraction workers, store with group commit, publisher) while
 * `--clients` socket.io clients in 2 processes are connected and subscribed.
 *
 * Design: ingest capacity and fan-out are measured together, at the load the targets name. The heavy push case is
 * "1,000 clients x 50 statements/s", so the clients do not subscribe to everything (at 1,000 statements/s that would be
 * 1,000,000 deliveries/s, mostly decoded by the 2 load-generator processes on the same cores): they subscribe to one
 * actor (`feed:subscribe {filter: {actors: [<id>]}}`, the id read from the server's answer to a warm-up article), and the
 * generator gives that actor a share of the statements chosen so it says about --tracked-per-sec (default 50)
 * statements/s at whatever rate is offered (share = min(1, 50 / (rate x statements per article)), spread evenly by a
 * low-discrepancy sequence). The other statements come from seven other speakers. So every step of the saturation
 * search, and both push measurements, run with the heavy case's fan-out on top of the ingest.
 * Articles carry 3 or 4 attributed sentences (cycle 3,4,3,4,3: 3.4 per article), near the real corpus
 * (../shared/corpus/real/gold.json: 148 attributed statements over 44 articles, 3.36); the output prints the figure.
 *   1. Saturation, found with the clients connected: after a 3 s warm-up, the offered rate steps up (x2 from --start
 *      articles/s, --step-seconds each, open loop, at most --inflight requests in flight) until a step completes less than
 *      80% of its offer and no more than the best step before it (a step stops issuing requests after twice its length); saturation = the best completed rate (articles/s and
 *      the statements/s they produced). The followed actor's share at a step is set for min(offered, 2 x the previous
 *      step's completed rate), so past saturation the clients still get about --tracked-per-sec (at least half of it).
 *   2. At 50% and 90% of saturation, --seconds each: push latency (receive time minus the start of the article's POST) of
 *      every statement of the followed actor at every client, p50/p99, delivered/expected.
 * Prints a table with the targets (>= 200 articles/s, >= 1,000 statements/s, push p99 <= 250 ms at 90%), writes
 * bench/results/<date>-ingest.json. Asserts nothing.
 *
 *   npm run bench:ingest [-- --clients 1000 --tracked-per-sec 50 --start 25 --step-seconds 5 --seconds 10 --max-rate 1600
 *                           --inflight 256 --timeout 900] [--smoke]
 */
import type { ChildProcess } from "node:child_process";
import { pathToFileURL } from "node:url";
import { BENCH_KEY, fmt, now, numArg, pct, postJson, printTable, procSample, withTimeout, writeResult, type Row } from "./lib";
import { request, startClients, startServer, stopProc } from "./push";


/** The speaker of the followed actor's statements (the clients' filter). */
const TRACKED_SPEAKER = "وقال محافظ حلب";
const SPEAKERS = [
  "وقال وزير الطاقة في الحكومة السورية",
  "وأعلنت وزارة الداخلية السورية",
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

/** Attributed sentences per article, cycling: mean 3.4 (real corpus: 3.36). */
const COUNTS = [3, 4, 3, 4, 3];
const CYCLE = COUNTS.reduce((a, b) => a + b, 0);
export const STATEMENTS_PER_ARTICLE = CYCLE / COUNTS.length;
/** Index of article i's first sentence in the whole generated stream. */
const firstSentence = (i: number): number => Math.floor(i / COUNTS.length) * CYCLE + COUNTS.slice(0, i % COUNTS.length).reduce((a, b) => a + b, 0);
/** Sentence n is the followed actor's when its low-discrepancy point falls below the share (exact share over any window). */
const tracked = (n: number, share: number): boolean => ((n + 1) * 0.6180339887498949) % 1 < share;

/**
 * Article i: a headline and 3 or 4 attributed sentences (varied by i so consecutive articles are not echoes of each
 * other); `trackedShare` of the sentences (0..1) are the followed actor's.
 */
export function article(i: number, trackedShare = 0): { text: string; url: string; outlet: string; title: string } {
  const first = firstSentence(i);
  const lines = Array.from({ length: COUNTS[i % COUNTS.length]! }, (_, k) => {
    const n = first + k;
    let h = (Math.imul(n + 1, 2654435761) >>> 0) ^ 0x9e3779b9;
    const word = () => {
      h = (Math.imul(h ^ (h >>> 15), 2246822519) + 0x6d2b79f5) >>> 0;
      return WORDS[h % WORDS.length]!;
    };
    const claim = [word(), word(), word(), word(), word(), word()].join(" ");
    const speaker = tracked(n, trackedShare) ? TRACKED_SPEAKER : SPEAKERS[n % SPEAKERS.length];
    return `${speaker} إن ${claim} في ${PLACES[(n + i) % PLACES.length]}، وذلك ضمن الخطة رقم ${i}-${k}.`;
  });
  return {
    title: `نشرة القياس ${i}`,
    text: `${PLACES[i % PLACES.length]} - نشرة محلية\n\n${lines.join("\n\n")}`,
    url: `https://bench.example/bench-article/${i}`,
    outlet: "نشرة القياس",
  };
}

interface StepResult {
  offered: number; seconds: number; completed: number; errors: number; articlesPerSec: number; statementsPerSec: number;
  /** New statements of the followed actor per second (what each client is pushed). */
  trackedPerSec: number; responseP99: number | null;
}

interface Stream { url: string; inflightMax: number; trackedPerSec: number; trackedId: string | null }

let nextIndex = 0;

/** The followed actor's share of the sentences at `rate` articles/s, so it says about `trackedPerSec` statements/s. */
export const shareAt = (rate: number, trackedPerSec: number): number => Math.min(1, trackedPerSec / (rate * STATEMENTS_PER_ARTICLE));

async function post(url: string, body: unknown): Promise<{ status: number; statements: { echoOf: string | null; actor: { id: string } }[] }> {
  const r = await postJson(url, "/api/articles", { "x-api-key": BENCH_KEY }, body);
  const json = r.json as { data?: { statements?: { echoOf: string | null; actor: { id: string } }[] } } | null;
  return { status: r.status, statements: json?.data?.statements ?? [] };
}

/** POSTs articles at `rate`/s for `seconds` s (open loop, bounded in flight); returns counts and each article's start time. */
async function offer(st: Stream, rate: number, seconds: number, starts: number[] | null, expectedRate = rate): Promise<StepResult & { statements: number; trackedHeads: number }> {
  const total = Math.max(1, Math.round(rate * seconds));
  const share = shareAt(expectedRate, st.trackedPerSec);
  const inflight = new Set<Promise<void>>();
  let completed = 0;
  let errors = 0;
  let statements = 0;
  /** New statements of the followed actor: pushed to every client (echoes only update their cluster's head). */
  let trackedHeads = 0;
  const resp: number[] = [];
  const t0 = performance.now();
  for (let j = 0; j < total; j++) {
    const wait = t0 + (j * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (inflight.size >= st.inflightMax) await Promise.race(inflight);
    // Past saturation the in-flight bound holds the loop back: stop issuing after twice the step's length, so a step far
    // beyond what the server completes does not run for minutes (the completed rate is measured over the real duration).
    if (performance.now() - t0 > seconds * 2000) break;
    const i = nextIndex++;
    const started = now();
    if (starts) starts[i] = started;
    const p: Promise<void> = post(st.url, article(i, share)).then((r) => {
      if (r.status !== 201) { errors++; return; }
      completed++;
      statements += r.statements.length;
      trackedHeads += r.statements.filter((x) => x.echoOf === null && x.actor.id === st.trackedId).length;
      resp.push(now() - started);
    }, () => { errors++; }).finally(() => inflight.delete(p));
    inflight.add(p);
  }
  await Promise.all(inflight);
  const secs = (performance.now() - t0) / 1000;
  return {
    offered: rate, seconds: secs, completed, errors, statements, trackedHeads,
    articlesPerSec: completed / secs, statementsPerSec: statements / secs, trackedPerSec: trackedHeads / secs, responseP99: pct(resp, 99),
  };
}

/** The followed actor's id, as the server resolves the tracked speaker (an article whose sentences are all its). */
export async function trackedActorId(url: string): Promise<string> {
  const r = await post(url, article(2_000_000, 1));
  const ids = [...new Set(r.statements.map((x) => x.actor.id))];
  if (r.status !== 201 || ids.length !== 1) throw new Error(`tracked speaker resolved to ${JSON.stringify(ids)} (status ${r.status})`);
  return ids[0]!;
}

export interface PushAtRate {
  fraction: number; rate: number; articlesPerSec: number; statementsPerSec: number; trackedPerSec: number; postErrors: number;
  expected: number; delivered: number; p50: number | null; p99: number | null; serverCpuPct: number | null;
}

export async function benchIngest(smoke = process.argv.includes("--smoke")): Promise<{ file: string; rows: Row[] }> {
  const clients = numArg("clients", smoke ? 10 : 1000);
  const trackedPerSec = numArg("tracked-per-sec", 50);
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
    const trackedId = await trackedActorId(url);
    const st: Stream = { url, inflightMax, trackedPerSec, trackedId };
    procs = await startClients("bayan", url, clients, false, { actors: [trackedId] });
    await offer(st, 10, smoke ? 1 : 3, null); // warm-up: workers, prepared statements, JIT
    const steps: StepResult[] = [];
    for (let rate = start; rate <= maxRate; rate *= 2) {
      // The share follows the rate the server is expected to complete (at most twice the last step's), so a step beyond
      // saturation does not thin the followed actor's statements out (each client keeps >= ~half of --tracked-per-sec).
      const last = steps[steps.length - 1];
      const r = await offer(st, rate, stepSeconds, null, last ? Math.min(rate, 2 * last.articlesPerSec) : rate);
      steps.push(r);
      console.log(`offered ${rate} articles/s: completed ${fmt(r.articlesPerSec)} articles/s, ${fmt(r.statementsPerSec)} statements/s `
        + `(${fmt(r.trackedPerSec)}/s pushed to each of ${clients} clients), ${r.errors} errors, response p99 ${fmt(r.responseP99, 0)} ms`);
      // Saturated: less than 80% of the offer completed and no better than the best step so far.
      const bestSoFar = Math.max(...steps.slice(0, -1).map((x) => x.articlesPerSec), 0);
      if (r.articlesPerSec < 0.8 * rate && r.articlesPerSec <= bestSoFar * 1.05) break;
    }
    // Let the last (overloaded) step's backlog of pushes drain before measuring, then drop the receipts of the steps.
    await new Promise((res) => setTimeout(res, smoke ? 500 : 5000));
    const dropped = await request<{ received: number }>(procs[0]!, { report: [] });
    if (process.env.BENCH_DEBUG) console.log("received during steps", dropped.received);
    if (procs[1]) await request(procs[1], { report: [] });
    const best = steps.reduce((a, b) => (b.articlesPerSec > a.articlesPerSec ? b : a), steps[0]!);
    const saturation = { articlesPerSec: best.articlesPerSec, statementsPerSec: best.statementsPerSec, statementsPerArticle: best.completed ? best.statementsPerSec / best.articlesPerSec : 0 };
    console.log(`statements per article: ${fmt(saturation.statementsPerArticle)} extracted (generated ${STATEMENTS_PER_ARTICLE}; real corpus gold.json 3.36)`);
    const atRates: PushAtRate[] = [];
    for (const fraction of [0.5, 0.9]) {
      const rate = Math.max(1, saturation.articlesPerSec * fraction);
      const starts: number[] = [];
      const before = procSample(proc.pid!);
      const t = performance.now();
      const r = await offer(st, rate, seconds, starts);
      await new Promise((res) => setTimeout(res, 2000));
      const after = procSample(proc.pid!);
      const reports = await Promise.all(procs.map((p) => request<{ latencies: number[]; received: number }>(p, { report: starts })));
      if (process.env.BENCH_DEBUG) console.log("received", reports.map((x) => x.received), starts.length);
      const lat = reports.flatMap((x) => x.latencies);
      atRates.push({
        fraction, rate, articlesPerSec: r.articlesPerSec, statementsPerSec: r.statementsPerSec, trackedPerSec: r.trackedPerSec, postErrors: r.errors,
        expected: r.trackedHeads * clients, delivered: lat.length, p50: pct(lat, 50), p99: pct(lat, 99),
        serverCpuPct: before && after ? ((after.cpuMs - before.cpuMs) / (performance.now() - t)) * 100 : null,
      });
      console.log(`${fraction * 100}% (${fmt(rate)} articles/s, ${fmt(r.statementsPerSec)} statements/s, ${fmt(r.trackedPerSec)}/s to each client): `
        + `push p50/p99 ${fmt(pct(lat, 50))}/${fmt(pct(lat, 99))} ms, delivered ${lat.length}/${r.trackedHeads * clients}`
        + `${r.errors ? ` (${r.errors} POSTs failed at the client: their statements may still be stored and pushed)` : ""}`);
    }
    const rows: Row[] = [
      { figure: `ingest saturation, articles/s (${clients} clients x ~${trackedPerSec}/s connected)`, value: fmt(saturation.articlesPerSec), target: ">=200", ok: saturation.articlesPerSec >= 200 },
      { figure: `ingest saturation, statements/s (${fmt(saturation.statementsPerArticle)} per article)`, value: fmt(saturation.statementsPerSec), target: ">=1000", ok: saturation.statementsPerSec >= 1000 },
      ...atRates.flatMap((a): Row[] => [
        { figure: `push at ${a.fraction * 100}% of saturation (${clients} clients x ${fmt(a.trackedPerSec)}/s) p50/p99`, value: `${fmt(a.p50)}/${fmt(a.p99)} ms`, target: "p99<=250 ms", ok: a.p99 === null ? null : a.p99 <= 250 },
        { figure: `push at ${a.fraction * 100}% delivered`, value: `${a.delivered}/${a.expected}`, target: "100%", ok: a.delivered === a.expected },
      ]),
    ];
    printTable("ingest", rows);
    const file = writeResult("ingest", {
      parameters: {
        clients, trackedPerSec, filter: { actors: [trackedId] }, start, stepSeconds, seconds, maxRate, inflightMax, smoke,
        statementsPerArticle: STATEMENTS_PER_ARTICLE, realCorpusStatementsPerArticle: 3.36, extractWorkers: "server default (EXTRACT_WORKERS)",
      },
      steps, saturation, atRates, rows,
    });
    console.log(`\nwrote ${file}`);
    return { file, rows };
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchIngest().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
}
