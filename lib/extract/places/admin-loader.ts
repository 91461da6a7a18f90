/**
 * Loader for official administrative gazetteers (OCHA P-code style) so users can bring their own file
 * (GAZETTEER_FILE). Accepted shapes, detected per object anywhere in the JSON tree:
 *  - flat rows: admin1Name_en, admin1Name_ar, admin1Pcode, admin2Name_en, ..., admin3Pcode
 *    (also HDX ADM1_EN / ADM1_AR / ADM1_PCODE, GeoJSON features with such properties);
 *  - OpenSyria style: { governorates: [{iso, ar, en, aliasesAr}], districts: [...], subdistricts: [...] };
 *  - nested objects carrying a P-code and an Arabic name ({pcode, name_ar, name_en, children: [...]}).
 * Admin1 P-codes SY01..SY14 map to ISO 3166-2 codes.
 */
import { isGovernorateCode, type GovernorateCode } from "../../domain/governorates";
import type { GazetteerEntry, PlaceKind } from "./types";

export const PCODE_TO_ISO: Readonly<Record<string, GovernorateCode>> = {
  SY01: "SY-DI", SY02: "SY-HL", SY03: "SY-RD", SY04: "SY-HI", SY05: "SY-HM", SY06: "SY-LA", SY07: "SY-ID",
  SY08: "SY-HA", SY09: "SY-DY", SY10: "SY-TA", SY11: "SY-RA", SY12: "SY-DR", SY13: "SY-SU", SY14: "SY-QU",
};

const LEVEL_KIND: Record<number, PlaceKind> = { 1: "governorate", 2: "district", 3: "subdistrict", 4: "village" };
const ADMIN_PREFIX = /^(?:مركز|ناحية|منطقة|محافظة)\s+/;

type Obj = Record<string, unknown>;

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

function field(o: Obj, names: string[]): string | null {
  for (const k of Object.keys(o)) {
    const lk = k.toLowerCase();
    if (names.includes(lk)) {
      const v = str(o[k]);
      if (v) return v;
    }
  }
  return null;
}

function codeOf(pcode: string | null, iso: string | null): GovernorateCode | null {
  if (iso && isGovernorateCode(iso.toUpperCase())) return iso.toUpperCase() as GovernorateCode;
  if (!pcode) return null;
  return PCODE_TO_ISO[pcode.toUpperCase().slice(0, 4)] ?? null;
}

