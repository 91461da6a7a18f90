/**
 * Generated history for bench:history: N statements over 2 years ending at `endMs`, ~200 actors with a skewed
 * (Zipf-like) share, 14 governorates, echoes of recent statements, generated Arabic text from our own templates.
 * Rows come in time order, in chunks, with everything the store keeps alongside them (governorate links, clusters,
 * the hourly/daily rollups and actor totals computed while generating), so a loader writes them in big transactions
 * without going through the one-by-one insert path. The rollups equal a recount of the raw rows by construction.
 */
import { GOVERNORATE_CODES } from "../../lib/domain/governorates";
import { STATEMENT_TYPES } from "../../lib/domain/statement";

export const HOUR_MS = 3_600_000;
export const SPAN_MS = 730 * 24 * HOUR_MS;
export const ACTOR_COUNT = 200;

/** [seq, id, actor_id, type, text, quote, stated_at, published_at, ingested_at, outlet, url, security_op, govs, cluster_id, echo_of] */
export type StatementTuple = [number, string, string, string, string, boolean, number, number, number, string, string, boolean, string, string, string | null];
export type GovTuple = [number, string];
/** [id, head_id, actor_id, first_at, mentions, outlets] */
export type ClusterTuple = [string, string, string, number, number, string];
/** [hour|day, actor_id, type, security_op, uniques, mentions] */
export type ActorRollupTuple = [number, string, string, boolean, number, number];
/** [hour, code, security_op, uniques, mentions] */
export type GovRollupTuple = [number, string, boolean, number, number];
/** [hour|day, security_op, uniques, mentions] */
export type UnresolvedTuple = [number, boolean, number, number];
/** [hour|day|week, actor_id, uniques, mentions] */
export type TotalTuple = [number, string, number, number];
/** [actor_id, code, day, uniques, mentions] */
export type ActorGovTuple = [string, string, number, number, number];

export interface Chunk {
  statements: StatementTuple[];
  govs: GovTuple[];
  clusters: ClusterTuple[];
  actorHour: ActorRollupTuple[];
  actorDay: ActorRollupTuple[];
  govHour: GovRollupTuple[];
  unresolved: UnresolvedTuple[];
  totalHour: TotalTuple[];
  totalDay: TotalTuple[];
  totalWeek: TotalTuple[];
  govDay: GovRollupTuple[];
  unresolvedDay: UnresolvedTuple[];
  actorGovDay: ActorGovTuple[];
}

export interface ActorRow { id: string; nameAr: string; nameEn: string; kind: string; uniques: number; mentions: number; last: number | null }

const SUBJECTS = ["المكتب الإعلامي", "الناطق الرسمي", "مصدر في الوزارة", "قيادة المنطقة", "اللجنة المحلية", "مجلس المدينة", "فريق الرصد", "إدارة المعبر"];
const VERBS = ["أعلن", "أكد", "نفى", "حذّر من", "طالب بـ", "تحدث عن", "كشف عن", "رحّب بـ"];
const OBJECTS = ["خطة لترميم المدارس", "فتح طريق جديد بين القرى", "نقص في مياه الشرب", "وصول قافلة مساعدات", "إصلاح محطة الكهرباء", "تأجيل موعد الامتحانات", "حملة لإزالة الأنقاض", "ارتفاع أسعار الخبز"];
const PLACES = ["في حلب", "في حمص", "في ريف دمشق", "في إدلب", "في درعا", "في اللاذقية", "في دير الزور", "في الرقة", "في طرطوس", "في حماة"];
const OUTLETS = ["وكالة الشمال", "صحيفة المساء", "قناة الساحل", "موقع الجسر", "إذاعة البادية", "نشرة المدينة"];
const KINDS = ["government", "military", "person", "organization", "media", "armed_group"];

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function actors(): ActorRow[] {
  return Array.from({ length: ACTOR_COUNT }, (_, i) => ({
    id: `hist-actor-${i}`, nameAr: `الجهة ${i + 1}`, nameEn: `Actor ${i + 1}`, kind: KINDS[i % KINDS.length]!, uniques: 0, mentions: 0, last: null,
  }));
}

