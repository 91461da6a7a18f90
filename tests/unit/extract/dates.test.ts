import { describe, expect, it } from "vitest";
import { findPublicationDate, resolveStatedAt } from "@/lib/extract/dates";

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

describe("findPublicationDate: formats", () => {
  const cases: [string, string][] = [
    ["2025-11-14", "2025-11-14"],
    ["date 2025-11-14 - خبر عاجل", "2025-11-14"],
    ["تاريخ النشر: 11th, November 2025 GMT", "2025-11-11"],
    ["12.11.2025", "2025-11-12"],
    ["14/11/2025", "2025-11-14"],
    ["11/30/2025", "2025-11-30"],
    ["2025/11/14", "2025-11-14"],
    ["اليوم الثلاثاء 11 نوفمبر 2025 01:00 صباحاً", "2025-11-11"],
    ["November 14, 2025", "2025-11-14"],
    ["14 November 2025", "2025-11-14"],
    ["Nov 3, 2025", "2025-11-03"],
    ["Nov. 14, 2025", "2025-11-14"],
    ["14 نوفمبر، 2025", "2025-11-14"],
    ["نوفمبر 14، 2025", "2025-11-14"],
    ["الجمعة 23 جمادى الأولى 1447 هـ - 14 نوفمبر 2025 م", "2025-11-14"],
    ["الجمعة 14 تشرين الثاني 2025", "2025-11-14"],
    ["14 تشرين الثاني/نوفمبر 2025", "2025-11-14"],
    ["3 كانون الثاني/يناير 2026", "2026-01-03"],
    ["1 شباط 2026", "2026-02-01"], ["5 آذار 2026", "2026-03-05"], ["9 نيسان 2025", "2025-04-09"], ["9 إبريل 2025", "2025-04-09"],
    ["2 أيار 2025", "2025-05-02"], ["2 ماي 2025", "2025-05-02"], ["7 يونيه 2025", "2025-06-07"], ["7 حزيران 2025", "2025-06-07"],
    ["8 يوليه 2025", "2025-07-08"], ["8 تموز 2025", "2025-07-08"], ["4 آب 2025", "2025-08-04"], ["4 أغسطس 2025", "2025-08-04"],
    ["6 أيلول 2025", "2025-09-06"], ["6 تشرين الأول 2025", "2025-10-06"], ["20 كانون الأول 2025", "2025-12-20"],
    ["١٤ نوفمبر ٢٠٢٥", "2025-11-14"],
    ["نشر في ١٤/١١/٢٠٢٥", "2025-11-14"],
  ];
  it.each(cases)("%s", (text, want) => {
    expect(day(findPublicationDate(text))).toBe(want);
  });
  it("keeps the time when it is given", () => {
    expect(findPublicationDate("12:26 GMT 12.11.2025")).toBe("2025-11-12T12:26:00.000Z");
    expect(findPublicationDate("اليوم الثلاثاء 11 نوفمبر 2025 01:00 صباحاً")).toBe("2025-11-11T01:00:00.000Z");
    expect(findPublicationDate("14 نوفمبر 2025 08:30 مساءً")).toBe("2025-11-14T20:30:00.000Z");
    expect(findPublicationDate("2025-11-14")).toBe("2025-11-14T00:00:00.000Z");
  });
  it("prefers metadata over the text", () => {
    expect(day(findPublicationDate("نص فيه 1 يناير 2020", "2025-11-14"))).toBe("2025-11-14");
    expect(day(findPublicationDate("نص فيه 1 يناير 2020", "Fri, 14 Nov 2025 10:00:00 GMT"))).toBe("2025-11-14");
    expect(day(findPublicationDate("نص فيه 1 يناير 2020", null))).toBe("2020-01-01");
  });
  it("prefers the header over dates in the body", () => {
    const body = "خبر قصير\n" + "كلام ".repeat(200) + "وفي 3 مارس 2019 خسر التنظيم";
    expect(day(findPublicationDate("العنوان\n12.11.2025\n" + body))).toBe("2025-11-12");
  });
  it("in the header, prefers a stamp (label, time, weekday, numeric) over a date in prose", () => {
    expect(day(findPublicationDate("منذ سقوط النظام في 8 ديسمبر 2024 تغير الكثير\nالسبت 15 تشرين الثاني 2025 - 10:30\nنص"))).toBe("2025-11-15");
    expect(day(findPublicationDate("العنوان\nفي 8 ديسمبر 2024 سقط النظام\nآخر تحديث: 16/11/2025"))).toBe("2025-11-16");
    expect(day(findPublicationDate("العنوان\n2025-11-16\nوفي 8 ديسمبر 2024 سقط النظام"))).toBe("2025-11-16");
  });
  it("without a header date, takes the latest full date in the body (embeds precede publication)", () => {
    const filler = "كلام ".repeat(150);
    const t = `${filler}\n— name (@handle) November 14, 2025\n${filler}\n— other (@h2) November 13, 2025`;
    expect(day(findPublicationDate(t))).toBe("2025-11-14");
  });
  it("ignores month-only and invalid dates", () => {
    expect(findPublicationDate("حتى ديسمبر 2024")).toBeNull();
    expect(findPublicationDate("31/02/2025")).toBeNull();
    expect(findPublicationDate("لا تاريخ هنا")).toBeNull();
  });
});

