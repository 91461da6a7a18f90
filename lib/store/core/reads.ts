/** Statement reads: feed pages, catch-up after a cursor, single statements, clusters. */
import type { StatementPage } from "../../contract/dto";
import type { Filter, StatementQuery } from "../../contract/schemas";
import type { Statement } from "../../domain/statement";
import { type Db, type Param, placeholders } from "./db";
import { countableFromRollups, countFromRollups } from "./feed-count";
import { ms } from "./keys";
import { STATEMENT_SELECT, statementPage, type StatementRow, toStatement } from "./rows";

/**
 * WHERE conditions for a filter over `statements s` (non-retracted rows only).
 * `security: true` keeps security-operation statements only; false/absent adds no condition.
 * from/to bound stated_at (inclusive).
 */
export function filterWhere(f: Filter, params: Param[]): string[] {
  const conds = ["NOT s.retracted"];
  if (f.actors?.length) {
    conds.push(`s.actor_id IN (${placeholders(f.actors.length)})`);
    params.push(...f.actors);
  }
  if (f.types?.length) {
    conds.push(`s.type IN (${placeholders(f.types.length)})`);
    params.push(...f.types);
  }
  if (f.security === true) conds.push("s.security_op = TRUE");
  if (f.from) {
    conds.push("s.stated_at >= ?");
    params.push(ms(f.from));
  }
  if (f.to) {
    conds.push("s.stated_at <= ?");
    params.push(ms(f.to));
  }
  if (f.governorates?.length) {
    // With an actor filter the actor's rows come first (index) and each probes its governorates; else the
    // governorates' index drives.
    const list = placeholders(f.governorates.length);
    conds.push(f.actors?.length
      ? `EXISTS (SELECT 1 FROM statement_governorates g WHERE g.statement_seq = s.seq AND g.code IN (${list}))`
      : `s.seq IN (SELECT statement_seq FROM statement_governorates WHERE code IN (${list}))`);
    params.push(...f.governorates);
  }
  return conds;
}

export async function head(db: Db): Promise<number> {
  const row = await db.get<{ h: number | null }>(`SELECT MAX(seq) AS h FROM statements`);
  return row?.h ?? 0;
}

/**
 * A feed page. Default: newest statement time first (stated_at DESC, seq DESC), `before` = the seq
 * of the last item of the previous page (keyset on that statement's time and seq). `after`: catch-up,
 * seq > after, oldest first.
 */
export async function listStatements(db: Db, q: StatementQuery): Promise<StatementPage> {
  const params: Param[] = [];
  const conds = filterWhere(q, params);
  if (!q.echoes) conds.push("s.echo_of IS NULL");
  const catchUp = q.after !== undefined;
  // The first page carries the number of matches (the feed header's count), before paging conditions.
  const first = q.after === undefined && q.before === undefined;
  const total = !first ? null
    : countableFromRollups(q) ? await countFromRollups(db, q, q.echoes)
      : Number((await db.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM statements s WHERE ${conds.join(" AND ")}`, [...params]))?.n ?? 0);
  if (q.after !== undefined) {
    conds.push("s.seq > ?");
    params.push(q.after);
  } else if (q.before !== undefined) {
    const at = "(SELECT b.stated_at FROM statements b WHERE b.seq = ?)";
    conds.push(`(s.stated_at < ${at} OR (s.stated_at = ${at} AND s.seq < ?))`);
    params.push(q.before, q.before, q.before);
  }
  params.push(q.limit);
  const order = catchUp ? "s.seq ASC" : "s.stated_at DESC, s.seq DESC";
  const rows = await db.all<StatementRow>(
    statementPage(`SELECT * FROM statements s WHERE ${conds.join(" AND ")} ORDER BY ${order} LIMIT ?`, catchUp ? "ASC" : "feed"),
    params,
  );
  const items = rows.map(toStatement);
  const last = items[items.length - 1];
  const nextBefore = !catchUp && items.length === q.limit && last ? last.seq : null;
  return { items, nextBefore, head: await head(db), total };
}

/** Every non-retracted statement (echoes included) with seq > cursor matching the filter, oldest first. */
export async function statementsAfter(db: Db, cursor: number, filter: Filter, limit: number): Promise<Statement[]> {
  const params: Param[] = [];
  const conds = filterWhere(filter, params);
  conds.push("s.seq > ?");
  params.push(cursor, limit);
  const rows = await db.all<StatementRow>(
    statementPage(`SELECT * FROM statements s WHERE ${conds.join(" AND ")} ORDER BY s.seq ASC LIMIT ?`, "ASC"),
    params,
  );
  return rows.map(toStatement);
}

export async function getStatement(db: Db, id: string): Promise<Statement | null> {
  const row = await db.get<StatementRow>(`${STATEMENT_SELECT} WHERE s.id = ? AND NOT s.retracted`, [id]);
  return row ? toStatement(row) : null;
}

/** The live (non-retracted) statements of one article, in store order. */
export async function listArticleStatements(db: Db, articleId: string): Promise<Statement[]> {
  const rows = await db.all<StatementRow>(
    `${STATEMENT_SELECT} WHERE s.article_id = ? AND NOT s.retracted ORDER BY s.seq ASC`,
    [articleId],
  );
  return rows.map(toStatement);
}

/** The echoes (non-head mentions) of a cluster, oldest first. */
export async function getCluster(db: Db, clusterId: string): Promise<Statement[]> {
  const rows = await db.all<StatementRow>(
    `${STATEMENT_SELECT} WHERE s.cluster_id = ? AND s.echo_of IS NOT NULL AND NOT s.retracted ORDER BY s.seq ASC`,
    [clusterId],
  );
  return rows.map(toStatement);
}
