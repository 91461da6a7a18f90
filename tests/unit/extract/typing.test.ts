import { describe, expect, it } from "vitest";
import { run } from "./helpers";

const typeOf = (text: string) => run(text).statements.map((s) => s.type);

describe("statement types from the content", () => {
  it("a denial phrase makes a denial, also after أكد or قال", () => {
    expect(typeOf("وأكدت وزارة الداخلية السورية عدم صحة ما ورد في التقرير.")).toEqual(["denial"]);
    expect(typeOf("وقالت وزارة الداخلية السورية إنه لا صحة للأنباء المتداولة عن اعتقال مدنيين.")).toEqual(["denial"]);
    expect(typeOf("وأكد البيان الصادر عن رئاسة الجمهورية السورية أن هذه المزاعم لا أساس لها من الصحة.")).toContain("denial");
    expect(typeOf('وقال مصدر أمني إن الأخبار عن انسحاب القوات "عارية عن الصحة".')).toEqual(["denial"]);
  });
  it("الصحة alone is not a denial", () => {
    expect(typeOf("وقالت وزارة الصحة السورية إن المستشفى استقبل عشرة جرحى.")).toEqual(["statement"]);
    expect(typeOf("وأعلنت وزارة الداخلية السورية إطلاق حملة للحفاظ على الصحة العامة.")).toEqual(["announcement"]);
  });
  it("أكد asserting a position is a statement; confirming a report or an event is a confirmation", () => {
    expect(typeOf("وأكد وزير الخارجية السوري التزام بلاده بالاتفاق.")).toEqual(["statement"]);
    expect(typeOf("وأكدت وزارة الداخلية السورية أن الحادث وقع أثناء دورية روتينية.")).toEqual(["statement"]);
    expect(typeOf("وأكدت وزارة الداخلية السورية صحة الأنباء عن توقيف المشتبه به.")).toEqual(["confirmation"]);
    expect(typeOf("وأكد مصدر أمني مقتل عنصرين في الهجوم.")).toEqual(["confirmation"]);
  });
  it("an account given according to a source is its report; an unnamed source relayed by an outlet reports", () => {
    expect(typeOf("وقتل عشرة أشخاص في الاشتباكات، بحسب المرصد السوري لحقوق الإنسان.")).toEqual(["report"]);
    expect(typeOf("ونقلت وكالة سانا عن مصدر أمني أن الهجوم استهدف حاجزا للشرطة.")).toContain("report");
  });
  it("a claim of responsibility stays a claim", () => {
    expect(typeOf("وأعلنت جماعة أنصار السنة مسؤوليتها عن التفجير.")).toEqual(["claim"]);
  });
});

describe("text shown to analysts", () => {
  const texts = (t: string) => run(t).statements.map((s) => s.text);
  it("a dateline opening the line is not part of the statement", () => {
    expect(texts("دبي (CNN)-- قالت وزارة الداخلية السورية إن قواتها اعتقلت خمسة أشخاص.")).toEqual(["قالت وزارة الداخلية السورية إن قواتها اعتقلت خمسة أشخاص."]);
    expect(texts("دمشق - سانا: أعلنت وزارة الداخلية السورية اعتقال خمسة أشخاص.")).toEqual(["أعلنت وزارة الداخلية السورية اعتقال خمسة أشخاص."]);
    expect(texts("بيروت: قال مصدر أمني إن الدوريات انتشرت في المدينة.")).toEqual(["قال مصدر أمني إن الدوريات انتشرت في المدينة."]);
  });
  it("speech with a colon is not a dateline, and evidence still slices to the text", () => {
    const r = run("قال وزير الخارجية السوري: نرحب بالقرار.");
    expect(r.statements[0]!.text).toBe("قال وزير الخارجية السوري: نرحب بالقرار.");
    const d = run("دبي (CNN)-- قالت وزارة الداخلية السورية إن الوضع مستقر.");
    const st = d.statements[0]!;
    expect(d.text.slice(st.evidence.start, st.evidence.end)).toBe(st.text);
  });
  it("a witness's account is a report; an official's is not", () => {
    expect(typeOf("وقالت مصادر محلية إن قذائف سقطت على أطراف القرية.")).toEqual(["report"]);
    expect(typeOf("وقال مصدر عسكري إن قذائف سقطت على أطراف القرية.")).toEqual(["statement"]);
    expect(typeOf("وقال الدفاع المدني السوري إن فرقه انتشلت جثتين من تحت الأنقاض.")).toEqual(["report"]);
    expect(typeOf("وقال الباحث سمير حداد إن الحل سياسي.")).toEqual(["statement"]);
  });
  it("a body named with an attached preposition is found again by its bare noun", () => {
    const r = run('وقالت الإدارة العامة لهيئة الموانئ إن الحادث محدود. وتابعت الهيئة: "ننفي وجود أي تسرب نفطي في الميناء".');
    expect(r.statements.map((s) => [s.actor.nameAr, s.type])).toContainEqual(["الإدارة العامة لهيئة الموانئ", "denial"]);
  });
});
