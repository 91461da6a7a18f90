/** KeyRepository: access keys and viewer tokens, stored as SHA-256 hashes of the secret. */
import type { AccessKey, KeyRole } from "../types";
import type { Db } from "./db";
import { iso } from "./keys";

interface KeyRow { id: string; name: string; role: string; hash: string; created_at: number | string; revoked_at: number | string | null }

const toKey = (r: KeyRow): AccessKey => ({
  id: r.id, name: r.name, role: r.role as KeyRole, hash: r.hash,
  createdAt: iso(Number(r.created_at)), revokedAt: r.revoked_at === null ? null : iso(Number(r.revoked_at)),
});

export async function insertAccessKey(db: Db, k: Omit<AccessKey, "revokedAt">): Promise<void> {
  await db.run(`INSERT INTO access_keys (id, name, role, hash, created_at) VALUES (?, ?, ?, ?, ?)`, [
    k.id, k.name, k.role, k.hash, Date.parse(k.createdAt),
  ]);
}

export async function listAccessKeys(db: Db): Promise<AccessKey[]> {
  const rows = await db.all<KeyRow>(`SELECT id, name, role, hash, created_at, revoked_at FROM access_keys ORDER BY created_at, id`);
  return rows.map(toKey);
}

export async function revokeAccessKey(db: Db, id: string, at: Date): Promise<boolean> {
  return (await db.run(`UPDATE access_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL`, [at.getTime(), id])) > 0;
}
