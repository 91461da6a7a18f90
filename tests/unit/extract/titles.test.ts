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
    ["يقول الخبير العسكري العقيد المتقاعد مازن الحسن إن الجيش يحتاج وقتاً.", "مازن الحسن"],
    ["وقال أستاذ القانون في جامعة دمشق محمد العلي إن القرار صائب.", "محمد العلي"],
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

describe("sources, conduits and addressees", () => {
  it("names an anonymous source by its unknown institution and keeps the conduit out", () => {
    expect(actorNames("نقلت وكالة سانا عن مصدر في إدارة سجن عدرا قوله إن سجينا فر.")).toEqual(["مصدر في إدارة سجن عدرا"]);
    const r = run("وذلك وفق ما نقلته وكالة سانا عن مصدر في قيادة شرطة حماة. وقال المصدر إن التحقيق جار.");
    expect([...new Set(r.statements.map((s) => s.actor.nameAr))]).toEqual(["مصدر في قيادة شرطة حماة"]);
  });

  it("reads قيادي as an anonymous commander", () => {
    const r = run("نقلت شبكة الراصد عن قيادي في الحزب الشيوعي قوله إن الاجتماع انتهى.");
    expect(r.statements.map((s) => [s.actor.nameAr, s.actor.kind])).toEqual([["قيادي في الحزب الشيوعي", "anonymous"]]);
  });

  it("treats رصد / وثق as reports of the observatory", () => {
    expect(actorIds("رصد المرصد السوري لحقوق الإنسان مقتل ثلاثة مدنيين في الميادين.")).toEqual(["sohr"]);
    expect(actorIds("ووثق المرصد السوري لحقوق الإنسان اعتقال شاب في دوما.")).toEqual(["sohr"]);
  });

  it("takes the object of طالب as an addressee, not a speaker", () => {
    expect(actorIds("دانت وزارة الخارجية والمغتربين السورية القصف وطالبت مجلس الأمن بالتحرك.")).toEqual(["sy-mofa"]);
    expect(actorIds("وطالب مجلس الأمن الدولي بوقف القتال.")).toEqual(["un-security-council"]);
  });

  it("gives the speech to a bare name before a dative outlet", () => {
    expect(actorNames("وقال أبو محمد الساعدي لفرانس برس إن الطريق مغلق.")).toEqual(["أبو محمد الساعدي"]);
  });
});

describe("institution phrases", () => {
  it("folds a unit of an institution named before into the institution", () => {
    expect(actorIds("أعلنت وزارة الدفاع السورية إرسال تعزيزات. وذكرت إدارة الإعلام والاتصال في الوزارة أن الهجوم صد.")).toEqual(["sy-mod"]);
  });

  it("credits a general command to the known force it commands", () => {
    expect(actorIds("وقالت القيادة العامة لقوى الأمن الداخلي في بيان إن الخلية فككت.")).toEqual(["sy-internal-security"]);
  });

  it("reads a hamza name as a name, not a definite noun", () => {
    expect(actorNames("قالت الرئيسة المشتركة لدائرة العلاقات في الإدارة الذاتية إلهام سليمان إن الحوار مستمر.")).toEqual(["إلهام سليمان"]);
  });
});

