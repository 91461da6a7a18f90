/**
 * Extraction configuration shared by the main thread and every worker: the official gazetteer
 * (GAZETTEER_FILE, read and parsed once at boot) and the actor entries built from the store
 * (user aliases and merges of registry actors). `applyExtractConfig` installs it in the current
 * thread; `runExtraction` (./run.ts) then uses it.
 */
import { readFileSync } from "node:fs";
import { ConfigError } from "../../lib/env";
import { createActorRegistry, type ActorEntry, type ActorRegistry } from "../../lib/extract/index";
import { parseAdminGazetteer, useGazetteer, type GazetteerEntry } from "../../lib/extract/places/index";

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

let registry: ActorRegistry = createActorRegistry();
let gazetteerInstalled = false;

/** Installs the configuration in this thread (main thread for inline extraction, or a worker). */
export function applyExtractConfig(config: Partial<ExtractConfig>): void {
  if (config.gazetteer !== undefined) {
    if (config.gazetteer || gazetteerInstalled) useGazetteer(config.gazetteer ?? []);
    gazetteerInstalled = config.gazetteer !== null && config.gazetteer.length > 0;
  }
  if (config.actors !== undefined) registry = createActorRegistry(config.actors);
}

/** The registry the extractor uses in this thread. */
export function currentRegistry(): ActorRegistry {
  return registry;
}
