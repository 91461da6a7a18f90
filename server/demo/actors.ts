/**
 * Demo actors: real public bodies and roles (names and titles are facts), each with the kinds of
 * news it produces. Ids match the extraction registry (lib/extract/data), whose names win, so demo
 * and extracted statements land on the same actors.
 */
import type { GovernorateCode } from "../../lib/domain/governorates";
import type { ActorKind } from "../../lib/domain/statement";
import { BUILTIN_ACTORS } from "../../lib/extract/data/actors";

export type DemoGroup = "security" | "strike" | "diplomacy" | "humanitarian" | "rescue" | "monitor" | "militant";

export interface DemoActor {
  id: string;
  nameAr: string;
  nameEn: string;
  kind: ActorKind;
  aliases: string[];
  groups: DemoGroup[];
  /** Relative share of the demo traffic. */
  weight: number;
  /** Where this actor plausibly operates (places are drawn from these governorates); all when absent. */
  areas?: GovernorateCode[];
}

const NORTH_EAST: GovernorateCode[] = ["SY-HA", "SY-RA", "SY-DY", "SY-HL"];
const SOUTH_WEST: GovernorateCode[] = ["SY-QU", "SY-DR", "SY-RD"];

const RAW: DemoActor[] = [
  { id: "sy-moi", nameAr: "وزارة الداخلية السورية", nameEn: "Syrian Ministry of Interior", kind: "government", aliases: ["الداخلية السورية"], groups: ["security"], weight: 10 },
  { id: "sy-mod", nameAr: "وزارة الدفاع السورية", nameEn: "Syrian Ministry of Defense", kind: "government", aliases: ["الدفاع السورية"], groups: ["security", "strike"], weight: 7 },
  { id: "sy-presidency", nameAr: "الرئاسة السورية", nameEn: "Syrian Presidency", kind: "government", aliases: [], groups: ["diplomacy"], weight: 4 },
  { id: "sy-mofa", nameAr: "وزارة الخارجية السورية", nameEn: "Syrian Ministry of Foreign Affairs", kind: "government", aliases: ["الخارجية السورية"], groups: ["diplomacy"], weight: 5 },
  { id: "sy-internal-security", nameAr: "قيادة الأمن الداخلي", nameEn: "Internal Security Command", kind: "military", aliases: ["الأمن العام"], groups: ["security"], weight: 8 },
  { id: "sy-civil-defence", nameAr: "الدفاع المدني السوري", nameEn: "Syrian Civil Defence", kind: "organization", aliases: ["الخوذ البيضاء"], groups: ["humanitarian", "rescue"], weight: 4 },
  { id: "sana", nameAr: "الوكالة العربية السورية للأنباء", nameEn: "SANA", kind: "media", aliases: ["سانا"], groups: ["monitor"], weight: 5 },
  { id: "sohr", nameAr: "المرصد السوري لحقوق الإنسان", nameEn: "Syrian Observatory for Human Rights", kind: "organization", aliases: ["المرصد السوري"], groups: ["monitor"], weight: 6 },
  { id: "us-centcom", nameAr: "القيادة المركزية الأمريكية", nameEn: "US Central Command", kind: "military", aliases: ["سنتكوم"], groups: ["strike"], weight: 4, areas: ["SY-DY", "SY-HA", "SY-RA", "SY-HI", "SY-ID"] },
  { id: "coalition", nameAr: "التحالف الدولي", nameEn: "Global Coalition against Daesh", kind: "military", aliases: ["التحالف الدولي ضد داعش"], groups: ["strike"], weight: 3, areas: ["SY-DY", "SY-HA", "SY-RA", "SY-HI"] },
  { id: "sdf", nameAr: "قوات سوريا الديمقراطية", nameEn: "Syrian Democratic Forces", kind: "armed_group", aliases: ["قسد"], groups: ["security", "strike"], weight: 6, areas: NORTH_EAST },
  { id: "isis", nameAr: "تنظيم الدولة الإسلامية", nameEn: "Islamic State", kind: "armed_group", aliases: ["داعش"], groups: ["militant"], weight: 2 },
  { id: "us-state-department", nameAr: "وزارة الخارجية الأمريكية", nameEn: "US Department of State", kind: "government", aliases: ["الخارجية الأمريكية"], groups: ["diplomacy"], weight: 3 },
  { id: "ru-mod", nameAr: "وزارة الدفاع الروسية", nameEn: "Russian Ministry of Defence", kind: "government", aliases: ["الدفاع الروسية"], groups: ["strike", "diplomacy"], weight: 2, areas: ["SY-LA", "SY-HI", "SY-HM", "SY-ID"] },
  { id: "tr-mod", nameAr: "وزارة الدفاع التركية", nameEn: "Turkish Ministry of National Defence", kind: "government", aliases: ["الدفاع التركية"], groups: ["strike", "security"], weight: 3, areas: ["SY-HL", "SY-RA", "SY-HA"] },
  { id: "idf", nameAr: "الجيش الإسرائيلي", nameEn: "Israeli Army", kind: "military", aliases: [], groups: ["strike"], weight: 3, areas: SOUTH_WEST },
  { id: "un-envoy-syria", nameAr: "المبعوث الأممي إلى سوريا", nameEn: "UN Special Envoy for Syria", kind: "person", aliases: [], groups: ["diplomacy"], weight: 2 },
  { id: "un-ocha", nameAr: "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", nameEn: "UN OCHA", kind: "organization", aliases: ["أوتشا"], groups: ["humanitarian"], weight: 3 },
  { id: "icrc", nameAr: "اللجنة الدولية للصليب الأحمر", nameEn: "ICRC", kind: "organization", aliases: ["الصليب الأحمر"], groups: ["humanitarian"], weight: 2 },
  { id: "anon-security-source", nameAr: "مصدر أمني", nameEn: "Security source", kind: "anonymous", aliases: [], groups: ["security", "monitor"], weight: 5 },
  { id: "anon-military-source", nameAr: "مصدر عسكري", nameEn: "Military source", kind: "anonymous", aliases: [], groups: ["security", "strike"], weight: 3 },
];

const registry = new Map(BUILTIN_ACTORS.map((a) => [a.id, a]));

export const DEMO_ACTORS: DemoActor[] = RAW.map((a) => {
  const r = registry.get(a.id);
  if (!r) return a;
  const aliases = (r.aliases ?? []).filter((x) => x.length <= 200).slice(0, 50);
  return { ...a, nameAr: r.nameAr, nameEn: r.nameEn, kind: r.kind, aliases };
});