/** Generates `total` statements in chunks of `chunkSize`; `onChunk` writes each (awaited, so memory stays bounded). */
export async function generate(
  total: number, endMs: number, chunkSize: number, actorRows: ActorRow[], onChunk: (c: Chunk) => Promise<void> | void,
): Promise<void> {
  const rnd = rng(20261203);
  const cum: number[] = [];
  let acc = 0;
  for (let i = 0; i < actorRows.length; i++) cum.push((acc += 1 / (i + 1) ** 0.9));
  const pickActor = (): ActorRow => {
    const x = rnd() * acc;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return actorRows[lo]!;
  };
  const govWeights = GOVERNORATE_CODES.map((_, i) => 1 / (1 + i * 0.3));
  const govAcc = govWeights.reduce((a, b) => a + b, 0);
  const pickGov = (): string => {
    let x = rnd() * govAcc;
    for (let i = 0; i < govWeights.length; i++) if ((x -= govWeights[i]!) <= 0) return GOVERNORATE_CODES[i]!;
    return GOVERNORATE_CODES[0];
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const startMs = endMs - SPAN_MS;
  const step = SPAN_MS / total;

  // Recent heads that later statements may echo; a head's cluster row is written when it leaves this window.
  interface Head { id: string; actor: ActorRow; type: string; sec: boolean; govs: string[]; text: string; at: number; mentions: number; outlets: Set<string> }
  const recent: Head[] = [];
  const RECENT = 64;
  let chunk: Chunk = emptyChunk();
  const actorHour = new Map<string, ActorRollupTuple>();
  const actorDay = new Map<string, ActorRollupTuple>();
  const govHour = new Map<string, GovRollupTuple>();
  const unresolved = new Map<string, UnresolvedTuple>();
  const totalHour = new Map<string, TotalTuple>();
  const totalDay = new Map<string, TotalTuple>();
  const totalWeek = new Map<string, TotalTuple>();
  const govDay = new Map<string, GovRollupTuple>();
  const unresolvedDay = new Map<string, UnresolvedTuple>();
  const actorGovDay = new Map<string, ActorGovTuple>();
  let curHour = -1;
  let curDay = -1;
  let curWeek = -1;
  const closeCluster = (h: Head) => chunk.clusters.push([h.id, h.id, h.actor.id, h.at, h.mentions, JSON.stringify([...h.outlets])]);
  const flushHour = () => {
    chunk.actorHour.push(...actorHour.values());
    chunk.govHour.push(...govHour.values());
    chunk.unresolved.push(...unresolved.values());
    chunk.totalHour.push(...totalHour.values());
    actorHour.clear(); govHour.clear(); unresolved.clear(); totalHour.clear();
  };
  const flushDay = () => {
    chunk.actorDay.push(...actorDay.values());
    chunk.totalDay.push(...totalDay.values());
    chunk.govDay.push(...govDay.values());
    chunk.unresolvedDay.push(...unresolvedDay.values());
    chunk.actorGovDay.push(...actorGovDay.values());
    actorDay.clear(); totalDay.clear(); govDay.clear(); unresolvedDay.clear(); actorGovDay.clear();
  };
  const flushWeek = () => {
    chunk.totalWeek.push(...totalWeek.values());
    totalWeek.clear();
  };
  const add = <T extends (number | string | boolean)[]>(m: Map<string, T>, key: string, make: () => T, ui: number, u: number, mi: number) => {
    let r = m.get(key);
    if (!r) m.set(key, (r = make()));
    (r[ui] as number) += u;
    (r[mi] as number) += 1;
  };

  for (let i = 0; i < total; i++) {
    const seq = i + 1;
    const at = Math.floor(startMs + i * step + rnd() * step);
    const hour = Math.floor(at / HOUR_MS);
    const day = Math.floor(hour / 24);
    if (hour !== curHour) { if (curHour >= 0) flushHour(); curHour = hour; }
    if (day !== curDay) { if (curDay >= 0) flushDay(); curDay = day; }
    const week = Math.floor((hour + 72) / 168);
    if (week !== curWeek) { if (curWeek >= 0) flushWeek(); curWeek = week; }
    const outlet = pick(OUTLETS);
    const id = `h${seq.toString(36).padStart(8, "0")}`;
    const echoOf = recent.length > 8 && rnd() < 0.15 ? recent[Math.floor(rnd() * recent.length)]! : null;
    let a: ActorRow; let type: string; let sec: boolean; let govs: string[]; let text: string; let clusterId: string;
    if (echoOf) {
      ({ actor: a, type, sec, govs, text } = echoOf);
      clusterId = echoOf.id;
      echoOf.mentions++;
      echoOf.outlets.add(outlet);
    } else {
      a = pickActor();
      type = pick(STATEMENT_TYPES);
      sec = rnd() < 0.25;
      const g = rnd();
      govs = g < 0.3 ? [] : g < 0.9 ? [pickGov()] : [...new Set([pickGov(), pickGov()])];
      text = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(PLACES)} (${seq})`;
      clusterId = id;
      recent.push({ id, actor: a, type, sec, govs, text, at, mentions: 1, outlets: new Set([outlet]) });
      if (recent.length > RECENT) closeCluster(recent.shift()!);
    }
    const u = echoOf ? 0 : 1;
    chunk.statements.push([seq, id, a.id, type, text, rnd() < 0.3, at, at, at + 60_000, outlet, `https://news.example/${seq}`, sec, JSON.stringify(govs), clusterId, echoOf?.id ?? null]);
    for (const g of govs) chunk.govs.push([seq, g]);
    add(actorHour, `${a.id}|${type}|${sec}`, () => [hour, a.id, type, sec, 0, 0], 4, u, 5);
    add(actorDay, `${a.id}|${type}|${sec}`, () => [day, a.id, type, sec, 0, 0], 4, u, 5);
    for (const g of govs) add(govHour, `${g}|${sec}`, () => [hour, g, sec, 0, 0], 3, u, 4);
    if (!govs.length) add(unresolved, `${sec}`, () => [hour, sec, 0, 0], 2, u, 3);
    add(totalHour, a.id, () => [hour, a.id, 0, 0], 2, u, 3);
    add(totalDay, a.id, () => [day, a.id, 0, 0], 2, u, 3);
    add(totalWeek, a.id, () => [week, a.id, 0, 0], 2, u, 3);
    for (const g of govs) add(govDay, `${g}|${sec}`, () => [day, g, sec, 0, 0], 3, u, 4);
    for (const g of govs) add(actorGovDay, `${a.id}|${g}`, () => [a.id, g, day, 0, 0], 3, u, 4);
    if (!govs.length) add(unresolvedDay, `${sec}`, () => [day, sec, 0, 0], 2, u, 3);
    a.uniques += u;
    a.mentions += 1;
    a.last = at;
    if (chunk.statements.length >= chunkSize) {
      await onChunk(chunk);
      chunk = emptyChunk();
    }
  }
  flushHour();
  flushDay();
  flushWeek();
  for (const h of recent) closeCluster(h);
  await onChunk(chunk);
}

function emptyChunk(): Chunk {
  return {
    statements: [], govs: [], clusters: [], actorHour: [], actorDay: [], govHour: [], unresolved: [],
    totalHour: [], totalDay: [], totalWeek: [], govDay: [], unresolvedDay: [], actorGovDay: [],
  };
}
