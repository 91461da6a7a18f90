/** Statement writes: insert (idempotent, echo-clustered, rolled up) and retraction. */
import type { StatementInput } from "../../contract/schemas";
import type { ActorRef, Statement } from "../../domain/statement";
import type { InsertOutcome, StoreKeys } from "../types";
import { ensureActor, inputActorId, resolveActorId } from "./actors";
import { type ClusterInfo, createCluster, findEchoCluster, joinCluster, type SignatureCache } from "./clusters";
import type { Db } from "./db";
import { hourOf, iso, ms, newId, outletLabel } from "./keys";
import { bump } from "./rollups";
import { parseList, STATEMENT_SELECT, type StatementRow, toStatement } from "./rows";
import type { InsertContext } from "./types-internal";

export async function readStatement(db: Db, where: string, params: (string | number)[]): Promise<Statement | null> {
  const row = await db.get<StatementRow>(`${STATEMENT_SELECT} WHERE ${where}`, params);
  return row ? toStatement(row) : null;
}

/**
 * Cheap indexed probes first; the full statement is read only on a hit. `dedupeKey`: the statement's own key (resolved
 * actor), computed once by the caller; the key under the requested actor id is probed too when that id was merged away.
 */
async function findDuplicate(
  db: Db, input: StatementInput, dedupeKey: string | null, ids: { actorId: string; requestedId: string }, keys: StoreKeys,
): Promise<Statement | null> {
  const probe = async (col: "idempotency_key" | "dedupe_key", key: string) =>
    (await db.get<{ seq: number }>(`SELECT seq FROM statements WHERE ${col} = ?`, [key]))?.seq;
  let seq = input.idempotencyKey ? await probe("idempotency_key", input.idempotencyKey) : undefined;
  if (seq === undefined && input.source.url && dedupeKey !== null) {
    seq = await probe("dedupe_key", dedupeKey);
    if (seq === undefined && ids.requestedId !== ids.actorId) {
      seq = await probe("dedupe_key", keys.statement(input.source.url, ids.requestedId, input.text));
    }
  }
  return seq === undefined ? null : readStatement(db, "s.seq = ?", [seq]);
}

export async function insertOne(db: Db, cache: SignatureCache, input: StatementInput, ctx: InsertContext): Promise<InsertOutcome> {
  const requestedId = inputActorId(input.actor);
  const known = ctx.actors?.get(requestedId);
  const actorId = known?.actorId ?? (await resolveActorId(db, requestedId));
  const dedupeKey = input.source.url ? ctx.keys.statement(input.source.url, actorId, input.text) : null;
  const dup = await findDuplicate(db, input, dedupeKey, { actorId, requestedId }, ctx.keys);
  if (dup) return { statement: dup, duplicate: true, cluster: null };

  const inputKey = JSON.stringify([input.actor.nameAr, input.actor.nameEn, input.actor.kind, input.actor.aliases]);
  let actor: ActorRef;
  if (known?.inputs.has(inputKey)) actor = known.ref;
  else {
    actor = await ensureActor(db, input.actor, actorId, ctx.nowMs);
    ctx.actors?.set(requestedId, { actorId, ref: actor, inputs: (known?.inputs ?? new Set<string>()).add(inputKey) });
  }
  const ingestedAt = ctx.nowMs;
  const publishedAt = input.publishedAt ? ms(input.publishedAt) : ingestedAt;
  const statedAt = input.statedAt ? ms(input.statedAt) : publishedAt;
  const source = { ...input.source, articleId: ctx.articleId ?? input.source.articleId };
  const govs = [...new Set(input.governorates)];
  const id = newId(ingestedAt);

  const { clusterId: joinId, sig } = await findEchoCluster(db, cache, {
    actorId, statedAt, windowMs: ctx.echoWindowMs, text: input.text, source, urlIdentity: ctx.keys.url,
  });
  let cluster: ClusterInfo | null = null;
  let echoOf: string | null = null;
  if (joinId) {
    cluster = await joinCluster(db, joinId, { statedAt, outlet: source.outlet, url: source.url });
    echoOf = cluster.headId;
  } else {
    await createCluster(db, { id, actorId, statedAt, outlet: source.outlet, url: source.url });
  }
  const clusterId = cluster?.clusterId ?? id;

  const row = await db.get<{ seq: number }>(
    `INSERT INTO statements (id, actor_id, type, text, quote, stated_at, published_at, ingested_at, fetched_at,
       outlet, url, article_id, security_op, govs, evidence_start, evidence_end, cluster_id, echo_of, demo,
       idempotency_key, dedupe_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`,
    [
      id, actorId, input.type, input.text, input.quote, statedAt, publishedAt, ingestedAt, ctx.fetchedAt ?? null,
      source.outlet, source.url, source.articleId, input.securityOperation, JSON.stringify(govs),
      input.evidence?.start ?? null, input.evidence?.end ?? null, clusterId, echoOf, ctx.demo,
      input.idempotencyKey ?? null, dedupeKey,
    ],
  );
  if (!row) throw new Error("insert returned no seq");
  cache.put(id, sig);
  for (const code of govs) {
    await db.run(`INSERT INTO statement_governorates (statement_seq, code) VALUES (?, ?)`, [row.seq, code]);
  }
  await bump(db, { statedAt, hour: hourOf(statedAt), actorId, type: input.type, securityOp: input.securityOperation, govs }, echoOf ? 0 : 1, 1);

  const statement: Statement = {
    id, seq: row.seq, actor, type: input.type, text: input.text, quote: input.quote,
    statedAt: iso(statedAt), publishedAt: iso(publishedAt), ingestedAt: iso(ingestedAt),
    source, governorates: govs, securityOperation: input.securityOperation, evidence: input.evidence,
    clusterId, echoOf, mentions: cluster?.mentions ?? 1, demo: ctx.demo,
  };
  return { statement, duplicate: false, cluster };
}

