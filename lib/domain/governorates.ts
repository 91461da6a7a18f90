/**
 * Syria's 14 governorates (ISO 3166-2:SY). The code is the identifier used
 * everywhere: on the wire, in the store and on the map.
 */
export const GOVERNORATE_CODES = [
  "SY-DI", "SY-RD", "SY-HL", "SY-ID", "SY-DY", "SY-RA", "SY-HA",
  "SY-HI", "SY-HM", "SY-LA", "SY-TA", "SY-DR", "SY-SU", "SY-QU",
] as const;

export type GovernorateCode = (typeof GOVERNORATE_CODES)[number];

export interface Governorate {
  code: GovernorateCode;
  nameAr: string;
  nameEn: string;
}

export const GOVERNORATES: readonly Governorate[] = [
  { code: "SY-DI", nameAr: "دمشق", nameEn: "Damascus" },
  { code: "SY-RD", nameAr: "ريف دمشق", nameEn: "Rif Dimashq" },
  { code: "SY-HL", nameAr: "حلب", nameEn: "Aleppo" },
  { code: "SY-ID", nameAr: "إدلب", nameEn: "Idlib" },
  { code: "SY-DY", nameAr: "دير الزور", nameEn: "Deir ez-Zor" },
  { code: "SY-RA", nameAr: "الرقة", nameEn: "Raqqa" },
  { code: "SY-HA", nameAr: "الحسكة", nameEn: "Al-Hasakah" },
  { code: "SY-HI", nameAr: "حمص", nameEn: "Homs" },
  { code: "SY-HM", nameAr: "حماة", nameEn: "Hama" },
  { code: "SY-LA", nameAr: "اللاذقية", nameEn: "Latakia" },
  { code: "SY-TA", nameAr: "طرطوس", nameEn: "Tartus" },
  { code: "SY-DR", nameAr: "درعا", nameEn: "Daraa" },
  { code: "SY-SU", nameAr: "السويداء", nameEn: "As-Suwayda" },
  { code: "SY-QU", nameAr: "القنيطرة", nameEn: "Quneitra" },
];

const byCode = new Map(GOVERNORATES.map((g) => [g.code, g]));

export function isGovernorateCode(v: unknown): v is GovernorateCode {
  return typeof v === "string" && byCode.has(v as GovernorateCode);
}

export function governorate(code: GovernorateCode): Governorate {
  const g = byCode.get(code);
  if (!g) throw new Error(`unknown governorate ${code}`);
  return g;
}