describe("resolveStatedAt: relative and explicit expressions", () => {
  const pub = "2025-11-14T00:00:00.000Z"; // a Friday
  const now = new Date("2026-01-01T00:00:00Z");
  const cases: [string, string | null][] = [
    ["أعلن الوزير اليوم الجمعة أن", "2025-11-14"],
    ["أعلن الوزير اليوم الأحد أن", "2025-11-09"],
    ["قال المتحدث أمس إن", "2025-11-13"],
    ["قال المتحدث يوم أمس إن", "2025-11-13"],
    ["قال المتحدث أول أمس إن", "2025-11-12"],
    ["قال المتحدث أول من أمس إن", "2025-11-12"],
    ["قال المتحدث أمس الأول إن", "2025-11-12"],
    ["قال المتحدث مساء أمس إن", "2025-11-13"],
    ["أكدت المديرية، مساء الجمعة، عدم صحة التقارير", "2025-11-14"],
    ["أعلنت الوزارة صباح السبت أن", "2025-11-08"],
    ["أعلنت السفارة، الثلاثاء الماضي، انضمام", "2025-11-11"],
    ["وأعلن الجمعة الماضية", "2025-11-07"],
    ["وقال الاثنين إن", "2025-11-10"],
    ["وقال الوزير الأسبوع الماضي إن", "2025-11-07"],
    ["وقال قبل يومين إن", "2025-11-12"],
    ["وأعلن في 12 تشرين الثاني أن", "2025-11-12"],
    ["وأعلن في 20 كانون الأول أن", "2024-12-20"],
    ["وفي نيسان/ أبريل من العام 2021، قال الرئيس", "2021-04-01"],
    ["وقال في أبريل/نيسان 2021 إن", "2021-04-01"],
    ["وقال في مقابلة عام 2021 إن", "2021-01-01"],
    ["وقال في 3 مارس 2019 إن", "2019-03-03"],
    ["قال الوزير إن الاتفاق سياسي", null],
    ["وأكدت الصحيفة أن البغدادي قتل في تشرين الأول/أكتوبر 2019", null],
    ["نفت الرئاسة وجود تعاون منذ عام 2016", null],
    ["قال إن الهجوم وقع أمس", null],
  ];
  it.each(cases)("%s", (sentence, want) => {
    expect(day(resolveStatedAt(sentence, pub, now))).toBe(want);
  });
  it("uses `now` when the publication date is unknown", () => {
    expect(day(resolveStatedAt("قال أمس إن", null, new Date("2025-03-10T15:00:00Z")))).toBe("2025-03-09");
  });
  it("returns midnight UTC", () => {
    expect(resolveStatedAt("قال أمس إن", "2025-11-14T18:45:00.000Z", now)).toBe("2025-11-13T00:00:00.000Z");
  });
});

describe("resolveStatedAt: a month named with الماضي", () => {
  const pub = "2026-03-10T12:00:00.000Z";
  const now = new Date("2026-03-11T00:00:00.000Z");
  it("is the most recent such month before publication", () => {
    expect(resolveStatedAt("أكد الرئيس في خطاب ألقاه في كانون الثاني الماضي", pub, now)).toBe("2026-01-01T00:00:00.000Z");
    expect(resolveStatedAt("وقال الوزير في تشرين الأول الماضي", pub, now)).toBe("2025-10-01T00:00:00.000Z");
    expect(resolveStatedAt("صرح في شهر ديسمبر الفائت", pub, now)).toBe("2025-12-01T00:00:00.000Z");
  });
  it("a day of the current or previous month", () => {
    expect(resolveStatedAt("وقال في الـ5 من الشهر الجاري", pub, now)).toBe("2026-03-05T00:00:00.000Z");
    expect(resolveStatedAt("وقال في 20 من الشهر الماضي", pub, now)).toBe("2026-02-20T00:00:00.000Z");
    expect(resolveStatedAt("وقال في 25 من الشهر الجاري", pub, now)).toBeNull();
  });
  it("not after منذ, nor inside the reported content", () => {
    expect(resolveStatedAt("قال الوزير منذ يناير الماضي", pub, now)).toBeNull();
    expect(resolveStatedAt("قال الوزير إن الهجوم وقع في يناير الماضي", pub, now)).toBeNull();
  });
});
