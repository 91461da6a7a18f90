import { describe, expect, it } from "vitest";
import { actorIds, actorNames, run } from "./helpers";

describe("verbal speech acts", () => {
  it.each([
    ["قال وزير الإعلام السوري حمزة المصطفى إن الاتفاق سياسي.", "hamza-al-mustafa"],
    ["وقالت وزارة الداخلية السورية إن الحملة مستمرة.", "sy-moi"],
    ["فأكد الشيباني أن دمشق منفتحة على الحوار.", "asaad-al-shaibani"],
    ["نفت الرئاسة السورية صحة التقارير المتداولة.", "sy-presidency"],
    ["يقول المبعوث الأمريكي توم براك إن المرحلة المقبلة حاسمة.", "tom-barrack"],
    ["تؤكد قوات سوريا الديمقراطية أنها ملتزمة بالاتفاق.", "sdf"],
    ["وحذرت الأمم المتحدة من تدهور الأوضاع الإنسانية.", "un"],
    ["واتهمت الحكومة السورية فلول النظام بالوقوف وراء الهجوم.", "sy-government"],
    ["وأعرب أردوغان عن أمله في استقرار سوريا.", "recep-tayyip-erdogan"],
    ["وبيّن وزير الإعلام السوري أن الانضمام سياسي.", "hamza-al-mustafa"],
  ])("%s", (text, id) => {
    expect(actorIds(text)).toEqual([id]);
  });

  it("resolves an emphatic نفسها/ذاتها back to the earlier actor", () => {
    expect(actorNames("قالت إدارة مكافحة المخدرات إنها ضبطت شحنة. وبعد أسبوع، قالت الإدارة نفسها إنها فككت معملاً.")).toEqual(["إدارة مكافحة المخدرات"]);
  });

  it("resolves an emphatic ذاتها to the latest speaker when the noun names its unit", () => {
    expect(actorIds("أعلنت وزارة الداخلية السورية ضبط شحنة. وقالت الإدارة ذاتها إنها اعتقلت ثلاثة أشخاص.")).toEqual(["sy-moi"]);
  });

  it("takes the noun after an accusation verb with an omitted subject as the accused", () => {
    expect(actorIds("نفت وزارة الدفاع السورية الخبر، واتهمت مجموعات مسلحة بقصف القرى.")).toEqual(["sy-mod"]);
    expect(actorIds("واتهمت الحكومة السورية فلول النظام بالوقوف وراء الهجوم.")).toEqual(["sy-government"]);
  });

  it("resolves الشبكة to a non-media body named with it when no outlet was named", () => {
    const st = run("قالت الشبكة السورية لحقوق الإنسان إن الوضع سيئ. ووثقت الشبكة حملة دهم في قرى ريف تلكلخ.").statements;
    expect(st.map((s) => s.actor.id)).toEqual(["sy-nhrc", "sy-nhrc"]);
    expect(st[1]!.provinces).toEqual(["SY-HI"]);
  });

  it("attaches operations recounted by «بحسب التقرير» / «وأشار البيان» to the actor that issued the document", () => {
    const st = run("أصدرت الشبكة السورية لحقوق الإنسان تقريرها الشهري، مشيرة إلى أن الانتهاكات تراجعت.\n\nوبحسب التقرير، فقد قُتل ستة مدنيين في هجوم على سوق في مدينة الميادين.\n\nوأشار البيان إلى انفجار عبوة ناسفة في مدينة نوى.").statements;
    expect(st.map((s) => s.actor.id)).toEqual(["sy-nhrc", "sy-nhrc", "sy-nhrc"]);
    expect(st.map((s) => s.provinces)).toEqual([[], ["SY-DY"], ["SY-DR"]]);
  });

  it("keeps «بحسب التقرير» without a known issuer unattributed", () => {
    expect(actorIds("وبحسب التقرير، فقد قتل ستة مدنيين في مدينة الميادين.")).toEqual([]);
  });

  it("takes the subject before the verb in a pluperfect «وكانت X قد أعلنت» even when a time phrase follows the verb", () => {
    expect(actorNames("وكانت محافظة ريف دمشق قد أعلنت الأسبوع الماضي عن خطة لترميم الطريق.")).toEqual(["محافظة ريف دمشق"]);
    expect(actorIds("وكان وزير الخارجية أسعد الشيباني قد قال أمس إن دمشق منفتحة.")).toEqual(["asaad-al-shaibani"]);
  });

  it("takes a topic fronted with أما as the subject of the verb after فـ", () => {
    expect(actorIds("أما وزارة الخارجية السورية فقد أكدت أن الحوار مستمر.")).toEqual(["sy-mofa"]);
    expect(actorNames("أما الباحثة سلمى الخطيب فتعتبر أن الحوار متعثر.")).toEqual(["سلمى الخطيب"]);
  });

  it("makes a kunya introduced as a pseudonym the speaker of the next subjectless verb", () => {
    const st = run('ونقلت رويترز عن مسؤول أمني أردني أن المهربين تغيروا.\n\nالتقينا في عمّان "أبو سامر"، وهو اسم مستعار لمهرب سابق. يقول إن الأسعار تضاعفت.').statements;
    expect(st.map((s) => s.actor.nameAr)).toEqual(["مسؤول أمني أردني", "أبو سامر"]);
  });

  it("treats a plain preposition بين as no speech act", () => {
    expect(actorIds("جرى لقاء بين الرئيس السوري أحمد الشرع والوفد التركي في القصر.")).toEqual([]);
  });

  it("ignores negated verbs", () => {
    expect(actorIds("لم تعلن وزارة الداخلية السورية أي حصيلة حتى الآن.")).toEqual([]);
  });

  it("ignores speech verbs inside a quotation", () => {
    const ids = actorIds('قال مسؤول أمريكي: "خلال الزيارة أعلنت سوريا أنها ستنضم إلى التحالف".');
    expect(ids).toEqual([actorIds('قال مسؤول أمريكي إن سوريا ستنضم.')[0]]);
  });

  it("finds SVO subjects after كان", () => {
    expect(actorIds("كان المبعوث الأمريكي توم باراك أعرب السبت عن أمله في اتفاق قريب.")).toEqual(["tom-barrack"]);
  });

  it("types statements from the verb", () => {
    const types = run("نفت الخارجية السورية الخبر. وحذر الجيش الإسرائيلي السكان. وأعلنت جماعة أنصار السنة مسؤوليتها عن التفجير.").statements.map((s) => s.type);
    expect(types).toEqual(["denial", "warning", "claim"]);
  });
});

