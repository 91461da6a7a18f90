import { describe, expect, it } from "vitest";
import { findAllPlaces, findPlaces, vagueRegions } from "@/lib/extract/places";
import type { GovernorateCode } from "@/lib/domain/governorates";

const codes = (text: string, opts?: Parameters<typeof findPlaces>[1]) => [...new Set(findPlaces(text, opts).map((m) => m.code))].sort();
const reasons = (text: string) => findAllPlaces(text).map((m) => [m.surface, m.excluded]);

describe("towns, districts and landmarks resolve to their governorate", () => {
  const table: [string, GovernorateCode][] = [
    ["داهمت القوات منازل في داريا", "SY-RD"], ["اشتباكات في بيت جن", "SY-RD"], ["هجوم قرب السيدة زينب", "SY-RD"],
    ["اعتقال شخصين في منطقة السفيرة", "SY-HL"], ["قصف على عفرين", "SY-HL"], ["انفجار في منبج", "SY-HL"],
    ["اشتباكات في حي الشيخ مقصود", "SY-HL"], ["دخلت القوات حي الأشرفية", "SY-HL"], ["كمين قرب حارم", "SY-ID"],
    ["غارة على سلقين", "SY-ID"], ["قصف في خان شيخون", "SY-ID"], ["مداهمة في أطمة", "SY-ID"], ["عملية في باريشا", "SY-ID"],
    ["هجوم في الميادين", "SY-DY"], ["معارك في البوكمال", "SY-DY"], ["معركة الباغوز", "SY-DY"], ["كمين في تدمر", "SY-HI"],
    ["اعتقالات في جبلة", "SY-LA"], ["توتر في القرداحة", "SY-LA"], ["اشتباكات في الحفة", "SY-LA"], ["مداهمات في بانياس", "SY-TA"],
    ["هجوم على الشدادي", "SY-HA"], ["انفجار في مخيم الهول", "SY-HA"], ["فرار من سجن غويران", "SY-HA"], ["عملية في مخيم روج", "SY-HA"],
    ["قصف مطار التيفور", "SY-HI"], ["غارة على مطار T4", "SY-HI"], ["ضربة على مطار الشعيرات", "SY-HI"], ["هجوم على مطار المزة", "SY-DI"],
    ["اشتباكات في جوبر", "SY-DI"], ["انفجار في حي التضامن", "SY-DI"], ["مداهمة في مخيم اليرموك", "SY-DI"], ["سجن صيدنايا", "SY-RD"],
    ["سجن عدرا المركزي", "SY-RD"], ["معبر باب الهوى", "SY-ID"], ["معبر باب السلامة", "SY-HL"], ["معبر نصيب", "SY-DR"],
    ["منفذ جديدة يابوس", "SY-RD"], ["معبر اليعربية", "SY-HA"], ["معبر سيمالكا", "SY-HA"], ["اشتباكات في تل أبيض", "SY-RA"],
    ["قصف على رأس العين", "SY-HA"], ["انفجار في جرابلس", "SY-HL"], ["غارة على مطار كويرس", "SY-HL"], ["تعزيزات إلى مطار دير الزور", "SY-DY"],
    ["اشتباكات في قمة جبل الشيخ", "SY-RD"], ["توغل في جباتا الخشب", "SY-QU"], ["توغل في خان أرنبة", "SY-QU"],
    ["اشتباكات في بلدة القريا", "SY-SU"], ["هجوم على شهبا", "SY-SU"], ["قصف السخنة", "SY-HI"], ["هجوم قرب القريتين", "SY-HI"],
    ["مخيم الركبان", "SY-HI"], ["قاعدة التنف", "SY-HI"], ["قاعدة حميميم", "SY-LA"], ["اشتباكات في طفس", "SY-DR"],
    ["هجوم في بصرى الشام", "SY-DR"], ["اشتباكات في الصنمين", "SY-DR"], ["مقتل عنصر في الطبقة بريف الرقة", "SY-RA"],
    ["انفجار في القامشلي", "SY-HA"], ["انفجار في السويداء", "SY-SU"], ["قصف على مدينة حماة", "SY-HM"], ["دورية في القنيطرة", "SY-QU"],
    ["اعتقالات في دوما", "SY-RD"], ["اشتباك في حرستا", "SY-RD"], ["اشتباكات في معرة النعمان", "SY-ID"], ["هجوم في سراقب", "SY-ID"],
  ];
  it.each(table)("%s -> %s", (text, code) => {
    expect(codes(text)).toContain(code);
  });
});

