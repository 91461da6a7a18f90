/**
 * Gazetteer lines for the northern and eastern governorates. Format of each line:
 *   KIND|English name|عربي/variant/variant|flags
 * KIND: G governorate, D district seat, S subdistrict seat, C city, T town, V village, N neighbourhood,
 * P camp, J prison, A airport/airbase, X border crossing, B base/field, R region, M mountain, F site.
 * flags: s = needs a strong cue (name is also a common word), w = weak cue, * = primary reading of a shared name.
 * Hamza, alef maqsura and ta marbuta forms are folded when indexed, so one spelling of each is enough.
 */
import type { GovernorateCode } from "../../../domain/governorates";

export const NORTH: Partial<Record<GovernorateCode, string>> = {
  "SY-HL": `
G|Aleppo|حلب/مدينة حلب/ريف حلب/حلب الشهباء
D|Mount Simeon|جبل سمعان
D|Al-Bab|الباب|s
D|Afrin|عفرين
D|Azaz|أعزاز/إعزاز/عزاز
D|As-Safira|السفيرة|w
D|Ayn al-Arab (Kobani)|عين العرب/كوباني/كوبانى/كوبانێ
D|Jarabulus|جرابلس
D|Manbij|منبج
S|Atarib|الأتارب/أتارب
S|Tall ed-Daman|تل الضمان/تل ضمان
S|Haritan|حريتان
S|Daret Azza|دارة عزة
S|Zarbah|الزربة
S|Al-Hader|الحاضر|s
S|Tadef|تادف
S|Dayr Hafir|دير حافر
S|Al-Rai|الراعي|w
S|Kuweires|كويرس/كويرس شرقي/كويرس الشرقي
S|Rasm Harmal al-Imam|رسم حرمل الإمام
S|Arima|عريمة/العريمة
S|Bulbul|بلبل|w
S|Jandairis|جنديرس/جنديرس
S|Raju|راجو
S|Sharran|شران|w
S|Sheikh al-Hadid|شيخ الحديد/الشيخ حديد
S|Maabatli|معبطلي
S|Akhtarin|أخترين
S|Tell Rifaat|تل رفعت
S|Marea|مارع
S|Nubl|نبل|w
S|Suran (Azaz)|صوران|w*
S|Abu Qalqal|أبو قلقل
S|Al-Khafsa|الخفسة/خفسة
S|Maskanah|مسكنة|s
S|Lower Shuyukh|الشيوخ التحتانية/شيوخ تحتاني/الشيوخ تحتاني
S|Sarrin|صرين
S|Khanaser|خناصر
S|Banan|بنان|s
S|Al-Hajib|الحاجب|s
S|Ghandoura|غندورة/الغندورة
N|Sheikh Maqsoud|الشيخ مقصود
N|Ashrafiyah (Aleppo)|الأشرفية|w*
N|Bani Zaid|بني زيد
N|Bustan al-Basha|بستان الباشا
N|Salaheddine (Aleppo)|حي صلاح الدين
N|Sukkari|السكري|w
N|Al-Ansari|الأنصاري|s
N|Hamdaniyah|الحمدانية|w
N|Al-Shaar|الشعار|s
N|Sakhour|الصاخور
N|Ramouseh|الراموسة
N|Sheikh Najjar|الشيخ نجار
N|Kallaseh|الكلاسة|w
N|Haydariyah|الحيدرية|w
N|Jamiliyah|الجميلية|w
N|Midan (Aleppo)|حي الميدان بحلب
F|Aleppo Citadel|قلعة حلب
T|Nayrab|النيرب|w
A|Aleppo International Airport|مطار حلب/مطار حلب الدولي/مطار النيرب
A|Kuweires Airbase|مطار كويرس/مطار كويرس العسكري
A|Menagh Airbase|مطار منغ/منغ
A|Jirah Airbase|مطار الجراح
P|Handarat camp|حندرات/مخيم حندرات
T|Nubl and Zahraa|الزهراء|s
T|Nubl and Zahraa|نبل والزهراء
T|Khan al-Asal|خان العسل
T|Khan Tuman|خان طومان
T|Anadan|عندان
T|Hayan|حيان|s
T|Bayanoun|بيانون
T|Kafr Hamra|كفر حمرة
T|Kafr Naha|كفر ناها/كفرناها
T|Urum al-Kubra|أورم الكبرى
T|Qabtan al-Jabal|قبتان الجبل
T|Anjara|عنجارة
T|Al-Eis|العيس|w
T|Al-Wadihi|الوضيحي
T|Sheikh Said|الشيخ سعيد|w
T|Defence factories|معامل الدفاع
T|Tell Aran|تل عرن
T|Tell Hasel|تل حاصل
T|Deir Jamal|دير جمال
T|Kafr Naya|كفرنايا/كفر نايا
T|Sawran region|الشهباء|s
T|Sajo|سجو
X|Bab al-Salameh crossing|باب السلامة/معبر باب السلامة
X|Al-Rai crossing|معبر الراعي/جوبان بك
X|Abu al-Zandeen crossing|أبو الزندين/معبر أبو الزندين
X|Aoun al-Dadat crossing|عون الدادات/معبر عون الدادات
X|Al-Hamran crossing|الحمران/معبر الحمران
X|Al-Hamam crossing|معبر الحمام
X|Jarabulus crossing|معبر جرابلس
T|Qabasin|قباسين
T|Bza'a|بزاعة
T|Tal Battal|تل بطال
T|Susenbat|سوسنباط
B|Tishreen Dam|سد تشرين
B|Qara Qozak bridge|قره قوزاق/جسر قره قوزاق/قرقوزاق
T|Jindires|جندريس
T|Sheikh Isa|الشيخ عيسى|w
T|Kafr Jana|كفر جنة
T|Qatma|قطمة
T|Ain Daqna|عين دقنة
T|Deir Hafer|ديرحافر
T|Abu Kahf|أبو كهف
R|Jabal al-Hass|جبل الحص
N|Al-Layramoun|الليرمون/دوار الليرمون
N|Shihan roundabout|دوار شيحان
N|Castello road|الكاستيلو/طريق الكاستيلو
N|Jandoul roundabout|دوار الجندول
N|Al-Suryan|السريان|s
N|Sheikh Khodr|الشيخ خضر
N|Sheikh Taha|الشيخ طه
N|Masaken Hanano|مساكن هنانو/دوار هنانو
N|Al-Hulk|الهلك|w
N|Baeedeen|بعيدين
N|Al-Shqeif|الشقيف
N|Karm al-Jabal|كرم الجبل
T|Tal al-Eis|تل العيس
R|Mount Azzan|جبل عزان
B|Maydanki dam|ميدانكي/بحيرة ميدانكي
T|Al-Rai town|بلدة الراعي
T|Deir Hafer town|مدينة دير حافر
N|Al-Aziziyah (Aleppo)|العزيزية|w*
N|Salah al-Din (Aleppo)|صلاح الدين|s
T|Al-Bab countryside|ريف الباب
T|Mayer|ماير
T|المسلمية|المسلمية
T|حي الراشدين|حي الراشدين
T|كفرداعل|كفرداعل
T|كفر داعل|كفر داعل
T|معارة الأرتيق|معارة الأرتيق
T|عويجل|عويجل
T|تقاد|تقاد
T|الأبزمو|الأبزمو
T|كفرنوران|كفرنوران
T|الجينة|الجينة
T|كفر ناصح|كفر ناصح
T|الدادات|الدادات
T|أم جلود|أم جلود
T|تل جبين|تل جبين
T|حردتنين|حردتنين
T|رتيان|رتيان
T|باشكوي|باشكوي
T|طريق الباب|طريق الباب
T|جبل بدرو|جبل بدرو
T|الشيخ فارس|الشيخ فارس
T|بستان القصر|بستان القصر
T|باب النيرب|باب النيرب
T|حلب الجديدة|حلب الجديدة
T|الأكرمية|الأكرمية
T|الموكامبو|الموكامبو
T|الزبدية|الزبدية
T|كفر كرمين|كفر كرمين
T|بسرطون|بسرطون
T|عينجارة|عينجارة
T|كفرجوم|كفرجوم
T|ميدان أكبس|ميدان أكبس
T|الباسوطة|الباسوطة
T|عين دارة|عين دارة
T|ترندة|ترندة
T|دابق|دابق
T|احتيملات|احتيملات
T|تل مالد|تل مالد
T|حربل|حربل
T|أم حوش|أم حوش
T|الوحشية|الوحشية
T|حزوان|حزوان
T|الراشدين|الراشدين
T|الجبول|الجبول|w
T|الفرقان|الفرقان|s
T|سيف الدولة|سيف الدولة|s
T|المشهد|المشهد|s
T|الفردوس|الفردوس|s
T|الصالحين|الصالحين|s
T|السليمانية|السليمانية|s
T|الإذاعة|الإذاعة|s
T|الملاح|الملاح|s
`,
  "SY-ID": `
G|Idlib|إدلب/مدينة إدلب/ريف إدلب
D|Ariha|أريحا|w
D|Harim|حارم
D|Jisr al-Shughur|جسر الشغور
D|Maarat al-Numan|معرة النعمان/المعرة
S|Abu al-Duhur|أبو الظهور/أبو ظهور
S|Binnish|بنش
S|Saraqib|سراقب
S|Taftanaz|تفتناز
S|Maarat Misrin|معرة مصرين/معرتمصرين/معرت مصرين
S|Sarmin|سرمين
S|Khan Shaykhun|خان شيخون
S|Sinjar (Idlib)|سنجار|s
S|Kafr Nabl|كفر نبل/كفرنبل
S|Al-Tamanah|التمانعة
S|Heish|حيش|w
S|Al-Dana|الدانا/دانا|w
S|Salqin|سلقين
S|Kafr Takharim|كفر تخاريم/كفرتخاريم
S|Qurqania|قورقينا/قورقانيا
S|Armanaz|أرمناز
S|Badama|بداما
S|Darkush|دركوش
S|Al-Janudiyah|الجانودية
S|Ihsim|إحسم
S|Mhambal|محمبل
T|Sarmada|سرمدا
T|Atmeh|أطمة/اطمه
X|Bab al-Hawa crossing|باب الهوى/معبر باب الهوى
T|Barisha|باريشا
T|Deir Hassan|دير حسان
T|Qah|قاح|w
T|Kafr Lusin|كفرلوسين/كفر لوسين
T|Hazano|حزانو
T|Kafraya|كفريا
T|Al-Fuah|الفوعة
T|Tal Mardikh|تل مرديخ
T|Afis|آفس
T|Qmenas|قميناس
R|Jabal al-Zawiya|جبل الزاوية
R|Jabal al-Arbaeen|جبل الأربعين
T|Al-Bara|البارة|s
T|Kansafra|كنصفرة
T|Maarzita|معرزيتا
T|Kafr Ruma|كفرومة/كفر روما
T|Has|حاس|w
T|Maarat Hurmah|معرة حرمة
T|Jarjanaz|جرجناز
T|Talmenes|تلمنس
T|Al-Ghadfa|الغدفة
T|Maarshurin|معرشورين
T|Kafr Sajna|كفرسجنة/كفر سجنة
T|Al-Habit|الهبيط
T|Khan al-Subul|خان السبل
T|Harbanush|حربنوش
T|Azmarin|عزمارين
T|Ishtabraq|اشتبرق
T|Urum al-Joz|أورم الجوز
T|Bsanqul|بسنقول
T|Maraian|مرعيان
T|Sufuhen|سفوهن
B|Mastumah camp|المسطومة/معسكر المسطومة
B|Wadi al-Deif camp|وادي الضيف/معسكر وادي الضيف
T|Kafr Yahmul|كفريحمول
T|Deir Sunbul|دير سنبل
T|Shinan|شنان|w
T|Babisqa|بابسقا
T|Kherbet al-Joz|خربة الجوز
A|Abu al-Duhur Airbase|مطار أبو الظهور
A|Taftanaz Airbase|مطار تفتناز
X|Tarnaba crossing|الترنبة/معبر الترنبة
T|Kafr Uweid|كفرعويد
T|Al-Naqir|النقير|w
T|Hish|الحيش|w
T|Kurin|كورين
T|الموزرة|الموزرة
T|بليون|بليون
T|أبديتا|أبديتا
T|إبلين|إبلين
T|الفطيرة|الفطيرة
T|فليفل|فليفل
T|حزارين|حزارين
T|معرشمشة|معرشمشة
T|الدير الشرقي|الدير الشرقي
T|الدير الغربي|الدير الغربي
T|معصران|معصران
T|سكيك|سكيك
T|ركايا|ركايا
T|طعوم|طعوم
T|ترمانين|ترمانين
T|كللي|كللي
T|معرة الإخوان|معرة الإخوان
T|الناجية|الناجية
T|الزعينية|الزعينية
T|الغسانية|الغسانية
T|القنية|القنية
T|اليعقوبية|اليعقوبية
T|نحليا|نحليا
T|كفرلاتا|كفرلاتا
T|سرجة|سرجة
T|الحامدية|الحامدية
T|التح|التح|s
T|الكفير|الكفير|s
T|الرامي|الرامي|s
T|Nayrab (Idlib)|النيرب|w
`,
  "SY-RA": `
G|Raqqa|الرقة/مدينة الرقة/ريف الرقة
D|Al-Thawrah (Tabqa)|الثورة|s
D|Tabqa|الطبقة|s
D|Tell Abyad|تل أبيض/كري سبي/تل ابيض
S|Al-Sabkha|السبخة|w
S|Al-Karamah|الكرامة|s
S|Maadan|معدان|w
S|Suluk|سلوك|s
S|Ain Issa|عين عيسى
S|Al-Mansurah|المنصورة|s
S|Al-Jurniyah|الجرنية
B|Euphrates Dam|سد الفرات/سد الطبقة
A|Tabqa Airbase|مطار الطبقة/مطار الطبقة العسكري
B|Division 17|الفرقة 17/الفرقة السابعة عشرة
B|Brigade 93|اللواء 93
T|Hazima|حزيمة
T|Resafa|الرصافة|w
T|Dibsi Afnan|دبسي عفنان
N|Mashlab|المشلب
N|Ramila (Raqqa)|الرميلة|s
N|Daraiya (Raqqa)|الدرعية|s
T|Al-Kalta|الكالطة
T|Al-Akirshi|العكيرشي
T|Tal al-Saman|تل السمن
T|Al-Hisha|الهيشة
T|Al-Hamrat|الحمرات|s
T|Ratla|رطلة
T|Jdeidet Khabur|جديدة خابور
X|Tell Abyad crossing|معبر تل أبيض
T|Mabruka|مبروكة|s
T|Hammam al-Turkman|حمام التركمان
T|Dibsi Faraj|دبسي فرج
F|Qalaat Jaabar|قلعة جعبر/جعبر
T|Al-Raqqa al-Samra|الرقة السمرة
T|كديران|كديران
T|شنينة|شنينة
T|معيزيلة|معيزيلة
T|المحمودلي|المحمودلي
T|غانم العلي|غانم العلي
T|عين العروس|عين العروس
T|حي الثكنة|حي الثكنة
T|تل البيعة|تل البيعة
T|دوار النعيم|دوار النعيم
`,
  "SY-HA": `
G|Al-Hasakah|الحسكة/مدينة الحسكة/ريف الحسكة
D|Al-Malikiyah|المالكية/ديريك|w
D|Qamishli|القامشلي/قامشلي/قامشلو
D|Ras al-Ayn|رأس العين/سري كانيه/راس العين
S|Tal Tamr|تل تمر
S|Al-Shaddadi|الشدادي/الشدادة/شدادي
S|Markada|مركدة
S|Bir al-Hulu al-Wardiyah|بئر الحلو/بئر الحلو الوردية
S|Al-Arishah|العريشة|w
S|Al-Hol|الهول|w
S|Tal Hamis|تل حميس
S|Amuda|عامودا/عامودة
S|Al-Qahtaniyah|القحطانية/تربه سبي|w*
S|Al-Jawadiyah|الجوادية
S|Al-Yarubiyah|اليعربية/تل كوجر
S|Al-Darbasiyah|الدرباسية
P|Al-Hol camp|مخيم الهول
P|Roj camp|روج/مخيم روج|w
J|Ghuwayran prison|غويران/سجن غويران/سجن الصناعة/سجن الثانوية الصناعية/سجن الحسكة
N|Ghuwayran|حي غويران
N|Al-Nashwa|النشوة|s
N|Al-Tay|حي الطي
X|Semalka crossing|سيمالكا/فيشخابور/معبر سيمالكا
X|Al-Yarubiyah crossing|معبر اليعربية
A|Qamishli Airport|مطار القامشلي
B|Rmelan|رميلان/الرميلان
B|Kharab al-Jir base|خراب الجير/قاعدة خراب الجير
B|Qasrak base|قسرك/قاعدة قسرك
B|Tal Baydar|تل بيدر
T|Tal Brak|تل براك
T|Abu Rasin|أبو راسين/زركان
T|Al-Manajir|المناجير
R|Abdulaziz mountain|جبل عبد العزيز
R|Kawkab mountain|جبل كوكب
T|Muabbada|معبدة/كركي لكي|s
T|Jal Agha|جل آغا
T|Ain Diwar|عين ديوار
N|Hilaliyah|الهلالية|s
T|Al-Hol town|بلدة الهول
N|Al-Aziziyah (Hasakah)|حي العزيزية
N|Al-Talaie|الطلائع|s
N|Al-Ghuwayran|الغويران
T|Tal Hajar|تل حجر
T|Tal Alou|تل علو
T|جزعة|جزعة
T|حي خشمان|حي خشمان
T|الدشيشة|الدشيشة
T|مخيم العريشة|مخيم العريشة
T|مخيم واشوكاني|مخيم واشوكاني
T|واشوكاني|واشوكاني
`,
  "SY-DY": `
G|Deir ez-Zor|دير الزور/ديرالزور/دير الزّور/ريف دير الزور
D|Al-Bukamal|البوكمال/أبو كمال/البو كمال/بوكمال/ابوكمال
D|Al-Mayadin|الميادين/المياذين|w
S|Kisrah|الكسرة/كسرة|w
S|Al-Busayrah|البصيرة|w
S|Muhasan|موحسن
S|Al-Tabni|التبني|w
S|Khasham|خشام
S|Al-Sur|الصور|s
S|Sur|صور|s
S|Hajin|هجين|w
S|Al-Jalaa|الجلاء|w
S|Al-Susah|سوسة/السوسة|s
S|Dhiban|ذيبان
S|Al-Asharah|العشارة/عشارة
T|Al-Baghuz|الباغوز/باغوز/الباغوز فوقاني
T|Al-Shafa|الشعفة
T|Al-Tayyana|الطيانة
T|Al-Hawayij|الحوايج
T|Diranj|درنج
T|Al-Shuhail|الشحيل
T|Al-Subha|الصبحة|w
T|Jadid Ekaidat|جديد عكيدات/جديدة عكيدات
T|Jadid Baqqara|جديد بقارة
T|Al-Kishkiyah|الكشكية
T|Abu Hamam|أبو حمام
T|Gharanij|غرانيج
T|Al-Bahra|البحرة|s
T|Al-Shaitat|الشعيطات
T|Al-Izba|العزبة|s
T|Al-Kubar|الكبر|s
T|Al-Muraiya|المريعية
T|Hatla|حطلة
T|Murat|مراط
T|Al-Tabiya|الطابية
T|Al-Jafra|الجفرة|w
T|Al-Buqayliyah|البغيلية
T|Mahkan|محكان
T|Al-Quriyah|القورية
T|Subaykhan|صبيخان
T|Al-Dweir|الدوير|w
T|Al-Bulail|البوليل
T|Buqrus|بقرص
T|Al-Jazrat|الجزرات
T|Al-Shumaytiyah|الشميطية
T|Al-Kharita|الخريطة|s
T|Al-Hussainiyah (Deir ez-Zor)|الحسينية|s
B|Al-Omar oil field|حقل العمر/حقول العمر
B|Conoco gas field|كونيكو/حقل كونيكو
B|Al-Tanak field|حقل التنك
A|Deir ez-Zor Airport|مطار دير الزور/مطار دير الزور العسكري
N|Al-Huwayqa|الحويقة
N|Al-Jubaila|الجبيلة|w
N|Al-Rushdiyah|الرشدية|s
N|Harabesh|هرابش
X|Al-Bukamal crossing|معبر البوكمال/معبر القائم/معبر البوكمال القائم
T|Al-Dahla|الدحلة
T|Abu Hardoub|أبو حردوب
T|Muhaimida|محيميدة
T|Al-Junaina|الجنينة|s
T|Huwaijat Saqr|حويجة صكر
B|Al-Tim field|حقل التيم
T|Al-Zir|الزر|s
T|Al-Busayrah town|مدينة البصيرة
T|Al-Ashara town|بلدة العشارة
T|Al-Bu Omar|البوعمر/البو عمر
T|Sbeikhan|الصبيخان
T|زغير جزيرة|زغير جزيرة
T|الصعوة|الصعوة
T|المراشدة|المراشدة
T|الهري|الهري
T|السيال|السيال
T|الخراطة|الخراطة
T|حي الجورة|حي الجورة
T|حي العرضي|حي العرضي
T|عياش|عياش|s
T|الحمدان|الحمدان|s
T|الجورة|الجورة|s
`,
};
