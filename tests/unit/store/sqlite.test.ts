import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteDb, createStore } from "../../../lib/store";
import { runStoreContract } from "./contract";
import { identityKeys } from "../../../lib/ingest/canonical";

runStoreContract("sqlite", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bayan-store-"));
  const path = join(dir, "nested", "bayan.db");
  return {
    open: (o) => createStore({ keys: identityKeys, sqlitePath: path, echoWindowHours: o?.echoWindowHours }),
    openDb: async () => new SqliteDb(path),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