describe("attached prefixes and token boundaries", () => {
  it("strips و/ف/ب/ل/ك and their combinations", () => {
    expect(codes("وبريف إدلب")).toEqual(["SY-ID"]);
    expect(codes("قتل بمدينة حمص")).toEqual(["SY-HI"]);
    expect(codes("تعزيزات لمحافظة درعا")).toEqual(["SY-DR"]);
    expect(codes("اشتباكات في منبج والباب")).toEqual(["SY-HL"]);
    expect(codes("هجمات للتنظيم وللرقة نصيب منها")).toEqual(["SY-RA"]);
    expect(codes("فدير الزور شهدت هجوما")).toEqual(["SY-DY"]);
  });
  it("does not match inside longer words", () => {
    expect(codes("قال أبو محمد الجولاني")).toEqual([]);
    expect(codes("الحموي والحلبي والدمشقي")).toEqual([]);
    expect(codes("حلبون")).toEqual(["SY-RD"]);
  });
  it("names that are common words need a cue", () => {
    expect(codes("فتح الباب أمام الحوار")).toEqual([]);
    expect(codes("سيطرت القوات على مدينة الباب")).toEqual(["SY-HL"]);
    expect(codes("اشتباكات قرب الباب شرقي حلب")).toEqual(["SY-HL"]);
    expect(codes("عاشت البلاد الثورة")).toEqual([]);
    expect(codes("انفجار في مدينة الثورة")).toEqual(["SY-RA"]);
    expect(codes("قال إن الكرامة أهم شيء")).toEqual([]);
    expect(codes("نحن بصدد دراسة الأمر")).toEqual([]);
    expect(codes("كان له نصيب من الاهتمام")).toEqual([]);
    expect(codes("شكلوا درعاً بشرياً")).toEqual([]);
    expect(codes("حماة الديار عليكم سلام")).toEqual([]);
    expect(codes("قالت السفيرة الأمريكية")).toEqual([]);
    expect(codes("في الوقت الحاضر")).toEqual([]);
    expect(codes("المظاهرات السلمية")).toEqual([]);
  });
});

describe("cue inheritance and context", () => {
  it("coordinated names share the place noun", () => {
    expect(codes("في مدينتي الرقة والطبقة")).toEqual(["SY-RA"]);
    expect(codes("شهدت بلدات الراعي وأخترين ومارع انفجارات")).toEqual(["SY-HL"]);
  });
  it("operation verbs and a same-governorate mention are weak cues", () => {
    expect(codes("قصفت الطائرات تدمر")).toEqual(["SY-HI"]);
    expect(codes("ونقلت قناة الميادين عن مصادر")).toEqual([]);
    expect(codes("وقالت الميادين إن")).toEqual([]);
    expect(codes("كمين بين تدمر وحمص أمس")).toEqual(["SY-HI"]);
  });
  it("tatweel and slash work as dateline separators", () => {
    expect(codes("دمشق ـ اعتقلت قوى الأمن خلية في داريا")).toEqual(["SY-RD"]);
    expect(codes("حلب/ خاص: اعتقلت القوات مطلوبين في عفرين")).toEqual(["SY-HL"]);
    expect(reasons("حلب/ خاص")).toEqual([["حلب", "dateline"]]);
  });
  it("common words and person names that look like places", () => {
    expect(codes("عاد إلى مسكنه معربة عن قلقها")).toEqual([]);
    expect(codes("قال وزير الداخلية أنس خطاب")).toEqual([]);
    expect(codes("قال الهجري إن رجال الكرامة مستعدون")).toEqual([]);
    expect(codes("أفاد مراسلنا في حلب بأن انفجارا وقع في مدينة الباب")).toEqual(["SY-HL"]);
    expect(reasons("أفاد مراسلنا في حلب")).toEqual([["حلب", "actor"]]);
    expect(codes("الوضع القائم في المنطقة")).toEqual([]);
  });
  it("a strong-cue name after a preposition counts when its governorate is named too", () => {
    expect(codes("اشتباكات في الحراك شرقي المحافظة بعد هجوم في درعا")).toEqual(["SY-DR"]);
    expect(findAllPlaces("اشتباكات في الحراك").map((m) => m.excluded)).toEqual(["no-cue"]);
  });
  it("deployments are not visits, origins are not locations", () => {
    expect(codes("وصلت تعزيزات عسكرية إلى دير الزور")).toEqual(["SY-DY"]);
    expect(codes("وصل الوزير إلى دير الزور")).toEqual([]);
    expect(codes("اعتقال شخص ينحدر من دير الزور في حمص")).toEqual(["SY-HI"]);
    expect(codes("عادت الاشتباكات إلى ريف حماة")).toEqual(["SY-HM"]);
    expect(codes("انفجار قرب جامعة دمشق")).toEqual(["SY-DI"]);
  });
});

