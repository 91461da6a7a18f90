/**
 * Property: the SQL in lib/store (filterWhere, via listStatements) and the contract's
 * `matchesFilter` (lib/contract/filter.ts, used by rooms and the browser cache) select the same
 * statements for generated filters. SQLite always; PostgreSQL when reachable (required with CI=true).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StatementDTO } from "../../../lib/contract/dto";
import { matchesFilter, resolveRange, RANGE_PRESETS } from "../../../lib/contract/filter";
import type { Filter } from "../../../lib/contract/schemas";
import { GOVERNORATE_CODES } from "../../../lib/domain/governorates";
import { STATEMENT_TYPES } from "../../../lib/domain/statement";
import { createStore, type SqlStore } from "../../../lib/store";
import { postgresUsable } from "../../support/services";
import { ACTORS, T0, hoursFrom, stmt } from "./fixtures";
import { identityKeys } from "../../../lib/ingest/canonical";

const ACTOR_LIST = Object.values(ACTORS);
const GOVS = GOVERNORATE_CODES.slice(0, 5);
const TYPES = STATEMENT_TYPES.slice(0, 4);
const VERBS = ["أكد", "أعلن", "نفى", "حذر", "قال", "أوضح"];
const TOPICS = ["المياه", "الطرق", "الكهرباء", "المدارس", "المستشفيات", "الأسواق", "الجسور"];

const offsetOf = (i: number) => -((i * 11.5) % 960);

/** 84 statements over ~40 days with every combination of actor / type / governorates / security. */
function inputs() {
  const out = [];
  for (let i = 0; i < 84; i++) {
    const govs = i % 4 === 0 ? [] : [GOVS[i % GOVS.length]!, ...(i % 3 === 0 ? [GOVS[(i + 2) % GOVS.length]!] : [])];
    out.push(stmt({
      actor: ACTOR_LIST[i % ACTOR_LIST.length],
      type: TYPES[i % TYPES.length],
      text: `${VERBS[i % VERBS.length]} المسؤول أن مشروع ${TOPICS[i % TOPICS.length]} في المنطقة ${i} سيكتمل قريبا`,
      statedAt: hoursFrom(T0, offsetOf(i)).toISOString(),
      governorates: [...new Set(govs)],
      securityOperation: i % 5 === 0,
    }));
  }
  return out;
}

const subset = <T>(xs: readonly T[]) => fc.subarray([...xs], { maxLength: 3 });
/** Instants around the data (often exactly a statement's time), in UTC or with a +03:00 offset (Damascus). */
const hour = fc.oneof(fc.integer({ min: -1000, max: 24 }), fc.integer({ min: 0, max: 83 }).map(offsetOf));
const instant = hour.chain((h) =>
  fc.boolean().map((utc) => {
    const d = hoursFrom(T0, h);
    if (utc) return d.toISOString();
    const local = new Date(d.getTime() + 3 * 3_600_000).toISOString().replace("Z", "+03:00");
    return local;
  }),
);
const filterArb: fc.Arbitrary<Filter> = fc.record({
  actors: subset(ACTOR_LIST.map((a) => a.id)),
  governorates: subset(GOVS),
  types: subset(TYPES),
  security: fc.option(fc.boolean(), { nil: undefined }),
  from: fc.option(instant, { nil: undefined }),
  to: fc.option(instant, { nil: undefined }),
}).map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length))) as Filter);

/** A view range resolved against a clock, as the browser does. */
const viewArb = fc.record({
  range: fc.constantFrom(...RANGE_PRESETS.filter((r) => r !== "custom")),
  now: fc.integer({ min: -900, max: 24 }).map((h) => hoursFrom(T0, h).getTime()),
  actors: subset(ACTOR_LIST.map((a) => a.id)),
});

function agreement(label: string, open: () => Promise<{ store: SqlStore; dispose: () => Promise<void> }>) {
  describe(`filter agreement: SQL and matchesFilter (${label})`, () => {
    let store: SqlStore;
    let dispose: () => Promise<void>;
    let all: StatementDTO[];
    beforeAll(async () => {
      ({ store, dispose } = await open());
      await store.insertStatements(inputs(), { now: T0 });
      all = (await store.listStatements({ echoes: true, limit: 500 })).items;
    });
    afterAll(async () => {
      await store.close();
      await dispose();
    });

    const sqlIds = async (f: Filter) =>
      (await store.listStatements({ ...f, echoes: true, limit: 500 })).items.map((s) => s.id).sort();
    const jsIds = (f: Filter) => all.filter((s) => matchesFilter(s, f)).map((s) => s.id).sort();

    it("stores the generated statements", () => {
      expect(all.length).toBe(84);
    });

    it("selects the same statements for generated filters", async () => {
      await fc.assert(fc.asyncProperty(filterArb, async (f) => {
        expect(await sqlIds(f)).toEqual(jsIds(f));
      }), { numRuns: 150 });
    });

    it("the first page's total equals the number of matches (rollup-backed count with raw edge hours), heads and mentions", async () => {
      const shift = (iso: string | undefined, min: number) => (iso ? new Date(Date.parse(iso) + min * 60_000).toISOString() : undefined);
      await fc.assert(fc.asyncProperty(filterArb, fc.integer({ min: -59, max: 59 }), fc.integer({ min: -59, max: 59 }), async (f0, a, b) => {
        const f = Object.fromEntries(Object.entries({ ...f0, from: shift(f0.from, a), to: shift(f0.to, b) }).filter(([, v]) => v !== undefined)) as Filter;
        const matches = all.filter((s) => matchesFilter(s, f));
        expect((await store.listStatements({ ...f, echoes: true, limit: 1 })).total).toBe(matches.length);
        expect((await store.listStatements({ ...f, echoes: false, limit: 1 })).total).toBe(matches.filter((s) => s.echoOf === null).length);
      }), { numRuns: 150 });
    });

    it("selects the same statements for relative ranges resolved against a clock", async () => {
      await fc.assert(fc.asyncProperty(viewArb, async ({ range, now, actors }) => {
        const f: Filter = { ...(actors.length ? { actors } : {}), ...resolveRange({ range, from: null, to: null }, now) };
        expect(await sqlIds(f)).toEqual(jsIds(f));
      }), { numRuns: 60 });
    });
  });
}

agreement("sqlite", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bayan-filter-"));
  return {
    store: await createStore({ keys: identityKeys, sqlitePath: join(dir, "bayan.db") }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

const PG_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
if (await postgresUsable(PG_URL)) {
  agreement("postgres", async () => {
    const schema = `bayan_filter_${process.pid}_${Date.now().toString(36)}`;
    return {
      store: await createStore({ keys: identityKeys, databaseUrl: PG_URL, pgSchema: schema }),
      dispose: async () => {
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await c.end();
      },
    };
  });
} else if (process.env.CI === "true") {
  throw new Error(`PostgreSQL unreachable at ${PG_URL} (required with CI=true)`);
} else {
  describe.skip(`filter agreement (postgres): PostgreSQL unreachable at ${PG_URL}; set CI=true to require it`, () => undefined);
}
