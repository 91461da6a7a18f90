/** Row ids, derived actor ids and time helpers. Statement and URL keys come from lib/ingest (StoreKeys). */
import { createHash, randomBytes } from "node:crypto";
import { compact } from "../../text/normalize";

const B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

let pool = Buffer.alloc(0);
let poolPos = 0;

/** ULID-like id: 10 chars of millisecond time (sortable) + 16 random chars. */
export function newId(nowMs: number): string {
  let t = Math.max(0, Math.floor(nowMs));
  let time = "";
  for (let i = 0; i < 10; i++) {
    time = B32[t % 32] + time;
    t = Math.floor(t / 32);
  }
  if (poolPos + 16 > pool.length) {
    pool = randomBytes(4096);
    poolPos = 0;
  }
  let rand = "";
  for (let i = 0; i < 16; i++) rand += B32[pool[poolPos++]! % 32];
  return time + rand;
}

function sha1(s: string): string {
  return createHash("sha1").update(s).digest("hex");
}

/** Stable id of a discovered actor without an explicit id. */
export function derivedActorId(nameAr: string): string {
  return `x-${sha1(compact(nameAr).toLowerCase()).slice(0, 12)}`;
}

/** Label of a source in a cluster's outlet list: the outlet name, else the URL's host. */
export function outletLabel(outlet: string | null, url: string | null): string | null {
  if (outlet) return outlet;
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export const HOUR_MS = 3_600_000;
export const hourOf = (ms: number): number => Math.floor(ms / HOUR_MS);
export const iso = (ms: number): string => new Date(ms).toISOString();
export const ms = (isoDate: string): number => Date.parse(isoDate);