describe("countryside and direction phrases", () => {
  it("maps each phrase to the governorate named", () => {
    expect(codes("اشتباكات في ريف حلب الشرقي")).toEqual(["SY-HL"]);
    expect(codes("هجوم شرقي دير الزور")).toEqual(["SY-DY"]);
    expect(codes("قصف بريف إدلب الجنوبي")).toEqual(["SY-ID"]);
    expect(codes("كمين جنوب درعا")).toEqual(["SY-DR"]);
    expect(codes("غارة في ريف اللاذقية الشمالي")).toEqual(["SY-LA"]);
  });
  it("ريف دمشق and ريف العاصمة are Rif Dimashq, not Damascus", () => {
    expect(codes("مداهمات في ريف دمشق")).toEqual(["SY-RD"]);
    expect(codes("اعتقالات بريف دمشق الغربي")).toEqual(["SY-RD"]);
    expect(codes("هجوم في ريف العاصمة")).toEqual(["SY-RD"]);
    expect(codes("اشتباكات في الريف الغربي لدمشق")).toEqual(["SY-RD"]);
    expect(codes("قصف في الريف الشرقي لدير الزور")).toEqual(["SY-DY"]);
    expect(codes("انفجار في دمشق")).toEqual(["SY-DI"]);
    expect(codes("قصف مطار دمشق الدولي")).toEqual(["SY-RD"]);
    expect(codes("انفجار في العاصمة")).toEqual(["SY-DI"]);
    expect(codes("انفجار في العاصمة اللبنانية")).toEqual([]);
    expect(codes("انفجار في العاصمة بيروت")).toEqual([]);
  });
});