describe("nominal forms and conduits", () => {
  it("بحسب بيان X: X speaks", () => {
    expect(actorIds("وضبطت الوحدات أسلحة متنوعة، حسب بيان وزارة الداخلية.")).toEqual(["sy-moi"]);
  });

  it("بحسب تصريحات X: X speaks", () => {
    expect(actorIds("وأصبحت سوريا العضو التسعين في التحالف، بحسب تصريحات المبعوث الأمريكي توم براك.")).toEqual(["tom-barrack"]);
  });

  it("وفق ما أعلن X: X speaks", () => {
    expect(actorIds("وقعت سوريا الاتفاق الاثنين، وفق ما أعلن وزير الإعلام السوري حمزة المصطفى.")).toEqual(["hamza-al-mustafa"]);
  });

  it("an outlet after بحسب/وفق is a channel, the speaker stays", () => {
    expect(actorIds("وقالت الخارجية السورية بحسب قناة الإخبارية إن اللقاء كان إيجابياً.")).toEqual(["sy-mofa"]);
    expect(actorIds("أكد وزير الإعلام السوري حمزة المصطفى أن الاتفاق سياسي، وفق وكالة سبوتنيك.")).toEqual(["hamza-al-mustafa"]);
  });

  it("نقلت X عن Y: Y speaks, X is the channel", () => {
    expect(actorNames("ونقلت قناة الإخبارية عن بيان لوزارة الداخلية قولها إنها نفذت مداهمات.")).toEqual(["وزارة الداخلية السورية"]);
    expect(actorNames("وتنقل صحيفة نيويورك تايمز عن محللين أن الخطر ما زال قائماً.")).toEqual(["محللون وخبراء"]);
  });

  it("a non-media source after بحسب speaks", () => {
    expect(actorIds("وبحسب المرصد السوري لحقوق الإنسان، فإن الاشتباكات تجددت.")).toEqual(["sohr"]);
  });

  it("the same outlet is the actor when it reports on its own", () => {
    expect(actorIds("ذكرت صحيفة نيويورك تايمز أن التعاون بدأ منذ سنوات.")).toEqual(["nyt"]);
  });

  it("platforms and interviews are channels", () => {
    expect(actorIds('وكتب الشيباني عبر منصة "إكس" أن سوريا تعود إلى دورها.')).toEqual(["asaad-al-shaibani"]);
    expect(actorIds("وأوضح المصطفى، في مقابلة مع قناة الجزيرة، أن الاتفاق سياسي.")).toEqual(["hamza-al-mustafa"]);
  });

  it("an unnamed spokesman speaks for the institution", () => {
    const text = "أعلنت جماعة أنصار السنة مسؤوليتها عن الهجوم. وفي اتصال هاتفي، نفى متحدث باسم الجماعة ارتباطها بداعش.";
    expect(actorIds(text)).toEqual(["ansar-al-sunna"]);
  });

  it("entities named only to say they said nothing are not actors", () => {
    expect(actorIds("ولم تصدر عن الإدارة الأمريكية حتى الآن أي إعلانات بشأن الانضمام.")).toEqual([]);
    expect(actorIds("ولم يصدر عن الحكومة السورية أي تعليق.")).toEqual([]);
  });
});

