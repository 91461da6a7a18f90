/**
 * User-curated actor names reach the extractor: for every built-in registry actor, the aliases the
 * store holds beyond the built-in ones (added with POST /api/actors/:id/aliases, or taken over from an
 * actor merged into it) become extra registry entries in every extraction worker.
 * Registry actors merged into another actor need no entry: the store resolves their statements to the target.
 */
import { BUILTIN_ACTORS } from "../../lib/extract/data/actors";
import type { ActorEntry } from "../../lib/extract/index";
import type { Actor } from "../../lib/domain/statement";
import type { Store } from "../../lib/store/types";
import type { Logger } from "../logger";

const BUILTIN = new Map(BUILTIN_ACTORS.map((e) => [e.id, e]));
const LIST_LIMIT = 1000;

function key(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The extra entry for a stored actor, or null when it adds nothing to the built-in registry. */
export function extraEntryFor(actor: Pick<Actor, "id" | "aliases" | "mergedInto">): ActorEntry | null {
  const base = BUILTIN.get(actor.id);
  if (!base || actor.mergedInto) return null;
  const known = new Set([base.nameAr, base.nameEn, ...(base.aliases ?? [])].map(key));
  const added = actor.aliases.filter((a) => a.trim() !== "" && !known.has(key(a)));
  if (added.length === 0) return null;
  // Titles stay with the built-in entry (same id), so role phrases still resolve to this actor.
  return { id: base.id, nameAr: base.nameAr, nameEn: base.nameEn, kind: base.kind, country: base.country ?? null,
    ...(base.gender ? { gender: base.gender } : {}), aliases: [...(base.aliases ?? []), ...new Set(added)] };
}

export class ExtractorActors {
  private readonly entries = new Map<string, ActorEntry>();

  constructor(
    private readonly deps: { store: Store; apply(actors: ActorEntry[]): void; logger: Logger },
  ) {}

  /** Reads the stored aliases of every registry actor (at boot). */
  async load(): Promise<ActorEntry[]> {
    const listed = await this.deps.store.listActors({ limit: LIST_LIMIT });
    const seen = new Set(listed.map((a) => a.id));
    const actors: Pick<Actor, "id" | "aliases" | "mergedInto">[] = listed.filter((a) => BUILTIN.has(a.id));
    // More actors than one page: the registry actors not in it are read one by one.
    if (listed.length >= LIST_LIMIT) {
      for (const id of BUILTIN.keys()) {
        if (seen.has(id)) continue;
        const a = await this.deps.store.getActor(id);
        if (a) actors.push(a);
      }
    }
    this.entries.clear();
    for (const a of actors) {
      const e = extraEntryFor(a);
      if (e) this.entries.set(e.id, e);
    }
    if (this.entries.size) this.deps.logger.info("registry actors with stored aliases", { actors: this.entries.size });
    return this.list();
  }

  list(): ActorEntry[] {
    return [...this.entries.values()];
  }

  /** Takes the current state of changed actors (after an alias add or a merge) and broadcasts the registry. */
  update(actors: Pick<Actor, "id" | "aliases" | "mergedInto">[]): void {
    let changed = false;
    for (const a of actors) {
      const e = extraEntryFor(a);
      const had = this.entries.has(a.id);
      if (e) this.entries.set(a.id, e);
      else this.entries.delete(a.id);
      changed ||= e !== null || had;
    }
    if (changed) this.deps.apply(this.list());
  }
}
