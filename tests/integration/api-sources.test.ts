/**
 * The sources that are not polled show on /api/sources: `api` (POST /api/articles, POST /api/statements)
 * and `demo` (the generator), with last success and items in the last hour/day. Also: re-posting an
 * unchanged article answers with the statements already stored.
 */
import { describe, expect, it } from "vitest";
import type { SourceDTO } from "../../lib/contract/sources";
import type { BayanApp } from "../../server/app";
import { api, ingest, statement, useApp } from "./helpers";

// Sentences written for these tests.
const ARTICLE = [
  "قال وزير الداخلية السوري في بيان إن قوات الأمن الداخلي نفذت عملية أمنية في مدينة الميادين بريف دير الزور أسفرت عن توقيف أربعة مطلوبين.",
  "من جهتها، نفت قوات سوريا الديمقراطية أي علاقة لها بالهجوم على حاجز في مدينة الرقة.",
].join("\n");

async function sources(app: BayanApp): Promise<Map<string, SourceDTO>> {
  const r = await api(app, "/api/sources");
  expect(r.status).toBe(200);
  return new Map((r.json.data.sources as SourceDTO[]).map((s) => [s.id, s]));
}

describe("api source and unchanged articles", () => {
  const t = useApp();

  it("re-posting an unchanged article returns the stored statements with their ids", async () => {
    const body = { text: ARTICLE, url: "https://example.org/unchanged/1", outlet: "Example", publishedAt: "2026-11-20T10:00:00Z" };
    const first = await api(t.app, "/api/articles", { body });
    expect(first.status).toBe(201);
    const stored = first.json.data.statements as { id: string; seq: number }[];
    expect(stored.length).toBe(2);
    // Other statements of the same actors in between, so the lookup has to pick the article's.
    await ingest(t.app, [statement({ actorId: "sy-moi", nameAr: "وزارة الداخلية السورية", text: "بيان آخر لا علاقة له بالمقال." })]);
    const again = await api(t.app, "/api/articles", { body });
    expect(again.status).toBe(200);
    expect(again.json.data.status).toBe("unchanged");
    expect(again.json.data.retractedIds).toEqual([]);
    expect((again.json.data.statements as { id: string }[]).map((s) => s.id)).toEqual(stored.map((s) => s.id));
    // Without a URL the article is keyed by its content: same answer.
    const noUrl = { text: ARTICLE.replace("أربعة", "خمسة") };
    const a = await api(t.app, "/api/articles", { body: noUrl });
    const b = await api(t.app, "/api/articles", { body: noUrl });
    expect(b.json.data.status).toBe("unchanged");
    expect(b.json.data.statements.map((s: { id: string }) => s.id)).toEqual(a.json.data.statements.map((s: { id: string }) => s.id));
  });

  it("articles and statement batches posted through the API are counted on the api source", async () => {
    const before = (await sources(t.app)).get("api");
    expect(before?.kind).toBe("api");
    const items = before!.itemsLastHour;
    const stmts = before!.statementsLastHour;
    const articles = before!.articlesLastHour;
    await api(t.app, "/api/articles", { body: { text: ARTICLE.replace("أربعة", "ستة"), url: "https://example.org/src/1" } });
    await ingest(t.app, [
      statement({ actorId: "it-a", nameAr: "جهة أ", text: "نص أول كتب للاختبار." }),
      statement({ actorId: "it-b", nameAr: "جهة ب", text: "نص ثان كتب للاختبار." }),
    ]);
    // One item per article and per new statement; duplicates and unchanged re-posts are not new items.
    await ingest(t.app, [statement({ actorId: "it-a", nameAr: "جهة أ", text: "نص أول كتب للاختبار.", key: "k1" })]);
    await ingest(t.app, [statement({ actorId: "it-a", nameAr: "جهة أ", text: "نص أول كتب للاختبار.", key: "k1" })]);
    await api(t.app, "/api/articles", { body: { text: ARTICLE.replace("أربعة", "ستة"), url: "https://example.org/src/1" } });
    const after = (await sources(t.app)).get("api")!;
    const fromArticle = (await api(t.app, "/api/statements?echoes=1&limit=500")).json.data.items
      .filter((x: { source: { url: string | null } }) => x.source.url === "https://example.org/src/1").length;
    expect(fromArticle).toBeGreaterThan(0);
    expect(after.itemsLastHour - items).toBe(4);
    expect(after.articlesLastHour - articles).toBe(1);
    expect(after.statementsLastHour - stmts).toBe(3 + fromArticle);
    expect(after.itemsLastDay).toBeGreaterThanOrEqual(after.itemsLastHour);
    expect(after.state).toBe("ok");
    expect(Date.parse(after.lastSuccessAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(after.name).toBe("HTTP API");
  });
});

describe("demo source", () => {
  const t = useApp({ DEMO: "on", DEMO_RATE: "600", DEMO_BACKFILL_HOURS: "0" });

  it("is listed and counts the statements it produced", async () => {
    let demo = (await sources(t.app)).get("demo");
    expect(demo?.kind).toBe("demo");
    while (!demo || demo.statementsLastHour < 3) {
      await new Promise((r) => setTimeout(r, 100));
      demo = (await sources(t.app)).get("demo");
    }
    expect(demo.state).toBe("ok");
    expect(demo.lastSuccessAt).not.toBeNull();
    const page = await api(t.app, "/api/statements?echoes=1&limit=500");
    const demoStatements = (page.json.data.items as { demo: boolean }[]).filter((s) => s.demo).length;
    // Read after the sources: the generator may have added more since, never fewer.
    expect(demoStatements).toBeGreaterThanOrEqual(demo.statementsLastHour);
    expect(demo.statementsLastHour).toBeGreaterThan(demoStatements - 20);
  });
});
