import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const repo = resolve(__dirname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "bayan-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]): string {
  return execFileSync(process.execPath, ["--import", "tsx", join(repo, "scripts/extract.ts"), ...args], { cwd: repo, encoding: "utf8" });
}

describe("extract CLI", () => {
  it("prints one JSON line per file, sorted by name, and reports failures inline", () => {
    writeFileSync(join(dir, "b.txt"), "date: 2025-11-12\n\nأعلنت وزارة الداخلية السورية القبض على خلية في مدينة الباب.\n");
    writeFileSync(join(dir, "a.json"), JSON.stringify({ text: "قال مصدر أمني إن الوضع هادئ.", publishedAt: "2025-11-10" }));
    writeFileSync(join(dir, "c.txt"), Buffer.from([0x00, 0x01, 0x02, 0xff]));
    const lines = cli("--jsonl", dir).trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(["a", "b", "c"]);
    const b = lines[1] as { publishedAt: string; statements: { actor: { id: string; nameAr: string; nameEn: string; kind: string; aliases: string[] }; provinces: string[]; securityOperation: boolean; evidence: { start: number; end: number } }[] };
    expect(b.publishedAt.slice(0, 10)).toBe("2025-11-12");
    expect(b.statements[0]!.actor).toMatchObject({ id: "sy-moi", kind: "government" });
    expect(b.statements[0]!.provinces).toEqual(["SY-HL"]);
    expect(lines[2]).toMatchObject({ id: "c", statements: [], error: { code: "unprocessable_article" } });
  });

  it("prints a readable summary without --jsonl", () => {
    writeFileSync(join(dir, "d.txt"), "قال ترامب إن سوريا مهمة.\n");
    expect(cli(join(dir, "d.txt"))).toContain("دونالد ترامب");
  });
});
