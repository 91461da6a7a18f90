/** Gazetteer lines for Damascus and the southern governorates (format: see north.ts). */
import type { GovernorateCode } from "../../../domain/governorates";

export const SOUTH: Partial<Record<GovernorateCode, string>> = {
  "SY-DI": `
G|Damascus|دمشق/مدينة دمشق/العاصمة دمشق/العاصمة السورية/دمشق القديمة
C|Damascus (the capital)|العاصمة|w
N|Mezzeh|المزة/مزة|w
A|Mezzeh Airbase|مطار المزة/مطار المزة العسكري
N|Mezzeh 86|المزة 86/مزة 86
N|Kafr Sousa|كفرسوسة/كفر سوسة
N|Jobar|جوبر
N|Qaboun|القابون
N|Barzeh|برزة/مساكن برزة
N|Rukn al-Din|ركن الدين
N|Muhajirin|المهاجرين|s
N|Al-Malki|المالكي|s
N|Abu Rummaneh|أبو رمانة
N|Bab Touma|باب توما
N|Bab Sharqi|باب شرقي
N|Al-Qassaa|القصاع
N|Al-Midan|الميدان|s
N|Al-Shaghour|الشاغور
N|Al-Qadam|القدم|s
N|Al-Asali|العسالي
N|Dummar|دمر/مشروع دمر|s
N|Al-Tadamon|التضامن|s
P|Yarmouk camp|مخيم اليرموك/اليرموك|w
N|Al-Salihiyah|الصالحية|s
N|Al-Shaalan|الشعلان|w
N|Al-Marjeh|ساحة المرجة/المرجة|w
N|Umayyad Square|ساحة الأمويين
N|Al-Hariqa|الحريقة|s
F|Al-Hamidiyah market|سوق الحميدية
N|Al-Zablatani|الزبلطاني
N|Al-Duwaila|الدويلعة
N|Bab Musalla|باب مصلى
N|Al-Zahira|الزاهرة|s
N|Nahr Aisha|نهر عيشة
N|Al-Rabwa|الربوة|w
N|Ish al-Warwar|عش الورور
N|Tishreen (Damascus)|حي تشرين
N|Al-Abbasiyyin|العباسيين|s
N|Al-Qusour (Damascus)|حي القصور
N|Al-Mazraa (Damascus)|حي المزرعة
F|Mar Elias church|كنيسة مار إلياس/كنيسة مار الياس
N|Al-Jisr al-Abyad|الجسر الأبيض
N|Sarouja|ساروجة
N|Al-Halbouni|الحلبوني
N|Al-Hamra street|شارع الحمراء
N|Dummar al-Balad|دمر البلد
F|People's Palace|قصر الشعب
F|Republican palace|القصر الجمهوري
M|Mount Qasioun|جبل قاسيون/قاسيون
N|Basateen al-Razi|بساتين الرازي/خلف الرازي
N|Al-Wurud (Damascus)|حي الورود
F|Ministry of Defence HQ|مبنى وزارة الدفاع/مبنى الأركان/هيئة الأركان
N|Al-Mezzeh Jabal|المزة جبل
N|Al-Qanawat (Damascus)|حي القنوات
N|Bab al-Jabiyah|باب الجابية
N|Al-Baramkeh|البرامكة
N|Al-Mujtahid|المجتهد|s
N|Al-Tijara|التجارة|s
N|Al-Qassaa|حي القصاع
T|شارع بغداد|شارع بغداد
T|شارع الثورة|شارع الثورة
T|جسر الرئيس|جسر الرئيس
T|الشيخ محي الدين|الشيخ محي الدين
T|وادي المشاريع|وادي المشاريع
T|باب سريجة|باب سريجة
T|السبع بحرات|السبع بحرات
T|ساحة السبع بحرات|ساحة السبع بحرات
T|السومرية|السومرية|w
T|العدوي|العدوي|s
`,
  "SY-RD": `
G|Rif Dimashq|ريف دمشق/محافظة ريف دمشق/ريف العاصمة/غوطة دمشق
D|Al-Nabk|النبك
D|Al-Qutayfah|القطيفة
D|Al-Tall|التل|s
D|Al-Zabadani|الزبداني
D|Darayya|داريا
D|Douma|دوما
D|Qatana|قطنا
D|Yabrud|يبرود
S|Al-Kiswah|الكسوة|w
S|Babbila|ببيلا
S|Jaramana|جرمانا
S|Al-Mleiha|المليحة|w
S|Kafr Batna|كفربطنا/كفر بطنا
S|Arbin|عربين
S|Qudsaya|قدسيا/ضاحية قدسيا
S|Harasta|حرستا
S|Al-Sabaa Biyar|السبع بيار
S|Al-Dumayr|الضمير|s
S|Al-Nashabiyah|النشابية
S|Al-Ghizlaniyah|الغزلانية
S|Harran al-Awamid|حران العواميد
S|Jayrud|جيرود
S|Maaloula|معلولا
S|Al-Ruhaybah|الرحيبة
S|Saydnaya|صيدنايا
J|Saydnaya prison|سجن صيدنايا
S|Rankous|رنكوس
S|Assal al-Ward|عسال الورد
S|Deir Atiyah|دير عطية
S|Al-Dimas|الديماس
S|Ain al-Fijah|عين الفيجة/الفيجة
S|Madaya|مضايا
S|Serghaya|سرغايا
S|Beit Jinn|بيت جن/مزرعة بيت جن
S|Sasa|سعسع
S|Sahnaya|صحنايا/أشرفية صحنايا
S|Al-Hajar al-Aswad|الحجر الأسود
T|Sayyida Zaynab|السيدة زينب
T|Zamalka|زملكا
T|Ain Tarma|عين ترما
T|Hammouriyah|حمورية
T|Saqba|سقبا
T|Misraba|مسرابا
T|Modira|مديرا|s
T|Hazzeh|حزة
T|Beit Sahm|بيت سحم
T|Yalda|يلدا
T|Aqraba|عقربا
T|Hujeira|حجيرة|w
T|Muadamiyat al-Sham|المعضمية/معضمية الشام
T|Jdeidet Artouz|جديدة عرطوز/عرطوز
T|Jdeidet al-Fadl|جديدة الفضل
T|Deir Khabiyah|دير خبية
T|Zakiyah|زاكية|s
T|Khan al-Shih|خان الشيح/مخيم خان الشيح
T|Kanaker|كناكر
T|Beit Saber|بيت سابر
T|Kafr Hawar|كفر حور
T|Hinah|حينة|s
M|Mount Hermon|جبل الشيخ/قمة جبل الشيخ/حرمون/جبل حرمون
T|Arneh|عرنة
T|Baqaasam|بقعسم
T|Qalaat Jandal|قلعة جندل
T|Adra|عدرا/عدرا العمالية/عدرا البلد
J|Adra prison|سجن عدرا/سجن دمشق المركزي
A|Damascus International Airport|مطار دمشق/مطار دمشق الدولي
A|Dumayr Airbase|مطار الضمير/مطار الضمير العسكري
A|Seen Airbase|مطار السين
A|Bali Airbase|مطار بلي
A|Nasiriyah Airbase|مطار الناصرية
R|Qalamoun|القلمون/القلمون الشرقي/القلمون الغربي
R|Eastern Ghouta|الغوطة الشرقية/الغوطة
R|Western Ghouta|الغوطة الغربية
R|Barada valley|وادي بردى
T|Al-Tawani|التواني|w
T|Ain Minin|عين منين
T|Talfita|تلفيتا
T|Halboun|حلبون
T|Maarat Saydnaya|معرة صيدنايا
T|Minin|منين|w
T|Al-Jubba|الجبة|s
T|Flita|فليطة
T|Qara|قارة|s
T|Ras al-Maara|رأس المعرة
T|Al-Sahl|السحل|s
T|Bakhaa|بخعة
T|Jubbadin|جبعدين
T|Deir Muqaran|دير مقرن
T|Deir Qanun|دير قانون
T|Kafr al-Zeit|كفر الزيت
T|Bludan|بلودان
T|Buqqayn|بقين|w
T|Yafour|يعفور
T|Al-Hamah|الهامة|s
T|Jamraya|جمرايا
T|Al-Dhiyabiyah|الذيابية
T|Al-Buwaydah|البويضة|w
T|Hteitet al-Turkman|حتيتة التركمان
T|Deir al-Asafir|دير العصافير
T|Marj al-Sultan|مرج السلطان
T|Al-Otaybah|العتيبة
T|Al-Husseiniyah|مخيم الحسينية
T|Sbeineh|سبينة/السبينة/مخيم السبينة
P|Jaramana camp|مخيم جرمانا
P|Khan Dannun camp|خان دنون/مخيم خان دنون
T|Al-Muqaylibah|المقيليبة
X|Jdeidet Yabous crossing|جديدة يابوس/معبر جديدة يابوس
T|Beit Tima|بيت تيما
T|Al-Hosh|حوش عرب
T|Muadamiyat al-Qalamoun|معضمية القلمون
T|Ashrafiyat al-Wadi|أشرفية الوادي
T|Jisreen|جسرين|w
T|Maghr al-Mir|مغر المير
R|Mount Manea|جبل المانع
T|Al-Shifouniyah|الشيفونية
T|Jdeidet Yabous town|جديدة يابوس
T|Al-Kiswah town|مدينة الكسوة
T|Ashrafiyat Sahnaya|أشرفية صحنايا
T|Al-Hamah town|بلدة الهامة
T|Dahiyat al-Asad|ضاحية الأسد
T|Al-Sabboura|الصبورة|s
T|Jdeidet Artouz al-Balad|جديدة عرطوز البلد
T|Kafr Qouq|كفر قوق
T|رخلة|رخلة
T|دير العشائر|دير العشائر
T|كفير يابوس|كفير يابوس
T|بسيمة|بسيمة
T|حتيتة الجرش|حتيتة الجرش
T|دير سلمان|دير سلمان
T|أوتايا|أوتايا
T|دير ماكر|دير ماكر
T|عين الشعرة|عين الشعرة
T|معربا|معربا|s
T|تل كردي|تل كردي
T|حزرما|حزرما
T|البلالية|البلالية
T|زبدين|زبدين
T|الناصرية|الناصرية|w
T|بدا|بدا|s
T|الريحان|الريحان|s
T|المرج|المرج|s
`,
  "SY-DR": `
G|Daraa|درعا/مدينة درعا/ريف درعا/درعا البلد/درعا المحطة
D|Al-Sanamayn|الصنمين
D|Izra|إزرع/ازرع
S|Busra al-Sham|بصرى الشام/بصرى اسكي شام
S|Busra al-Sham|بصرى|w
S|Khirbet Ghazaleh|خربة غزالة
S|Al-Shajarah|الشجرة|w
S|Dael|داعل
S|Muzayrib|مزيريب/المزيريب
S|Al-Jizah|الجيزة|s
S|Al-Musayfirah|المسيفرة
S|Al-Masmiyah|المسمية|w
S|Ghabaghib|غباغب
S|Jasim|جاسم|w
S|Al-Hirak|الحراك|s
S|Nawa|نوى|w
S|Al-Sheikh Maskin|الشيخ مسكين
S|Tasil|تسيل|w
T|Tafas|طفس
T|Al-Yadudah|اليادودة
T|Inkhil|إنخل/انخل
X|Nasib crossing|نصيب/معبر نصيب/معبر جابر نصيب|s
P|Daraa camp|مخيم درعا
N|Tariq al-Sadd|طريق السد
T|Al-Karak al-Sharqi|الكرك الشرقي
T|Al-Harah|الحارة|s
T|Kafr Shams|كفر شمس
T|Mahajjah|محجة|w
T|Busr al-Harir|بصر الحرير
T|Nahitah|ناحتة
T|Al-Mleiha al-Gharbiyah|المليحة الغربية
T|Al-Mleiha al-Sharqiyah|المليحة الشرقية
T|Al-Ghariyah al-Sharqiyah|الغارية الشرقية
T|Al-Ghariyah al-Gharbiyah|الغارية الغربية
T|Umm al-Mayadhin|أم المياذن
T|Al-Naimah|النعيمة|w
T|Atman|عتمان
T|Tal Shihab|تل شهاب
T|Zayzun|زيزون
T|Saham al-Jawlan|سحم الجولان
T|Heet|حيط|s
T|Jillin|جلين
T|Adwan|عدوان|s
T|Al-Sheikh Saad|الشيخ سعد|w
T|Ain Dhakar|عين ذكر
T|Kuya|كويا
T|Maarbah|معربة|s
T|Jamlah|جملة|s
T|Abdin|عابدين|s
R|Yarmouk basin|حوض اليرموك
R|Hauran|حوران|w
R|Lajat|اللجاة
T|Ibta|ابطع
T|Al-Sahwa|السهوة
T|Saida (Daraa)|صيدا|s
T|Al-Taybah (Daraa)|الطيبة|s
T|Um Walad|أم ولد
T|Tal al-Hara|تل الحارة
T|Al-Mataiyah|المتاعية
T|Kahil|كحيل|s
T|Ghasm|غصم
T|Qarfa|قرفا
T|Al-Maaraya|المعرية
T|Beit Ara|بيت آرة|w
T|Al-Ajami|العجمي|s
T|Al-Karak|الكرك|s
T|تل الجموع|تل الجموع
T|مليحة العطش|مليحة العطش
T|زمرين|زمرين
T|سملين|سملين
T|كفر ناسج|كفر ناسج
T|تبنة|تبنة
T|حي المنشية|حي المنشية
T|السماقيات|السماقيات
T|حي السحاري|حي السحاري
T|نافعة|نافعة|s
T|الأشعري|الأشعري|s
T|علما|علما|s
T|السحاري|السحاري|s
`,
  "SY-SU": `
G|As-Suwayda|السويداء/السويدا/مدينة السويداء/ريف السويداء
D|Salkhad|صلخد
D|Shahba|شهبا
S|Al-Mazraa|المزرعة|s*
S|Al-Mashnaf|المشنف
S|Al-Qurayya|القريا
S|Al-Ghariyah|الغارية|w
S|Dhibeen|ذيبين
S|Milh|ملح|s
S|Shaqqa|شقا
S|Al-Ariqah|العريقة/عريقة|s
S|Al-Sawra al-Saghira|الصورة الصغيرة/الصورة الصغرى
T|Orman|عرمان
T|Walgha|ولغا
T|Ateel|عتيل
T|Qanawat|قنوات|s
T|Al-Kafr|الكفر|s
T|Ara|عرى|s
T|Al-Majdal (Suwayda)|المجدل|s
T|Rasas|رساس
A|Thaala Airbase|الثعلة/مطار الثعلة/ثعلة
A|Khalkhalah Airbase|خلخلة/مطار خلخلة|s
T|Al-Sawra al-Kabira|الصورة الكبيرة
R|Jabal al-Arab|جبل العرب/جبل الدروز
T|Rimat al-Luhuf|ريمة اللحف
T|Lahitha|لاهثة|w
T|Taara|تعارة
T|Imtan|امتان
T|Al-Mutunah|المتونة
T|Sahwat Balata|سهوة بلاطة
T|Rimat Hazem|ريمة حازم
T|Al-Raha|الرحى|s
T|Qaysama|قيصما
T|Al-Dour|الدور|s
T|Umm al-Zaytun|أم الزيتون
T|Al-Thaala|قرية الثعلة
T|Najran (Suwayda)|نجران|s
T|Al-Mujaymer|المجيمر
T|Al-Tha'la|الثعلة الغربية
T|Umm al-Rumman|أم الرمان
T|Salim|سليم|s
T|Mafaala|مفعلة
T|Radimat al-Liwa|رضيمة اللوا
T|Bakka|بكا|s
T|Al-Tira|الطيرة|s
T|Al-Hariseh|الحريسة|s
T|Al-Dour|قرية الدور
T|Al-Majdal village|بلدة المجدل
T|العفينة|العفينة
T|ريمة الفخور|ريمة الفخور
T|خازمة|خازمة
T|مياماس|مياماس
T|صما الهنيدات|صما الهنيدات
T|طليلين|طليلين
T|دير داما|دير داما
T|سالة|سالة
T|حبران|حبران
T|المنيذرة|المنيذرة
T|دوار العنقود|دوار العنقود
T|كوم الحصى|كوم الحصى
T|شنيرة|شنيرة
T|الخرسا|الخرسا
T|بوسان|بوسان
T|حي المقوس|حي المقوس
T|عنز|عنز|s
T|الرشيدة|الرشيدة|s
T|نمرة|نمرة|s
T|حوط|حوط|s
T|المقوس|المقوس|s
`,
  "SY-QU": `
G|Quneitra|القنيطرة/مدينة القنيطرة/ريف القنيطرة/القنيطرة المهدمة
D|Fiq|فيق|w
S|Khan Arnabah|خان أرنبة/خان ارنبة
S|Al-Khushniyah|الخشنية
S|Masada|مسعدة|w
S|Al-Butayhah|البطيحة
T|Jubata al-Khashab|جباتا الخشب
T|Turunjah|طرنجة
T|Ufaniya|أوفانيا
T|Al-Hamidiyah (Quneitra)|الحميدية|w*
T|Al-Qahtaniyah (Quneitra)|القحطانية|w
T|Al-Rafid|الرفيد
T|Al-Samdaniyah|الصمدانية/الصمدانية الغربية/الصمدانية الشرقية
T|Bir Ajam|بئر عجم
T|Bariqa|بريقة
T|Kudnah|كودنة/كودنا
T|Al-Ashah|العشة|s
T|Al-Muallaqa|المعلقة|s
T|Ruwayhinah|رويحينة
T|Rasm al-Rawadi|رسم الرواضي
T|Ain Ziwan|عين زيوان
T|Ain al-Baida (Quneitra)|عين البيضة
T|Saida al-Golan|صيدا الجولان
T|Al-Asbah|الأصبح
T|Mashara|مسحرة
T|Nabaa al-Sakhr|نبع الصخر
T|Mumtanah|ممتنة|s
T|Umm Batinah|أم باطنة
T|Al-Hurriyah|الحرية|s
T|Hadar|حضر|s
T|Jaba|جبا|s
R|Golan|الجولان/الجولان المحتل/الجولان السوري/هضبة الجولان
T|Majdal Shams|مجدل شمس
T|Al-Baath city|مدينة البعث
T|Ain al-Tinah (Quneitra)|عين التينة
T|Kom al-Waysiyah|كوم الويسية
T|Al-Mantara dam|سد المنطرة
T|Tal Ahmar|تل أحمر/تل الأحمر
T|Ghadir al-Bustan|غدير البستان
T|Al-Razaniyah|الرزانية
T|Suwaysa|سويسة
T|Tal Kroum|تل كروم
T|Al-Quneitra al-Jadida|القنيطرة الجديدة
`,
};
