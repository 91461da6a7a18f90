import { describe, expect, it } from "vitest";
import { filterSchema, statementInputSchema, statementQuerySchema } from "../../lib/contract/schemas";
import { GOVERNORATES, GOVERNORATE_CODES, isGovernorateCode } from "../../lib/domain/governorates";
import { AppError } from "../../lib/errors";

const minimal = { actor: { nameAr: "وزارة الداخلية", kind: "government" }, text: "أعلنت الوزارة القبض على خلية." };

describe("wire schemas", () => {
  it("fills defaults for a minimal statement", () => {
    const s = statementInputSchema.parse(minimal);
    expect(s.type).toBe("statement");
    expect(s.governorates).toEqual([]);
    expect(s.source).toEqual({ outlet: null, url: null, articleId: null });
    expect(s.securityOperation).toBe(false);
  });

  it("rejects unknown governorate codes and actor kinds", () => {
    expect(statementInputSchema.safeParse({ ...minimal, governorates: ["SY-XX"] }).success).toBe(false);
    expect(statementInputSchema.safeParse({ ...minimal, actor: { nameAr: "x", kind: "alien" } }).success).toBe(false);
  });

  it("rejects non-ISO dates and empty text", () => {
    expect(statementInputSchema.safeParse({ ...minimal, statedAt: "yesterday" }).success).toBe(false);
    expect(statementInputSchema.safeParse({ ...minimal, text: "   " }).success).toBe(false);
  });

  it("parses comma-separated query filters", () => {
    const f = filterSchema.parse({ actors: "a,b", governorates: "SY-HL,SY-ID", security: "1" });
    expect(f).toEqual({ actors: ["a", "b"], governorates: ["SY-HL", "SY-ID"], security: true });
    const q = statementQuerySchema.parse({ limit: "20", after: "5" });
    expect(q.limit).toBe(20);
    expect(q.after).toBe(5);
    expect(q.echoes).toBe(false);
  });
});

describe("governorates", () => {
  it("lists the 14 ISO 3166-2:SY codes once each, with both names", () => {
    expect(new Set(GOVERNORATE_CODES).size).toBe(14);
    expect(GOVERNORATES.map((g) => g.code).sort()).toEqual([...GOVERNORATE_CODES].sort());
    for (const g of GOVERNORATES) expect(g.nameAr && g.nameEn).toBeTruthy();
    expect(isGovernorateCode("SY-RD")).toBe(true);
    expect(isGovernorateCode("SY-XX")).toBe(false);
  });
});

describe("AppError", () => {
  it("maps stable codes to HTTP status and an envelope without internals", () => {
    const e = new AppError("batch_too_large", "at most 500 statements per batch", { max: 500 });
    expect(e.status).toBe(413);
    expect(e.toBody()).toEqual({ error: { code: "batch_too_large", message: "at most 500 statements per batch", details: { max: 500 } } });
  });
});
