import { describe, expect, it } from "vitest";
import { createActorRegistry } from "../../../lib/extract/registry";
import { createExtractor } from "../../../lib/extract/index";
import { fold } from "../../../lib/text/normalize";
import { tokenize } from "../../../lib/text/tokens";
import { NOW, actorIds } from "./helpers";

const reg = createActorRegistry();
const matchAt0 = (phrase: string) => reg.match(tokenize(fold(phrase)), 0);

describe("actor registry", () => {
  it.each([
    ["توم براك", "tom-barrack"], ["توم باراك", "tom-barrack"], ["Thomas J. Barrack", "tom-barrack"],
    ["أحمد الشرع", "ahmed-al-sharaa"], ["أبو محمد الجولاني", "ahmed-al-sharaa"], ["الرئيس السوري", "ahmed-al-sharaa"],
    ["السفارة الأميركية في دمشق", "us-embassy-damascus"], ["السفارة الأمريكية", "us-embassy-damascus"],
    ["وزير خارجية سورية", "asaad-al-shaibani"], ["قسد", "sdf"], ["سنتكوم", "us-centcom"],
    ["والمرصد السوري لحقوق الإنسان", "sohr"], ["للإخبارية", "al-ikhbariya"], ["بالخارجية السورية", "sy-mofa"],
  ])("%s -> %s", (phrase, id) => {
    expect(matchAt0(phrase)?.actor.id).toBe(id);
  });

  it("prefers the longest match", () => {
    const m = matchAt0("مديرية الإعلام في الرئاسة السورية قالت");
    expect(m?.actor.id).toBe("sy-presidency");
    expect(m?.to).toBe(5);
  });

  it("does not match across a comma", () => {
    expect(matchAt0("السفارة، الأمريكية")).toBeNull();
  });

  it("marks role phrases", () => {
    expect(matchAt0("وزير الإعلام السوري")?.role).toBe(true);
    expect(matchAt0("حمزة المصطفى")?.role).toBe(false);
  });

  it("different people with similar names stay apart", () => {
    expect(actorIds("قال حمزة المصطفى إن الاتفاق سياسي. وقال معاذ مصطفى، رئيس منظمة إغاثية، إن التعاون قائم.")).toHaveLength(2);
  });

  it("accepts extra entries (user aliases) that win over built-ins", () => {
    const custom = createActorRegistry([{ id: "gov-tartus", nameAr: "محافظة طرطوس", nameEn: "Tartus Governorate", kind: "government", aliases: ["محافظ طرطوس"] }]);
    const r = createExtractor({ registry: custom }).extractArticle({ id: "t", text: "وأعلنت محافظة طرطوس تعطيل الدوام." }, { now: NOW });
    expect(r.statements.map((s) => s.actor.id)).toEqual(["gov-tartus"]);
  });

  it("publishes names and spellings as aliases, not role phrases", () => {
    const a = reg.byId("nour-al-din-al-baba")!;
    expect(a.aliases).toContain("نور الدين البابا");
    expect(a.aliases.some((x) => x.includes("وزارة الداخلية"))).toBe(false);
  });

  it("has broad coverage", () => {
    expect(reg.size).toBeGreaterThan(150);
  });
});
