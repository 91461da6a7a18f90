import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nextDelayMs } from "../../../server/ingest/sources/feed-manager";
import { FeedsConfigError, loadFeedsFile, parseFeedsConfig, saveFeedsFile } from "../../../server/ingest/sources/feeds-config";
import { replayDelays, type ReplayEntry } from "../../../server/ingest/sources/replay";
import { simpleDateFinder } from "../../../server/ingest/sources/date-finder";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("feeds file", () => {
  it("applies defaults and validates", () => {
    const feeds = parseFeedsConfig(JSON.stringify({ feeds: [{ id: "sana", url: "https://sana.example/rss" }] }));
    expect(feeds).toEqual([{ id: "sana", url: "https://sana.example/rss", intervalSeconds: 60, enabled: true }]);
  });

  it("lists every problem at once", () => {
    const bad = { feeds: [{ id: "a b", url: "ftp://x", intervalSeconds: 0 }, { id: "x", url: "https://x.test" }, { id: "x", url: "https://y.test" }] };
    try {
      parseFeedsConfig(JSON.stringify(bad), "feeds.json");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FeedsConfigError);
      const problems = (e as FeedsConfigError).problems.join("\n");
      expect(problems).toMatch(/feeds\.0\.id/);
      expect(problems).toMatch(/feeds\.0\.url/);
      expect(problems).toMatch(/feeds\.0\.intervalSeconds/);
      expect(problems).toMatch(/duplicate feed id "x"/);
    }
    expect(() => parseFeedsConfig("{oops")).toThrow(/not valid JSON/);
  });

  it("writes atomically and reads back; a missing file is an empty list", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bayan-feeds-"));
    dirs.push(dir);
    const file = join(dir, "sub", "feeds.json");
    expect(await loadFeedsFile(file)).toEqual([]);
    await saveFeedsFile(file, [{ id: "a", url: "https://a.test/rss", intervalSeconds: 30, enabled: true, outlet: "أ" }]);
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ feeds: [{ id: "a", url: "https://a.test/rss", intervalSeconds: 30, enabled: true, outlet: "أ" }] });
    expect((await readdir(join(dir, "sub"))).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("backoff", () => {
  it("doubles per consecutive failure and caps", () => {
    expect(nextDelayMs(60, 0)).toBe(60_000);
    expect(nextDelayMs(60, 1)).toBe(120_000);
    expect(nextDelayMs(60, 3)).toBe(480_000);
    expect(nextDelayMs(60, 10)).toBe(30 * 60_000);
    expect(nextDelayMs(1, 2, 3000)).toBe(3000);
  });
});

describe("replay timing", () => {
  const entry = (publishedAt: string | null): ReplayEntry => ({ file: "x", article: { text: "نص", url: null, outlet: null, title: null, publishedAt, language: null }, publishedAt });

  it("divides the original gaps by speed and caps them", () => {
    const e = [entry("2026-11-01T00:00:00Z"), entry("2026-11-01T01:00:00Z"), entry("2026-11-01T03:00:00Z"), entry(null)];
    expect(replayDelays(e, 60)).toEqual([0, 60_000, 120_000, 0]);
    expect(replayDelays(e, 3600, 1500)).toEqual([0, 1000, 1500, 0]);
  });

  it("finds simple dates near the top of a text", () => {
    expect(simpleDateFinder("date 2026-11-14 - نص", null)).toBe("2026-11-14T00:00:00.000Z");
    expect(simpleDateFinder("نشر في 9/11/2026 مساء", null)).toBe("2026-11-09T00:00:00.000Z");
    expect(simpleDateFinder("لا تاريخ هنا", null)).toBeNull();
  });
});
