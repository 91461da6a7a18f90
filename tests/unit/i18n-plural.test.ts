import { describe, expect, it } from "vitest";
import { countUnit, fmtDuration, relativeTime, translator } from "../../lib/i18n";

describe("durations and plurals", () => {
  it("Arabic uses the plural category of the number (Intl.PluralRules) and Arabic-Indic digits", () => {
    expect(countUnit("ar", 1, "s")).toBe("ثانية");
    expect(countUnit("ar", 2, "s")).toBe("ثانيتين");
    expect(countUnit("ar", 4, "s")).toBe("٤ ثوانٍ");
    expect(countUnit("ar", 10, "min")).toBe("١٠ دقائق");
    expect(countUnit("ar", 11, "min")).toBe("١١ دقيقة");
    expect(countUnit("ar", 3, "h")).toBe("٣ ساعات");
    expect(countUnit("ar", 5, "d")).toBe("٥ أيام");
    expect(countUnit("ar", 100, "d")).toBe("١٠٠ يوم");
  });

  it("English keeps short units with Western digits", () => {
    expect(countUnit("en", 4, "s")).toBe("4 s");
    expect(fmtDuration("en", 7_200)).toBe("2 h");
    expect(fmtDuration("en", 2 * 86_400)).toBe("2 d");
  });

  it("relative time wraps the duration in the language's 'ago'", () => {
    expect(relativeTime("ar", translator("ar"), 4_000)).toBe(translator("ar")("time.now"));
    expect(relativeTime("ar", translator("ar"), 7_000)).toBe("منذ ٧ ثوانٍ");
    expect(relativeTime("en", translator("en"), 90_000)).toBe("1 min ago");
    // Up to 48 h the dashboard still counts hours.
    expect(relativeTime("en", translator("en"), 30 * 3_600_000)).toBe("30 h ago");
  });
});
