import { describe, expect, it } from "vitest";
import { actorIds, actorNames, run } from "./helpers";

describe("title and role grammar", () => {
  it.each([
    ["قالت الممثلة العليا للشؤون الخارجية في الاتحاد الأوروبي كايا كالاس إن العقوبات سترفع.", "كايا كالاس"],
    ["قالت الرئيسة المشتركة لمجلس سوريا الديمقراطية ليلى قره مان إن الحوار مستمر.", "ليلى قره مان"],
    ["قالت الناشطة الحقوقية سلمى الخطيب إن الأهالي خائفون.", "سلمى الخطيب"],
    ["قال النائب عن حزب الله علي فياض إن المقاومة مستمرة.", "علي فياض"],
    ["قالت عضو اللجنة الدستورية سميرة مسالمة إن المسودة جاهزة.", "سميرة مسالمة"],
    ["وقال رئيس بلدية جرمانا نادر الحسين إن المياه عادت.", "نادر الحسين"],
    ["وقال شيخ العقل حمود الحناوي إن الوضع هادئ.", "حمود الحناوي"],
  ])("%s", (text, name) => {
    expect(actorNames(text)).toEqual([name]);
  });

  it("ends a name at a dative outlet and keeps the continuation", () => {
    const r = run("قالت الناشطة المدنية سلمى الخطيب لعنب بلدي إن الأهالي خائفون. وأضافت أن الطرق مقطوعة.");
    expect(r.statements.map((s) => s.actor.nameAr)).toEqual(["سلمى الخطيب", "سلمى الخطيب"]);
  });

  it("keeps compound given names whole", () => {
    expect(actorNames("قال قائد الفوج عبد العزيز هلال الأحمد إن القوات تقدمت.")).toEqual(["عبد العزيز هلال الأحمد"]);
  });

  it("does not read محافظة as a feminine governor, and drops حينها", () => {
    const r = run("قالت محافظة ريف دمشق حينها إن الطريق مغلق.");
    expect(r.statements.map((s) => [s.actor.nameAr, s.actor.kind])).toEqual([["محافظة ريف دمشق", "government"]]);
  });

  it("separates the Kurdish Asayish from the government's internal security", () => {
    expect(actorIds("أعلنت قوى الأمن الداخلي في شمال وشرق سوريا اعتقال خلية في الحسكة.")).toEqual(["asayish"]);
    expect(actorIds("أعلنت قوى الأمن الداخلي اعتقال خلية في حمص.")).toEqual(["sy-internal-security"]);
  });
});
