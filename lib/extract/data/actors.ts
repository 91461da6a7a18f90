/** Built-in actor registry (data only). Add actors in the per-area files. */
import type { ActorEntry } from "../registry";
import { SYRIA_ACTORS } from "./actors-syria";
import { WORLD_ACTORS } from "./actors-world";
import { MEDIA_ACTORS } from "./actors-media";

export const BUILTIN_ACTORS: readonly ActorEntry[] = [...SYRIA_ACTORS, ...WORLD_ACTORS, ...MEDIA_ACTORS];
