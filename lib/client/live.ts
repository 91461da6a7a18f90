/**
 * Live updates into the React Query cache. One subscription on the one socket; on every
 * (re)connect it resubscribes with the last applied seq as cursor and applies the missed
 * statements before live ones. Pushes are buffered and flushed at most ~4x per second.
 *
 * One path in: every statement the browser learns about (a push, the subscribe ack's `missed`,
 * a batch event) goes through `receive(StatementDTO[])`, and every cached view (feed list,
 * chart, map) takes from it exactly what the contract's `matchesFilter` admits for that view's
 * filter resolved at the current time (so relative ranges such as "24h" exclude old statements).
 * A list read before the subscription's cursor is completed by `reconcile()`, the one gap fill,
 * run after each subscribe ack and each time a list query is fetched.
 */
import type { QueryClient } from "@tanstack/react-query";
import type { GovernorateResponse, StatementDTO, StatementPage, VolumeResponse } from "../contract/dto";
import type { CountMode, Filter } from "../contract/schemas";
import { api } from "./api";
import { toSubscriptionFilter } from "../contract/filter";
import {
  admitted, applyToGovernorates, applyToVolume, keyToFilter, mergeIntoPage, removeFromPage, updateMentions,
} from "./cache";
import { connectionStore } from "./connection";
import type { DashboardFilters } from "./filters";
import { actorKeys, governorateKeys, statementKeys, volumeKeys, type FilterKey } from "./keys";
import { forceReconnect, getSocket, onConnected } from "./socket";

export const FLUSH_INTERVAL_MS = 250;
export const AGGREGATE_REFRESH_MS = 15_000;
/** In-place aggregate (chart, map) updates are applied at most this often: they are the costly renders. */
export const AGGREGATE_FLUSH_MS = 2_000;
const SEEN_CAP = 5_000;

const isListKey = (k: readonly unknown[]): boolean => k[0] === statementKeys.all[0] && k[1] === statementKeys.lists()[1];

function isFilterKey(v: unknown): v is FilterKey {
  return typeof v === "object" && v !== null && "actors" in v && "range" in v;
}

class LiveClient {
  private qc: QueryClient | null = null;
  private filter: Filter = {};
  private buffer: StatementDTO[] = [];
  private seen = new Set<number>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private lastFlush = 0;
  private lastAggRefresh = 0;
  private aggTimer: ReturnType<typeof setTimeout> | null = null;
  private started = false;
  private aggBuffer: StatementDTO[] = [];
  private aggFlushTimer: ReturnType<typeof setTimeout> | null = null;
  private lastAggFlush = 0;
  private subscribeGen = 0;
  private filling = new Set<string>();

  start(qc: QueryClient): void {
    this.qc = qc;
    if (this.started || typeof window === "undefined") return;
    this.started = true;
    const s = getSocket();
    s.on("statement:created", (st) => this.receive([st]));
    s.on("statements:created", (sts) => this.receive(sts));
    s.on("statement:retracted", ({ ids }) => this.retract(ids));
    s.on("cluster:updated", (p) => this.cluster(p.headId, p.mentions));
    s.on("server:hello", ({ head }) => {
      const { cursor } = connectionStore.get();
      if (cursor !== null && head < cursor) {
        // The store was reset behind us: start over.
        connectionStore.update({ cursor: null });
        this.seen.clear();
        void this.qc?.invalidateQueries();
      }
    });
    onConnected(() => this.subscribe());
    // A list fetched (first load, filter change, refetch) may predate the cursor: fill its gap.
    qc.getQueryCache().subscribe((ev) => {
      if (ev.type === "updated" && ev.action.type === "success" && !ev.action.manual && isListKey(ev.query.queryKey)) {
        void this.reconcile();
      }
    });
  }

  /** The one way statements enter the cache (pushes, catch-up, batch events): deduped by seq, flushed together. */
  receive(statements: StatementDTO[], immediate = false): void {
    this.enqueue(statements, immediate);
  }

  /** Sets what the socket subscription covers (the current page's filter). */
  setFilter(f: DashboardFilters | Filter): void {
    const next = "gov" in f
      ? toSubscriptionFilter({ actors: f.actors, governorates: f.gov, types: f.types, security: f.security })
      : toSubscriptionFilter(f);
    if (JSON.stringify(next) === JSON.stringify(this.filter)) return;
    this.filter = next;
    if (this.started && getSocket().connected) this.subscribe();
  }

  private subscribe(): void {
    const s = getSocket();
    const gen = ++this.subscribeGen;
    const { cursor } = connectionStore.get();
    s.timeout(10_000).emit("feed:subscribe", { filter: this.filter, ...(cursor !== null ? { cursor } : {}) }, (err, res) => {
      if (gen !== this.subscribeGen) return;
      if (err) { forceReconnect(); return; }
      if (!res.ok) { connectionStore.update({ state: "reconnecting" }); return; }
      const { missed, truncated, head } = res.data;
      this.receive(missed, true);
      const cur = connectionStore.get().cursor;
      connectionStore.update({
        state: "live", lastEventAt: Date.now(), serverHead: head, cursor: Math.max(cur ?? 0, head),
      });
      if (truncated) void this.qc?.invalidateQueries();
      else void this.reconcile();
    });
  }

