import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GOVERNORATE_CODES } from "@/lib/domain/governorates";
import { builtinEntries, createGazetteer, createPlaceFinder, findPlaces, loadAdminGazetteer, parseAdminGazetteer, parseCsvRows } from "@/lib/extract/places";
import { createExtractor, extractArticle } from "@/lib/extract/index";
import { PCODE_TO_ISO } from "@/lib/extract/places/admin-loader";
import { skipWithoutShared } from "../../support/shared";

const REF = "../shared/reference/syria-admin.json";

interface RefUnit { ar: string; en: string; iso?: string; governorate?: string; pcode?: string }
interface RefFile { governorates: RefUnit[]; districts: RefUnit[]; subdistricts: RefUnit[] }

/** Share of units whose Arabic name, after a place noun, resolves to the unit's governorate. */
function coverage(units: RefUnit[], noun: string, code: (u: RefUnit) => string | undefined, context?: (u: RefUnit) => string) {
  const missed: string[] = [];
  for (const u of units) {
    const name = u.ar.replace(/^مركز\s+/, "");
    const got = findPlaces(`اشتباكات في ${noun} ${name}`, context ? { context: context(u) } : undefined).map((m) => m.code);
    if (!got.includes(code(u) as never)) missed.push(`${u.ar} (${code(u)}) -> ${got.join(",") || "none"}`);
  }
  return { ratio: (units.length - missed.length) / units.length, missed };
}

describe("built-in gazetteer", () => {
  it("has every governorate and only valid codes", () => {
    const entries = builtinEntries();
    for (const c of GOVERNORATE_CODES) expect(entries.some((e) => e.code === c && e.kind === "governorate")).toBe(true);
    for (const e of entries) expect(GOVERNORATE_CODES).toContain(e.code);
    expect(entries.length).toBeGreaterThan(700);
  });
  it("ids are unique per name group", () => {
    const gz = createGazetteer();
    expect(gz.byFirst.size).toBeGreaterThan(500);
  });
});

describe("places named in 2025-26 security news", () => {
  const table: [string, string][] = [
    ["مداهمة في قرية زاما بريف جبلة", "SY-LA"], ["اشتباكات في حمام القراحلة", "SY-LA"], ["توغل في أم العظام", "SY-QU"],
    ["توغل في قرية صيدا الحانوت", "SY-QU"], ["قصف على موثبين", "SY-DR"], ["اعتقال في دروشا", "SY-RD"],
    ["غارة على مطار السيقل", "SY-RD"], ["مداهمة في حي القيمرية", "SY-DI"], ["اشتباكات في باب عمرو", "SY-HI"],
    ["هجوم قرب التريمسة", "SY-HM"], ["انفجار في عقربات", "SY-ID"], ["اشتباكات في زردنا", "SY-ID"], ["قصف على حور كلس", "SY-HL"],
    ["اشتباكات قرب معبر التايهة", "SY-HL"], ["مداهمة في حي طي بالقامشلي", "SY-HA"], ["هجوم في جديد بكارة", "SY-DY"],
    ["اشتباكات عند جسر السياسية", "SY-DY"], ["هجوم على كسرة شيخ الجمعة", "SY-RA"], ["اشتباكات في الريف الدمشقي", "SY-RD"],
    ["قصف في الريف الحلبي", "SY-HL"], ["اشتباكات في الريف الإدلبي", "SY-ID"], ["اشتباكات في ضواحي دمشق", "SY-RD"],
  ];
  it.each(table)("%s -> %s", (text, code) => {
    expect(findPlaces(text).map((m) => m.code)).toContain(code);
  });
  it("names that are also common words still need a cue", () => {
    expect(findPlaces("أقر مجلس الشيوخ الأمريكي القانون")).toEqual([]);
    expect(findPlaces("قال محمد سويدان إن")).toEqual([]);
  });
});