describe("continuations and coreference", () => {
  it("وأضاف continues the last masculine speaker", () => {
    expect(run("قال وزير الإعلام السوري حمزة المصطفى إن الاتفاق سياسي. وأضاف أن التنسيق مستمر.").statements.map((s) => s.actor.id))
      .toEqual(["hamza-al-mustafa", "hamza-al-mustafa"]);
  });

  it("gender agreement picks the feminine speaker", () => {
    const text = "قالت وزارة الخارجية السورية إن اللقاء كان بناءً. وقال ترامب إن سوريا مهمة. وأضافت أن الحوار سيستمر.";
    expect(run(text).statements.map((s) => s.actor.id)).toEqual(["sy-mofa", "donald-trump", "sy-mofa"]);
  });

  it("لكنه أكد continues the speaker", () => {
    expect(run('وكشف المصطفى عن تنسيق محدود. لكنه أكد: "سوريا ليست جزءا من العملية".').statements.map((s) => s.actor.id))
      .toEqual(["hamza-al-mustafa", "hamza-al-mustafa"]);
  });

  it.each([
    ["وأكد وزير الإعلام السوري حمزة المصطفى أن الاتفاق سياسي. وقال الوزير إن المرحلة المقبلة مهمة.", "hamza-al-mustafa"],
    ["أكدت مديرية الإعلام في الرئاسة السورية عدم صحة التقارير. وأضافت المديرية أن القرارات داخلية.", "sy-presidency"],
    ["نشرت صحيفة واشنطن بوست تقريراً عن المفاوضات. وقالت الصحيفة إن الجولة المقبلة قريبة.", "washington-post"],
    ["أعلنت وزارة الداخلية السورية إطلاق حملة أمنية. وأشارت الوزارة إلى أن الحملة مستمرة.", "sy-moi"],
  ])("coreference by title: %s", (text, id) => {
    expect(actorIds(text)).toEqual([id]);
  });

  it("a relative clause refers back to the outlet", () => {
    expect(actorIds("وجاء النفي بعد نشر صحيفة نيويورك تايمز تقريراً قالت فيه إن التعاون قديم.")).toEqual(["nyt"]);
  });

  it("a pronoun verb far from any speaker is not attributed", () => {
    const text = "قال ترامب إن سوريا مهمة. سيطر التنظيم على المدينة عام 2014. وتراجع نفوذه لاحقاً. ثم انسحب المقاتلون. وبقيت المنطقة هادئة، وأعلن السكان عودتهم.";
    expect(actorIds(text)).toEqual(["donald-trump"]);
  });
});

