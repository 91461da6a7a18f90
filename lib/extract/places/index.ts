/**
 * Syria place resolution: gazetteer lookups that map town, district, subdistrict, camp, prison,
 * airport and crossing names to governorates, excluding non-locative mentions.
 */
import { createGazetteer } from "./gazetteer";
import { createPlaceFinder, type PlaceFinder } from "./finder";
import type { FindPlacesOptions, PlaceCandidate, PlaceMatch } from "./types";

export type { PlaceMatch, PlaceCandidate, FindPlacesOptions, GazetteerEntry, PlaceKind, Cue, ExclusionReason } from "./types";
export { createGazetteer, type Gazetteer } from "./gazetteer";
export { createPlaceFinder, type PlaceFinder } from "./finder";
export { loadAdminGazetteer, parseAdminGazetteer, parseCsvRows } from "./admin-loader";
export { builtinEntries } from "./data";
export { vagueRegions } from "./vague";

/** The built-in gazetteer's finder, built on first use. A configured gazetteer goes to createExtractor({ gazetteer }) or createPlaceFinder. */
let builtin: PlaceFinder | null = null;
function finder(): PlaceFinder {
  return (builtin ??= createPlaceFinder(createGazetteer()));
}

/** Operation-location candidates in `text` (a sentence or clause), metonyms/datelines/actor-name parts/venues/extents/vague regions excluded. `exclude` = spans (relative to text) to ignore, e.g. the speaker's name. Offsets relative to `text`. */
export function findPlaces(text: string, opts?: FindPlacesOptions): PlaceMatch[] {
  return finder().findPlaces(text, opts);
}

/** Every gazetteer mention in `text` with the reason it is not an operation location (null when it is one). */
export function findAllPlaces(text: string, opts?: FindPlacesOptions): PlaceCandidate[] {
  return finder().findAllPlaces(text, opts);
}
