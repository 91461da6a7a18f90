/**
 * The server's view of who may do what: stored keys (hashed, re-read every KEY_REFRESH_SECONDS so a
 * revocation by the CLI or another server process takes effect within seconds) plus the simple
 * setup's API_KEY (admin) and VIEWER_TOKEN (viewer). Listeners hear which key ids stopped being valid.
 */
import type { KeyRepository } from "../../lib/store/types";
import type { Logger } from "../logger";
import { MAX_SECRET_LENGTH, createAccessKey, hashSecret, safeEqual, viewOf, type AccessKeyView, type KeyRole } from "./keys";

export interface Principal {
  /** Stored key id, or "env:API_KEY" / "env:VIEWER_TOKEN" for the simple setup. */
  keyId: string;
  role: KeyRole;
  name: string;
}

export interface KeyRingOptions {
  store: KeyRepository;
  /** API_KEY (or the generated ./data/api-key): acts as an admin key. */
  adminKey: string;
  viewerToken?: string;
  refreshMs: number;
  logger: Logger;
}

export class KeyRing {
  private byHash = new Map<string, Principal>();
  private timer: NodeJS.Timeout | null = null;
  private refreshing: Promise<void> | null = null;
  private readonly listeners = new Set<(revoked: Set<string>) => void>();

  constructor(private readonly opts: KeyRingOptions) {}

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch((e: unknown) => this.opts.logger.warn("key refresh failed", { err: e })), this.opts.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The principal a secret stands for, or null. Never logs the secret. */
  resolve(secret: string | undefined): Principal | null {
    if (secret === undefined || secret.length === 0 || secret.length > MAX_SECRET_LENGTH) return null;
    if (safeEqual(secret, this.opts.adminKey)) return { keyId: "env:API_KEY", role: "admin", name: "API_KEY" };
    if (this.opts.viewerToken !== undefined && safeEqual(secret, this.opts.viewerToken)) {
      return { keyId: "env:VIEWER_TOKEN", role: "viewer", name: "VIEWER_TOKEN" };
    }
    return this.byHash.get(hashSecret(secret)) ?? null;
  }

  /** Called with the ids of keys that were valid and no longer are. */
  onRevoked(listener: (revoked: Set<string>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Re-reads the key table (concurrent calls share one read). */
  refresh(): Promise<void> {
    this.refreshing ??= this.load().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async load(): Promise<void> {
    const keys = await this.opts.store.listAccessKeys();
    const next = new Map<string, Principal>();
    for (const k of keys) if (k.revokedAt === null) next.set(k.hash, { keyId: k.id, role: k.role, name: k.name });
    const stillValid = new Set([...next.values()].map((p) => p.keyId));
    const revoked = new Set([...this.byHash.values()].map((p) => p.keyId).filter((id) => !stillValid.has(id)));
    this.byHash = next;
    if (revoked.size === 0) return;
    this.opts.logger.info("access keys revoked", { ids: [...revoked] });
    for (const l of this.listeners) l(revoked);
  }

  async list(): Promise<AccessKeyView[]> {
    return (await this.opts.store.listAccessKeys()).map(viewOf);
  }

  async create(role: KeyRole, name: string): Promise<{ key: AccessKeyView; secret: string }> {
    const out = await createAccessKey(this.opts.store, role, name);
    await this.refresh();
    return out;
  }

  /** False when no such active key exists. Sockets using it are told through onRevoked. */
  async revoke(id: string): Promise<boolean> {
    const done = await this.opts.store.revokeAccessKey(id, new Date());
    await this.refresh();
    return done;
  }
}