describe("spokesmen, deputies and shared names", () => {
  it("reads a parenthesised body of the same kind as the specific speaker", () => {
    expect(actorIds("أعلنت قوى الأمن الداخلي (الأسايش) اعتقال خلية في القامشلي.")).toEqual(["asayish"]);
  });

  it("keeps the Asayish for the generic name once they are named", () => {
    const ids = actorIds("أعلنت الأسايش اعتقال خلية في الهول. وقالت القيادة العامة لقوى الأمن الداخلي إن التحقيق مستمر.");
    expect(ids).toEqual(["asayish"]);
  });

  it("lets an unnamed official spokesman speak for the institution", () => {
    expect(actorIds("قال الناطق الرسمي باسم الجيش الإسرائيلي إن الغارة استهدفت مستودعا.")).toEqual(["idf"]);
  });

  it("gives a named spokeswoman between commas the statement", () => {
    expect(actorIds("أكدت المتحدثة الرسمية باسم وزارة الخارجية الروسية، ماريا زاخاروفا، أن الحوار مستمر.")).toEqual(["maria-zakharova"]);
  });

  it("keeps a deputy apart from the office holder", () => {
    const r = run("وقالت نائبة رئيس الوزراء اللبناني إن الحدود مضبوطة.");
    expect(r.statements.map((s) => [s.actor.nameAr, s.actor.id.startsWith("x-")])).toEqual([["نائبة رئيس الوزراء اللبناني", true]]);
  });

  it("makes a known subject speak through a participle after a comma", () => {
    expect(actorIds("بدورها، نشرت وزارة الداخلية على معرفاتها صورا للمضبوطات، مؤكدة أن الأمن مستتب.")).toEqual(["sy-moi"]);
  });
});

describe("phrase boundaries", () => {
  it("resolves an office of a quoted abbreviation after لـ", () => {
    expect(actorIds('واتهم المركز الإعلامي لـ"قسد" فصائل الجيش الوطني بقصف القرى.')).toEqual(["sdf"]);
  });

  it("counts anonymous sources by number", () => {
    expect(actorNames("نقلت وكالة رويترز عن ثلاثة مصادر أمنية قولها إن الاتفاق قريب.")).toEqual(["مصدر أمني"]);
  });

  it("reads coordinated role heads", () => {
    expect(actorNames("ويرى الكاتب والباحث أحمد أبازيد أن المرحلة صعبة.")).toEqual(["أحمد أبازيد"]);
  });

  it("stops an institution's name before the verb's definite object", () => {
    expect(actorNames("واستنكر المجلس الإسلامي السوري الاعتداء.")).toEqual(["المجلس الإسلامي السوري"]);
  });
});

describe("anonymous and kunya speakers", () => {
  it("keeps the adjective of a source inside an institution", () => {
    expect(actorNames("وصرح مصدر مسؤول في وزارة الخارجية السورية بأن الاعتداء مدان.")).toEqual(["مصدر مسؤول في وزارة الخارجية السورية"]);
  });

  it("reads a kunya with a known first name as a person", () => {
    expect(actorNames("وتقول أم محمد، وهي نازحة من ريف حماة، إن الخيام غرقت.")).toEqual(["أم محمد"]);
  });
});

describe("quotations over several sentences", () => {
  it("ignores speech verbs in later sentences of a quotation", () => {
    const text = 'قال وزير الخارجية أسعد الشيباني: "الوضع صعب. وقالت الحكومة السابقة إنها ستنسحب. نحن لن نقبل". وأضاف أن الحوار مستمر.';
    expect(actorIds(text)).toEqual(["asaad-al-shaibani"]);
  });

  it("does not carry an unbalanced quote mark", () => {
    const text = 'قال مصدر أمني: "الوضع صعب. وقالت وزارة الداخلية السورية إن الخلية فككت.';
    expect(actorIds(text)).toContain("sy-moi");
  });
});

describe("seat of a security speaker", () => {
  it("locates an operation reported by a security command 'في <city>' without other place", () => {
    const r = run("أعلنت قيادة الأمن الداخلي في حلب القبض على خلية تابعة لداعش.");
    expect(r.statements.map((s) => s.provinces)).toEqual([["SY-HL"]]);
  });

  it("does not use the seat of a non-security speaker", () => {
    const r = run("قالت السفارة الأمريكية في دمشق إن الغارة استهدفت قياديا في التنظيم.");
    expect(r.statements.flatMap((s) => s.provinces)).toEqual([]);
  });
});

