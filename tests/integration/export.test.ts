/**
 * Export (GET /api/export and `npm run export`): a filtered export holds exactly what the feed query
 * with the same filters returns (across page boundaries), CSV escapes quotes, commas, newlines and
 * keeps Arabic intact, and the CLI writes the same bytes as the API.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StatementDTO } from "../../lib/contract/dto";
import { CSV_COLUMNS } from "../../server/ops/export";
import { api, ingest, statement, useApp } from "./helpers";

/** Minimal RFC 4180 parser (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; } else if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const TRICKY = [
  'قال المتحدث: "لن نتراجع"، وأضاف أن العمل مستمر',
  "السطر الأول من البيان\nوالسطر الثاني, مع فاصلة",
  "=HYPERLINK(\"http://example.org\") تصريح يبدأ بعلامة يساوي",
];

describe("export", () => {
  const t = useApp();

  it("streams exactly the feed query's statements, as NDJSON and CSV, and the CLI writes the same", async () => {
    const items = Array.from({ length: 520 }, (_, i) => statement({
      actorId: `exp-${i % 4}`, nameAr: `جهة التصدير ${i % 4}`, key: `exp-${i}`,
      text: i < TRICKY.length ? TRICKY[i]! : `أعلنت الجهة رقم ${i} عن خطة جديدة لقطاع ${["المياه", "النقل", "الصحة", "التعليم"][i % 4]} في الجولة ${i * 7}.`,
      governorates: i % 2 === 0 ? ["SY-DI"] : ["SY-HL"],
    }));
    await ingest(t.app, items.slice(0, 400));
    await ingest(t.app, items.slice(400));

    const filter = "actors=exp-0,exp-2,exp-3&governorates=SY-DI";
    const feed: StatementDTO[] = [];
    for (let after = 0; ;) {
      const page = await api(t.app, `/api/statements?${filter}&after=${after}&limit=500`);
      const got = page.json.data.items as StatementDTO[];
      feed.push(...got);
      if (got.length < 500) break;
      after = got.at(-1)!.seq;
    }
    expect(feed.length).toBe(260); // exp-0 and exp-2 are always SY-DI, exp-3 never

    const nd = await fetch(`${t.app.url}/api/export?format=ndjson&${filter}`);
    expect(nd.status).toBe(200);
    expect(nd.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const lines = (await nd.text()).trimEnd().split("\n").map((l) => JSON.parse(l) as StatementDTO);
    expect(lines).toEqual(feed);

    const all = await fetch(`${t.app.url}/api/export?format=ndjson`);
    expect((await all.text()).trimEnd().split("\n")).toHaveLength(520); // two pages of 500 and more

    const csvRes = await fetch(`${t.app.url}/api/export?format=csv&actors=exp-0,exp-1,exp-2`);
    expect(csvRes.headers.get("content-disposition")).toMatch(/^attachment; filename="bayan-statements-.*\.csv"$/);
    const csvText = Buffer.from(await csvRes.arrayBuffer()).toString("utf8"); // .text() would drop the BOM
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csvText.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const body = rows.slice(1);
    expect(body).toHaveLength(390);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(body.slice(0, 3).map((r) => r[col("text")])).toEqual([TRICKY[0], TRICKY[1], `'${TRICKY[2]}`]);
    expect(body[0]![col("actor_name_ar")]).toBe("جهة التصدير 0");
    expect(body.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);

    const out = join(t.dir, "export.csv");
    const { DATABASE_URL: _pg, ...env } = process.env;
    const cli = spawnSync(process.execPath, ["--import", "tsx", "scripts/export.ts", "--format", "csv", "--out", out, "--actors", "exp-0,exp-1,exp-2"], {
      env: { ...env, SQLITE_PATH: join(t.dir, "bayan.db") }, encoding: "utf8",
    });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stderr).toContain("exported 390 statements (csv)");
    expect(readFileSync(out, "utf8")).toBe(csvText);
  });

  it("refuses a missing or unknown format and bad filters with validation_failed", async () => {
    for (const q of ["", "format=xml", "format=csv&governorates=SY-XX", "format=csv&from=yesterday"]) {
      const r = await api(t.app, `/api/export?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.json.error?.code).toBe("validation_failed");
    }
  });
});
