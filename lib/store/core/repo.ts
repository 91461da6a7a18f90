/** The Store implementation shared by both dialects; only the Db executor differs. */
import type { ActorDetail, ActorSummary, GovernorateResponse, StatementPage, VolumeResponse } from "../../contract/dto";
import type { CountMode, Filter, StatementInput, StatementQuery, VolumeQuery } from "../../contract/schemas";
import type { Actor, Statement } from "../../domain/statement";
import type {
  AccessKey, ArticleWrite, ArticleWriteOutcome, InsertOutcome, LatencyHistogram, SourceActivityCounts, SourceState, Store,
  StoredArticle, StoreKeys,
} from "../types";
import * as accessKeys from "./access-keys";
import * as actors from "./actors";
import { getActor, listActors } from "./actor-reads";
import { governorateCounts, volume } from "./aggregates";
import { dropArticleTextBefore, getArticle, writeArticle } from "./articles";
import { GroupCommit, type GroupCommitOptions, type GroupCommitStats } from "./group-commit";
import { SignatureCache } from "./clusters";
import type { Db } from "./db";
import { HOUR_MS } from "./keys";
import { migrate } from "./migrations";
import * as reads from "./reads";
import * as sources from "./sources";
import { rebuildRollups } from "./rebuild";
import { verifyRollups } from "./verify";
import { newActorMemo } from "./types-internal";
import { insertOne } from "./writes";

export interface StoreOptions {
  echoWindowHours?: number;
  /** Statement and URL keys (lib/ingest/canonical.ts `identityKeys`): the store never derives its own. */
  keys: StoreKeys;
  /** Bounds of a group-commit batch (see group-commit.ts). */
  groupCommit?: GroupCommitOptions;
}

export class SqlStore implements Store {
  readonly dialect: Db["dialect"];
  private readonly sigs = new SignatureCache();
  private readonly echoWindowMs: number;
  private readonly keys: StoreKeys;
  /** Statement, article and source-item writes of concurrent requests share transactions. */
  private readonly commits: GroupCommit;

  constructor(private readonly db: Db, opts: StoreOptions) {
    this.dialect = db.dialect;
    this.echoWindowMs = (opts.echoWindowHours ?? 72) * HOUR_MS;
    this.keys = opts.keys;
    this.commits = new GroupCommit(db, opts.groupCommit);
  }

  /** Batches, jobs and fallbacks of the group commit so far (metrics, benchmarks, tests). */
  groupCommitStats(): GroupCommitStats {
    return { ...this.commits.stats };
  }

  async migrate(): Promise<void> {
    await migrate(this.db);
    await this.db.maintain();
  }

  /**
   * Statistics refresh after growth (inserted rows since the last one reach a threshold that doubles,
   * 500 → 64 000), in the background; close() waits for it.
   */
  private sinceMaintain = 0;
  private maintainAt = 500;
  private maintaining: Promise<void> | null = null;
  private noteInserted(n: number): void {
    this.sinceMaintain += n;
    if (this.sinceMaintain < this.maintainAt || this.maintaining) return;
    this.sinceMaintain = 0;
    this.maintainAt = Math.min(this.maintainAt * 2, 64_000);
    this.maintaining = this.db.maintain().catch(() => undefined).finally(() => {
      this.maintaining = null;
    });
  }

  insertStatements(inputs: StatementInput[], opts: { demo?: boolean; now?: Date } = {}): Promise<InsertOutcome[]> {
    const nowMs = (opts.now ?? new Date()).getTime();
    const ctx = { nowMs, demo: opts.demo ?? false, echoWindowMs: this.echoWindowMs, keys: this.keys };
    return this.commits.submit(async (t) => {
      const out: InsertOutcome[] = [];
      const txCtx = { ...ctx, actors: newActorMemo() };
      for (const input of inputs) out.push(await insertOne(t, this.sigs, input, txCtx));
      return out;
    }, inputs.length).then((out) => {
      this.noteInserted(out.length);
      return out;
    });
  }

  writeArticle(write: ArticleWrite, opts: { now?: Date } = {}): Promise<ArticleWriteOutcome> {
    const nowMs = (opts.now ?? new Date()).getTime();
    return this.commits.submit((t) => writeArticle(t, this.sigs, write, { nowMs, echoWindowMs: this.echoWindowMs, keys: this.keys }), Math.max(1, write.statements.length))
      .then((out) => {
        this.noteInserted(out.inserted.length);
        return out;
      });
  }

