/** GET /api/statements/:id marks where the article names the actor and the statement's places. */
import { describe, expect, it } from "vitest";
import { api, useApp } from "./helpers";

describe("statement detail marks", () => {
  const t = useApp();

  it("marks the actor's title and the places that gave the governorates, inside and outside the sentence", async () => {
    const text = "دمشق - أفاد مراسلنا بأن الطقس كان باردا صباح اليوم. وقال وزير الداخلية السوري إن قوى الأمن الداخلي ألقت القبض على أفراد خلية مسلحة في مدينة حلب بعد مداهمة ليلية. وأضاف الوزير أن الطرق إلى حلب آمنة.";
    const r = await api(t.app, "/api/articles", { body: { text, outlet: "وكالة الفحص", url: "https://example.test/marks-1", title: "دوريات الشرطة" } });
    expect(r.status).toBeLessThan(300);
    const st = (r.json.data.statements as { id: string; governorates: string[] }[]).find((s) => s.governorates.includes("SY-HL"));
    expect(st, "the extractor found the statement about Aleppo").toBeDefined();
    const d = await api(t.app, `/api/statements/${st!.id}`);
    expect(d.status).toBe(200);
    const marks = d.json.data.marks as { start: number; end: number; kind: string; code?: string }[];
    const shown = marks.map((m) => [m.kind, text.slice(m.start, m.end), m.code ?? null]);
    expect(shown).toContainEqual(["actor", "وزير الداخلية السوري", null]);
    expect(shown.filter(([k, , c]) => k === "place" && c === "SY-HL").length).toBeGreaterThanOrEqual(2);
    // Never overlapping, in order.
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.start).toBeGreaterThanOrEqual(marks[i - 1]!.end);
    // A statement posted without an article has no marks.
    const direct = await api(t.app, "/api/statements", { body: { actor: { id: "it-marks", nameAr: "جهة", nameEn: "it-marks", kind: "government" }, text: "تصريح مباشر دون مقال.", statedAt: new Date().toISOString(), source: { outlet: "x", url: null } } });
    const id = (direct.json.data.results as { id: string }[])[0]!.id;
    expect((await api(t.app, `/api/statements/${id}`)).json.data.marks).toEqual([]);
  });
});
