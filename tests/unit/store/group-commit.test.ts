/**
 * The group-commit queue on a real SQLite file: jobs of one turn share a transaction, jobs arriving
 * during a commit form the next batch, batches are bounded, results come after the commit (seen by
 * a second connection), and a failing job fails alone (fallback to one transaction per job).
 */
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteDb } from "../../../lib/store";
import type { Db } from "../../../lib/store/core/db";
import { GroupCommit } from "../../../lib/store/core/group-commit";

let dir: string;
let path: string;
let db: SqliteDb;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "bayan-gc-"));
  path = join(dir, "gc.db");
  db = new SqliteDb(path);
  await db.exec("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)");
});
afterEach(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A second connection: sees only committed rows. */
function committedKeys(): string[] {
  const other = new Database(path, { readonly: true });
  try {
    return (other.prepare("SELECT k FROM t ORDER BY k").all() as { k: string }[]).map((r) => r.k);
  } finally {
    other.close();
  }
}

const insert = (k: string, v = 1) => async (t: Db) => {
  await t.run("INSERT INTO t (k, v) VALUES (?, ?)", [k, v]);
  return k;
};

describe("group commit", () => {
  it("commits the jobs of one turn in one transaction and settles each after the commit", async () => {
    const gc = new GroupCommit(db);
    const seenAtResolve: string[][] = [];
    const keys = Array.from({ length: 10 }, (_, i) => `k${String(i).padStart(2, "0")}`);
    const results = await Promise.all(keys.map((k) => gc.submit(insert(k)).then((r) => {
      seenAtResolve.push(committedKeys());
      return r;
    })));
    expect(results).toEqual(keys);
    expect(gc.stats).toMatchObject({ batches: 1, jobs: 10, largestBatch: 10, fallbacks: 0 });
    // Every job, when its promise resolved, was already visible to another connection.
    for (const seen of seenAtResolve) expect(seen).toEqual(keys);
  });

  it("a lone job commits alone, without waiting for company", async () => {
    const gc = new GroupCommit(db);
    expect(await gc.submit(insert("solo"))).toBe("solo");
    expect(gc.stats).toMatchObject({ batches: 0, jobs: 1, largestBatch: 1 });
    expect(committedKeys()).toEqual(["solo"]);
  });

  it("jobs submitted while a commit runs form the next batch", async () => {
    const gc = new GroupCommit(db);
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const slow = gc.submit(async (t) => {
      await t.run("INSERT INTO t (k, v) VALUES ('slow', 1)");
      await gate;
      return "slow";
    });
    await new Promise((r) => setImmediate(r));
    // The slow commit is running: these three wait and then share one transaction.
    const later = ["a", "b", "c"].map((k) => gc.submit(insert(k)));
    await new Promise((r) => setTimeout(r, 20));
    expect(committedKeys()).toEqual([]);
    release();
    expect(await Promise.all([slow, ...later])).toEqual(["slow", "a", "b", "c"]);
    expect(gc.stats).toMatchObject({ batches: 1, jobs: 4, largestBatch: 3 });
  });

  it("bounds a batch by job count and by weight", async () => {
    const byJobs = new GroupCommit(db, { maxJobs: 4 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => byJobs.submit(insert(`j${i}`))));
    expect(byJobs.stats.largestBatch).toBe(4);
    expect(byJobs.stats.jobs).toBe(10);
    const byWeight = new GroupCommit(db, { maxWeight: 10 });
    // Weights 6, 6, 6: no two fit together, and a job heavier than the bound still runs.
    await Promise.all([byWeight.submit(insert("w1"), 6), byWeight.submit(insert("w2"), 6), byWeight.submit(insert("w3"), 60)]);
    expect(byWeight.stats).toMatchObject({ batches: 0, largestBatch: 1, jobs: 3 });
    expect(committedKeys()).toHaveLength(13);
  });

  it("a failing job fails alone: the batch is rolled back and every job re-runs in its own transaction", async () => {
    const gc = new GroupCommit(db);
    let runsOfGood = 0;
    const good = (k: string) => async (t: Db) => {
      runsOfGood++;
      return insert(k)(t);
    };
    const settled = await Promise.allSettled([
      gc.submit(good("g1")),
      gc.submit(async (t) => {
        await t.run("INSERT INTO t (k, v) VALUES ('bad', 1)");
        throw new Error("rejected by validation");
      }),
      gc.submit(good("g2")),
      // A duplicate key inside the batch: fails only itself after the fallback.
      gc.submit(insert("g1")),
    ]);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled", "rejected"]);
    expect((settled[1] as PromiseRejectedResult).reason).toBeInstanceOf(Error);
    expect(committedKeys()).toEqual(["g1", "g2"]);
    expect(gc.stats.fallbacks).toBe(1);
    // g1 ran in the batch (rolled back when the second job threw) and once more alone; g2 only alone.
    expect(runsOfGood).toBe(3);
  });

  it("while jobs arrive fast, jobs of the next few turns wait up to busyWindowMs and share one transaction", async () => {
    for (const [window, expectedLargest] of [[200, 3], [0, 1]] as const) {
      const gc = new GroupCommit(db, { busyWindowMs: window });
      // Six jobs in a row: an arrival rate of about 6/s, so at least one more is expected within 200 ms.
      for (let k = 0; k < 6; k++) await gc.submit(insert(`warm-${window}-${k}`));
      expect(gc.stats.largestBatch).toBe(1);
      await new Promise((r) => setImmediate(r));
      // Three jobs in three different event-loop turns.
      const a = gc.submit(insert(`a-${window}`));
      await new Promise((r) => setImmediate(r));
      const b = gc.submit(insert(`b-${window}`));
      await new Promise((r) => setImmediate(r));
      const c = gc.submit(insert(`c-${window}`));
      await Promise.all([a, b, c]);
      expect([window, gc.stats.largestBatch]).toEqual([window, expectedLargest]);
    }
  });

  it("a lone job commits at once: below one arrival per window nothing waits", async () => {
    const gc = new GroupCommit(db, { busyWindowMs: 200 });
    const t0 = performance.now();
    await gc.submit(insert("lone-1"));
    await new Promise((r) => setTimeout(r, 20));
    await gc.submit(insert("lone-2"));
    expect(performance.now() - t0).toBeLessThan(150);
    expect(committedKeys()).toEqual(expect.arrayContaining(["lone-1", "lone-2"]));
  });

  it("drain waits for every submitted job", async () => {
    const gc = new GroupCommit(db);
    const p = Promise.all(["x", "y"].map((k) => gc.submit(insert(k))));
    await gc.drain();
    expect(committedKeys()).toEqual(["x", "y"]);
    await p;
  });
});
