import { describe, expect, it } from "vitest";
import { actorIds, run } from "./helpers";

describe("page chrome", () => {
  it("related headlines after إقرأ أيضاً are not statements, the body after them is", () => {
    const text = [
      "قال وزير الإعلام السوري حمزة المصطفى إن الاتفاق سياسي.",
      "إقرأ أيضاً:",
      "الخارجية التركية تؤكد دعمها لوحدة سوريا",
      "وأعلنت وزارة الداخلية السورية إطلاق حملة أمنية واسعة في عدة محافظات.",
    ].join("\n");
    expect(actorIds(text)).toEqual(["hamza-al-mustafa", "sy-moi"]);
  });

  it("related-article lists and keyword lists are dropped", () => {
    const text = [
      "قال ترامب إن سوريا جزء من خطته.",
      "مقالات مشابهة",
      "  • الرئاسة السورية تنفي تقارير التعاون",
      "  • الخارجية الروسية تحذر من التصعيد",
      "كلمات دلالية: الجيش الإسرائيلي يعلن قصف مواقع الرئاسة السورية",
    ].join("\n");
    expect(actorIds(text)).toEqual(["donald-trump"]);
  });

  it("embedded tweets and captions are dropped", () => {
    const text = [
      "قالت وزارة الخارجية السورية إن الزيارة ناجحة.",
      "نؤكد أن الزيارة تاريخية pic.twitter.com/abc123 — الإخبارية السورية (@AlekhbariahSY) November 14, 2025",
      "© Photo / SANA قال الرئيس السوري أحمد الشرع خلال اللقاء",
      "This week marks a turning point — Ambassador Tom Barrack (@USAMBTurkiye) November 13, 2025",
      "12 تعليق",
    ].join("\n");
    expect(actorIds(text)).toEqual(["sy-mofa"]);
  });

  it("a short headline at the top is not a statement", () => {
    expect(actorIds("الداخلية تعلن تفكيك خلية في حلب\n\nقال مصدر أمني إن الخلية فككت في مدينة الباب.").length).toBe(1);
  });

  it("summary bullets that repeat the body do not double count", () => {
    const text = [
      "- نفت الرئاسة السورية التقارير. - أكد وزير الإعلام السوري توقيع الإعلان. - أعلنت السفارة الأمريكية انضمام سوريا.",
      "",
      "نفت مديرية الإعلام في الرئاسة السورية ما ورد في تقارير صحفية عن تعاون سابق مع التحالف، وقالت إن القرارات كانت داخلية ومستقلة تماماً دون أي تنسيق خارجي.",
      "وقال وزير الإعلام السوري حمزة المصطفى إن سوريا وقعت إعلان تعاون سياسي.",
    ].join("\n");
    const st = run(text).statements;
    const count = (id: string) => st.filter((s) => s.actor.id === id).length;
    expect(count("sy-presidency")).toBe(1);
    expect(count("hamza-al-mustafa")).toBe(1);
    expect(count("us-embassy-damascus")).toBe(1); // only in the bullets: kept once
  });
});

describe("evidence, dates and determinism", () => {
  it("evidence spans slice exactly to the statement sentence", () => {
    const text = "مقدمة قصيرة عن الحدث.\nوقال مصدر أمني إن الدوريات انتشرت في مدينة جبلة. ثم عاد الهدوء.";
    const r = run(text);
    const st = r.statements[0]!;
    expect(r.text.slice(st.evidence.start, st.evidence.end)).toBe("وقال مصدر أمني إن الدوريات انتشرت في مدينة جبلة.");
    expect(st.text).toBe(r.text.slice(st.evidence.start, st.evidence.end));
  });

  it("publishedAt comes from the document or the text", () => {
    expect(run("قال ترامب إن سوريا مهمة.", "2025-11-10T08:00:00Z").publishedAt).toBe("2025-11-10T08:00:00.000Z");
    expect(run("تاريخ النشر: 2025-11-12\nقال ترامب إن سوريا مهمة.", null).publishedAt?.slice(0, 10)).toBe("2025-11-12");
  });

  it("statedAt falls back to publishedAt", () => {
    const st = run("قال ترامب إن سوريا مهمة.", "2025-11-10T00:00:00.000Z").statements[0]!;
    expect(st.statedAt?.slice(0, 10)).toBe("2025-11-10");
  });

  it("is deterministic", () => {
    const text = "أعلنت وزارة الداخلية السورية القبض على خلية في مدينة الباب. وقال العقيد سامر الحلبي إن التحقيقات مستمرة.";
    expect(JSON.stringify(run(text))).toBe(JSON.stringify(run(text)));
  });
});