interface RetractRow {
  seq: number;
  id: string;
  actor_id: string;
  type: string;
  stated_at: number;
  security_op: boolean | number;
  govs: string;
  cluster_id: string;
  echo_of: string | null;
  outlet: string | null;
  url: string | null;
  retracted: boolean | number;
}
const RETRACT_COLS = "seq, id, actor_id, type, stated_at, security_op, govs, cluster_id, echo_of, outlet, url, retracted";

const counted = (r: RetractRow) => ({
  statedAt: r.stated_at, hour: hourOf(r.stated_at), actorId: r.actor_id, type: r.type, securityOp: Boolean(r.security_op), govs: parseList(r.govs),
});

/**
 * Marks a statement retracted and fixes rollups and its cluster. When the head is retracted,
 * the oldest remaining mention becomes the head (and now counts as the unique statement).
 */
export async function retract(db: Db, seq: number): Promise<string | null> {
  const r = await db.get<RetractRow>(`SELECT ${RETRACT_COLS} FROM statements WHERE seq = ?`, [seq]);
  if (!r || r.retracted) return null;
  await db.run(`UPDATE statements SET retracted = TRUE, dedupe_key = NULL, idempotency_key = NULL WHERE seq = ?`, [seq]);
  await bump(db, counted(r), r.echo_of === null ? -1 : 0, -1);
  const members = await db.all<RetractRow>(
    `SELECT ${RETRACT_COLS} FROM statements WHERE cluster_id = ? AND NOT retracted ORDER BY seq`,
    [r.cluster_id],
  );
  const outlets = [...new Set(members.map((m) => outletLabel(m.outlet, m.url)).filter((x): x is string => x !== null))];
  let headId: string | null = null;
  const promoted = members[0];
  if (r.echo_of === null && promoted) {
    headId = promoted.id;
    await db.run(`UPDATE statements SET echo_of = NULL WHERE seq = ?`, [promoted.seq]);
    await db.run(`UPDATE statements SET echo_of = ? WHERE cluster_id = ? AND seq <> ? AND NOT retracted`, [
      promoted.id, r.cluster_id, promoted.seq,
    ]);
    await bump(db, counted(promoted), 1, 0);
  }
  await db.run(`UPDATE clusters SET mentions = ?, outlets = ?${headId ? ", head_id = ?" : ""} WHERE id = ?`, [
    members.length, JSON.stringify(outlets), ...(headId ? [headId] : []), r.cluster_id,
  ]);
  return r.id;
}