describe("unknown and anonymous speakers", () => {
  it("a commander with rank and title gets a stable x- id", () => {
    const a = run("ويضيف العقيد سامر الحلبي، قائد الأمن الداخلي في محافظة حمص، أن القوات اعتقلت مطلوبين.").statements[0]!;
    const b = run("وقال العقيد سامر الحلبي إن الوضع مستقر.").statements[0]!;
    expect(a.actor.id).toMatch(/^x-[0-9a-z]+$/);
    expect(a.actor.id).toBe(b.actor.id);
    expect(a.actor.nameAr).toBe("سامر الحلبي");
  });

  it("a governor with a name", () => {
    expect(actorNames("من جهته، قال محافظ درعا أنور الزعبي إن الأوضاع مستقرة.")).toEqual(["أنور الزعبي"]);
  });

  it("a bare name with an appositive title", () => {
    expect(actorNames("وفق ما أكده معاذ مصطفى، رئيس منظمة إغاثية، فإن التعاون قائم.")).toEqual(["معاذ مصطفى"]);
  });

  it.each([
    ["وقال مصدر أمني إن الدوريات انتشرت.", "مصدر أمني"],
    ["غير أن مسؤولا أمريكيا، طلب عدم الكشف عن هويته، قال إن القرار نهائي.", "مسؤول أمريكي"],
    ["وقالت مصادر محلية إن التيار الكهربائي انقطع.", "مصدر محلي"],
    ["ويقول أحد الدبلوماسيين الغربيين إن العلاقة تطورت.", "دبلوماسي غربي"],
    ["وقال شهود عيان إن الطرق أغلقت.", "شهود عيان"],
    ["ونقلت وكالة رويترز عن مصدرين أمنيين قولهما إن الحدود أغلقت.", "مصدر أمني"],
  ])("anonymous: %s", (text, name) => {
    const st = run(text).statements;
    expect(st.map((s) => s.actor.nameAr)).toEqual([name]);
    expect(st[0]!.actor.kind).toBe("anonymous");
  });

  it("an institution not in the registry", () => {
    const st = run("أعلنت محافظة القنيطرة في بيان إغلاق المعبر.").statements;
    expect(st.map((s) => [s.actor.nameAr, s.actor.kind])).toEqual([["محافظة القنيطرة", "government"]]);
  });

  it("a foreign ministry is not the Syrian one", () => {
    const names = actorNames("وقالت وزارة الداخلية العراقية إن قواتها عززت الحدود.");
    expect(names).toEqual(["وزارة الداخلية العراقية"]);
  });

  it("reports and other non-actor subjects are not speakers", () => {
    expect(actorIds("وتشير تقارير استخبارية إلى أن قادة التنظيم فروا.")).toEqual([]);
  });
});

