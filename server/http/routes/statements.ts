/** POST /api/statements (ingest), GET /api/statements (page), GET /api/statements/:id (detail + evidence). */
import { statementBatchSchema, statementInputSchema, statementQuerySchema, type StatementInput } from "../../../lib/contract/schemas";
import { AppError } from "../../../lib/errors";
import { actorNames, articleMarks } from "../../../lib/extract/marks";
import type { IngestResult } from "../../../lib/contract/dto";
import { issuesOf, parseOrThrow } from "../validate";
import { API_SOURCE } from "../../source-activity";
import type { RouteModule } from "../types";

/** Validates one item or a batch; a batch with one invalid item is rejected whole with its index. */
export function parseStatementBody(body: unknown, maxBatch: number): StatementInput[] {
  let items: unknown[];
  if (Array.isArray(body)) items = body;
  else if (body !== null && typeof body === "object" && "statements" in body) {
    items = parseOrThrow(statementBatchSchema, body, "batch").statements;
  } else items = [body];
  if (items.length === 0) throw new AppError("validation_failed", "The batch is empty");
  if (items.length > maxBatch) {
    throw new AppError("batch_too_large", `A batch may hold at most ${maxBatch} statements (got ${items.length})`, { max: maxBatch, got: items.length });
  }
  return items.map((item, index) => {
    const r = statementInputSchema.safeParse(item);
    if (r.success) return r.data;
    const issues = issuesOf(r.error);
    const gov = r.error.issues.find((i) => i.path[0] === "governorates" && i.path.length === 2);
    if (gov) {
      const bad = (item as { governorates?: unknown[] }).governorates?.[Number(gov.path[1])];
      throw new AppError("unknown_governorate", `Statement ${index}: unknown governorate code ${JSON.stringify(bad)}`, { index, value: bad, issues });
    }
    throw new AppError("validation_failed", `Statement ${index} is invalid`, { index, issues });
  });
}

export const statementRoutes: RouteModule = (app) => [
  {
    method: "POST",
    path: "/api/statements",
    access: "ingest",
    async handler(rc) {
      const inputs = parseStatementBody(await rc.json(), app.env.INGEST_MAX_BATCH);
      // The pipeline records one `api` item per new statement (the api source counts statements, like the demo).
      const outcomes = await app.pipeline.ingestStatements(inputs, { sourceId: API_SOURCE.id });
      await app.sourceActivity.delivered(API_SOURCE);
      const data: IngestResult = {
        results: outcomes.map((o) => ({ id: o.statement.id, seq: o.statement.seq, duplicate: o.duplicate })),
      };
      return { status: data.results.every((r) => r.duplicate) ? 200 : 201, data };
    },
  },
  {
    method: "GET",
    path: "/api/statements",
    access: "viewer",
    async handler(rc) {
      const q = parseOrThrow(statementQuerySchema, rc.query, "query");
      return { data: await app.store.listStatements(q) };
    },
  },
  {
    method: "GET",
    path: "/api/statements/:id",
    access: "viewer",
    async handler(rc) {
      const statement = await app.store.getStatement(rc.params.id!);
      if (!statement) throw new AppError("not_found", "No such statement");
      // getCluster lists the echoes; for an echo, the head is a mention too.
      const echoes = await app.store.getCluster(statement.clusterId);
      const head = statement.echoOf ? await app.store.getStatement(statement.echoOf) : null;
      const mentions = [...(head ? [head] : []), ...echoes].filter((s) => s.id !== statement.id);
      const stored = statement.source.articleId ? await app.store.getArticle(statement.source.articleId) : null;
      const article = stored
        ? { id: stored.id, title: stored.title, outlet: stored.outlet, url: stored.url, text: stored.text, publishedAt: stored.publishedAt }
        : null;
      // Where the article names the actor and the statement's places, so extraction can be checked at a glance.
      const actor = article ? await app.store.getActor(statement.actor.id, { from: statement.statedAt, to: statement.statedAt }) : null;
      const marks = article
        ? articleMarks(article.text, actorNames(statement.actor.id, statement.actor.nameAr, actor?.aliases ?? []), statement.governorates)
        : [];
      return { data: { statement, mentions, article, marks } };
    },
  },
];
