/**
 * Room routing (server/realtime/rooms.ts), exhaustively over a small universe: a socket with
 * filter F shares a room with statement S exactly when S matches F. (Pure; kept beside the
 * realtime integration tests it underpins.)
 */
import { describe, expect, it } from "vitest";
import type { GovernorateCode } from "../../lib/domain/governorates";
import type { Statement, StatementType } from "../../lib/domain/statement";
import { matchesFilter, normalizeFilter, roomsForFilter, roomsForStatement, type LiveFilter } from "../../server/realtime/rooms";

const ACTORS = ["a1", "a2", "weird|id"];
const GOVS: GovernorateCode[] = ["SY-DI", "SY-HL", "SY-DY"];
const TYPES: StatementType[] = ["claim", "denial"];

function subsets<T>(xs: T[]): T[][] {
  return xs.reduce<T[][]>((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);
}

function stmt(actor: string, govs: GovernorateCode[], type: StatementType, security: boolean): Statement {
  return {
    id: "s", seq: 1, actor: { id: actor, nameAr: "س", nameEn: "", kind: "government" }, type, text: "نص", quote: false,
    statedAt: "", publishedAt: "", ingestedAt: "", source: { outlet: null, url: null, articleId: null },
    governorates: govs, securityOperation: security, evidence: null, clusterId: "c", echoOf: null, mentions: 1, demo: false,
  };
}

describe("filter rooms", () => {
  const filters: LiveFilter[] = [];
  for (const actors of subsets(ACTORS)) for (const governorates of subsets(GOVS)) for (const types of subsets(TYPES))
    for (const security of [false, true]) filters.push(normalizeFilter({ actors, governorates, types, security }));
  const statements: Statement[] = [];
  for (const a of ACTORS) for (const g of subsets(GOVS)) for (const t of TYPES) for (const sec of [false, true]) statements.push(stmt(a, g, t, sec));

  it(`a socket receives a statement iff it matches (${filters.length} filters × ${statements.length} statements)`, () => {
    let mismatches = 0;
    for (const f of filters) {
      const joined = new Set(roomsForFilter(f));
      for (const s of statements) {
        const receives = roomsForStatement(s).some((r) => joined.has(r));
        if (receives !== matchesFilter(s, f)) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it("uses readable rooms for simple filters", () => {
    expect(roomsForFilter(normalizeFilter({}))).toEqual(["all"]);
    expect(roomsForFilter(normalizeFilter({ actors: ["a2", "a1"] }))).toEqual(["actor:a1", "actor:a2"]);
    expect(roomsForFilter(normalizeFilter({ governorates: ["SY-HL"] }))).toEqual(["gov:SY-HL"]);
    expect(roomsForFilter(normalizeFilter({ security: false }))).toEqual(["all"]);
  });
});
