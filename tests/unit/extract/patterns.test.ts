import { describe, expect, it } from "vitest";
import { PATTERN_TABLES, TYPE_TABLES, UNIT_PHRASES } from "../../../lib/extract/patterns";
import { run } from "./helpers";

const rows = Object.entries(PATTERN_TABLES).flatMap(([table, list]) => list.map((r) => [table, r.example, r.speaker] as const));

describe("pattern tables: every row's example gives its speaker", () => {
  it.each(rows)("%s: %s", (_table, example, speaker) => {
    const names = run(example).statements.map((s) => s.actor.nameAr);
    if (speaker === null) expect(names).toEqual([]);
    else expect(names).toContain(speaker);
  });
});

const typed = Object.entries(TYPE_TABLES).flatMap(([table, list]) => list.map((r) => [table, r.example, r.speaker, r.type] as const));

describe("type tables: every row's example gives its speaker's statement that type", () => {
  it.each(typed)("%s: %s", (_table, example, speaker, type) => {
    const st = run(example).statements.filter((s) => s.actor.nameAr === speaker);
    expect(st.map((s) => s.type), JSON.stringify(run(example).statements.map((s) => [s.actor.nameAr, s.type]))).toContain(type);
  });
});

it("compiles no empty phrase (an empty unit phrase would match before every token)", () => {
  expect(UNIT_PHRASES.length).toBeGreaterThan(0);
  expect(UNIT_PHRASES.every((p) => p.length > 0)).toBe(true);
});