describe.skipIf(skipWithoutShared("gazetteer coverage", REF))(`coverage against ${REF} (skipped outside CI when ../shared is absent)`, () => {
  const ref = existsSync(REF) ? (JSON.parse(readFileSync(REF, "utf8")) as RefFile) : null;
  it("every governorate resolves", () => {
    const r = coverage(ref!.governorates, "محافظة", (u) => u.iso);
    expect(r.missed).toEqual([]);
  });
  it("every district resolves", () => {
    const r = coverage(ref!.districts, "منطقة", (u) => u.governorate);
    expect(r.missed).toEqual([]);
  });
  it("at least 95% of subdistricts resolve (names shared by two governorates take the primary reading)", () => {
    const r = coverage(ref!.subdistricts, "ناحية", (u) => u.governorate);
    console.log(`subdistrict coverage: ${(r.ratio * 100).toFixed(1)}% (${ref!.subdistricts.length - r.missed.length}/${ref!.subdistricts.length}); missed: ${r.missed.join("; ")}`);
    expect(r.ratio).toBeGreaterThanOrEqual(0.95);
  });
  it("with the governorate named in the paragraph, every subdistrict resolves (shared names included)", () => {
    const govName = new Map(ref!.governorates.map((g) => [g.iso, g.ar]));
    const r = coverage(ref!.subdistricts, "ناحية", (u) => u.governorate, (u) => `في محافظة ${govName.get(u.governorate!)}`);
    console.log(`subdistrict coverage with paragraph context: ${(r.ratio * 100).toFixed(1)}%`);
    expect(r.missed).toEqual([]);
  });
  it("P-code prefixes map to the same ISO codes as the reference file", () => {
    for (const u of [...ref!.districts, ...ref!.subdistricts]) {
      expect(PCODE_TO_ISO[u.pcode!.slice(0, 4)]).toBe(u.governorate);
    }
  });
  it("loads the reference file itself as an accepted format", () => {
    const entries = loadAdminGazetteer(ref);
    expect(entries.filter((e) => e.kind === "governorate")).toHaveLength(14);
    expect(entries.filter((e) => e.kind === "district")).toHaveLength(62);
    expect(entries.filter((e) => e.kind === "subdistrict")).toHaveLength(272);
  });
});

describe("loadAdminGazetteer: OCHA style files", () => {
  const rows = [
    { admin1Name_en: "Aleppo", admin1Name_ar: "حلب", admin1Pcode: "SY02", admin2Name_en: "Al Bab", admin2Name_ar: "الباب", admin2Pcode: "SY0202", admin3Name_en: "Tadaf", admin3Name_ar: "تادف", admin3Pcode: "SY020201" },
    { admin1Name_en: "Hama", admin1Name_ar: "حماة", admin1Pcode: "SY05", admin2Name_en: "Hama", admin2Name_ar: "حماة", admin2Pcode: "SY0501", admin3Name_en: "Qamhana", admin3Name_ar: "ناحية قمحانة الجديدة", admin3Pcode: "SY050199" },
    { admin1Name_en: "Dar'a", admin1Name_ar: "درعا", admin1Pcode: "SY12", admin2Name_en: "Dar'a", admin2Name_ar: "درعا", admin2Pcode: "SY1200", admin3Name_en: "Invented", admin3Name_ar: "خربة الاختبار", admin3Pcode: "SY120099" },
  ];
  it("reads flat rows with admin1/2/3 names and P-codes", () => {
    const entries = loadAdminGazetteer(rows);
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get("SY-HL:governorate:SY02")?.ar).toEqual(["حلب"]);
    expect(byId.get("SY-HL:district:SY0202")?.en).toBe("Al Bab");
    expect(byId.get("SY-HL:subdistrict:SY020201")?.code).toBe("SY-HL");
    expect(byId.get("SY-HM:subdistrict:SY050199")?.ar).toEqual(["ناحية قمحانة الجديدة", "قمحانة الجديدة"]);
    expect(byId.get("SY-DR:subdistrict:SY120099")?.pcode).toBe("SY120099");
    expect(entries.filter((e) => e.kind === "governorate")).toHaveLength(3);
  });
  it("reads HDX ADM columns inside GeoJSON features and nested units", () => {
    const geo = { type: "FeatureCollection", features: [{ type: "Feature", properties: { ADM1_EN: "Idleb", ADM1_AR: "إدلب", ADM1_PCODE: "SY07", ADM3_EN: "Test", ADM3_AR: "قرية التجربة", ADM3_PCODE: "SY070099" } }] };
    const g = loadAdminGazetteer(geo);
    expect(g.find((e) => e.pcode === "SY070099")?.code).toBe("SY-ID");
    const nested = { admin1: [{ pcode: "SY13", name_ar: "السويداء", name_en: "As-Sweida", children: [{ pcode: "SY130099", name_ar: "تل التجربة", name_en: "Tall Test" }] }] };
    const n = loadAdminGazetteer(nested);
    expect(n.find((e) => e.pcode === "SY130099")).toMatchObject({ code: "SY-SU", kind: "subdistrict" });
  });
  it("merges into a finder: new names resolve, built-in cues still apply", () => {
    const finder = createPlaceFinder(createGazetteer(loadAdminGazetteer(rows)));
    expect(finder.findPlaces("اشتباكات في خربة الاختبار").map((m) => m.code)).toEqual(["SY-DR"]);
    expect(finder.findPlaces("اشتباكات في منبج").map((m) => m.code)).toEqual(["SY-HL"]);
    expect(findPlaces("اشتباكات في خربة الاختبار")).toEqual([]);
    expect(finder.findPlaces("فتح الباب أمام الحوار")).toEqual([]);
    expect(finder.findPlaces("قصف على قمحانة الجديدة").map((m) => m.code)).toEqual(["SY-HM"]);
  });
  it("ignores junk", () => {
    expect(loadAdminGazetteer(null)).toEqual([]);
    expect(loadAdminGazetteer("text")).toEqual([]);
    expect(loadAdminGazetteer([{ admin1Name_ar: "مكان", admin1Pcode: "XX99" }])).toEqual([]);
  });
});