describe("exclusions", () => {
  it("metonyms for the government", () => {
    expect(codes("دمشق تعلن توقيع اتفاق")).toEqual([]);
    expect(codes("دمشق تنفي التقارير")).toEqual([]);
    expect(codes("رحبت دمشق بالقرار")).toEqual([]);
    expect(codes("قالت حكومة دمشق إن")).toEqual([]);
    expect(codes("طالبت سلطات دمشق")).toEqual([]);
    expect(codes("انضمام دمشق إلى التحالف")).toEqual([]);
    expect(codes("العلاقات بين دمشق وواشنطن")).toEqual([]);
    expect(codes("واشنطن وأنقرة تبحثان الملف")).toEqual([]);
    expect(codes("دور فعال لدمشق في المنطقة")).toEqual([]);
    expect(codes("دمشق تشهد انفجارا")).toEqual(["SY-DI"]);
  });
  it("datelines at the start of a paragraph", () => {
    for (const t of ["دمشق- (د ب أ) قال مسؤول", "دمشق-سانا أعلنت الوزارة", "حلب – خاص قال مصدر", "دمشق - أعلن الوزير", "ريف دمشق-سانا قال"]) {
      expect(codes(t)).toEqual([]);
    }
    expect(codes("مقدمة\nدمشق- اعتقلت القوات خلية في حمص")).toEqual(["SY-HI"]);
    expect(codes("حمص، 15 تشرين الثاني (سانا) قال مصدر")).toEqual([]);
    expect(codes("حمص، الأحد (سانا) قال مصدر")).toEqual([]);
  });
  it("parts of an actor's name", () => {
    expect(codes("أعلنت السفارة الأمريكية في دمشق")).toEqual([]);
    expect(codes("قال قائد الأمن الداخلي في محافظة حلب إن قواته اعتقلت خلية في منبج")).toEqual(["SY-HL"]);
    expect(reasons("قال قائد الأمن الداخلي في محافظة حلب")).toEqual([["حلب", "actor"]]);
    expect(codes("قال قائد الأمن الداخلي في محافظة حلب", { keepActorSeats: true })).toEqual(["SY-HL"]);
    expect(codes("نقلت شبكة السويداء 24 عن مصادر")).toEqual([]);
    expect(codes("اعتقلت قوات الأمن في حمص ثلاثة أشخاص")).toEqual(["SY-HI"]);
    expect(codes("أعلنت مديرية صحة حلب")).toEqual([]);
    expect(codes("قال المتحدث باسم فرع الأمن الجنائي في حماة")).toEqual([]);
  });
  it("venues and visits", () => {
    expect(codes("في مؤتمر دمشق للحوار")).toEqual([]);
    expect(codes("عقد اجتماع في دمشق لبحث الملف")).toEqual([]);
    expect(codes("خلال زيارة إلى دمشق")).toEqual([]);
    expect(codes("وصل الوفد إلى دمشق")).toEqual([]);
    expect(codes("التقى الرئيس في دمشق وفدا أمريكيا")).toEqual([]);
  });
  it("the target of a foiled plot is not where the arrest happened", () => {
    expect(codes("اعتقال خلية في حمص كانت تخطط لاستهداف دمشق")).toEqual(["SY-HI"]);
    expect(reasons("كانت تخطط لاستهداف دمشق")).toEqual([["دمشق", "plot-target"]]);
  });
  it("geographic extents", () => {
    expect(codes("انتشار من دمشق إلى جبل الشيخ")).toEqual([]);
    expect(codes("الطريق بين حلب ودمشق")).toEqual([]);
    expect(codes("كمين على الطريق بين تدمر والسخنة")).toEqual(["SY-HI"]);
    expect(codes("هجمات في البادية الممتدة بين محافظات حمص ودير الزور والرقة")).toEqual([]);
  });
  it("vague regions give no governorate", () => {
    for (const t of ["هجمات في شمال غرب سوريا", "توتر في جنوب سوريا", "في شمال شرق سوريا", "على الساحل السوري", "في البادية السورية", "في عدة محافظات", "عمليات في سوريا"]) {
      expect(codes(t)).toEqual([]);
    }
  });
  it("a governorate that is itself the speaker", () => {
    expect(codes("محافظة طرطوس تعلن حظر التجول")).toEqual([]);
    expect(codes("أعلنت محافظة طرطوس تعطيل الدوام")).toEqual([]);
  });
  it("spans excluded by the caller", () => {
    const t = "قال محافظ حلب إن اشتباكات وقعت في عفرين";
    const i = t.indexOf("حلب");
    expect(codes(t, { exclude: [{ start: i, end: i + 3 }] })).toEqual(["SY-HL"]);
    expect(findPlaces(t, { exclude: [{ start: 0, end: t.length }] })).toEqual([]);
  });
});

describe("ambiguous names", () => {
  it("صوران follows the governorate named nearby", () => {
    expect(codes("قصف على صوران بريف حماة الشمالي")).toEqual(["SY-HM"]);
    expect(codes("اشتباكات في صوران شمال حلب")).toEqual(["SY-HL"]);
    expect(codes("اشتباكات في صوران", { context: "تقع البلدة في ريف حماة" })).toEqual(["SY-HM"]);
    expect(codes("اشتباكات في صوران")).toEqual(["SY-HL"]);
    expect(codes("توغل في قرية الحميدية")).toEqual(["SY-QU"]);
    expect(codes("اعتقالات في ناحية الحميدية بريف طرطوس")).toEqual(["SY-TA"]);
  });
});

describe("offsets", () => {
  it("are relative to the text and exclude the attached prefix", () => {
    const t = "وقعت اشتباكات وبريف حلب";
    const [m] = findPlaces(t);
    expect(m).toBeDefined();
    expect(t.slice(m!.start, m!.end)).toBe("ريف حلب");
    expect(m!.surface).toBe("ريف حلب");
  });
});

