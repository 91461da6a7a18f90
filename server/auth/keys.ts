/**
 * Access keys: roles, secrets and their hashes. A secret is `byn_<role>_<43 chars of base64url>`
 * (256 random bits); only its SHA-256 is stored. Used by the server (KeyRing) and the `keys` CLI.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { KEY_ROLES, type AccessKey, type KeyRole, type KeyRepository } from "../../lib/store/types";
import { newId } from "../../lib/store/core/keys";

export { KEY_ROLES, type KeyRole };

/** Longest secret we bother hashing (anything longer cannot be a key). */
export const MAX_SECRET_LENGTH = 512;

const RANK: Record<KeyRole, number> = { viewer: 1, ingest: 2, admin: 3 };

/** admin ⊇ ingest ⊇ viewer. */
export function roleAllows(have: KeyRole, need: KeyRole): boolean {
  return RANK[have] >= RANK[need];
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Constant-time comparison of two strings (false when lengths differ). */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export function newSecret(role: KeyRole): string {
  return `byn_${role}_${randomBytes(32).toString("base64url")}`;
}

/** What the API and CLI show of a key: never the hash, never the secret. */
export interface AccessKeyView {
  id: string;
  name: string;
  role: KeyRole;
  createdAt: string;
  revokedAt: string | null;
}

export const viewOf = (k: AccessKey): AccessKeyView => ({ id: k.id, name: k.name, role: k.role, createdAt: k.createdAt, revokedAt: k.revokedAt });

/** Creates and stores a key; the secret is returned once and cannot be recovered later. */
export async function createAccessKey(
  store: KeyRepository,
  role: KeyRole,
  name: string,
  now = new Date(),
): Promise<{ key: AccessKeyView; secret: string }> {
  const secret = newSecret(role);
  const key: AccessKey = { id: `key_${newId(now.getTime())}`, name, role, hash: hashSecret(secret), createdAt: now.toISOString(), revokedAt: null };
  await store.insertAccessKey(key);
  return { key: viewOf(key), secret };
}
