/**
 * Two server instances sharing Redis (Socket.IO adapter) and one database (a fresh PostgreSQL
 * schema when PostgreSQL is reachable, else one SQLite file): a statement ingested on one
 * reaches a client connected to the other, and only if it matches the client's filter.
 * Skips with a message when Redis is unreachable and CI is not set; runs (and fails loudly) with CI=true.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStore } from "../../lib/store/index";
import type { Store } from "../../lib/store/types";
import { createApp, type BayanApp } from "../../server/app";
import { postgresUsable, tcpReachable } from "../support/services";
import { client, collect, ingest, statement, subscribe, tempDir, testEnv, type Client } from "./helpers";
import { identityKeys } from "../../lib/ingest/canonical";

const REDIS_URL = "redis://127.0.0.1:6379";
const PG_URL = "postgres://postgres@127.0.0.1:5432/test";

const redisUp = await tcpReachable(6379);
const pgUp = (await tcpReachable(5432)) && (await postgresUsable(PG_URL));
const SKIP = !redisUp && process.env.CI !== "true";
if (SKIP) console.warn("[cluster] skipped: Redis is not reachable at 127.0.0.1:6379 (set CI=true to force this test)");
if (!pgUp && !SKIP) console.warn("[cluster] PostgreSQL unreachable: the two instances share one SQLite file instead");

describe.skipIf(SKIP)(`two instances sharing Redis and ${pgUp ? "PostgreSQL" : "SQLite"}`, () => {
  const tmp = tempDir();
  const schema = `it_cluster_${randomBytes(4).toString("hex")}`;
  const redisKey = `bayan-it-${randomBytes(4).toString("hex")}`;
  const stores: Store[] = [];
  let a: BayanApp;
  let b: BayanApp;
  let onB: Client;

  beforeAll(async () => {
    const open = () =>
      pgUp ? createStore({ keys: identityKeys, databaseUrl: PG_URL, pgSchema: schema }) : createStore({ keys: identityKeys, sqlitePath: join(tmp.dir, "shared.db") });
    stores.push(await open(), await open());
    const env = testEnv(tmp.dir, { REDIS_URL });
    a = await createApp({ env, store: stores[0]!, redisKey });
    b = await createApp({ env, store: stores[1]!, redisKey });
    onB = await client(b);
  });

  afterAll(async () => {
    onB?.disconnect();
    await a?.close();
    await b?.close();
    for (const s of stores) await s.close();
    if (pgUp) {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    }
    tmp.cleanup();
  });

  it("a statement ingested on one instance reaches a matching client on the other, a non-matching one does not", async () => {
    const got = collect(onB);
    expect((await subscribe(onB, { filter: { actors: ["cl-actor-a"] } })).ok).toBe(true);
    await ingest(a, [statement({ actorId: "cl-actor-b", nameAr: "جهة ثانية", text: "بيان لا يخص المشترك." })]);
    await ingest(a, [statement({ actorId: "cl-actor-a", nameAr: "جهة أولى", text: "بيان يصل عبر الخادم الآخر." })]);
    const s = await got.waitFor((x) => x.actor.id === "cl-actor-a");
    expect(s.text).toBe("بيان يصل عبر الخادم الآخر.");
    expect(got.items.map((x) => x.actor.id)).toEqual(["cl-actor-a"]);
  });

  it("catch-up works against the other instance (shared store seqs)", async () => {
    const first = await client(a);
    const ack = await subscribe(first, { filter: { actors: ["cl-actor-a"] } });
    if (!ack.ok) throw new Error("subscribe failed");
    first.disconnect();
    await ingest(a, [statement({ actorId: "cl-actor-a", nameAr: "جهة أولى", text: "بيان فاته المشترك." })]);
    const second = await client(b);
    const re = await subscribe(second, { filter: { actors: ["cl-actor-a"] }, cursor: ack.data.head });
    if (!re.ok) throw new Error("resubscribe failed");
    expect(re.data.missed.map((x) => x.text)).toEqual(["بيان فاته المشترك."]);
    second.disconnect();
  });
});
