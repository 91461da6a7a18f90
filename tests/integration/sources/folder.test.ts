/** The watched folder: articles are ingested once and moved to processed/; bad files go to failed/ with a reason. */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, symlink, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SourceState } from "../../../lib/store/types";
import { FolderWatcher, type FolderResult } from "../../../server/ingest/sources/folder";
import { HealthRecorder } from "../../../server/ingest/sources/health";
import { silentLogger } from "../../../server/ingest/sources/types";
import { articlePage, SENTENCES } from "../../unit/ingest/fixtures";
import { openCtx, removeDir, until, type Ctx } from "./harness";

let ctx: Ctx;
let watcher: FolderWatcher;
let dir: string;
const results: FolderResult[] = [];
const health: SourceState[] = [];

beforeAll(async () => {
  ctx = await openCtx();
  dir = join(ctx.dir, "inbox");
  await mkdir(dir);
  watcher = new FolderWatcher({
    dir,
    store: ctx.store,
    pipeline: ctx.pipeline,
    health: new HealthRecorder(ctx.store, (s) => health.push(s)),
    logger: silentLogger,
    scanIntervalMs: 100,
    stableMs: 150,
    onFile: (r) => results.push(r),
  });
  await watcher.start();
});

afterAll(async () => {
  await watcher?.stop();
  await ctx?.close();
  if (ctx) await removeDir(ctx.dir);
});

const waitFor = (file: string) => until(() => results.find((r) => r.file === file), 15_000, file);

describe("folder source", () => {
  it("ingests .txt (with header), .json and .html files once and moves them to processed/", async () => {
    await writeFile(join(dir, "a.txt"), `url: https://example.test/folder/a\ndate: 2026-11-20\noutlet: سانا\ntitle: خبر من ملف\n\n${SENTENCES[0]} ${SENTENCES[1]}`);
    await writeFile(join(dir, "b.json"), JSON.stringify({ text: `${SENTENCES[2]} ${SENTENCES[3]}`, url: "https://example.test/folder/b", outlet: "عنب بلدي", publishedAt: "2026-11-21T10:00:00Z" }));
    await writeFile(join(dir, "c.html"), articlePage("خبر بصيغة HTML", [SENTENCES[4]!, SENTENCES[5]!, SENTENCES[0]!]));
    for (const f of ["a.txt", "b.json", "c.html"]) expect(await waitFor(f)).toMatchObject({ outcome: "processed", reason: null, status: "created" });
    expect((await readdir(join(dir, "processed"))).sort()).toEqual(["a.txt", "b.json", "c.html"]);
    expect((await readdir(dir)).filter((n) => n !== "processed" && n !== "failed")).toEqual([]);
    const page = await ctx.store.listStatements({ limit: 500, echoes: true });
    expect(page.items.some((s) => s.source.url === "https://example.test/folder/a" && s.source.outlet === "سانا")).toBe(true);
    expect((await ctx.store.sourceActivity("folder", new Date(0))).items).toBe(3);
  });

  it("moves binary, empty and unsupported files to failed/ with a reason file, and keeps running", async () => {
    await writeFile(join(dir, "bin.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    await writeFile(join(dir, "empty.txt"), "");
    await writeFile(join(dir, "doc.pdf"), "%PDF-1.4");
    for (const f of ["bin.txt", "empty.txt", "doc.pdf"]) expect((await waitFor(f)).outcome).toBe("failed");
    const failed = await readdir(join(dir, "failed"));
    expect(failed.sort()).toEqual(["bin.txt", "bin.txt.error.txt", "doc.pdf", "doc.pdf.error.txt", "empty.txt", "empty.txt.error.txt"]);
    expect(await readFile(join(dir, "failed", "bin.txt.error.txt"), "utf8")).toMatch(/^binary/);
    expect(await readFile(join(dir, "failed", "empty.txt.error.txt"), "utf8")).toMatch(/^empty/);
    expect(await readFile(join(dir, "failed", "doc.pdf.error.txt"), "utf8")).toMatch(/^unsupported/);
    expect(health.some((h) => h.id === "folder" && h.state === "failing" && /empty/.test(h.lastError ?? ""))).toBe(true);

    // Still running: a good file after the bad ones is processed.
    await writeFile(join(dir, "after.txt"), `${SENTENCES[5]}`);
    expect((await waitFor("after.txt")).outcome).toBe("processed");
    expect((await ctx.store.getSource("folder"))?.state).toBe("ok");
  });

  it("never follows a symlink out of the folder", async () => {
    const outside = join(ctx.dir, "outside.txt");
    await writeFile(outside, `${SENTENCES[3]} ${SENTENCES[4]}`);
    await symlink(outside, join(dir, "link.txt"));
    // The link has been seen by several scans (100 ms apart, 150 ms to be stable) before the next file arrives.
    await new Promise((r) => setTimeout(r, 600));
    await writeFile(join(dir, "after-link.txt"), `${SENTENCES[5]} ${SENTENCES[1]}`);
    expect(await waitFor("after-link.txt")).toMatchObject({ outcome: "processed" });
    await new Promise((r) => setTimeout(r, 300));
    expect(results.find((r) => r.file === "link.txt")).toBeUndefined();
    expect(await readFile(outside, "utf8")).toContain(SENTENCES[3]!);
    await unlink(join(dir, "link.txt"));
  });

  it("waits for a file that is still being written", async () => {
    const path = join(dir, "slow.txt");
    await writeFile(path, `${SENTENCES[1]} `);
    await new Promise((r) => setTimeout(r, 60));
    await writeFile(path, `${SENTENCES[1]} ${SENTENCES[2]}`);
    const r = await waitFor("slow.txt");
    expect(r.outcome).toBe("processed");
    expect(existsSync(join(dir, "processed", "slow.txt"))).toBe(true);
    expect(await readFile(join(dir, "processed", "slow.txt"), "utf8")).toContain(SENTENCES[2]);
  });

  it("a file dropped again with the same content is not duplicated", async () => {
    await writeFile(join(dir, "again.txt"), `url: https://example.test/folder/a\n\n${SENTENCES[0]} ${SENTENCES[1]}`);
    const r = await waitFor("again.txt");
    expect(r.outcome).toBe("processed");
    expect(r.status).not.toBe("created");
  });
});
