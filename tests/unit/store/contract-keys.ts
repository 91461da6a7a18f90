/** Contract: access keys (hashed secrets, roles, revocation). */
import { expect, it } from "vitest";
import type { SqlStore } from "../../../lib/store";

type Fresh = () => Promise<{ store: SqlStore; open: () => Promise<SqlStore> }>;

const HASH_A = "a".repeat(64);
const HASH_B = "b".repeat(64);

export function runKeyContract(fresh: Fresh): void {
  it("access keys: insert, list oldest first, revoke once, survive re-open", async () => {
    const { store, open } = await fresh();
    await store.insertAccessKey({ id: "k1", name: "wall lobby", role: "viewer", hash: HASH_A, createdAt: "2026-12-01T10:00:00.000Z" });
    await store.insertAccessKey({ id: "k2", name: "scraper", role: "ingest", hash: HASH_B, createdAt: "2026-12-01T11:00:00.000Z" });
    expect(await store.listAccessKeys()).toEqual([
      { id: "k1", name: "wall lobby", role: "viewer", hash: HASH_A, createdAt: "2026-12-01T10:00:00.000Z", revokedAt: null },
      { id: "k2", name: "scraper", role: "ingest", hash: HASH_B, createdAt: "2026-12-01T11:00:00.000Z", revokedAt: null },
    ]);
    expect(await store.revokeAccessKey("k1", new Date("2026-12-02T00:00:00Z"))).toBe(true);
    expect(await store.revokeAccessKey("k1", new Date("2026-12-03T00:00:00Z"))).toBe(false);
    expect(await store.revokeAccessKey("missing", new Date())).toBe(false);
    await store.close();
    const again = await open();
    const keys = await again.listAccessKeys();
    expect(keys.map((k) => [k.id, k.revokedAt])).toEqual([["k1", "2026-12-02T00:00:00.000Z"], ["k2", null]]);
  });

  it("access keys: a hash is stored once and the role is checked", async () => {
    const { store } = await fresh();
    await store.insertAccessKey({ id: "k1", name: "a", role: "admin", hash: HASH_A, createdAt: "2026-12-01T10:00:00.000Z" });
    await expect(store.insertAccessKey({ id: "k2", name: "b", role: "admin", hash: HASH_A, createdAt: "2026-12-01T10:00:00.000Z" })).rejects.toThrow();
    await expect(
      store.insertAccessKey({ id: "k3", name: "c", role: "root" as never, hash: HASH_B, createdAt: "2026-12-01T10:00:00.000Z" }),
    ).rejects.toThrow();
    expect((await store.listAccessKeys()).map((k) => k.id)).toEqual(["k1"]);
  });
}
