/** Gazetteer lines for the central and coastal governorates (format: see north.ts). */
import type { GovernorateCode } from "../../../domain/governorates";

export const CENTER: Partial<Record<GovernorateCode, string>> = {
  "SY-HI": `
G|Homs|حمص/مدينة حمص/ريف حمص
D|Al-Mukharram|المخرم
D|Al-Qusayr|القصير|w
D|Al-Rastan|الرستن
D|Palmyra (Tadmur)|تدمر|w
D|Talkalakh|تلكلخ/تل كلخ
S|Kafr Laha (Taldou)|كفرلاها/كفر لاها/تلدو/تل دو
S|Khirbet Tin Nur|خربة تين نور/تارين
S|Ain al-Nisr|عين النسر
S|Al-Furqlus|الفرقلس
S|Al-Ruqama|الرقاما
S|Al-Qaryatayn|القريتين|w
S|Mahin|مهين|w
S|Hisyah|حسياء
S|Hisyah|حسية|w
S|Sadad|صدد|s
S|Al-Qabu|القبو|s
S|Shin|شين|w
S|Al-Hadidah|الحديدة|s
S|Al-Nasirah (Wadi al-Nasara)|الناصرة/وادي النصارى|s
S|Al-Hawash|الحواش|w
S|Talbiseh|تلبيسة
S|Al-Sukhnah|السخنة
S|Jubb al-Jarrah|جب الجراح
T|Al-Houla|الحولة
T|Taldahab|تلذهب
N|Al-Waer|الوعر|w
N|Baba Amr|بابا عمرو
N|Al-Khalidiyah|الخالدية|s
N|Al-Inshaat|الإنشاءات|s
N|Karm al-Zeitoun|كرم الزيتون
N|Bab al-Sebaa|باب السباع
N|Deir Baalba|دير بعلبة
N|Jub al-Jandali|جب الجندلي
N|Al-Bayyada|البياضة
N|Akrama|عكرمة|s
N|Al-Nuzha|النزهة|s
A|T4 (Tiyas) Airbase|التيفور/مطار التيفور/تيفور/t4/مطار التياس/التياس
A|Shayrat Airbase|الشعيرات/مطار الشعيرات
A|Dabaa Airbase|مطار الضبعة
A|Palmyra Airbase|مطار تدمر
B|Al-Tanf base|التنف/قاعدة التنف|w
P|Rukban camp|الركبان/مخيم الركبان
B|Shaer gas field|حقل الشاعر/حقل شاعر/جبل الشاعر
T|Huwwarin|حوارين
T|Ghantu|الغنطو
T|Tir Maalah|تير معلة
T|Al-Dar al-Kabira|الدار الكبيرة
T|Rableh|ربلة
X|Jusiyah crossing|جوسية/الجوسية/معبر جوسية
X|Dabousiyah crossing|الدبوسية/معبر الدبوسية
T|Shamsin|شمسين
T|Shinshar|شنشار
T|Qatinah|قطينة
T|Umm Sharshuh|أم شرشوح
T|Al-Zara|الزارة|s
F|Krak des Chevaliers|قلعة الحصن/الحصن|w
R|Homs desert|بادية حمص
T|Al-Bwaida al-Sharqiya|البويضة الشرقية
T|Kafr Nan|كفرنان
N|Wadi al-Dhahab|وادي الذهب
N|Al-Zahraa (Homs)|الزهراء|s*
N|Al-Zahraa Homs|حي الزهراء
N|Karm al-Louz|كرم اللوز
N|Al-Arman|حي الأرمن
N|Bab Tadmur|باب تدمر
N|Bab Hud|باب هود
N|Jouret al-Shayah|جورة الشياح
N|Al-Qarabis|القرابيص
N|Bustan al-Diwan|بستان الديوان
N|Karm al-Shami|كرم الشامي
N|Al-Sabil|السبيل|s
N|Al-Abbasiyah (Homs)|العباسية|s
N|Al-Adawiyah|العدوية|s
T|Kafr Aya|كفرعايا
T|Al-Mushrifa|المشرفة|s
T|Fairouzeh|فيروزة|w
T|Zaidal|زيدل
T|Al-Sultaniyah|السلطانية|s
T|Al-Mukharram al-Fawqani|المخرم الفوقاني
T|الطيبة الغربية|الطيبة الغربية
T|الزعفرانة|الزعفرانة
T|الحصوية|الحصوية
T|الفرحانية|الفرحانية
T|عناز|عناز
T|المشتاية|المشتاية
T|الشومرية|الشومرية
T|فاحل|فاحل
T|الشرقلية|الشرقلية
T|حوش السيد علي|حوش السيد علي
T|مطربا|مطربا
T|حاويك|حاويك
T|أكوم|أكوم
T|آبل|آبل
T|حقل جزل|حقل جزل
T|جزل|جزل
T|أبو رجمين|أبو رجمين
T|جبل أبو رجمين|جبل أبو رجمين
T|حي الشماس|حي الشماس
T|الشماس|الشماس
T|ضاحية الوليد|ضاحية الوليد
T|المريجة|المريجة
T|باب الدريب|باب الدريب
T|الدبلان|الدبلان
T|شارع الدبلان|شارع الدبلان
T|البرج|البرج|s
T|عقرب|عقرب|s
`,
  "SY-HM": `
G|Hama|حماة/مدينة حماة/ريف حماة
D|Salamiyah|سلمية/السلمية|s
D|Al-Suqaylabiyah|السقيلبية
D|Masyaf|مصياف
D|Mhardeh|محردة
S|Suran (Hama)|صوران|w
S|Harbinafsah|حربنفسه
S|Al-Hamraa|الحمراء|s
S|Tell Salhab|سلحب/تل سلحب
S|Al-Ziyarah|الزيارة|s
S|Shathah|شطحة
S|Qalaat al-Madiq|قلعة المضيق
S|Barri al-Sharqi|بري الشرقي/بري شرقي
S|Al-Saan|السعن|w
S|Sabburah|صبورة|s
S|Uqayribat|عقيربات
S|Jubb Ramlah|جب رملة
S|Awj|عوج|s
S|Ain Halaqim|عين حلاقيم
S|Wadi al-Uyun|وادي العيون
S|Kafr Zita|كفر زيتا/كفرزيتا
S|Karnaz|كرناز
T|Al-Latamneh|اللطامنة
T|Morek|مورك
T|Tayyibat al-Imam|طيبة الإمام
T|Halfaya|حلفايا
T|Kafr Nabuda|كفرنبودة/كفر نبودة
T|Al-Huwayz|الحويز
T|Al-Karakat|الكركات
R|Al-Ghab plain|سهل الغاب/الغاب|w
T|Jurin|جورين
T|Maardas|معردس
T|Maan (Hama)|معان|s
T|Qamhana|قمحانة
T|Khattab|خطاب|s
T|Atshan|عطشان|s
A|Hama Airbase|مطار حماة/مطار حماة العسكري
R|Zein al-Abedin mountain|جبل زين العابدين
T|Taldara|تلدرة
T|Al-Hamamiyat|الحماميات
T|Al-Jalama|الجلمة
T|Taqsis|تقسيس
T|Kafr Buhum|كفربهم
T|Al-Rabeeah (Hama)|الربيعة|s
T|Al-Mubattan|المبطن|w
T|Athriya|أثريا
T|Al-Sheikh Hilal|الشيخ هلال
T|Deir Shmeil|دير شميل
T|Ain al-Kurum|عين الكروم
T|Hiyalin|حيالين
T|Al-Rasif|الرصيف|s
T|Kafr Qadah|كفر قدح
T|Tell Mallah|تل ملح
T|الجبين|الجبين
T|معركبة|معركبة
T|لحايا|لحايا
T|كفرهود|كفرهود
T|التوينة|التوينة
T|باب الطاقة|باب الطاقة
T|تل سكين|تل سكين
T|عين سليمو|عين سليمو
T|خربة الناقوس|خربة الناقوس
T|قبر فضة|قبر فضة
T|السرمانية|السرمانية
T|معرزاف|معرزاف
T|كفر الطون|كفر الطون
T|تل عثمان|تل عثمان
T|الطليسية|الطليسية
T|حمادي عمر|حمادي عمر
T|الكافات|الكافات
T|السطحيات|السطحيات
T|ربعو|ربعو
T|بعرين|بعرين
T|نيصاف|نيصاف
T|باب قبلي|باب قبلي
T|حي الأربعين|حي الأربعين
T|البارودية|البارودية
T|الصابونية|الصابونية
T|كازو|كازو
T|الزكاة|الزكاة|s
T|الأربعين|الأربعين|s
T|الشريعة|الشريعة|s
`,
  "SY-LA": `
G|Latakia|اللاذقية/مدينة اللاذقية/ريف اللاذقية
D|Al-Haffah|الحفة
D|Jableh|جبلة
D|Qardaha|القرداحة
S|Al-Bahluliyah|البهلولية
S|Rabia (Latakia)|ربيعة|s
S|Kablia|كبلية
S|Ain al-Baida|عين البيضا/عين البيضاء/عين البيضة|*
S|Qastal Maaf|قسطل معاف
S|Kessab|كسب|s
S|Hanadi|هنادي|s
S|Ain al-Sharqiyah|عين الشرقية
S|Al-Qutailibiyah|القطيلبية
S|Al-Hisan|الحصان|s
S|Ain Shiqaq|عين شقاق
S|Al-Daliyah|الدالية|w
S|Beit Yashout|بيت ياشوط
S|Slinfah|صلنفة
S|Ain al-Tineh (Latakia)|عين التينة|*
S|Kinsabba|كنسبا
S|Muzayri'a|مزيرعة/المزيرعة|w
S|Harf al-Musaytirah|حرف المسيترة
S|Al-Fakhurah|الفاخورة|w
S|Jawbat Burghal|جوبة برغال
A|Hmeimim Airbase|حميميم/قاعدة حميميم/مطار حميميم/مطار باسل الأسد
R|Kurd Mountain|جبل الأكراد
R|Turkmen Mountain|جبل التركمان
N|Al-Sulaybah|الصليبة|w
N|Al-Raml al-Janubi|الرمل الجنوبي
N|Al-Raml al-Filastini|الرمل الفلسطيني
N|Qnenis|قنينص
N|Al-Sheikh Daher|الشيخ ضاهر
T|Sqobin|سقوبين
T|Al-Zaqzaqaniyah|الزقزقانية
T|Dimsarkho|دمسرخو
T|Basnada|بسنادا
T|Mushqita|مشقيتا
T|Babna|بابنا|s
T|Salma|سلمى|s
T|Kabani|كبانة
T|Ras al-Basit|رأس البسيط/البسيط|w
T|Burj Islam|برج إسلام
T|Al-Mukhtariyah|المختارية
T|Al-Sanobar|الصنوبر|s
T|Al-Daatour|الدعتور
X|Kessab crossing|معبر كسب
N|Latakia port|ميناء اللاذقية
T|Al-Shamiyah|الشامية|s
T|Beit Anna|بيت عانا
T|Karsana|كرسانا
T|Stamo|سطامو
T|Al-Shir|الشير|s
N|Al-Ziraa|الزراعة|s
N|Al-Mashrou al-Sabea|المشروع السابع
N|Daatour|حي الدعتور
T|البدروسية|البدروسية
T|أم الطيور|أم الطيور
T|السكنتوري|السكنتوري
T|الطابيات|الطابيات
T|بكسا|بكسا
T|بسين|بسين
T|سنجوان|سنجوان
T|قرفيص|قرفيص
T|الشاطئ الأزرق|الشاطئ الأزرق
T|حي الرمل|حي الرمل
T|السمرا|السمرا|s
T|الرمل|الرمل|s
`,
  "SY-TA": `
G|Tartus|طرطوس/مدينة طرطوس/ريف طرطوس
D|Al-Sheikh Badr|الشيخ بدر
D|Baniyas|بانياس/بانياس الساحل
D|Al-Qadmus|القدموس
D|Duraykish|دريكيش/الدريكيش
D|Safita|صافيتا
S|Arwad|أرواد/جزيرة أرواد
S|Al-Hamidiyah (Tartus)|الحميدية|w
S|Khirbet al-Maaza|خربة المعزة
S|Al-Sawda|السودا/السوداء/سودا خوابي|s
S|Al-Karimah|الكريمة|s
S|Safsafa|صفصافة/الصفصافة
S|Al-Rawdah|الروضة|s
S|Talin|تالين
S|Mashta al-Helu|مشتى الحلو
S|Al-Bariqiyah|البارقية
S|Sibbeh|سبة|w
S|Al-Sisniyah|السيسنية
S|Ras al-Khashufah|رأس الخشوفة
S|Jneinet Ruslan|جنينة رسلان
S|Hamin|حمين
S|Dweir Ruslan|دوير رسلان
S|Barmanet al-Mashayekh|برمانة المشايخ
S|Al-Qumsiyah|القمصية
S|Al-Annazah|العنازة
S|Hammam Wasel|حمام واصل
S|Al-Tawahin|الطواحين|w
T|Al-Bayda (Baniyas)|البيضا|s
N|Al-Qusour (Baniyas)|القصور|s
X|Arida crossing|العريضة/معبر العريضة|s
F|Tartus port|ميناء طرطوس/قاعدة طرطوس
T|Al-Matn|المتن|s
T|Al-Bayda village|قرية البيضاء
F|Marqab castle|قلعة المرقب
F|Marqab castle|المرقب|w
T|Ras al-Naba|رأس النبع
T|Al-Mantar|المنطار|s
N|Baniyas al-Qusour|حي القصور في بانياس
T|حي القوز|حي القوز
T|تعنيتا|تعنيتا
T|بارمايا|بارمايا
T|بيت كمونة|بيت كمونة
T|يحمور|يحمور
T|بملكة|بملكة
T|مصفاة بانياس|مصفاة بانياس
T|القوز|القوز|w
`,
};
