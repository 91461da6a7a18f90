/**
 * Extraction benchmark: ~6 KB synthetic Arabic articles built from our own sentence templates
 * (varied actors, verbs, places, dates, page chrome), single-threaded.
 *   npm run bench:extract [-- --n 2000]
 * Prints wall-clock throughput and latency (mean, p50, p99) and CPU-time throughput per core
 * (robust when the machine is shared), with the load average for context. The per-article figures
 * come from a pass that probes every article; the "cpu" throughput line from a second pass over the
 * same articles without per-article probes (their cost, ~5%, is not the extractor's).
 */
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { createExtractor } from "../lib/extract/index";

const { extractArticle } = createExtractor();

const args = process.argv.slice(2);
const ni = args.indexOf("--n");
const N = ni >= 0 ? Number(args[ni + 1]) : 2000;

let seed = 42;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const SPEAKERS = [
  "وزير الإعلام السوري حمزة المصطفى", "وزارة الداخلية السورية", "المتحدث باسم وزارة الداخلية نور الدين البابا",
  "العقيد سامر الحسن، قائد الأمن الداخلي في محافظة حمص،", "مصدر أمني", "المرصد السوري لحقوق الإنسان",
  "قوات سوريا الديمقراطية", "القيادة المركزية الأمريكية", "المبعوث الأمريكي توم براك", "وزير الخارجية التركي هاكان فيدان",
  "الجيش الإسرائيلي", "مصادر محلية", "محافظة طرطوس", "الرئيس السوري أحمد الشرع", "مسؤول أمريكي",
];
const VERBS = ["قال", "أكد", "أعلن", "أوضح", "كشف", "ذكر", "نفى", "حذر", "أفاد"];
const PLACES = ["مدينة الباب بريف حلب الشرقي", "بلدة بيت جن", "مدينة جبلة", "ريف إدلب الجنوبي", "مدينة الميادين", "حي الشيخ مقصود", "مدينة تدمر", "بلدة الشدادي", "مدينة بانياس"];
const OPS = ["تفكيك خلية إرهابية", "ضبط أسلحة وذخائر", "إلقاء القبض على ثلاثة مطلوبين", "إحباط هجوم بطائرة مسيّرة", "مداهمة أوكار لعناصر التنظيم"];
const DAYS = ["اليوم الأحد", "أمس", "مساء الجمعة", "الثلاثاء الماضي", "صباح الاثنين"];
const POLITICAL = [
  "أن الاتفاق يهدف إلى تعزيز الاستقرار في المنطقة ودعم جهود إعادة الإعمار",
  "أن المحادثات تناولت ملفات التعاون الاقتصادي وعودة اللاجئين",
  "أن الحكومة ماضية في خطتها لدمج المؤسسات العسكرية والأمنية",
];

function sentence(): string {
  const sp = pick(SPEAKERS);
  const v = pick(VERBS);
  if (rnd() < 0.5) return `و${v} ${sp}، ${pick(DAYS)}، إن الوحدات المختصة تمكنت من ${pick(OPS)} في ${pick(PLACES)}، مشيراً إلى أن العملية جاءت بعد متابعة دقيقة.`;
  if (rnd() < 0.5) return `وأضاف أن "${pick(POLITICAL).replace(/^أن /, "")}"، لافتاً إلى استمرار التنسيق مع الجهات المعنية.`;
  return `${v} ${sp} ${pick(POLITICAL)}، وذلك بحسب ما نقلته وكالة سانا.`;
}

function article(i: number): string {
  const parts = [`خبر رقم ${i}: تطورات أمنية جديدة`, `دمشق - سانا`, ""];
  while (parts.join("\n").length < 3150) parts.push(sentence() + (rnd() < 0.4 ? "\n" : " "));
  parts.push("\nإقرأ أيضاً:\nالداخلية تعلن حصيلة عمليات الأسبوع\nكلمات دلالية: سوريا أمن داعش\n0 تعليق");
  return parts.join("\n");
}

const docs = Array.from({ length: N }, (_, i) => article(i));
const avgBytes = docs.reduce((a, d) => a + Buffer.byteLength(d), 0) / docs.length;
const now = new Date("2025-11-14T12:00:00Z");
for (let i = 0; i < 200; i++) extractArticle({ id: "w" + i, text: docs[i % docs.length]! }, { now });

const times: number[] = [];
const cpuTimes: number[] = [];
let statements = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  const c = process.cpuUsage();
  const s = performance.now();
  statements += extractArticle({ id: "a" + i, text: docs[i]! }, { now }).statements.length;
  times.push(performance.now() - s);
  const d = process.cpuUsage(c);
  cpuTimes.push((d.user + d.system) / 1000);
}
const total = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
// Second pass, no per-article probes: CPU throughput of the extractor alone.
const cpu1 = process.cpuUsage();
for (let i = 0; i < N; i++) extractArticle({ id: "b" + i, text: docs[i]! }, { now });
const cpu1d = process.cpuUsage(cpu1);
const cpuPlainMs = (cpu1d.user + cpu1d.system) / 1000;
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
console.log(`articles: ${N}, avg size ${(avgBytes / 1024).toFixed(1)} KB (${Math.round(avgBytes)} bytes), statements ${statements}`);
console.log(`machine load average (1 min): ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`);
console.log(`wall: ${(N / (total / 1000)).toFixed(0)} articles/s; latency ms mean ${(total / N).toFixed(2)}  p50 ${q(times, 0.5).toFixed(2)}  p99 ${q(times, 0.99).toFixed(2)}  max ${q(times, 1).toFixed(2)}`);
console.log(`cpu (probed pass): ${(N / (cpuMs / 1000)).toFixed(0)} articles/s per core; cpu ms per article mean ${(cpuMs / N).toFixed(2)}  p50 ${q(cpuTimes, 0.5).toFixed(2)}  p99 ${q(cpuTimes, 0.99).toFixed(2)}`);
console.log(`cpu:  ${(N / (cpuPlainMs / 1000)).toFixed(0)} articles/s per core (pass without probes; ${(cpuPlainMs / N).toFixed(2)} ms per article)`);