describe("role phrases with prepositions and ranks", () => {
  it("reads 'إلى <country>' inside an envoy's title", () => {
    expect(actorNames("وقال المبعوث الأممي إلى سوريا جون بيدرسن إن الحل سياسي.")).toEqual(["جون بيدرسن"]);
  });

  it("takes the name after a rank that follows a role without a comma", () => {
    const r = run("وأكد قائد الأمن الداخلي في اللاذقية العميد عبد العزيز الأحمد أن الخلية فككت. وأشار الأحمد إلى ضبط أسلحة.");
    expect([...new Set(r.statements.map((s) => s.actor.nameAr))]).toEqual(["عبد العزيز الأحمد"]);
  });

  it("never makes a dative outlet a name", () => {
    expect(actorNames("بحسب ما قاله مدير المكتب الإعلامي في محافظة اللاذقية لتلفزيون سوريا، فإن الطريق مفتوح.")).toEqual(["مدير المكتب الإعلامي في محافظة اللاذقية"]);
  });
});

describe("unit numbers", () => {
  it("keeps a unit number inside a role phrase", () => {
    expect(actorNames("قال المسؤول الإعلامي في الفرقة 76، أبو خالد، إن القوات جاهزة.")).toEqual(["أبو خالد"]);
    expect(actorNames("وأكدت مصادر في الفرقة 80 أن القوات انسحبت.")).toEqual(["مصدر في الفرقة 80"]);
  });
});

describe("monitoring verbs", () => {
  it("reads رصد as allocation for a government", () => {
    expect(actorIds("ورصدت الحكومة السورية مبلغا لإعادة الإعمار.")).toEqual([]);
  });
});

describe("coreference of sources and counterparts", () => {
  it("resolves a definite anonymous head with its adjective to the source", () => {
    expect(actorIds("قال مسؤول أمريكي إن القوات باقية. وتابع المسؤول الأمريكي أن الانسحاب غير مطروح.")).toHaveLength(1);
  });

  it("credits a counterpart to the name that follows", () => {
    expect(actorIds("قال وزير الخارجية أسعد الشيباني إن الحوار مستمر. بدوره، أوضح نظيره التركي هاكان فيدان أن أنقرة تدعم.")).toEqual(["asaad-al-shaibani", "hakan-fidan"]);
  });

  it("gives an unnamed counterpart no statement rather than the previous speaker", () => {
    expect(actorIds("قال وزير الخارجية أسعد الشيباني إن الحوار مستمر. وأوضح نظيره التركي أن أنقرة تدعم.")).toEqual(["asaad-al-shaibani"]);
  });
});

describe("more anonymous sources", () => {
  it("reads feminine and professional anonymous heads", () => {
    const r = run("قالت مسؤولة أمريكية إن العقوبات سترفع. وقال طبيب في مشفى درعا الوطني إن الجرحى كثر.");
    expect(r.statements.map((s) => [s.actor.nameAr, s.actor.kind])).toEqual([
      ["مسؤولة أمريكية", "anonymous"], ["طبيب في مشفى درعا الوطني", "anonymous"],
    ]);
  });

  it("keeps the place of a source's workplace available for the operation", () => {
    const r = run("وقال مصدر في مخيم الهول إن قوات الأمن داهمت خيمة واعتقلت مطلوبين.");
    expect(r.statements.map((s) => [s.actor.nameAr, s.provinces])).toEqual([["مصدر في مخيم الهول", ["SY-HA"]]]);
  });
});

describe("correspondents", () => {
  it("credits a correspondent of an unknown outlet to the outlet", () => {
    const r = run("وأفادت مراسلة قناة الغد في دمشق بأن الاجتماع انتهى.");
    expect(r.statements.map((s) => [s.actor.nameAr, s.actor.kind])).toEqual([["قناة الغد", "media"]]);
  });
});

