/**
 * GET /api/sources (every source with health and activity), and the feed admin API (API key):
 * POST /api/sources/feeds, PATCH /api/sources/feeds/:id, DELETE /api/sources/feeds/:id, POST /api/sources/feeds/:id/poll.
 * Edits are persisted back to FEEDS_FILE by the FeedManager.
 */
import { AppError } from "../../../lib/errors";
import type { SourceDTO, SourcesResponse } from "../../../lib/contract/sources";
import type { SourceState } from "../../../lib/store/types";
import type { AppContext } from "../../context";
import { feedConfigSchema, feedIdSchema, feedPatchSchema, type FeedConfig } from "../../ingest/sources/feeds-config";
import { FeedConflictError, type FeedManager } from "../../ingest/sources/feed-manager";
import { feedSourceId } from "../../ingest/sources/feed-poll";
import { getFeedManager } from "../../ingest/sources/registry";
import { parseOrThrow } from "../validate";
import type { RouteModule } from "../types";

function manager(app: AppContext): FeedManager {
  const m = getFeedManager(app.store);
  if (!m || !app.env.FEEDS_FILE) throw new AppError("unavailable", "Feeds are not configured: set FEEDS_FILE and restart");
  return m;
}

function feedId(raw: string | undefined): string {
  return parseOrThrow(feedIdSchema, raw, "feed id");
}

async function toDto(app: AppContext, s: SourceState, feeds: FeedManager | null, now: Date): Promise<SourceDTO> {
  const [hour, day] = await Promise.all([
    app.store.sourceActivity(s.id, new Date(now.getTime() - 3_600_000)),
    app.store.sourceActivity(s.id, new Date(now.getTime() - 86_400_000)),
  ]);
  const feedStatus = s.kind === "feed" && feeds ? feeds.status(s.id.slice("feed:".length)) : null;
  const failingMs = s.state === "failing" && s.failingSince ? now.getTime() - Date.parse(s.failingSince) : 0;
  return {
    id: s.id,
    kind: s.kind,
    name: s.name,
    state: s.state,
    lastSuccessAt: s.lastSuccessAt,
    lastErrorAt: s.lastErrorAt,
    lastError: s.lastError,
    failingSince: s.failingSince,
    failingTooLong: failingMs > app.env.SOURCE_FAILING_AFTER_SECONDS * 1000,
    itemsLastHour: hour.items,
    itemsLastDay: day.items,
    statementsLastHour: hour.statements,
    statementsLastDay: day.statements,
    articlesLastHour: hour.articles,
    articlesLastDay: day.articles,
    medianDelayMs: day.medianDelayMs,
    replayedLastDay: day.replayed,
    feed: feedStatus
      ? {
          id: feedStatus.config.id,
          url: feedStatus.config.url,
          intervalSeconds: feedStatus.config.intervalSeconds,
          outlet: feedStatus.config.outlet ?? null,
          language: feedStatus.config.language ?? null,
          enabled: feedStatus.config.enabled,
          failures: feedStatus.failures,
          nextPollAt: feedStatus.nextPollAt,
        }
      : null,
  };
}

async function addFeed(m: FeedManager, body: unknown): Promise<FeedConfig> {
  const config = parseOrThrow(feedConfigSchema, body, "feed");
  try {
    return await m.add(config);
  } catch (e) {
    if (e instanceof FeedConflictError) throw new AppError("conflict", e.message);
    throw e;
  }
}

export const sourceRoutes: RouteModule = (app) => [
  {
    method: "GET",
    path: "/api/sources",
    access: "viewer",
    async handler() {
      const now = new Date();
      const feeds = getFeedManager(app.store);
      const states = await app.store.listSources();
      const sources = await Promise.all(states.map((s) => toDto(app, s, feeds, now)));
      sources.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
      const data: SourcesResponse = {
        sources,
        feedsEditable: feeds !== null && app.env.FEEDS_FILE !== undefined,
        failingAfterSeconds: app.env.SOURCE_FAILING_AFTER_SECONDS,
        serverTime: now.toISOString(),
      };
      return { data };
    },
  },
  {
    method: "POST",
    path: "/api/sources/feeds",
    access: "admin",
    async handler(rc) {
      const m = manager(app);
      return { status: 201, data: { feed: await addFeed(m, await rc.json()) } };
    },
  },
  {
    method: "PATCH",
    path: "/api/sources/feeds/:id",
    access: "admin",
    async handler(rc) {
      const m = manager(app);
      const id = feedId(rc.params.id);
      const patch = parseOrThrow(feedPatchSchema, await rc.json(), "feed patch");
      const feed = await m.update(id, patch);
      if (!feed) throw new AppError("not_found", `No feed "${id}"`);
      return { data: { feed } };
    },
  },
  {
    method: "DELETE",
    path: "/api/sources/feeds/:id",
    access: "admin",
    async handler(rc) {
      const m = manager(app);
      const id = feedId(rc.params.id);
      if (!(await m.remove(id))) throw new AppError("not_found", `No feed "${id}"`);
      return { data: { removed: feedSourceId(id) } };
    },
  },
  {
    method: "POST",
    path: "/api/sources/feeds/:id/poll",
    access: "admin",
    async handler(rc) {
      const m = manager(app);
      const id = feedId(rc.params.id);
      const summary = await m.pollNow(id);
      if (!summary) throw new AppError("not_found", `No feed "${id}"`);
      return { data: { poll: summary } };
    },
  },
];