describe("parseAdminGazetteer and a configured extractor", () => {
  const csv = [
    "admin1Name_en,admin1Name_ar,admin1Pcode,admin2Name_en,admin2Name_ar,admin2Pcode,admin3Name_en,admin3Name_ar,admin3Pcode",
    'Aleppo,حلب,SY02,"Jebel Saman",جبل سمعان,SY0200,"Test, quoted",قرية الفحص,SY020099',
    "Homs,حمص,SY04,Homs,حمص,SY0401,Other,مزرعة التجريب,SY040199",
  ].join("\r\n");
  it("reads CSV with OCHA columns (quoted cells, CRLF, BOM) and JSON text", () => {
    const rows = parseCsvRows("\uFEFF" + csv);
    expect(rows[0]!["admin3Name_en"]).toBe("Test, quoted");
    const entries = parseAdminGazetteer(csv);
    expect(entries.find((e) => e.pcode === "SY020099")).toMatchObject({ code: "SY-HL", kind: "subdistrict", en: "Test, quoted" });
    expect(parseAdminGazetteer(JSON.stringify([{ ADM1_AR: "درعا", ADM1_EN: "Daraa", ADM1_PCODE: "SY12" }]))[0]?.code).toBe("SY-DR");
    expect(parseAdminGazetteer("{broken")).toEqual([]);
    const semi = parseCsvRows("admin1Name_ar;admin1Pcode\nحماة;SY05\n");
    expect(semi).toEqual([{ admin1Name_ar: "حماة", admin1Pcode: "SY05" }]);
  });
  it("a configured extractor uses its gazetteer; the built-in default is untouched", () => {
    const entries = parseAdminGazetteer(csv);
    expect(entries.length).toBeGreaterThan(0);
    const ex = createExtractor({ gazetteer: entries });
    const text = "أعلنت وزارة الداخلية السورية ضبط مستودع أسلحة في مزرعة التجريب بعد اشتباكات.";
    expect(ex.places.findPlaces("اشتباكات في مزرعة التجريب").map((m) => m.code)).toEqual(["SY-HI"]);
    expect(ex.extractArticle({ id: "g", text }, { now: new Date("2025-11-16T00:00:00Z") }).statements[0]?.provinces).toEqual(["SY-HI"]);
    expect(findPlaces("اشتباكات في مزرعة التجريب")).toEqual([]);
    expect(extractArticle({ id: "g", text }, { now: new Date("2025-11-16T00:00:00Z") }).statements[0]?.provinces).toEqual([]);
  });
});
