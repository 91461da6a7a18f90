import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../lib/extract/index";
import { articleFileId, readArticleFile, toArticleDoc } from "../../../lib/ingest/file-article";
import { skipWithoutShared } from "../../support/shared";

const shared = resolve(__dirname, "../../../../shared");
const corpus = join(shared, "corpus", "dev");
const scorer = join(shared, "tools", "score-extraction.mjs");
const skip = skipWithoutShared("corpus test", join(corpus, "gold.json"), scorer);

describe.skipIf(skip)("development corpus (scored by ../shared/tools/score-extraction.mjs)", () => {
  it("meets the targets: actors F1 >= 0.95, provinces F1 = 1.00, dates 5/5", () => {
    const lines = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort().map((f) => {
      const r = extractArticle(toArticleDoc(articleFileId(f), readArticleFile(f, readFileSync(join(corpus, f)))), { now: new Date("2025-11-20T00:00:00Z") });
      return JSON.stringify({ id: articleFileId(f), publishedAt: r.publishedAt, statements: r.statements });
    });
    const dir = mkdtempSync(join(tmpdir(), "bayan-corpus-"));
    try {
      writeFileSync(join(dir, "preds.jsonl"), lines.join("\n") + "\n");
      const out = execFileSync(process.execPath, [scorer, join(corpus, "gold.json"), join(dir, "preds.jsonl")], { encoding: "utf8" });
      const last = out.trim().split("\n").pop()!;
      const m = /actors P=[\d.]+ R=[\d.]+ F1=([\d.]+) \| provinces P=[\d.]+ R=[\d.]+ F1=([\d.]+) \| dates (\d+)\/(\d+)/.exec(last);
      expect(m, last).not.toBeNull();
      expect(Number(m![1]), last).toBeGreaterThanOrEqual(0.95);
      expect(Number(m![2]), last).toBe(1);
      expect(m![3], last).toBe(m![4]);
      expect(Number(m![4])).toBe(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
