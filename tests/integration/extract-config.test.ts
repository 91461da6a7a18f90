/**
 * Extraction configuration through the real server (createApp on port 0, worker-thread extraction):
 * GAZETTEER_FILE merges an official OCHA-style gazetteer into place resolution (and a bad file fails
 * at boot with a ConfigError); aliases added and merges made through the API reach the extractor.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../lib/env";
import type { BayanApp } from "../../server/app";
import { api, startApp, tempDir } from "./helpers";

// A made-up village placed in a real governorate (Deir ez-Zor, SY09), in OCHA admin1..admin4 columns.
const GAZETTEER_CSV = [
  "admin1Name_en,admin1Name_ar,admin1Pcode,admin2Name_en,admin2Name_ar,admin2Pcode,admin3Name_en,admin3Name_ar,admin3Pcode,admin4Name_en,admin4Name_ar,admin4Pcode",
  "Deir-ez-Zor,دير الزور,SY09,Al Mayadin,الميادين,SY0902,Thiban,ذيبان,SY090202,Tell al-Wurud al-Sharqiya,تل الورود الشرقية,SY09020201",
].join("\n");
// Sentences written for these tests.
const VILLAGE_ARTICLE = "قال المتحدث باسم وزارة الداخلية السورية إن قوات الأمن الداخلي نفذت عملية أمنية في قرية تل الورود الشرقية أسفرت عن توقيف ثلاثة مطلوبين.";

async function post(app: BayanApp, text: string, url: string) {
  const r = await api(app, "/api/articles", { body: { text, url, outlet: "Test", publishedAt: "2026-11-20T10:00:00Z" } });
  expect(r.status, JSON.stringify(r.json)).toBe(201);
  return r.json.data.statements as { id: string; actor: { id: string }; governorates: string[] }[];
}

describe("GAZETTEER_FILE", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it("resolves a village known only to the official gazetteer to its governorate", async () => {
    const file = join(tmp.dir, "admin.csv");
    writeFileSync(file, GAZETTEER_CSV);
    const plain = await startApp(join(tmp.dir), { SQLITE_PATH: join(tmp.dir, "plain.db") });
    try {
      const [s] = await post(plain, VILLAGE_ARTICLE, "https://example.org/village/1");
      expect(s!.governorates).toEqual([]);
    } finally {
      await plain.close();
    }
    const app = await startApp(tmp.dir, { SQLITE_PATH: join(tmp.dir, "gz.db"), GAZETTEER_FILE: file });
    try {
      const [s] = await post(app, VILLAGE_ARTICLE, "https://example.org/village/1");
      expect(s!.governorates).toEqual(["SY-DY"]);
    } finally {
      await app.close();
    }
  });

  it("inline extraction (EXTRACT_WORKERS=0) uses it too", async () => {
    const file = join(tmp.dir, "admin-inline.csv");
    writeFileSync(file, GAZETTEER_CSV);
    const app = await startApp(tmp.dir, { SQLITE_PATH: join(tmp.dir, "inline.db"), GAZETTEER_FILE: file, EXTRACT_WORKERS: "0" });
    try {
      const [s] = await post(app, VILLAGE_ARTICLE, "https://example.org/village/2");
      expect(s!.governorates).toEqual(["SY-DY"]);
    } finally {
      await app.close();
    }
  });

  it("a missing or unusable file fails at boot with a config error", async () => {
    const missing = join(tmp.dir, "nope.csv");
    await expect(startApp(tmp.dir, { SQLITE_PATH: join(tmp.dir, "m.db"), GAZETTEER_FILE: missing })).rejects.toThrow(ConfigError);
    await expect(startApp(tmp.dir, { SQLITE_PATH: join(tmp.dir, "m.db"), GAZETTEER_FILE: missing })).rejects.toThrow(/GAZETTEER_FILE: cannot read .*nope\.csv \(ENOENT\)/);
    const junk = join(tmp.dir, "junk.json");
    writeFileSync(junk, "{ not json");
    await expect(startApp(tmp.dir, { SQLITE_PATH: join(tmp.dir, "j.db"), GAZETTEER_FILE: junk })).rejects.toThrow(/GAZETTEER_FILE: .*no usable entries/);
  });
});

describe("actor aliases and merges reach the extractor", () => {
  const tmp = tempDir();
  let app: BayanApp;
  beforeAll(async () => {
    app = await startApp(tmp.dir);
  });
  afterAll(async () => {
    await app.close();
    tmp.cleanup();
  });

  const SPEAKS = (name: string) => `وقال ${name} في تصريح صحفي إن الحكومة ستفتتح مدرسة جديدة في مدينة حمص الشهر المقبل.`;

  it("an alias added through the API attributes the next article to that actor", async () => {
    const before = await post(app, SPEAKS("أبو فراس المهندس"), "https://example.org/alias/1");
    expect(before.map((s) => s.actor.id)).not.toContain("sy-moi");
    // The actor must exist in the store to take an alias: one statement creates it.
    const seed = await post(app, "قالت وزارة الداخلية السورية في بيان إن الطرق الدولية آمنة.", "https://example.org/alias/seed");
    expect(seed.map((s) => s.actor.id)).toContain("sy-moi");
    const added = await api(app, "/api/actors/sy-moi/aliases", { body: { aliases: ["أبو فراس المهندس"] } });
    expect(added.status).toBe(200);
    const after = await post(app, SPEAKS("أبو فراس المهندس"), "https://example.org/alias/2");
    expect(after.map((s) => s.actor.id)).toEqual(["sy-moi"]);
  });

  it("a merged actor's names (and aliases) are attributed to the target", async () => {
    const speech = SPEAKS("أبو سامر الديري");
    const before = await post(app, speech, "https://example.org/merge/1");
    expect(before.map((s) => s.actor.id)).not.toContain("sy-mod");
    // An actor known only to the store (posted as a statement), with an alias the extractor does not know.
    const created = await api(app, "/api/statements", {
      body: {
        actor: { id: "it-brigadier", nameAr: "العميد سامر الخطيب", nameEn: "Brig. Samer al-Khatib", kind: "person", aliases: ["أبو سامر الديري"] },
        type: "statement", text: "تصريح قصير كتب لهذا الاختبار.", source: { outlet: "Test", url: null },
      },
    });
    expect(created.status).toBe(201);
    await post(app, "قالت وزارة الدفاع السورية في بيان إن وحداتها أنهت تدريبات عسكرية.", "https://example.org/merge/seed");
    const merged = await api(app, "/api/actors/merge", { body: { from: "it-brigadier", into: "sy-mod" } });
    expect(merged.status).toBe(200);
    expect(merged.json.data.aliases).toContain("أبو سامر الديري");
    const after = await post(app, speech, "https://example.org/merge/2");
    expect(after.map((s) => s.actor.id)).toEqual(["sy-mod"]);
  });

  it("the aliases are read from the store at boot (restart)", async () => {
    const dir = tmp.dir;
    await app.close();
    app = await startApp(dir);
    const again = await post(app, SPEAKS("أبو فراس المهندس"), "https://example.org/alias/3");
    expect(again.map((s) => s.actor.id)).toEqual(["sy-moi"]);
  });
});