describe("verbs and bare role heads", () => {
  it("reads وصف/تساءل as speech and a definite role head followed by a name", () => {
    expect(actorIds("ووصفت وزارة الخارجية السورية الهجوم بالإرهابي.")).toEqual(["sy-mofa"]);
    expect(actorNames("وقالت الخبيرة ديما حداد إن الاقتصاد ينهار.")).toEqual(["ديما حداد"]);
  });
});

describe("generic one-word matches", () => {
  it("does not read a qualified generic noun as the Syrian body", () => {
    expect(actorIds("وقالت الرئاسة المشتركة لمجلس سوريا الديمقراطية إن الحوار متعثر.")).not.toContain("sy-presidency");
    expect(actorIds("قالت الرئاسة السورية إن الزيارة ناجحة.")).toEqual(["sy-presidency"]);
  });

  it("reads coordinated ranks before a name", () => {
    expect(actorNames("وقال المحامي والناشط الحقوقي ميشال شماس إن القانون غامض.")).toEqual(["ميشال شماس"]);
  });
});

describe("institution nouns and their objects", () => {
  it("does not fold the object institution into the subject", () => {
    expect(actorIds("واتهمت الحكومة التنظيم بتنفيذ الهجوم.")).toEqual(["sy-government"]);
  });

  it("refers an institution noun back to an institution, not to a minister of it", () => {
    const text = "وقال وزير الإعلام في الحكومة السورية حمزة المصطفى إن الاتفاق سياسي. واتهمت الحكومة التنظيم بتنفيذ الهجوم.";
    expect(actorIds(text)).toEqual(["hamza-al-mustafa", "sy-government"]);
  });

  it("does not extend a governorate's name over the verb's object", () => {
    expect(actorNames("من جهتها، أعلنت محافظة دمشق إغلاق عدد من الطرق.")).toEqual(["محافظة دمشق"]);
  });
});

describe("objects and more heads", () => {
  it("ends a group's name before a verbal-noun object", () => {
    expect(actorNames("أعلنت فصائل غرفة عمليات الجنوب السيطرة على البلدة.")).toEqual(["فصائل غرفة عمليات الجنوب"]);
  });

  it("reads a chargé d'affaires and notables", () => {
    expect(actorNames("وقال القائم بأعمال السفارة الأمريكية إن واشنطن تتابع.")).toEqual(["القائم بأعمال السفارة الأمريكية"]);
    expect(run("وقال أحد وجهاء العشائر في دير الزور إن الوضع متوتر.").statements.map((s) => s.actor.kind)).toEqual(["anonymous"]);
  });
});

describe("members and rank-and-file sources", () => {
  it("reads a member's constituency after عن", () => {
    expect(actorNames("وقال عضو مجلس الشعب عن محافظة حمص خالد العبود إن القانون ضروري.")).toEqual(["خالد العبود"]);
  });

  it("reads a member of a force and an outlet's own sources as anonymous", () => {
    expect(run("وقال عنصر في الأمن العام لعنب بلدي إن الدورية تعرضت لهجوم.").statements.map((s) => s.actor.kind)).toEqual(["anonymous"]);
    expect(run('ونقل موقع "العربي الجديد" عن مصادره أن الاتفاق قريب.').statements.map((s) => s.actor.kind)).toEqual(["anonymous"]);
  });
});

describe("surname continuations", () => {
  it("resolves a bare surname to the person named earlier, past another speaker", () => {
    const r = run("قال الباحث سمير حداد إن الاتفاق هش. وقال وزير الخارجية أسعد الشيباني إن الحوار مستمر. وأضاف حداد أن الضغوط كبيرة.");
    expect(r.statements.map((s) => s.actor.nameAr)).toEqual(["سمير حداد", "أسعد الشيباني", "سمير حداد"]);
  });
});

describe("village heads", () => {
  it("reads مختار before a locality as a role", () => {
    expect(actorNames("وقال مختار قرية الدوير إن الأهالي نزحوا.")).toEqual(["مختار قرية الدوير"]);
  });
});
