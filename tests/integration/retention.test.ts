/**
 * ARTICLE_RETENTION_DAYS: the periodic job empties the raw text of articles ingested longer ago than
 * that; their statements (and the article's url/outlet) stay, recent articles keep their text.
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { api, useApp } from "./helpers";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ARTICLE = "قال محافظ حمص إن أعمال إصلاح شبكة المياه في المدينة ستنتهي خلال أسبوعين.";
const RECENT = "أعلنت وزارة النقل أن الطريق الدولي بين دمشق وحلب سيبقى مفتوحاً طوال الشتاء.";

describe("article retention", () => {
  const t = useApp({ ARTICLE_RETENTION_DAYS: "2", RETENTION_INTERVAL_MINUTES: "0.01" });

  it("drops raw text older than the retention, keeps statements and recent text", async () => {
    const old = await api(t.app, "/api/articles", { body: { text: ARTICLE, url: "https://example.org/retention/old", outlet: "Example" } });
    const recent = await api(t.app, "/api/articles", { body: { text: RECENT, url: "https://example.org/retention/new", outlet: "Example" } });
    expect(old.status).toBe(201);
    expect(recent.status).toBe(201);
    const oldIds = (old.json.data.statements as { id: string }[]).map((s) => s.id);
    expect(oldIds.length).toBeGreaterThan(0);
    const articleId: string = old.json.data.articleId;
    // Age the first article by three days (as if ingested then), directly in the database file.
    const db = new Database(join(t.dir, "bayan.db"));
    db.prepare("UPDATE articles SET ingested_at = ingested_at - ? WHERE id = ?").run(3 * 86_400_000, articleId);
    db.close();

    const deadline = Date.now() + 10_000;
    let text: string | undefined;
    while (Date.now() < deadline) {
      text = (await t.app.store.getArticle(articleId))?.text;
      if (text === "") break;
      await sleep(100);
    }
    expect(text).toBe("");
    expect(await t.app.store.getArticle(articleId)).toMatchObject({ url: "https://example.org/retention/old", outlet: "Example" });
    expect((await t.app.store.getArticle(recent.json.data.articleId))?.text).toBe(RECENT);
    expect((await t.app.store.listArticleStatements(articleId)).map((s) => s.id)).toEqual(oldIds);
  });
});