  /** Lists read before the cursor may miss statements up to it: fetch each gap once and merge it. */
  private async reconcile(): Promise<void> {
    const qc = this.qc;
    const { cursor } = connectionStore.get();
    if (!qc || cursor === null) return;
    for (const [key, page] of qc.getQueriesData<StatementPage>({ queryKey: statementKeys.lists() })) {
      const fk = key[2];
      const gapKey = `${JSON.stringify(fk)}@${page?.head}`;
      if (!page || !isFilterKey(fk) || page.head >= cursor || this.filling.has(gapKey)) continue;
      this.filling.add(gapKey);
      try {
        const extra = await api.statements(keyToFilter(fk), { after: page.head, limit: 500 });
        // Complete up to the response's head, or up to its last item when the gap was longer than one page.
        const upTo = extra.items.length >= 500 ? (extra.items.at(-1)?.seq ?? page.head) : extra.head;
        qc.setQueryData<StatementPage>(key, (cur) => {
          if (!cur) return cur;
          const merged = mergeIntoPage(cur, admitted(fk, extra.items));
          return { ...merged, head: Math.max(merged.head, upTo) };
        });
      } catch { /* the next refetch fixes it */ } finally {
        this.filling.delete(gapKey);
      }
    }
  }

  private enqueue(items: StatementDTO[], immediate = false): void {
    for (const st of items) {
      if (this.seen.has(st.seq)) continue;
      this.seen.add(st.seq);
      this.buffer.push(st);
    }
    if (this.seen.size > SEEN_CAP) this.seen = new Set([...this.seen].slice(-SEEN_CAP / 2));
    if (!this.buffer.length) return;
    if (immediate) { this.flush(); return; }
    if (this.flushTimer) return;
    const wait = Math.max(0, FLUSH_INTERVAL_MS - (Date.now() - this.lastFlush));
    this.flushTimer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    if (this.flushTimer) { clearTimeout(this.flushTimer); this.flushTimer = null; }
    this.lastFlush = Date.now();
    const qc = this.qc;
    const batch = this.buffer.sort((a, b) => a.seq - b.seq);
    this.buffer = [];
    if (!qc || !batch.length) return;
    const maxSeq = batch[batch.length - 1]!.seq;
    const { cursor, serverHead } = connectionStore.get();
    connectionStore.update({
      lastStatementAt: Date.now(), lastEventAt: Date.now(),
      cursor: Math.max(cursor ?? 0, maxSeq), serverHead: Math.max(serverHead ?? 0, maxSeq),
    });
    const now = Date.now();
    for (const [key, page] of qc.getQueriesData<StatementPage>({ queryKey: statementKeys.lists() })) {
      const fk = key[2];
      if (!page || !isFilterKey(fk)) continue;
      // Items that aged out of a relative range ("24h") leave, as they would on a reload.
      const kept = new Set(admitted(fk, page.items, now).map((s) => s.id));
      const current = kept.size === page.items.length ? page : removeFromPage(page, new Set(page.items.filter((s) => !kept.has(s.id)).map((s) => s.id)));
      qc.setQueryData<StatementPage>(key, mergeIntoPage(current, admitted(fk, batch, now)));
    }
    this.aggBuffer.push(...batch);
    if (!this.aggFlushTimer) {
      const wait = Math.max(0, AGGREGATE_FLUSH_MS - (Date.now() - this.lastAggFlush));
      this.aggFlushTimer = setTimeout(() => this.flushAggregates(), wait);
    }
    this.scheduleAggregateRefresh();
  }

  private flushAggregates(): void {
    this.aggFlushTimer = null;
    this.lastAggFlush = Date.now();
    const qc = this.qc;
    const batch = this.aggBuffer;
    this.aggBuffer = [];
    if (!qc || !batch.length) return;
    for (const [key, v] of qc.getQueriesData<VolumeResponse>({ queryKey: volumeKeys.all })) {
      const fk = key[1];
      if (!v || !isFilterKey(fk)) continue;
      qc.setQueryData<VolumeResponse>(key, applyToVolume(v, admitted(fk, batch), key[2] as CountMode));
    }
    for (const [key, g] of qc.getQueriesData<GovernorateResponse>({ queryKey: governorateKeys.all })) {
      const fk = key[1];
      if (!g || !isFilterKey(fk)) continue;
      qc.setQueryData<GovernorateResponse>(key, applyToGovernorates(g, admitted(fk, batch)));
    }
  }

  /** Aggregates are corrected by a refetch at most once per AGGREGATE_REFRESH_MS. */
  private scheduleAggregateRefresh(): void {
    if (this.aggTimer) return;
    const wait = Math.max(1_000, AGGREGATE_REFRESH_MS - (Date.now() - this.lastAggRefresh));
    this.aggTimer = setTimeout(() => {
      this.aggTimer = null;
      this.lastAggRefresh = Date.now();
      const qc = this.qc;
      if (!qc) return;
      for (const k of [volumeKeys.all, governorateKeys.all, actorKeys.details()]) {
        void qc.invalidateQueries({ queryKey: k, refetchType: "active" });
      }
    }, wait);
  }

  private retract(ids: string[]): void {
    const qc = this.qc;
    if (!qc || !ids.length) return;
    const set = new Set(ids);
    for (const [key, page] of qc.getQueriesData<StatementPage>({ queryKey: statementKeys.lists() })) {
      if (page) qc.setQueryData<StatementPage>(key, removeFromPage(page, set));
    }
    this.scheduleAggregateRefresh();
  }

  private cluster(headId: string, mentions: number): void {
    const qc = this.qc;
    if (!qc) return;
    for (const [key, page] of qc.getQueriesData<StatementPage>({ queryKey: statementKeys.lists() })) {
      if (page) qc.setQueryData<StatementPage>(key, updateMentions(page, headId, mentions));
    }
    void qc.invalidateQueries({ queryKey: statementKeys.detail(headId) });
    this.scheduleAggregateRefresh();
  }
}

export const liveClient = new LiveClient();
