/**
 * Extraction configuration shared by the main thread and every worker: the official gazetteer
 * (GAZETTEER_FILE, read and parsed once at boot) and the actor entries built from the store
 * (user aliases and merges of registry actors). Each thread (a worker, or the main thread for inline
 * extraction) holds one `ThreadExtractor` built from it; `runExtraction` (./run.ts) uses its extractor.
 */
import { readFileSync } from "node:fs";
import { ConfigError } from "../../lib/env";
import { createActorRegistry, createExtractor, type ActorEntry, type Extractor } from "../../lib/extract/index";
import { createGazetteer, parseAdminGazetteer, type Gazetteer, type GazetteerEntry } from "../../lib/extract/places/index";

export interface ExtractConfig {
  /** Official gazetteer entries merged into place resolution (null: built-in only). */
  gazetteer: GazetteerEntry[] | null;
  /** Extra registry entries (later entries win over built-ins for the same name). */
  actors: ActorEntry[];
}

/** Reads GAZETTEER_FILE; a missing, unreadable or empty/unrecognised file is a ConfigError (fail fast at boot). */
export function loadGazetteerFile(file: string | undefined): GazetteerEntry[] | null {
  if (!file) return null;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const reason = e instanceof Error && "code" in e ? String((e as NodeJS.ErrnoException).code) : "unreadable";
    throw new ConfigError([`GAZETTEER_FILE: cannot read ${file} (${reason})`]);
  }
  const entries = parseAdminGazetteer(text);
  if (entries.length === 0) {
    throw new ConfigError([
      `GAZETTEER_FILE: ${file} has no usable entries (expected OCHA/HDX P-code JSON or CSV: admin1Pcode, admin1Name_ar, ...)`,
    ]);
  }
  return entries;
}

/**
 * The extractor of one thread, built once from its configuration with createExtractor; a
 * configuration update rebuilds it (the gazetteer index only when the gazetteer changed).
 */
export class ThreadExtractor {
  private gazetteer: Gazetteer;
  private built: Extractor;

  constructor(config: Partial<ExtractConfig> = {}) {
    this.gazetteer = createGazetteer(config.gazetteer ?? []);
    this.built = createExtractor({ actors: config.actors ?? [], gazetteer: this.gazetteer });
  }

  get extractor(): Extractor {
    return this.built;
  }

  configure(patch: Partial<ExtractConfig>): void {
    if (patch.gazetteer === undefined && patch.actors === undefined) return;
    if (patch.gazetteer !== undefined) this.gazetteer = createGazetteer(patch.gazetteer ?? []);
    const registry = patch.actors !== undefined ? createActorRegistry(patch.actors) : this.built.registry;
    this.built = createExtractor({ registry, gazetteer: this.gazetteer });
  }
}
