/** /sources shows delays in human units and counts with grouping. */
import { describe, expect, it } from "vitest";
import { humanDelay } from "../../../components/sources/strings";
import { fmtNumber } from "../../../lib/i18n";

describe("sources units", () => {
  it("delays in the largest whole unit, never thousands of hours", () => {
    expect(humanDelay(850)).toBe("850 ms");
    expect(humanDelay(42_000)).toBe("42 s");
    expect(humanDelay(3 * 60_000 + 20_000)).toBe("3 min");
    expect(humanDelay(2 * 3_600_000)).toBe("2 h");
    expect(humanDelay(30 * 3_600_000)).toBe("30 h");
    expect(humanDelay(9259.7 * 3_600_000)).toBe("385 d");
    expect(humanDelay(4 * 86_400_000, "ar")).toBe("٤ أيام");
    expect(humanDelay(2 * 3_600_000, "ar")).toBe("ساعتين");
  });

  it("counts with grouping", () => {
    expect(fmtNumber("en", 12345)).toBe("12,345");
    expect(fmtNumber("ar", 12345)).toBe("١٢٬٣٤٥");
  });
});
