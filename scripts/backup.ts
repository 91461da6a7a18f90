/**
 * Online backup: `npm run backup -- <dest>` copies the SQLite database (SQLITE_PATH) to <dest> with
 * better-sqlite3's online backup API, page by page, safe while the server is running and writing.
 * With DATABASE_URL (PostgreSQL) it prints the pg_dump command to use instead and exits 2.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { loadEnvOrReport } from "../lib/env";

async function main(): Promise<number> {
  const dest = process.argv[2];
  if (!dest) {
    console.error("usage: npm run backup -- <destination file>");
    return 2;
  }
  const env = loadEnvOrReport();
  if (!env) return 1;
  if (env.DATABASE_URL) {
    console.error("DATABASE_URL is set (PostgreSQL): back up with pg_dump, which takes a consistent snapshot while the server runs:\n" +
      `  pg_dump --format=custom --file ${JSON.stringify(dest)} "$DATABASE_URL"\n` +
      "restore with: pg_restore --clean --dbname \"$DATABASE_URL\" <file>");
    return 2;
  }
  if (!existsSync(env.SQLITE_PATH)) {
    console.error(`no database at SQLITE_PATH=${env.SQLITE_PATH}`);
    return 1;
  }
  if (path.resolve(dest) === path.resolve(env.SQLITE_PATH)) {
    console.error("the destination is the live database itself");
    return 1;
  }
  const db = new Database(env.SQLITE_PATH, { readonly: true, fileMustExist: true });
  try {
    const t0 = Date.now();
    const r = await db.backup(dest);
    console.log(`backed up ${env.SQLITE_PATH} → ${dest} (${r.totalPages} pages, ${Date.now() - t0} ms)`);
    return 0;
  } finally {
    db.close();
  }
}

main().then((code) => process.exit(code), (e: unknown) => { console.error(e); process.exit(1); });
