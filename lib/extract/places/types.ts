/** Gazetteer types. Pure data; no I/O. */
import type { GovernorateCode } from "../../domain/governorates";

export type PlaceKind =
  | "governorate" | "district" | "subdistrict" | "city" | "town" | "village" | "neighbourhood"
  | "camp" | "prison" | "airport" | "crossing" | "base" | "region" | "mountain" | "site";

/**
 * How much context a name needs before it counts as a place:
 * - "none": always a place (حلب، منبج).
 * - "weak": needs a preposition (في/ب/من/قرب...), a place noun or a nearby governorate (الهول، الدانا).
 * - "strong": the name is also a common word or a person's name (الباب، الكرامة، الثورة): needs a place
 *   noun right before it (مدينة/بلدة/قرية/حي/ناحية/مخيم...) or a governorate mention right after it.
 */
export type Cue = "none" | "weak" | "strong";

export interface GazetteerEntry {
  /** Stable id, e.g. "SY-HL:subdistrict:atarib". */
  id: string;
  code: GovernorateCode;
  kind: PlaceKind;
  en: string;
  /** Arabic spellings (any hamza/ta-marbuta form; folded when indexed). First is the display name. */
  ar: string[];
  cue?: Cue;
  /** For a name shared by several governorates: the reading used when context does not decide. */
  primary?: boolean;
  /** Admin P-code when known (OCHA style, e.g. SY0200). */
  pcode?: string;
}

export interface PlaceMatch {
  code: GovernorateCode;
  start: number;
  end: number;
  surface: string;
  entry: string;
}

export type ExclusionReason =
  | "metonym" | "dateline" | "actor" | "venue" | "plot-target" | "extent" | "reference" | "foreign" | "speaker" | "origin" | "excluded-span" | "no-cue"
  | "landmark" | "topic";

export interface PlaceCandidate extends PlaceMatch {
  kind: PlaceKind;
  /** Why this mention is not an operation location; null when it is one. */
  excluded: ExclusionReason | null;
  /** All governorates the name can denote (more than one for ambiguous names). */
  codes: GovernorateCode[];
}

export interface FindPlacesOptions {
  /** Spans (relative to text) to ignore, e.g. the speaker's name. */
  exclude?: { start: number; end: number }[];
  /** Surrounding paragraph (or article), used only to disambiguate names shared by several governorates. */
  context?: string;
  /** Keep places that are part of an actor's name ("قائد الأمن الداخلي في محافظة دير الزور"). */
  keepActorSeats?: boolean;
}
