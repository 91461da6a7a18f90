/**
 * Demo source: synthetic statements at DEMO_RATE per minute with random bursts, through the
 * pipeline like any source (demo: true, outlet "Demo"). On first start with an empty store it
 * backfills DEMO_BACKFILL_HOURS of history (stored quietly: history is not pushed live).
 */
import type { Env } from "../../lib/env";
import type { Store } from "../../lib/store/types";
import type { Logger } from "../logger";
import { DEMO_SOURCE, type SourceActivity } from "../source-activity";
import type { Pipeline } from "../types";
import { backfillTimes, demoBurst, demoStatement, type Rng } from "./generate";

export interface DemoHandle {
  stop(): Promise<void>;
}

export function demoEnabled(env: Pick<Env, "DEMO" | "FEEDS_FILE" | "WATCH_DIR">): boolean {
  if (env.DEMO === "on") return true;
  if (env.DEMO === "off") return false;
  return !env.FEEDS_FILE && !env.WATCH_DIR;
}

const BATCH = 500;
const MAX_BACKFILL = 20_000;
const MAX_BACKFILL_PER_HOUR = 240;

/**
 * History for an empty store. With `store`, each statement is also recorded as an item of the demo source
 * at its statement time (no publication time, so it stays out of the delay), so the demo's card on /sources
 * counts the same statements per hour and day as the charts do.
 */
export async function backfill(deps: { pipeline: Pipeline; rng: Rng; now: Date; hours: number; perHour: number; store?: Store }): Promise<number> {
  const times = backfillTimes(deps.rng, deps.now, deps.hours, deps.perHour).slice(-MAX_BACKFILL);
  for (let i = 0; i < times.length; i += BATCH) {
    const batch = times.slice(i, i + BATCH).map((t) => demoStatement(deps.rng, t));
    const outcomes = await deps.pipeline.ingestStatements(batch, { demo: true, quiet: true });
    const store = deps.store;
    if (store) {
      await Promise.all(outcomes.filter((o) => !o.duplicate).map((o) => store.recordSourceItem(DEMO_SOURCE.id, {
        key: `statement:${o.statement.id}`, articleId: null, publishedAt: null, ingestedAt: o.statement.statedAt,
      })));
    }
  }
  return times.length;
}

export async function startDemo(
  deps: { env: Env; store: Store; pipeline: Pipeline; logger: Logger; rng?: Rng; activity?: SourceActivity },
): Promise<DemoHandle> {
  const { env, pipeline, logger, activity } = deps;
  const rng = deps.rng ?? Math.random;
  if (env.DEMO_BACKFILL_HOURS > 0 && (await deps.store.head()) === 0) {
    const started = Date.now();
    // History at the live rate, so the current hour does not tower over the past (capped for start-up time).
    const perHour = Math.min(MAX_BACKFILL_PER_HOUR, env.DEMO_RATE * 60);
    const n = await backfill({ pipeline, rng, now: new Date(), hours: env.DEMO_BACKFILL_HOURS, perHour, store: deps.store });
    logger.info("demo history generated", { statements: n, hours: env.DEMO_BACKFILL_HOURS, ms: Date.now() - started });
  }
  await activity?.register(DEMO_SOURCE);

  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let inflight: Promise<unknown> = Promise.resolve();
  const meanDelayMs = 60_000 / env.DEMO_RATE;

  const tick = () => {
    if (stopped) return;
    const now = new Date();
    const burst = rng() < 0.04;
    const batch = burst ? demoBurst(rng, now, 4 + Math.floor(rng() * 9)) : [demoStatement(rng, now)];
    inflight = pipeline
      // The pipeline records one `demo` item per statement produced, so the demo source counts what it generated.
      .ingestStatements(batch, { demo: true, sourceId: DEMO_SOURCE.id })
      .then(() => activity?.delivered(DEMO_SOURCE))
      .catch((e: unknown) => logger.warn("demo insert failed", { err: e }));
    schedule();
  };
  const schedule = () => {
    if (stopped) return;
    const delay = Math.min(10 * meanDelayMs, -Math.log(1 - rng()) * meanDelayMs);
    timer = setTimeout(tick, Math.max(20, delay));
    timer.unref();
  };
  schedule();
  logger.info("demo source running", { perMinute: env.DEMO_RATE });

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inflight;
    },
  };
}
