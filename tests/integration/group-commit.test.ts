/**
 * Group commit end to end: the real server (port 0, SQLite file) receives N concurrent POST /api/statements;
 * every statement is stored exactly once, every response arrives only after its rows are committed (a second
 * connection to the database file reads them back at once), and concurrent requests shared transactions.
 */
import Database from "better-sqlite3";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestResult } from "../../lib/contract/dto";
import { identityKeys } from "../../lib/ingest/canonical";
import { createStore, type SqlStore } from "../../lib/store";
import { createApp, type BayanApp } from "../../server/app";
import { API_KEY, statement, tempDir, testEnv } from "./helpers";

const N = 40;
const tmp = tempDir();
const dbPath = join(tmp.dir, "bayan.db");
let store: SqlStore;
let app: BayanApp;

beforeAll(async () => {
  store = await createStore({ keys: identityKeys, sqlitePath: dbPath });
  app = await createApp({ env: testEnv(tmp.dir), store });
});
afterAll(async () => {
  await app?.close();
  await store?.close();
  tmp.cleanup();
});

/** Rows visible to another connection: committed ones only. */
function committed(sql: string, params: unknown[] = []): unknown[] {
  const other = new Database(dbPath, { readonly: true });
  try {
    return other.prepare(sql).all(...params);
  } finally {
    other.close();
  }
}

const post = (i: number, extra = 0) => fetch(`${app.url}/api/statements`, {
  method: "POST",
  headers: { "content-type": "application/json", "x-api-key": API_KEY },
  body: JSON.stringify({
    statements: Array.from({ length: 1 + extra }, (_, j) => statement({
      actorId: `gc-actor-${i % 5}`, nameAr: `جهة اختبار ${i % 5}`, key: `gc-${i}-${j}`,
      text: `نص اختبار التجميع رقم ${i} والجزء ${j} عن صيانة الطرق`, governorates: ["SY-HL"],
    })),
  }),
});

describe("group commit (POST /api/statements)", () => {
  it("stores N concurrent requests exactly once and answers each only after its commit", async () => {
    const before = store.groupCommitStats();
    const readBack: number[] = [];
    const results = await Promise.all(Array.from({ length: N }, (_, i) => post(i, i % 3).then(async (res) => {
      expect(res.status).toBe(201);
      const body = (await res.json()) as { data: IngestResult };
      const ids = body.data.results.map((r) => r.id);
      // At the moment the response arrived, the rows were already committed.
      const rows = committed(`SELECT id FROM statements WHERE id IN (${ids.map(() => "?").join(", ")})`, ids);
      readBack.push(rows.length);
      expect(rows).toHaveLength(ids.length);
      return body.data.results;
    })));
    const expected = Array.from({ length: N }, (_, i) => 1 + (i % 3)).reduce((a, b) => a + b, 0);
    expect(results.flat()).toHaveLength(expected);
    expect(readBack.reduce((a, b) => a + b, 0)).toBe(expected);
    const keys = committed("SELECT idempotency_key AS k FROM statements WHERE idempotency_key LIKE 'gc-%'") as { k: string }[];
    expect(keys).toHaveLength(expected);
    expect(new Set(keys.map((r) => r.k)).size).toBe(expected);
    const after = store.groupCommitStats();
    expect(after.jobs - before.jobs).toBeGreaterThanOrEqual(N);
    // Concurrent requests shared at least one transaction.
    expect(after.largestBatch).toBeGreaterThan(1);
    expect(after.batches).toBeGreaterThan(before.batches);
  });

  it("the same N requests again are all duplicates: nothing stored twice", async () => {
    const statuses = await Promise.all(Array.from({ length: N }, (_, i) => post(i, i % 3).then(async (r) => {
      const body = (await r.json()) as { data: IngestResult };
      expect(body.data.results.every((x) => x.duplicate)).toBe(true);
      return r.status;
    })));
    expect(statuses.every((s) => s === 200)).toBe(true);
    const n = committed("SELECT COUNT(*) AS n FROM statements WHERE idempotency_key LIKE 'gc-%'") as { n: number }[];
    expect(n[0]!.n).toBe(Array.from({ length: N }, (_, i) => 1 + (i % 3)).reduce((a, b) => a + b, 0));
  });

  it("an invalid request in a busy moment fails alone with its error code; the others are stored", async () => {
    const bad = fetch(`${app.url}/api/statements`, {
      method: "POST", headers: { "content-type": "application/json", "x-api-key": API_KEY },
      body: JSON.stringify({ statements: [{ ...statement({ actorId: "gc-x", nameAr: "س", text: "نص" }), governorates: ["XX-NO"] }] }),
    });
    const goods = Array.from({ length: 10 }, (_, i) => post(1000 + i));
    const [b, ...g] = await Promise.all([bad, ...goods]);
    expect(b!.status).toBe(400);
    expect(((await b!.json()) as { error: { code: string } }).error.code).toBe("unknown_governorate");
    expect(g.map((r) => r.status)).toEqual(Array(10).fill(201));
  });
});