describe("directions relative to a reference city", () => {
  it("a city named as the reference of a town's direction is not a location when it is another governorate", () => {
    expect(codes("اعتقال شاب في السيدة زينب جنوب دمشق")).toEqual(["SY-RD"]);
    expect(codes("قصف طال بلدة الكسوة جنوبي العاصمة دمشق")).toEqual(["SY-RD"]);
    expect(codes("مداهمة في صحنايا جنوب غرب دمشق")).toEqual(["SY-RD"]);
    expect(codes("انفجار في الكسوة، على بعد 15 كم جنوب دمشق")).toEqual(["SY-RD"]);
    expect(codes("اشتباك في الكسوة (جنوب دمشق)")).toEqual(["SY-RD"]);
    expect(reasons("هجوم في جرمانا شرق دمشق")).toEqual([["جرمانا", null], ["دمشق", "reference"]]);
  });
  it("keeps the city when it is the only place, coordinated, or the same governorate", () => {
    expect(codes("اشتباكات جنوب دمشق")).toEqual(["SY-DI"]);
    expect(codes("انفجار في درعا وجنوب دمشق")).toEqual(["SY-DI", "SY-DR"]);
    expect(codes("كمين قرب بلدة تلبيسة شمال حمص")).toEqual(["SY-HI"]);
    expect(codes("قصف على حي التضامن جنوب دمشق")).toEqual(["SY-DI"]);
  });
  it("nearness and distance to a city work the same way", () => {
    expect(codes("اعتقال شاب في داريا قرب دمشق")).toEqual(["SY-RD"]);
    expect(codes("انفجار في قدسيا على بعد 10 كم من دمشق")).toEqual(["SY-RD"]);
    expect(codes("اشتباكات قرب دمشق")).toEqual(["SY-DI"]);
    expect(codes("اشتباكات في جرمانا وقرب دمشق")).toEqual(["SY-DI", "SY-RD"]);
  });
  it("a village or town of unknown name by direction from Damascus is in Rif Dimashq; a neighbourhood is in Damascus", () => {
    expect(codes("اشتباكات في قرية الخضراء جنوب دمشق")).toEqual(["SY-RD"]);
    expect(codes("اشتباكات في بلدات جنوب دمشق")).toEqual(["SY-RD"]);
    expect(codes("اشتباكات في بلدة الخضراء شرق العاصمة دمشق")).toEqual(["SY-RD"]);
    expect(codes("اشتباكات في حي الخضراء جنوب دمشق")).toEqual(["SY-DI"]);
    expect(codes("اشتباكات في قرية الخضراء جنوب حمص")).toEqual(["SY-HI"]);
  });
  it("a shared or common-word village name follows the reference city; listed towns and seats keep their own", () => {
    expect(codes("اشتباكات في قرية الطيبة شرق حمص")).toEqual(["SY-HI"]);
    expect(codes("قصف على قرية الحميدية شرق حمص")).toEqual(["SY-HI"]);
    expect(codes("اشتباكات في مدينة حماة شمال حمص")).toEqual(["SY-HM"]);
    expect(codes("اشتباكات في بلدة بيت جن قرب القنيطرة")).toEqual(["SY-RD"]);
    expect(codes("اشتباكات في درعا جنوب دمشق")).toEqual(["SY-DR"]);
  });
  it("the direction's reference disambiguates a shared name", () => {
    expect(codes("مداهمة في القحطانية شرق القامشلي")).toEqual(["SY-HA"]);
  });
});

describe("roads between cities", () => {
  it("a road between two governorates is an extent", () => {
    expect(codes("كمين على طريق دمشق - السويداء")).toEqual([]);
    expect(codes("استهداف حافلة على أوتوستراد حلب-اللاذقية")).toEqual([]);
    expect(codes("هجوم على الطريق الدولي حمص – حماة")).toEqual([]);
    expect(codes("قطع طريق M4 بعد الهجوم")).toEqual([]);
    expect(reasons("على طريق الرقة - دير الزور")).toEqual([["الرقة", "extent"], ["دير الزور", "extent"]]);
  });
  it("a road inside one governorate, or a town on the road, still locates", () => {
    expect(codes("هجوم على طريق دير الزور - الميادين")).toEqual(["SY-DY"]);
    expect(codes("كمين على طريق حمص تدمر")).toEqual(["SY-HI"]);
    expect(codes("هجوم على حاجز على طريق حلب - دمشق الدولي قرب سراقب")).toEqual(["SY-ID"]);
  });
});

