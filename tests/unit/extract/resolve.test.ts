import { describe, expect, it } from "vitest";
import { actorIds, run } from "./helpers";

describe("speaker resolution and the registry's international bodies", () => {
  it.each([
    ["وأعلنت القيادة الوسطى الأميركية مقتل قيادي في التنظيم.", "us-centcom"],
    ["وقالت القيادة المركزية الأمريكية إن الغارة دقيقة.", "us-centcom"],
    ["وأكدت قوات التحالف أن الدورية عادت إلى قاعدتها.", "coalition"],
    ["فيما أدانت قطر الهجوم على المدينة.", "qa-government"],
    ["وأكدت إسرائيل أنها ستواصل العمليات.", "il-government"],
    ["وقالت فرنسا إن الحل سياسي.", "fr-government"],
  ])("%s -> %s", (text, id) => {
    expect(actorIds(text)).toEqual([id]);
  });

  it("links a name found through a title to the registry person with that surname and given name", () => {
    expect(actorIds("دعا المبعوث الخاص للأمم المتحدة غير بيدرسون، المجتمع الدولي إلى دعم البلاد. وحذر بيدرسون من العواقب."))
      .toEqual(["geir-pedersen"]);
  });

  it("does not link a different person who shares a surname", () => {
    expect(actorIds("قال الباحث سامر لافروف إن الوضع معقد.")).not.toContain("sergey-lavrov");
  });

  it("resolves an unnamed spokesman to the spokesman named later, with his continuations", () => {
    const r = run("أعلن المتحدث الرسمي باسم جيش الاحتلال في بيان أن الجيش أغار على موقع. وأضاف: \"نواصل المراقبة\". وفي السياق ذاته، صرح أدرعي بأن العمليات مستمرة.");
    expect(r.statements.map((s) => s.actor.id)).toEqual(["avichay-adraee", "avichay-adraee", "avichay-adraee"]);
  });

  it("keeps the institution when no spokesman is named", () => {
    expect(actorIds("أعلن المتحدث الرسمي باسم جيش الاحتلال في بيان أن الجيش أغار على موقع.")).toEqual(["idf"]);
  });

  it("reads a title alone as the person introduced with it", () => {
    expect(actorIds("قال وزير الخارجية الروسي سيرغي لافروف إن التنسيق مستمر. وأشار الوزير الروسي إلى أهمية اللقاء.")).toEqual(["sergey-lavrov"]);
    const r = run("قال وزير الخارجية البلجيكي يان دوبوا إن التنسيق مستمر. وأشار الوزير البلجيكي إلى أهمية اللقاء.");
    expect(new Set(r.statements.map((s) => s.actor.nameAr))).toEqual(new Set(["يان دوبوا"]));
  });

  it("tells apart two anonymous sources by their adjective", () => {
    const r = run("وفق ما أكد مصدر حكومي وآخر كردي لوكالة الأنباء، فإن الانسحاب قريب. وقال المصدر الحكومي إن القوات ستغادر. وأفاد المصدر الكردي من جهته أن القواعد ستخلى.");
    expect(r.statements.filter((s) => s.text.includes("المصدر")).map((s) => s.actor.nameAr)).toEqual(["مصدر حكومي", "مصدر كردي"]);
  });

  it("keeps the words of an anonymous source as written as an alias", () => {
    const r = run("ونقلت وكالة رويترز عن مصدرين أمنيين سوريين قولهما إن الضربة استهدفت المبنى.");
    expect(r.statements[0]!.actor.nameEn).toBe("unnamed Syrian security source");
    expect(r.statements[0]!.actor.aliases).toContain("مصدرين أمنيين سوريين");
  });

  it("credits a title's holder, not the acronym inside the title", () => {
    expect(actorIds('أكد قائد قوات سوريا الديمقراطية "قسد" مظلوم عبدي، التزامه بالاتفاق.')).toEqual(["mazloum-abdi"]);
  });

  it("skips a dative outlet's qualifiers and short name before the speech content", () => {
    const r = run('وقال مصدر حكومي سوري لوكالة الأنباء السورية الرسمية "سانا" إن اللقاء تناول ملف المعابر الحدودية.');
    expect(r.statements.map((s) => s.actor.nameAr)).toEqual(["مصدر حكومي سوري"]);
  });
});

describe("joint statements and relaying outlets", () => {
  it("credits each party of a joint statement named by nisba, and its issuer", () => {
    expect(actorIds("قال بيان مشترك إسرائيلي سوري أصدرته الخارجية الأميركية إن مسؤولين كبارا التقوا في باريس."))
      .toEqual(["us-state-department", "il-government", "sy-government"]);
  });

  it("drops an outlet introduced by وفقاً لما next to the speaker it relays, keeps it alone", () => {
    expect(actorIds("وفقاً لما أفادته وكالة الأفق للأنباء، قالت وسائل إعلام عبرية إن الغارة أصابت مستودعاً.")).toHaveLength(1);
    expect(actorIds("قُتل عنصر في تفجير بمدينة حلب، وفق ما أفادت وكالة سانا.")).toEqual(["sana"]);
  });
});

describe("institution names and back-references", () => {
  it("takes a parenthesised name after an institution phrase", () => {
    expect(actorIds("وذكرت وكالة الأنباء الرسمية (سانا) أن الطريق مفتوح.")).toEqual(["sana"]);
    expect(run("وذكرت وكالة الأنباء الرسمية (أفق) أن الطريق مفتوح.").statements[0]!.actor.nameAr).toBe("وكالة الأنباء الرسمية (أفق)");
  });

  it("ends an institution at its definite noun, leaving the verb's object out", () => {
    expect(run("أعلنت وزارة الزراعة خطة جديدة. ونبهت الوزارة إلى خطورة الجفاف.").statements.map((s) => s.actor.nameAr))
      .toEqual(["وزارة الزراعة", "وزارة الزراعة"]);
  });

  it("reads الجيش as the army named last, the Syrian army only without one", () => {
    expect(actorIds("شن جيش الاحتلال الإسرائيلي غارة على درعا. وقال الجيش في بيان إن الغارة استهدفت مخزناً.")).toEqual(["idf"]);
    expect(actorIds("وقال الجيش في بيان إن الغارة استهدفت مخزناً.")).toEqual(["sy-army"]);
  });
});

describe("capitals as governments, not inside outlet names", () => {
  it("reads a capital after an outlet word as the outlet's name", () => {
    expect(run("وقالت قناة القاهرة الإخبارية إن الطريق مغلق.").statements.map((s) => [s.actor.nameAr, s.actor.kind]))
      .toEqual([["قناة القاهرة الإخبارية", "media"]]);
    expect(actorIds("وأكدت القاهرة دعمها للحل.")).toEqual(["eg-government"]);
  });
});