function arNames(primary: string, aliases: unknown): string[] {
  const names = [primary];
  if (Array.isArray(aliases)) for (const a of aliases) if (typeof a === "string" && /[\u0600-\u06ff]/.test(a)) names.push(a);
  for (const n of [...names]) {
    const stripped = n.replace(ADMIN_PREFIX, "");
    if (stripped !== n && stripped.length > 1) names.push(stripped);
  }
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

class Collector {
  private seen = new Map<string, GazetteerEntry>();
  add(level: number, code: GovernorateCode, ar: string[], en: string, pcode: string | null): void {
    const kind = LEVEL_KIND[level] ?? "village";
    const id = `${code}:${kind}:${pcode ?? en.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
    const old = this.seen.get(id);
    if (old) {
      for (const n of ar) if (!old.ar.includes(n)) old.ar.push(n);
      return;
    }
    const e: GazetteerEntry = { id, code, kind, en, ar };
    if (pcode) e.pcode = pcode;
    if (level >= 3) e.cue = "weak";
    this.seen.set(id, e);
  }
  entries(): GazetteerEntry[] {
    return [...this.seen.values()];
  }
}

function fromRow(o: Obj, c: Collector): boolean {
  let found = false;
  for (let level = 1; level <= 4; level++) {
    const ar = field(o, [`admin${level}name_ar`, `adm${level}_ar`, `admin${level}_ar`, `adm${level}name_ar`]);
    if (!ar) continue;
    const en = field(o, [`admin${level}name_en`, `adm${level}_en`, `admin${level}_en`, `adm${level}name_en`]) ?? ar;
    const pcode = field(o, [`admin${level}pcode`, `adm${level}_pcode`, `admin${level}_pcode`]);
    const code = codeOf(pcode ?? field(o, ["admin1pcode", "adm1_pcode", "admin1_pcode"]), null);
    if (!code) continue;
    c.add(level, code, arNames(ar, []), en, pcode);
    found = true;
  }
  return found;
}

function levelOfPcode(p: string): number {
  const digits = p.replace(/^[A-Za-z]+/, "").length;
  return digits <= 2 ? 1 : digits <= 4 ? 2 : digits <= 6 ? 3 : 4;
}

function fromUnit(o: Obj, c: Collector, hint: number | null): boolean {
  const ar = field(o, ["ar", "name_ar", "namear", "arabic", "name_arabic"]);
  if (!ar) return false;
  const pcode = field(o, ["pcode", "p_code", "code_pcode"]);
  const iso = field(o, ["iso", "iso_code", "iso3166_2"]) ?? field(o, ["governorate", "admin1"]);
  const code = codeOf(pcode, iso);
  if (!code) return false;
  const level = hint ?? (pcode ? levelOfPcode(pcode) : 1);
  const en = field(o, ["en", "name_en", "nameen", "english", "name"]) ?? ar;
  c.add(level, code, arNames(ar, o["aliasesAr"] ?? o["aliases_ar"]), en, pcode);
  return true;
}

const LIST_LEVEL: Record<string, number> = { governorates: 1, admin1: 1, districts: 2, admin2: 2, subdistricts: 3, admin3: 3 };

function walk(v: unknown, c: Collector, hint: number | null, depth: number): void {
  if (depth > 8 || v === null || typeof v !== "object") return;
  if (Array.isArray(v)) {
    for (const x of v) walk(x, c, hint, depth + 1);
    return;
  }
  const o = v as Obj;
  const props = o["properties"];
  if (props && typeof props === "object" && !Array.isArray(props) && fromRow(props as Obj, c)) return;
  if (!fromRow(o, c)) fromUnit(o, c, hint);
  for (const [k, x] of Object.entries(o)) {
    if (x && typeof x === "object") walk(x, c, LIST_LEVEL[k.toLowerCase()] ?? null, depth + 1);
  }
}

/** Parses an OCHA P-code style administrative gazetteer (already JSON-parsed) into gazetteer entries. */
export function loadAdminGazetteer(json: unknown): GazetteerEntry[] {
  const c = new Collector();
  walk(json, c, null, 0);
  return c.entries();
}

/** Splits CSV text (RFC 4180 quotes, comma/semicolon/tab separated) into objects keyed by the header row. */
export function parseCsvRows(text: string): Record<string, string>[] {
  const src = text.replace(/^\uFEFF/, "");
  const firstLine = src.slice(0, src.indexOf("\n") >= 0 ? src.indexOf("\n") : src.length);
  const sep = [",", ";", "\t"].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0]!;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) { row.push(cell); cell = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(cell); cell = "";
      if (row.some((x) => x.trim())) rows.push(row);
      row = [];
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x.trim())) rows.push(row);
  const [head, ...body] = rows;
  if (!head) return [];
  return body.map((r) => Object.fromEntries(head.map((h, k) => [h.trim(), (r[k] ?? "").trim()])));
}

/** Parses the text of an administrative gazetteer file: JSON (any shape above) or CSV with OCHA/HDX columns. */
export function parseAdminGazetteer(text: string): GazetteerEntry[] {
  const t = text.trim();
  if (t.startsWith("{") || t.startsWith("[")) {
    try {
      return loadAdminGazetteer(JSON.parse(t) as unknown);
    } catch {
      return [];
    }
  }
  return loadAdminGazetteer(parseCsvRows(t));
}
