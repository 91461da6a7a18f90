/** `npm run keys` against the database of a running server: a created key works at once; a revoked one stops within seconds. */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../server/app";
import { api, useApp } from "./helpers";

const run = promisify(execFile);

describe("keys CLI", () => {
  const h = useApp({ KEY_REFRESH_SECONDS: "0.5" });
  const cli = (...args: string[]) =>
    run(process.execPath, ["--import", "tsx", "scripts/keys.ts", ...args], {
      cwd: REPO_ROOT, env: { ...process.env, SQLITE_PATH: join(h.dir, "bayan.db"), API_KEY: "", DATABASE_URL: "" },
    });

  it("create → the server accepts the key; list shows no secret; revoke → 401 within seconds", async () => {
    const created = JSON.parse((await cli("create", "--role", "ingest", "--name", "cli scraper", "--json")).stdout) as {
      key: { id: string; role: string }; secret: string;
    };
    expect(created.key.role).toBe("ingest");
    const write = () => api(h.app, "/api/statements", { key: created.secret, body: { statements: [] } });
    // Seen by the server once its key ring refreshes (KEY_REFRESH_SECONDS).
    await expect.poll(async () => (await write()).status, { timeout: 5000 }).toBe(400);
    const listed = (await cli("list")).stdout;
    expect(listed).toContain(created.key.id);
    expect(listed).not.toContain(created.secret);
    expect((await cli("revoke", created.key.id)).stdout).toContain("revoked");
    await expect.poll(async () => (await write()).json.error?.code, { timeout: 5000 }).toBe("unauthorized");
    await expect(cli("revoke", created.key.id)).rejects.toMatchObject({ code: 1 });
    await expect(cli("create", "--role", "root", "--name", "x")).rejects.toMatchObject({ code: 2 });
  }, 120_000); // five CLI processes, each loading tsx: slow on a busy 2-core machine
});