describe("security operations and provinces", () => {
  it("an arrest in a town maps to its governorate", () => {
    const st = run("أعلنت وزارة الداخلية السورية القبض على خلية تابعة لتنظيم داعش في بلدة بيت جن.").statements[0]!;
    expect(st.securityOperation).toBe(true);
    expect(st.provinces).toEqual(["SY-RD"]);
  });

  it("a metonym (دمشق تعلن) does not paint Damascus", () => {
    const st = run("وقالت مصادر إن دمشق تعلن رفضها للتصعيد الأخير وتدين الهجوم.").statements;
    expect(st.flatMap((s) => s.provinces)).not.toContain("SY-DI");
  });

  it("a dateline (دمشق - سانا) is not an operation location", () => {
    const st = run("دمشق - سانا\nأعلنت وزارة الداخلية السورية القبض على مطلوبين في مدينة جبلة.").statements;
    expect(st.flatMap((s) => s.provinces)).toEqual(["SY-LA"]);
  });

  it("a political declaration is not a security operation", () => {
    const st = run("وقال وزير الخارجية السوري أسعد الشيباني إن دمشق وقعت اتفاق تعاون سياسي في الرياض.").statements[0]!;
    expect(st.securityOperation).toBe(false);
    expect(st.provinces).toEqual([]);
  });

  it("a local commander's seat locates the operation he reports", () => {
    const st = run("ويضيف العقيد سامر الحلبي، قائد الأمن الداخلي في محافظة دير الزور، أن القوات اعتقلت عشرات المطلوبين.").statements[0]!;
    expect(st.provinces).toEqual(["SY-DY"]);
  });

  it("an attack reported just before an accusation is placed with it", () => {
    const text = "وفي حزيران الماضي، هاجم انتحاري كنيسة في حي الدويلعة بدمشق. واتهمت الحكومة السورية تنظيم داعش بتنفيذ الهجوم.";
    const st = run(text).statements.find((s) => s.actor.id === "sy-government")!;
    expect(st.securityOperation).toBe(true);
    expect(st.provinces).toEqual(["SY-DI"]);
  });
});

describe("headlines inside the body", () => {
  it("a related headline between paragraphs is not a statement; unterminated body sentences are", () => {
    const text = [
      "قال وزير الإعلام السوري حمزة المصطفى إن الاتفاق سياسي.",
      "وأوضح أن الانضمام جاء خلال الزيارة.",
      "وتابع أن المرحلة المقبلة مهمة.",
      "ترامب يؤكد أن سوريا جزء من خطته للسلام",
      "وأضاف المصطفى أن التنسيق مستمر",
      "قالت وزارة الخارجية السورية إن الزيارة ناجحة",
    ].join("\n");
    expect(actorIds(text)).toEqual(["hamza-al-mustafa", "sy-mofa"]);
  });
});

describe("a line break inside a sentence", () => {
  it("joins when the next line continues the clause; the statement text is the whole sentence", () => {
    const text = "عنوان التقرير\n\nوأوضح مدير الموانئ سامر النقري أن الرافعات الجديدة\nفي ميناء طرطوس ستعمل الشهر المقبل.\nوأضاف أن العمال تلقوا تدريباً.";
    const st = run(text).statements;
    expect(st[0]!.text).toBe("وأوضح مدير الموانئ سامر النقري أن الرافعات الجديدة\nفي ميناء طرطوس ستعمل الشهر المقبل.");
    expect(text.slice(st[0]!.evidence.start, st[0]!.evidence.end)).toBe(st[0]!.text);
    expect(run("وقال محافظ حماة سليم الأحمد\nإن أعمال الصيانة ستنتهي قبل الشتاء.").statements.map((s) => s.actor.nameAr)).toEqual(["سليم الأحمد"]);
  });
  it("does not join after a full stop or across a blank line", () => {
    const st = run("وقال مصدر أمني إن الطريق مغلق.\nفي المقابل، قال مصدر محلي إن الطريق مفتوح.").statements;
    expect(st.map((s) => s.text)).toEqual(["وقال مصدر أمني إن الطريق مغلق.", "في المقابل، قال مصدر محلي إن الطريق مفتوح."]);
    const para = run("عنوان\n\nتمهيد أول للخبر.\n\nتمهيد ثان للخبر.\n\nوقال مصدر أمني إن الوضع هادئ\n\nفي المدينة القديمة أغلقت المحال أبوابها.").statements;
    expect(para.map((s) => s.text)).toEqual(["وقال مصدر أمني إن الوضع هادئ"]);
  });
});
