/**
 * POST /api/articles through the real server and the worker-thread extraction pool:
 * attributed statements stored and pushed, re-ingest (unchanged / updated with retractions),
 * worker timeout and replacement, and a burst of long articles next to /api/health.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { AppError } from "../../lib/errors";
import { ExtractPool } from "../../server/extract/pool";
import { silentLogger } from "../../server/logger";
import { api, client, collect, subscribe, useApp } from "./helpers";

// Short sentences written for these tests.
const ARTICLE = [
  "دمشق - قال وزير الداخلية السوري في بيان اليوم الأحد إن قوات الأمن الداخلي نفذت عملية أمنية في مدينة الميادين بريف دير الزور الشرقي أسفرت عن توقيف خمسة مطلوبين.",
  "وأضاف الوزير أن العملية جاءت بعد رصد تحركات مشبوهة.",
  "من جهتها، نفت قوات سوريا الديمقراطية أي علاقة لها بالهجوم على حاجز في مدينة الرقة.",
].join("\n");
const UPDATED = [
  "دمشق - قال وزير الداخلية السوري في بيان اليوم الأحد إن قوات الأمن الداخلي نفذت عملية أمنية في مدينة الميادين بريف دير الزور الشرقي أسفرت عن توقيف سبعة مطلوبين.",
  "من جهتها، نفت قوات سوريا الديمقراطية أي علاقة لها بالهجوم على حاجز في مدينة الرقة.",
].join("\n");

describe("POST /api/articles", () => {
  const t = useApp({ EXTRACT_WORKERS: "1" });

  it("stores attributed statements with governorates and pushes them", async () => {
    const s = await client(t.app);
    const got = collect(s);
    expect((await subscribe(s, { filter: { governorates: ["SY-DY"] } })).ok).toBe(true);
    const r = await api(t.app, "/api/articles", {
      body: { text: ARTICLE, url: "https://example.org/news/1?utm_source=feed", outlet: "Example", publishedAt: "2026-11-22T08:00:00Z" },
    });
    expect(r.status).toBe(201);
    expect(r.json.data.status).toBe("created");
    const statements = r.json.data.statements as { id: string; actor: { id: string }; governorates: string[]; evidence: { start: number; end: number } }[];
    expect(statements.length).toBeGreaterThanOrEqual(2);
    const dy = statements.find((x) => x.governorates.includes("SY-DY"));
    expect(dy).toBeDefined();
    expect(statements.some((x) => x.actor.id === "sdf" && x.governorates.includes("SY-RA"))).toBe(true);
    const pushed = await got.waitFor((x) => x.id === dy!.id);
    expect(pushed.source.articleId).toBe(r.json.data.articleId);
    expect(got.items.every((x) => x.governorates.includes("SY-DY"))).toBe(true);
    const detail = await api(t.app, `/api/statements/${dy!.id}`);
    const article = detail.json.data.article as { text: string };
    expect(article.text.slice(dy!.evidence.start, dy!.evidence.end)).toContain("الميادين");
    s.disconnect();
  });

  it("re-posting the same article stores nothing; a changed version replaces its statements", async () => {
    const same = await api(t.app, "/api/articles", { body: { text: ARTICLE, url: "https://example.org/news/1", outlet: "Example" } });
    expect(same.status).toBe(200);
    expect(same.json.data.status).toBe("unchanged");
    const s = await client(t.app);
    const retracted: string[] = [];
    s.on("statement:retracted", (p) => retracted.push(...p.ids));
    expect((await subscribe(s, { filter: {} })).ok).toBe(true);
    const upd = await api(t.app, "/api/articles", { body: { text: UPDATED, url: "https://example.org/news/1", outlet: "Example" } });
    expect(upd.status).toBe(201);
    expect(upd.json.data.status).toBe("updated");
    expect(upd.json.data.retractedIds.length).toBeGreaterThan(0);
    await new Promise<void>((resolve) => {
      const check = () => (retracted.length ? resolve() : setTimeout(check, 10));
      check();
    });
    expect(retracted).toEqual(upd.json.data.retractedIds);
    s.disconnect();
  });

  it("accepts HTML and drops scripts", async () => {
    const html = `<html><head><title>خبر</title><script>var x = "قال الوزير";</script></head><body><article><p>${ARTICLE.split("\n").join("</p><p>")}</p></article></body></html>`;
    const r = await api(t.app, "/api/articles", { body: { html, url: "https://example.org/news/html-1", outlet: "Example" } });
    expect(r.status).toBe(201);
    const texts = (r.json.data.statements as { text: string }[]).map((x) => x.text).join(" ");
    expect(texts).not.toContain("var x");
    expect(r.json.data.statements.length).toBeGreaterThanOrEqual(2);
  });

  it("accepts a raw text/plain article in windows-1256 with metadata in the query", async () => {
    const body = Uint8Array.from(iconv.encode(ARTICLE, "windows-1256"));
    const res = await fetch(`${t.app.url}/api/articles?url=${encodeURIComponent("https://example.org/cp1256/1")}&outlet=Legacy`, {
      method: "POST",
      headers: { "content-type": "text/plain; charset=windows-1256", "x-api-key": "integration-test-key-0123456789" },
      body,
    });
    const json = (await res.json()) as { data: { statements: { text: string; source: { outlet: string } }[] } };
    expect(res.status).toBe(201);
    expect(json.data.statements.some((x) => x.text.includes("الميادين"))).toBe(true);
    expect(json.data.statements[0]!.source.outlet).toBe("Legacy");
  });

  it("binary bytes and undecodable bytes → 422 unprocessable_article", async () => {
    const cases: [string, Uint8Array<ArrayBuffer>][] = [
      ["text/plain", new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7])],
      ["text/plain; charset=utf-8", new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x41, 0x42, 0x43])],
    ];
    for (const [type, bytes] of cases) {
      const res = await fetch(`${t.app.url}/api/articles`, {
        method: "POST",
        headers: { "content-type": type, "x-api-key": "integration-test-key-0123456789" },
        body: bytes,
      });
      expect(res.status, type).toBe(422);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unprocessable_article");
    }
  });

  it("an Arabic article with no attributable statement → 201 with zero statements", async () => {
    const r = await api(t.app, "/api/articles", { body: { text: "طقس مشمس ودرجات حرارة معتدلة في معظم المناطق." } });
    expect(r.status).toBe(201);
    expect(r.json.data.statements).toEqual([]);
  });

  it("GET /api/health keeps answering while a burst of long articles is extracted (delays printed, not asserted)", async () => {
    const long = Array.from({ length: 120 }, (_, i) => `${ARTICLE}\nفقرة إضافية رقم ${i} عن الوضع في المنطقة.`).join("\n");
    const burst = Array.from({ length: 12 }, (_, i) =>
      api(t.app, "/api/articles", { body: { text: long, url: `https://example.org/long/${i}`, outlet: "Burst" } }),
    );
    const delays: number[] = [];
    let done = false;
    let answeredDuringBurst = 0;
    const all = Promise.all(burst).finally(() => (done = true));
    while (!done) {
      const t0 = performance.now();
      const h = await api(t.app, "/api/health");
      delays.push(performance.now() - t0);
      expect(h.status).toBe(200);
      if (!done) answeredDuringBurst++;
    }
    const results = await all;
    expect(results.every((r) => r.status === 201 || r.status === 200)).toBe(true);
    expect(answeredDuringBurst).toBeGreaterThan(0);
    const sorted = [...delays].sort((a, b) => a - b);
    console.log(
      `[bench] ${burst.length} articles of ${Math.round(Buffer.byteLength(long) / 1024)} KB with 1 worker: /api/health max ${sorted.at(-1)!.toFixed(1)} ms, p99 ${sorted[Math.floor(sorted.length * 0.99)]!.toFixed(1)} ms, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms over ${delays.length} requests`,
    );
  });
});

describe("extraction worker pool", () => {
  it("a job over its timeout rejects with extraction_failed, the worker is replaced and the pool keeps working", async () => {
    const pool = new ExtractPool({ size: 1, timeoutMs: 10_000, logger: silentLogger });
    try {
      const job = { doc: { id: "t", text: ARTICLE }, now: new Date().toISOString(), maxChars: 100_000 };
      const err = await pool.run(job, { timeoutMs: 1 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe("extraction_failed");
      const ok = await pool.run(job);
      expect(ok.result.statements.length).toBeGreaterThanOrEqual(2);
      expect(pool.size).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it("size 0 runs inline with the same result", async () => {
    const inline = new ExtractPool({ size: 0, timeoutMs: 1000, logger: silentLogger });
    const threaded = new ExtractPool({ size: 1, timeoutMs: 10_000, logger: silentLogger });
    try {
      const job = { doc: { id: "t", text: ARTICLE, publishedAt: "2026-11-22T08:00:00Z" }, now: "2026-11-23T00:00:00Z", maxChars: 100_000 };
      expect(await inline.run(job)).toEqual(await threaded.run(job));
    } finally {
      await Promise.all([inline.close(), threaded.close()]);
    }
  });
});