  getArticle(id: string): Promise<StoredArticle | null> { return getArticle(this.db, id); }
  dropArticleTextBefore(cutoff: Date): Promise<number> { return dropArticleTextBefore(this.db, cutoff); }
  getStatement(id: string): Promise<Statement | null> { return reads.getStatement(this.db, id); }
  getCluster(clusterId: string): Promise<Statement[]> { return reads.getCluster(this.db, clusterId); }
  listArticleStatements(articleId: string): Promise<Statement[]> { return reads.listArticleStatements(this.db, articleId); }
  listStatements(q: StatementQuery): Promise<StatementPage> { return reads.listStatements(this.db, q); }
  statementsAfter(cursor: number, filter: Filter, limit: number): Promise<Statement[]> {
    return reads.statementsAfter(this.db, cursor, filter, limit);
  }
  head(): Promise<number> { return reads.head(this.db); }
  // `head` is read after the aggregate: every statement with a higher seq is certainly not in it, so a
  // client applying only pushes above `head` never counts one twice (at worst one stored in between
  // waits for the next refetch).
  async volume(q: VolumeQuery, now: Date = new Date()): Promise<VolumeResponse> {
    const v = await volume(this.db, q, now);
    return { ...v, head: await reads.head(this.db) };
  }
  async governorateCounts(filter: Filter, now: Date = new Date(), opts: { count?: CountMode } = {}): Promise<GovernorateResponse> {
    const g = await governorateCounts(this.db, filter, now, opts.count);
    return { ...g, head: await reads.head(this.db) };
  }
  listActors(opts?: { q?: string; limit?: number; filter?: Filter }): Promise<ActorSummary[]> { return listActors(this.db, opts); }
  getActor(id: string, filter?: Filter): Promise<ActorDetail | null> { return getActor(this.db, id, filter); }
  upsertActor(actor: Omit<Actor, "mergedInto">): Promise<Actor> {
    return this.db.tx((t) => actors.upsertActor(t, actor, Date.now()));
  }
  addAliases(actorId: string, aliases: string[]): Promise<Actor> {
    return this.db.tx((t) => actors.addAliases(t, actorId, aliases));
  }
  mergeActors(fromId: string, intoId: string): Promise<Actor> {
    return this.db.tx((t) => actors.mergeActors(t, fromId, intoId));
  }

  getSource(id: string): Promise<SourceState | null> { return sources.getSource(this.db, id); }
  listSources(): Promise<SourceState[]> { return sources.listSources(this.db); }
  saveSource(state: SourceState): Promise<void> { return sources.saveSource(this.db, state); }
  markItemSeen(sourceId: string, itemKey: string, at: Date): Promise<boolean> {
    return sources.markItemSeen(this.db, sourceId, itemKey, at);
  }
  sourceActivity(sourceId: string, since: Date): Promise<SourceActivityCounts> {
    return sources.sourceActivity(this.db, sourceId, since);
  }
  recordSourceItem(
    sourceId: string, item: { key: string; articleId: string | null; publishedAt: string | null; ingestedAt: string },
  ): Promise<void> {
    return this.commits.submit((t) => sources.recordSourceItem(t, sourceId, item));
  }
  markPushed(ids: string[], at: Date): Promise<void> { return sources.markPushed(this.db, ids, at); }
  latencyHistogram(since?: Date): Promise<LatencyHistogram> { return sources.latencyHistogram(this.db, since); }

  insertAccessKey(key: Omit<AccessKey, "revokedAt">): Promise<void> { return accessKeys.insertAccessKey(this.db, key); }
  listAccessKeys(): Promise<AccessKey[]> { return accessKeys.listAccessKeys(this.db); }
  revokeAccessKey(id: string, at: Date): Promise<boolean> { return accessKeys.revokeAccessKey(this.db, id, at); }

  /** Recounts raw rows against rollups, totals and clusters; [] when consistent (full scan: tests and ops only). */
  verifyRollups(): Promise<string[]> { return verifyRollups(this.db); }
  /** Recomputes every rollup and actor total from the raw statements (after a bulk load; a repair). */
  rebuildRollups(): Promise<void> { return rebuildRollups(this.db); }

  async close(): Promise<void> {
    await this.commits.drain();
    await this.maintaining;
    await this.db.close();
  }
}
