/**
 * The store contract against PostgreSQL: a fresh schema per test, dropped afterwards.
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test). With CI=true PostgreSQL is
 * required; otherwise the suite is skipped with a message when it is unreachable.
 */
import pg from "pg";
import { describe, it } from "vitest";
import { PgDb, createStore, ensureSchema } from "../../../lib/store";
import { postgresUsable } from "../../support/services";
import { runStoreContract } from "./contract";

const URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const required = process.env.CI === "true";

const up = await postgresUsable(URL);
let n = 0;

if (!up && !required) {
  describe.skip(`postgres store contract (PostgreSQL unreachable at ${URL}; set CI=true to require it)`, () => {
    it("skipped", () => undefined);
  });
} else {
  runStoreContract("postgres", async () => {
    const schema = `bayan_test_${process.pid}_${Date.now().toString(36)}_${n++}`;
    return {
      open: (o) => createStore({ databaseUrl: URL, pgSchema: schema, echoWindowHours: o?.echoWindowHours }),
      openDb: async () => {
        await ensureSchema(URL, schema);
        return PgDb.create(URL, schema);
      },
      dispose: async () => {
        const c = new pg.Client({ connectionString: URL });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await c.end();
      },
    };
  });
}