describe("institutional and appositive speakers", () => {
  it("a media office speaks for its known institution", () => {
    expect(actorIds('وقال المركز الإعلامي لقوات سوريا الديمقراطية في بيان إن "قواتنا ردت على مصادر النيران".')).toEqual(["sdf"]);
  });

  it("a researcher named after a comma", () => {
    expect(actorNames("وأوضح الباحث في مركز جسور للدراسات، عبد الوهاب عاصي، أن التصعيد مرتبط بتعثر الاتفاق.")).toEqual(["عبد الوهاب عاصي"]);
  });

  it("a named official after his title and a comma", () => {
    expect(actorNames("ولفت مدير مديرية الإعلام في حلب، عبد الكريم ليلى، إلى أن الوضع مستقر.")).toEqual(["عبد الكريم ليلى"]);
  });

  it("an anonymous source inside a known institution", () => {
    const st = run("بحسب ما نقلت وكالة سانا عن مصدر في قيادة الأمن الداخلي، فإن دورية تعرضت لهجوم في مدينة الصنمين.").statements;
    expect(st.map((s) => s.actor.nameAr)).toEqual(["مصدر في قوى الأمن الداخلي"]);
    expect(st[0]!.provinces).toEqual(["SY-DR"]);
  });

  it("a correspondent reports for the outlet", () => {
    expect(actorIds("وأفاد مراسل تلفزيون سوريا بأن قوات الأمن نفذت حملة مداهمات في مدينة الميادين.")).toEqual(["syria-tv"]);
  });

  it("a group introduced by the name it gives itself", () => {
    expect(actorIds('وأعلنت جماعة تطلق على نفسها اسم "أنصار السنة" مسؤوليتها عن التفجير.')).toEqual(["ansar-al-sunna"]);
  });
});

describe("more continuations", () => {
  it("a discovered speaker is continued by his surname", () => {
    const text = "وقال قائد الأمن الداخلي في حمص، العميد مرهف النعسان، إن التحقيقات مستمرة. وأضاف النعسان أن المنطقة مستقرة.";
    const st = run(text).statements;
    expect(st.map((s) => s.actor.nameAr)).toEqual(["مرهف النعسان", "مرهف النعسان"]);
  });

  it("local media are an anonymous group, not the previous speaker", () => {
    const text = "أعلنت وزارة الداخلية السورية القبض على المتورطين. ذكرت وسائل إعلام محلية أن آخرين فروا.";
    expect(actorNames(text)).toEqual(["وزارة الداخلية السورية", "وسائل إعلام محلية"]);
  });
});

describe("outlets citing sources", () => {
  it("an outlet quoting a source نقلاً عن is a channel", () => {
    expect(actorNames("وأفادت وكالة سانا نقلاً عن مصدر عسكري بأن الدفاعات الجوية تصدت لطائرات مسيرة.")).toEqual(["مصدر عسكري"]);
  });

  it("an outlet citing local sources is a channel", () => {
    expect(actorNames("وذكرت قناة الجزيرة، بحسب مصادر محلية، أن الاشتباكات توقفت.")).toEqual(["مصدر محلي"]);
  });
});

describe("plural anonymous sources", () => {
  it("a feminine continuation after مصادر refers to them", () => {
    const st = run("وقالت مصادر محلية إن الطريق أغلق. وأضافت أن التعزيزات وصلت.").statements;
    expect(st.map((s) => s.actor.nameAr)).toEqual(["مصدر محلي", "مصدر محلي"]);
  });
});

describe("more verbs and definite role titles", () => {
  it.each([
    ["رحبت وزارة الخارجية السورية بقرار مجلس الأمن.", "sy-mofa"],
    ["وأشاد الأمين العام للأمم المتحدة أنطونيو غوتيريش بالتقدم المحرز.", "antonio-guterres"],
    ["في المقابل، حذر وزير الخارجية الروسي سيرغي لافروف من محاولات زعزعة الاستقرار.", "sergey-lavrov"],
  ])("%s", (text, id) => {
    expect(actorIds(text)).toEqual([id]);
  });

  it("a definite role title followed by a name", () => {
    expect(actorNames("وقال المندوب السوري لدى الأمم المتحدة إبراهيم علبي إن القرار يفتح صفحة جديدة.")).toEqual(["إبراهيم علبي"]);
  });
});

