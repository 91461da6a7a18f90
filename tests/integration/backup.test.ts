/** `npm run backup` against a running app's SQLite file: the copy opens and holds every acknowledged statement. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ingest, startApp, statement, tempDir } from "./helpers";

describe("backup", () => {
  it("copies the live SQLite database while the server runs", async () => {
    const tmp = tempDir();
    const app = await startApp(tmp.dir);
    try {
      const items = Array.from({ length: 20 }, (_, i) =>
        statement({ actorId: "it-backup", nameAr: "جهة النسخ", text: `أعلنت الجهة إنجاز المرحلة ${i + 1} من أعمال الصيانة.`, key: `backup-${i}` }));
      await ingest(app, items);
      const dest = path.join(tmp.dir, "copy.db");
      const { DATABASE_URL: _pg, ...env } = process.env;
      const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/backup.ts", dest], {
        env: { ...env, SQLITE_PATH: path.join(tmp.dir, "bayan.db") }, encoding: "utf8",
      });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const db = new Database(dest, { readonly: true });
      const n = (db.prepare("SELECT count(*) AS n FROM statements").get() as { n: number }).n;
      db.close();
      expect(n).toBe(20);
    } finally {
      await app.close();
      tmp.cleanup();
    }
  });
});
