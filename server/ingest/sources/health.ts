/**
 * Source health bookkeeping: every success or failure is saved for that source only
 * (state, lastSuccessAt, lastError, failingSince); state changes are reported to a listener.
 */
import type { SourceRepository, SourceState } from "../../../lib/store/types";
import type { HealthListener } from "./types";

export interface SourceIdentity {
  id: string;
  kind: SourceState["kind"];
  name: string;
}

export class HealthRecorder {
  constructor(
    private readonly store: SourceRepository,
    private readonly onHealth: HealthListener | undefined,
    private readonly now: () => Date = () => new Date(),
    /** Called on every recorded failure (metrics: bayan_source_errors_total). */
    private readonly onFailure?: (src: SourceIdentity) => void,
  ) {}

  async current(src: SourceIdentity): Promise<SourceState> {
    const existing = await this.store.getSource(src.id);
    if (existing) return existing;
    return {
      ...src,
      state: "idle",
      lastSuccessAt: null,
      lastErrorAt: null,
      lastError: null,
      failingSince: null,
      etag: null,
      lastModified: null,
      updatedAt: this.now().toISOString(),
    };
  }

  private async save(prev: SourceState, next: SourceState): Promise<SourceState> {
    await this.store.saveSource(next);
    if (prev.state !== next.state || next.lastError !== prev.lastError) this.emit(next);
    return next;
  }

  private emit(s: SourceState): void {
    try {
      this.onHealth?.(s);
    } catch {
      /* a listener failure never affects the source */
    }
  }

  /** Registers the source (idle) if it is unknown, or re-enables it; reports it once. */
  async register(src: SourceIdentity): Promise<SourceState> {
    const prev = await this.current(src);
    const next: SourceState = { ...prev, name: src.name, kind: src.kind, state: prev.state === "disabled" ? "idle" : prev.state };
    await this.store.saveSource(next);
    this.emit(next);
    return next;
  }

  async success(src: SourceIdentity, validators?: { etag: string | null; lastModified: string | null }): Promise<SourceState> {
    const prev = await this.current(src);
    const at = this.now().toISOString();
    return this.save(prev, {
      ...prev,
      name: src.name,
      state: "ok",
      lastSuccessAt: at,
      failingSince: null,
      ...(validators ? { etag: validators.etag, lastModified: validators.lastModified } : {}),
      updatedAt: at,
    });
  }

  async failure(src: SourceIdentity, message: string): Promise<SourceState> {
    try {
      this.onFailure?.(src);
    } catch { /* a listener failure never affects the source */ }
    const prev = await this.current(src);
    const at = this.now().toISOString();
    return this.save(prev, {
      ...prev,
      name: src.name,
      state: "failing",
      lastErrorAt: at,
      lastError: message.slice(0, 500),
      failingSince: prev.state === "failing" && prev.failingSince ? prev.failingSince : at,
      updatedAt: at,
    });
  }

  async disable(src: SourceIdentity): Promise<SourceState> {
    const prev = await this.current(src);
    return this.save(prev, { ...prev, name: src.name, state: "disabled", failingSince: null, updatedAt: this.now().toISOString() });
  }
}