describe("capitals as metonyms for governments", () => {
  it("دمشق تعلن: the Syrian government speaks", () => {
    expect(actorIds("وفي وقت لاحق، دمشق تعلن رفضها للتصعيد الأخير.")).toEqual(["sy-government"]);
    expect(actorIds("وقالت دمشق إن الاتفاق يحترم السيادة.")).toEqual(["sy-government"]);
  });

  it("ريف دمشق inside an institution name is not the government", () => {
    expect(actorNames("أعلنت محافظة ريف دمشق تعطيل المدارس.")).toEqual(["محافظة ريف دمشق"]);
  });
});

describe("impersonal and coreferent forms", () => {
  it("يُذكر أن has no speaker", () => {
    expect(actorIds("قال ترامب إن سوريا مهمة. يُذكر أن التحالف تشكل عام 2014.")).toEqual(["donald-trump"]);
    expect(run("قال ترامب إن سوريا مهمة. ويذكر أن التحالف تشكل عام 2014.").statements).toHaveLength(1);
  });

  it("وقالت المديرية بحسب قناة ... continues the directorate", () => {
    const text = 'أكدت مديرية الإعلام في الرئاسة السورية عدم صحة التقارير. وقالت المديرية بحسب قناة "الإخبارية السورية"، إن المزاعم باطلة.';
    expect(run(text).statements.map((s) => s.actor.id)).toEqual(["sy-presidency", "sy-presidency"]);
  });
});

describe("datives before the subject", () => {
  it.each([
    ['وقال لـ"عنب بلدي" مصدر أمني إن الطريق آمن.', "مصدر أمني"],
    ["وقالت لوكالة رويترز مصادر محلية إن الاشتباكات توقفت.", "مصدر محلي"],
    ["وقال للصحفيين وزير الخارجية الأمريكي ماركو روبيو إن واشنطن تتابع.", "ماركو روبيو"],
  ])("%s", (text, name) => {
    expect(actorNames(text)).toEqual([name]);
  });
});

describe("statement nouns and roles of known institutions", () => {
  it("وجاء في بيان لـX: X speaks", () => {
    expect(actorIds("وجاء في بيان للقيادة المركزية الأمريكية أن قواتها قتلت قيادياً في التنظيم.")).toEqual(["us-centcom"]);
  });

  it("بيان صادر عن X: X speaks", () => {
    expect(actorIds("وذكر بيان صادر عن وزارة الدفاع السورية أن الوحدات صدت هجوماً.")).toEqual(["sy-mod"]);
  });

  it("the head of a known institution is a role, not a name", () => {
    expect(actorNames("من ناحيته، اعتبر رئيس مجلس سوريا الديمقراطية أن الحوار هو الحل.")).toEqual(["رئيس مجلس سوريا الديمقراطية"]);
  });

  it("qualifiers after an outlet name are not part of it", () => {
    expect(actorNames('أشارت صحيفة "الوطن" المقربة من الحكومة إلى أن المفاوضات مستمرة.')).toEqual(["صحيفة الوطن"]);
  });
});

describe("indefinite subjects", () => {
  it("an indefinite plural subject is not the previous speaker", () => {
    expect(actorIds("قال ترامب إن سوريا مهمة. وطالبت عائلات المعتقلين بالكشف عن مصير أبنائها.")).toEqual(["donald-trump"]);
  });

  it("a masdar object keeps the pronoun subject", () => {
    expect(run("أعلنت وزارة الداخلية السورية إطلاق حملة. وأعلنت اعتقال عشرة مطلوبين.").statements.map((s) => s.actor.id)).toEqual(["sy-moi", "sy-moi"]);
  });
});