describe("a governorate right after a town", () => {
  it("overrides a homonym or a shorter known name", () => {
    expect(codes("توغلت دورية في قرية صيدا الحانوت بريف القنيطرة")).toEqual(["SY-QU"]);
    expect(codes("اشتباكات في بلدة صيدا بريف درعا الشرقي")).toEqual(["SY-DR"]);
  });
  it("the capital named after a Rif Dimashq town locates the town", () => {
    expect(codes("مداهمة منزل في جرمانا بدمشق")).toEqual(["SY-RD"]);
  });
});

describe("plans", () => {
  it("what a plot was targeting is not where the operation was", () => {
    expect(codes("أحبطت القوات مخططا إرهابيا كان يستهدف مواقع حيوية في العاصمة دمشق")).toEqual([]);
    expect(codes("تفكيك خلية في سرمدا كانت تستهدف دمشق")).toEqual(["SY-ID"]);
    expect(codes("وتعد قاعدة حميميم مركزا للعمليات الروسية")).toEqual(["SY-LA"]);
  });
});

describe("places in neighbouring countries", () => {
  it("a name followed by a foreign adjective or a direction of a foreign country is not in Syria", () => {
    expect(codes("غارة إسرائيلية على مدينة صيدا جنوب لبنان")).toEqual([]);
    expect(codes("هجوم على بلدة الطيبة اللبنانية")).toEqual([]);
    expect(codes("غارة على قرية المعلقة في جنوب لبنان")).toEqual([]);
    expect(reasons("قصف بلدة الطيبة اللبنانية")).toEqual([["الطيبة", "foreign"]]);
  });
  it("a Syrian town near a border stays", () => {
    expect(codes("اشتباكات قرب القصير على الحدود اللبنانية")).toEqual(["SY-HI"]);
    expect(codes("قصف على جبلة غرب سوريا")).toEqual(["SY-LA"]);
  });
});

describe("vagueRegions", () => {
  it("finds vague regions and not governorate-level regions", () => {
    const surf = (t: string) => vagueRegions(t).map((v) => v.surface);
    expect(surf("اعتقلت القوات مشتبها بهما خلال نشاط في جنوب سوريا")).toEqual(["في جنوب سوريا"]);
    expect(surf("اشتباكات في الشمال الشرقي السوري")).toEqual(["في الشمال الشرقي السوري"]);
    expect(surf("توتر في الساحل وشرق الفرات")).toEqual(["في الساحل", "وشرق الفرات"]);
    expect(surf("هجوم في البادية السورية")).toEqual(["في البادية السورية"]);
    expect(surf("هجوم في بادية حمص")).toEqual([]);
    expect(surf("هجوم في البادية شرق حمص")).toEqual(["في البادية"]);
    expect(surf("قصف في ريف حلب")).toEqual([]);
  });
});

describe("more non-locations", () => {
  it("where displaced people came from", () => {
    expect(codes("قصف مخيم للمهجرين من حمص في إدلب")).toEqual(["SY-ID"]);
    expect(codes("استهداف حافلة تقل نازحين من حمص قرب تدمر")).toEqual(["SY-HI"]);
  });
  it("an outlet named after a city", () => {
    expect(codes("وثقت حملة الرقة تذبح بصمت إعدام شخصين")).toEqual([]);
  });
});

describe("landmarks, topics and quoted towns", () => {
  it("a roundabout or street named after a city is not that city", () => {
    expect(codes("انفجار قرب دوار حلب في مدينة الحسكة")).toEqual(["SY-HA"]);
    expect(reasons('استهدف الهجوم مقرا قرب "دوار منبج"')).toEqual([["منبج", "landmark"]]);
    expect(codes("اشتباكات في شارع تدمر")).toEqual([]);
  });
  it("a political settlement's subject is not an operation site", () => {
    expect(codes("ودعا إلى حل الأوضاع في محافظة درعا بالحوار")).toEqual([]);
    expect(reasons("بحث الجانبان ملف إدلب")).toEqual([["إدلب", "topic"]]);
    expect(codes("داهمت القوات منازل في محافظة درعا")).toEqual(["SY-DR"]);
  });
  it("quote marks around a town do not stop the governorate after it from placing it", () => {
    expect(codes('أحبطت القوات محاولة فرار من سجن "الكلاسة" بمدينة الحسكة')).toEqual(["SY-HA"]);
    expect(codes("أحبطت القوات محاولة فرار من سجن الكلاسة بمدينة الحسكة")).toEqual(["SY-HA"]);
  });
});
