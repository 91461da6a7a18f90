/**
 * Towns, villages, neighbourhoods, crossings and bases named in 2025-26 security news that the
 * admin-seat lists (north/center/south) lack. Same line format as north.ts.
 */
import type { GovernorateCode } from "../../../domain/governorates";

export const LOCAL: Partial<Record<GovernorateCode, string>> = {
  "SY-LA": `
R|Latakia countryside (adjective)|الريف اللاذقاني
T|Zama (Jableh)|زاما|w
T|Fideo|فديو|s
T|Siano|سيانو
T|Hammam al-Qarahila|حمام القراحلة
T|Bshraghi|بشراغي|w
`,
  "SY-TA": `
R|Tartus countryside (adjective)|الريف الطرطوسي
T|Hrisun|حريصون
`,
  "SY-SU": `
T|Khirbet Awad|خربة عواد
`,
  "SY-DR": `
R|Daraa countryside (adjective)|الريف الدرعاوي/الريف الحوراني
T|Mothbin|موثبين
T|Namer|نامر|w
T|Khirab al-Shahm|خراب الشحم
`,
  "SY-QU": `
T|Saida al-Hanout|صيدا الحانوت
T|Umm al-Azam|أم العظام
T|Al-Adnaniyah|العدنانية|w
`,
  "SY-RD": `
R|Damascus countryside (adjective)|الريف الدمشقي/ضواحي دمشق/ضواحي العاصمة
T|Droushah|دروشا
T|Al-Hayjanah|الهيجانة
T|Mughr al-Mir|مغر المير
T|Baqaasam|بقعسم
T|Deir Maker|دير ماكر
T|Harjalah|حرجلة
N|Al-Kashkoul (Jaramana)|الكشكول|w
A|Sayqal Airbase|مطار السيقل/قاعدة السيقل
`,
  "SY-DI": `
N|Al-Qaymariyah|القيمرية|w
N|Daf al-Shouk|دف الشوك
N|Al-Tabbalah|الطبالة|w
N|Al-Dahadil|الدحاديل|w
`,
  "SY-HI": `
R|Homs countryside (adjective)|الريف الحمصي/البادية الحمصية
N|Baba Amr|باب عمرو/بابا عمرو
`,
  "SY-HM": `
R|Hama countryside (adjective)|الريف الحموي
V|Shaizar|شيزر|w
V|Tall al-Durra|تل الدرة
V|Tremseh|التريمسة
V|Harbnafsah|حربنفسه
V|Arzah|أرزة|w
V|Al-Rahjan|الرهجان|w
N|Janoub al-Malaab|حي جنوب الملعب
`,
  "SY-ID": `
R|Idlib countryside (adjective)|الريف الإدلبي/الريف الادلبي
T|Aqrabat|عقربات
T|Kafr Jales|كفر جالس/كفرجالس
T|Zardana|زردنا
T|Mashmashan|مشمشان
T|Jawzaf|جوزف
T|Ain Shib|عين شيب
T|Al-Sheikh Bahr|الشيخ بحر
T|Tall al-Karamah|تل الكرامة
T|Maarat al-Nasan|معارة النعسان
`,
  "SY-HL": `
R|Aleppo countryside (adjective)|الريف الحلبي
N|Hanano|حي هنانو/ثكنة هنانو
T|Al-Shuyukh|الشيوخ|s
X|Al-Tayhah crossing|معبر التايهة
T|Hawar Kilis|حور كلس/حوار كلس
T|Al-Buraij|البريج|w
`,
  "SY-RA": `
R|Raqqa countryside (adjective)|الريف الرقاوي
T|Kasrat Sheikh al-Jumaa|كسرة شيخ الجمعة
`,
  "SY-HA": `
N|Al-Mufti (Hasakah)|حي المفتي
N|Qaddur Bek (Qamishli)|قدور بك
N|Tayy (Qamishli)|حي طي/حي الطي
`,
  "SY-DY": `
R|Deir ez-Zor countryside (adjective)|الريف الديري
T|Al-Jurthi|الجرذي|w
T|Swaydan|سويدان|w
T|Jadid Bakkara|جديد بكارة
T|Jazrat al-Buhmeid|جزرة البوحميد
T|Tabiyat Jazira|طابية جزيرة
T|Al-Sukkariyah|السكرية|w
N|Al-Siyasiyah bridge|جسر السياسية
`,
};