describe("organisations with multi-word names", () => {
  it("a response team named after its head noun", () => {
    expect(actorNames("وقال فريق منسقو استجابة سوريا إن آلاف العائلات نزحت.")).toEqual(["فريق منسقو استجابة سوريا"]);
  });

  it("an organisation head followed by a registry name", () => {
    expect(actorIds("وقالت منظمة هيومن رايتس ووتش إن الانتهاكات مستمرة.")).toEqual(["hrw"]);
  });
});

describe("known people behind titles", () => {
  it("a spokesman of a coreferent ministry with a known name", () => {
    const text = "أعلنت وزارة الداخلية السورية تفكيك خلية. وقال المتحدث باسم الوزارة نور الدين البابا إن الخلية كانت تخطط لهجمات.";
    expect(actorIds(text)).toEqual(["sy-moi", "nour-al-din-al-baba"]);
  });

  it("a title of an unlisted office followed by a known name", () => {
    expect(actorIds("وقال قائد العمليات في المنطقة الشرقية مظلوم عبدي إن الهدنة صامدة.")).toEqual(["mazloum-abdi"]);
  });
});

describe("fronted phrases before the subject", () => {
  it("a subject after a fronted phrase and a comma", () => {
    expect(actorIds("وقال في تصريح صحفي، اليوم، وزير الخارجية السوري أسعد الشيباني إن الزيارة ناجحة.")).toEqual(["asaad-al-shaibani"]);
  });

  it("a fronted phrase followed by أن keeps the pronoun subject", () => {
    const st = run("قال وزير الإعلام السوري حمزة المصطفى إن الاتفاق سياسي. وأوضح في مقابلة مع قناة الجزيرة، أن التنسيق مستمر.").statements;
    expect(st.map((s) => s.actor.id)).toEqual(["hamza-al-mustafa", "hamza-al-mustafa"]);
  });
});

describe("definite institution phrases", () => {
  it("a definite institution with its own qualifiers is not a coreference", () => {
    const text = "قالت هيئة تحرير الشام سابقاً إنها حلت نفسها. وأعلنت الهيئة العامة للمنافذ البرية إغلاق المعبر.";
    expect(actorNames(text)).toEqual(["هيئة تحرير الشام", "الهيئة العامة للمنافذ البرية"]);
  });
});

describe("gender of discovered people", () => {
  it("a woman introduced by her title is continued by a feminine verb", () => {
    const text = "قالت الناشطة ريم الأحمد إن القصف مستمر. وقال ترامب إن سوريا مهمة. وأضافت أن العائلات نزحت.";
    expect(run(text).statements.map((s) => s.actor.nameAr)).toEqual(["ريم الأحمد", "دونالد ترامب", "ريم الأحمد"]);
  });
});

describe("وفقاً لبيان", () => {
  it("وفقاً لبيان صادر عن X: X speaks", () => {
    expect(actorIds("وضبطت الوحدات مستودعاً للأسلحة، وفقاً لبيان صادر عن وزارة الداخلية السورية.")).toEqual(["sy-moi"]);
    expect(actorIds("وقتل ثلاثة عناصر، وفقاً لبيان الجيش الإسرائيلي.")).toEqual(["idf"]);
  });
});

describe("على حد قول / على لسان", () => {
  it.each([
    ["والوضع تحت السيطرة، على حد قول مصدر أمني.", "مصدر أمني"],
    ["وجاء الإعلان على لسان وزير الإعلام السوري حمزة المصطفى.", "حمزة المصطفى"],
  ])("%s", (text, name) => {
    expect(actorNames(text)).toEqual([name]);
  });
});

describe("passive voice", () => {
  it("a damma-marked passive verb has no speaker", () => {
    expect(actorIds("قال ترامب إن سوريا مهمة. وأُعلن عن تشكيل لجنة جديدة.")).toEqual(["donald-trump"]);
    expect(run("قال ترامب إن سوريا مهمة. وأُعلن عن تشكيل لجنة جديدة.").statements).toHaveLength(1);
  });
});
