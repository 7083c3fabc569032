# Arabic lexicon for the tip-protocol pack. Written in ordinary Arabic; the engine removes
# tashkeel and tatweel, unifies alef/ya/ta marbuta forms and strips a leading clitic + ال.

# ---------------------------------------------------------------- the offence (anchor)
[trafficking]
اتجار بالبشر
اتجار بالأشخاص
بالاتجار بالبشر
الاتجار بالبشر
الاتجار بالأشخاص
الاتجار في الأشخاص
الاتجار في البشر
جريمة الاتجار
جرائم الاتجار
ضحايا الاتجار
ضحية الاتجار
مكافحة الاتجار
!الاتجار بالمخدرات
!الاتجار غير المشروع بالمخدرات
!تهريب المهاجرين
# the same terms joined to the conjunction و (the engine strips و only before ال)
واتجار بالبشر
واتجار بالأشخاص
وبالاتجار بالبشر
وجريمة الاتجار
وجرائم الاتجار
وضحايا الاتجار
وضحية الاتجار
ومكافحة الاتجار

# ---------------------------------------------------------------- acts
[recruit]
تجنيدهم
تجنيدها
وتجنيدهم
تجنيد
يجند
جند
استقطاب
استقطب
يستقطب
استدراج
يستدرج
# the same terms joined to the conjunction و (the engine strips و only before ال)
وتجنيد
ويجند
وجند
واستقطاب
واستقطب
ويستقطب
واستدراج
ويستدرج

[transport]
نقلها
ونقلهم
ونقلها
نقل
ينقل
نقلهم
نقله
!نقل الملكية
!نقل ملكية
!نقل الأعضاء
!وسائل النقل
!شركات النقل
# the same terms joined to the conjunction و (the engine strips و only before ال)
ونقل
وينقل
ونقلهم
ونقله

[transfer]
تنقيلهم
تنقيلها
تسليمهم
تسليمها
بيعهم
وتنقيلهم
تنقيل
تحويل
ترحيل
تسليم
يسلم
بيع
شراء
بيع أو شراء
!تسليم المجرمين
!تحويل الأموال
!تحويل الأموال أو نقلها
# the same terms joined to the conjunction و (the engine strips و only before ال)
وتنقيل
وتحويل
وترحيل
وتسليم
ويسلم
وبيع
وشراء
وبيع أو شراء

[harbour]
إيواؤها
إيوائها
وإيواؤهم
وإيوائهم
إيواء
آوى
يؤوي
إيواؤهم
إيوائهم
إيواءهم
احتجاز
!دور الإيواء
!مراكز الإيواء
!إيواء الضحايا
# the same terms joined to the conjunction و (the engine strips و only before ال)
وإيواء
وآوى
ويؤوي
وإيواؤهم
وإيوائهم
وإيواءهم
واحتجاز

[receive]
استقبالهم
استقبالها
تسلمهم
واستقبالهم
استقبال
استقبل
يستقبل
تسلم
تلقي
!استقبال الضحايا

# ---------------------------------------------------------------- means
# the same terms joined to the conjunction و (the engine strips و only before ال)
واستقبال
واستقبل
ويستقبل
وتسلم
وتلقي

[force]
التهديد بالقوة
استعمال القوة
استخدام القوة
القوة
العنف
التهديد
# the same terms joined to the conjunction و (the engine strips و only before ال)
واستعمال القوة
واستخدام القوة

[coercion]
القسر
الإكراه
إكراه
الضغط النفسي
# the same terms joined to the conjunction و (the engine strips و only before ال)
وإكراه

[abduction]
الاختطاف
الخطف
اختطاف
# the same terms joined to the conjunction و (the engine strips و only before ال)
واختطاف

[fraud]
الاحتيال
الغش
احتيال
# the same terms joined to the conjunction و (the engine strips و only before ال)
واحتيال

[deception]
الخداع
خداع
# the same terms joined to the conjunction و (the engine strips و only before ال)
وخداع

[abuse-of-power]
استغلال السلطة
إساءة استعمال السلطة
استغلال النفوذ
إساءة استغلال السلطة
# the same terms joined to the conjunction و (the engine strips و only before ال)
واستغلال السلطة
وإساءة استعمال السلطة
واستغلال النفوذ
وإساءة استغلال السلطة

[vulnerability]
حالة استضعاف
حالة الاستضعاف
حالة الضعف
استغلال حالة الضعف
الاستضعاف
حالة ضعف
# the same terms joined to the conjunction و (the engine strips و only before ال)
وحالة استضعاف
وحالة الاستضعاف
وحالة الضعف
واستغلال حالة الضعف
وحالة ضعف

[payments]
مبالغ مالية أو مزايا
إعطاء أو تلقي مبالغ
لنيل موافقة شخص له سيطرة
شخص له سيطرة على شخص آخر
عطايا أو وعود بعطايا

# ---------------------------------------------------------------- purpose
# the same terms joined to the conjunction و (the engine strips و only before ال)
ومبالغ مالية أو مزايا
وإعطاء أو تلقي مبالغ
ولنيل موافقة شخص له سيطرة
وشخص له سيطرة على شخص آخر
وعطايا أو وعود بعطايا

[exploitation-purpose]
لغرض الاستغلال
بقصد الاستغلال
بهدف الاستغلال
بغرض الاستغلال
بقصد استغلاله
لغرض استغلاله
يشمل الاستغلال
# the same terms joined to the conjunction و (the engine strips و only before ال)
ولغرض الاستغلال
وبقصد الاستغلال
وبهدف الاستغلال
وبغرض الاستغلال
وبقصد استغلاله
ولغرض استغلاله
ويشمل الاستغلال

[prostitution-of-others]
دعارة الغير
استغلال دعارة الغير
الدعارة
البغاء
# the same terms joined to the conjunction و (the engine strips و only before ال)
ودعارة الغير
واستغلال دعارة الغير

[sexual-exploitation]
الاستغلال الجنسي
سائر أشكال الاستغلال الجنسي
أشكال الاستغلال الجنسي
# the same terms joined to the conjunction و (the engine strips و only before ال)
وسائر أشكال الاستغلال الجنسي
وأشكال الاستغلال الجنسي

[pornography]
المواد الإباحية
الإباحية

[forced-labour]
السخرة
العمل القسري
العمل الجبري
الخدمة قسرا
الخدمات قسرا
العمل أو الخدمة قسرا

[labour-exploitation]
الاستغلال الاقتصادي
استغلال العمل
# the same terms joined to the conjunction و (the engine strips و only before ال)
واستغلال العمل

[slavery]
الاسترقاق
الرق
العبودية

[slavery-like-practices]
الممارسات الشبيهة بالرق
الشبيهة بالرق
عبودية الدين
الزواج القسري
@servitude
# the same terms joined to the conjunction و (the engine strips و only before ال)
وعبودية الدين

[servitude]
الاستعباد

[organ-removal]
نزع الأعضاء
انتزاع الأعضاء
نزع أعضاء
الأعضاء أو الأنسجة
نزع الأعضاء أو الأنسجة
# the same terms joined to the conjunction و (the engine strips و only before ال)
ونزع الأعضاء
وانتزاع الأعضاء
ونزع أعضاء
ونزع الأعضاء أو الأنسجة

[organ-removal-forced]
نزع الأعضاء قسرا
النزع القسري
# the same terms joined to the conjunction و (the engine strips و only before ال)
ونزع الأعضاء قسرا

[open-list]
كحد أدنى
أيا كانت صوره
على سبيل المثال
بما في ذلك
# the same terms joined to the conjunction و (the engine strips و only before ال)
وكحد أدنى
وأيا كانت صوره
وعلى سبيل المثال
وبما في ذلك

[forced-begging]
التسول

[forced-marriage]
الزواج القسري

[illegal-adoption]
التبني غير المشروع

[forced-criminality]
الأنشطة الإجرامية

[armed-conflict]
النزاعات المسلحة

# ---------------------------------------------------------------- victims in scope
[person]
شخص
الأشخاص
أشخاص
الشخص
أي شخص
شخص آخر
إنسان
البشر

[women-children-only]
النساء والأطفال فقط
النساء فقط
الاتجار بالنساء والأطفال

[child]
طفلا
قاصرا
طفل
الطفل
أطفال
الأطفال
قاصر
القاصر
@under-18

[under-18]
دون الثامنة عشرة
لم يتم الثامنة عشرة
لم يبلغ الثامنة عشرة
دون سن الثامنة عشرة
لم يتجاوز الثامنة عشرة
أقل من ثماني عشرة سنة
دون 18
لم يبلغ 18

# ---------------------------------------------------------------- consent, child rule
# the same terms joined to the conjunction و (the engine strips و only before ال)
ودون الثامنة عشرة
ولم يتم الثامنة عشرة
ولم يبلغ الثامنة عشرة
ودون سن الثامنة عشرة
ولم يتجاوز الثامنة عشرة
وأقل من ثماني عشرة سنة
ودون 18
ولم يبلغ 18

[consent-irrelevant]
لا يعتد بموافقة
لا يعتد برضا
لا يعتد بالموافقة
لا يعتد برضاء
لا يعتد … بموافقة
لا أثر لرضا
بصرف النظر عن موافقة
بغض النظر عن موافقة
# the same terms joined to the conjunction و (the engine strips و only before ال)
ولا يعتد بموافقة
ولا يعتد برضا
ولا يعتد بالموافقة
ولا يعتد برضاء
ولا يعتد … بموافقة
ولا أثر لرضا
وبصرف النظر عن موافقة
وبغض النظر عن موافقة

[consent-child-only]
بموافقة الطفل
موافقة الطفل
رضا الطفل

[child-no-means]
حتى إذا لم ينطو على استعمال أي من الوسائل
حتى إذا لم … الوسائل
حتى لو لم … الوسائل
ولو لم … الوسائل
لا يشترط … الوسائل
دون الحاجة … الوسائل

# ---------------------------------------------------------------- participation
# the same terms joined to the conjunction و (the engine strips و only before ال)
وحتى إذا لم ينطو على استعمال أي من الوسائل
وحتى إذا لم … الوسائل
وحتى لو لم … الوسائل
ولا يشترط … الوسائل
ودون الحاجة … الوسائل

[attempt]
الشروع
يعاقب على الشروع
# the same terms joined to the conjunction و (the engine strips و only before ال)
ويعاقب على الشروع

[accomplice]
الشريك
شريك
الاشتراك
كل من ساعد
المساعدة على ارتكاب
# the same terms joined to the conjunction و (the engine strips و only before ال)
وشريك
وكل من ساعد

[participation]
@accomplice
المساهم
التحريض

[organise]
نظم
ينظم
أدار
يدير
قاد
يقود
مول
يمول
تمويل
# the same terms joined to the conjunction و (the engine strips و only before ال)
ونظم
وينظم
وأدار
ويدير
وقاد
ويقود
ومول
ويمول
وتمويل

[instigation]
@organise
حرض
يحرض
التحريض
الاتفاق الجنائي
# the same terms joined to the conjunction و (the engine strips و only before ال)
وحرض
ويحرض

[organised-crime]
جماعة إجرامية منظمة
جماعة إجرامية
عصابة منظمة
# the same terms joined to the conjunction و (the engine strips و only before ال)
وجماعة إجرامية منظمة
وجماعة إجرامية
وعصابة منظمة

[legal-person]
الشخص الاعتباري
شخص اعتباري
الأشخاص الاعتبارية
الشخص المعنوي
الأشخاص المعنوية
# the same terms joined to the conjunction و (the engine strips و only before ال)
وشخص اعتباري

[corporate-liability]
يعاقب الشخص الاعتباري
الشخص الاعتباري … بغرامة
الشخص المعنوي … بغرامة
مسؤولية الشخص الاعتباري
مسؤولية الشخص المعنوي

# ---------------------------------------------------------------- penalties and roles
# the same terms joined to the conjunction و (the engine strips و only before ال)
ويعاقب الشخص الاعتباري
ومسؤولية الشخص الاعتباري
ومسؤولية الشخص المعنوي

[custodial]
سجن
حبس
بالسجن
بالحبس
السجن
الحبس
الأشغال الشاقة
السجن المؤبد
السجن المشدد
العقوبة السالبة للحرية

[defines]
يشمل الاستغلال
ويشمل الاستغلال
يعد مرتكبا لجريمة
يعتبر مرتكبا لجريمة
يعد مرتكبا
يقصد ب
يقصد بـ
في تطبيق أحكام هذا القانون
يقصد بالعبارات
يعد اتجارا

[repealed]
ألغيت
ألغي
ملغاة
ملغى

# ---------------------------------------------------------------- aggravation
[aggravation]
تشدد العقوبة
الظروف المشددة
ظرف مشدد
تضاعف العقوبة
# the same terms joined to the conjunction و (the engine strips و only before ال)
وتشدد العقوبة
وظرف مشدد
وتضاعف العقوبة

[child-aggravation]
إذا كان المجني عليه طفلا
إذا كانت الضحية طفلا
إذا كان الضحية طفلا
إذا كان المجني عليه قاصرا
المجني عليه طفلا
الضحية طفلا
ضد طفل
# the same terms joined to the conjunction و (the engine strips و only before ال)
وإذا كان المجني عليه طفلا
وإذا كانت الضحية طفلا
وإذا كان الضحية طفلا
وإذا كان المجني عليه قاصرا
وضد طفل

[official-aggravation]
موظف عام
موظفا عاما
الموظف العام
مكلف بخدمة عامة
# the same terms joined to the conjunction و (the engine strips و only before ال)
وموظف عام
وموظفا عاما
ومكلف بخدمة عامة

[harm-aggravation]
وفاة
الوفاة
عاهة مستديمة
إصابة
# the same terms joined to the conjunction و (the engine strips و only before ال)
وعاهة مستديمة
وإصابة

[multiple-victims]
أكثر من ضحية
أكثر من مجني عليه
# the same terms joined to the conjunction و (the engine strips و only before ال)
وأكثر من ضحية
وأكثر من مجني عليه

[recidivism]
العود

[family-aggravation]
أحد أصول المجني عليه
الزوج
ولي

# ---------------------------------------------------------------- victims
# the same terms joined to the conjunction و (the engine strips و only before ال)
وأحد أصول المجني عليه

[victim]
لضحايا
للضحايا
لضحية
للضحية
بالضحايا
بضحايا
الضحية
ضحية
الضحايا
ضحايا
المجني عليه
المجني عليها
المجني عليهم

[privacy]
خصوصية
سرية
الخصوصية
السرية
سرية
هوية الضحية
هوية المجني عليه
بيانات الضحية
الكشف عن هوية
@identity-protection
# the same terms joined to the conjunction و (the engine strips و only before ال)
وخصوصية
وسرية
وسرية
وهوية الضحية
وهوية المجني عليه
وبيانات الضحية

[identity-protection]
حماية الهوية
حماية هوية
عدم الكشف عن هوية
# the same terms joined to the conjunction و (the engine strips و only before ال)
وحماية الهوية
وحماية هوية
وعدم الكشف عن هوية

[closed-hearing]
الجلسات … سرية
بصورة سرية
جلسات سرية
الجلسات سرية
جلسة سرية
جلسات سرية
سرية الجلسات
# the same terms joined to the conjunction و (the engine strips و only before ال)
وجلسة سرية
وجلسات سرية
وسرية الجلسات

[information-proceedings]
إعلام الضحية بالإجراءات
معلومات عن الإجراءات القضائية
الإجراءات القضائية والإدارية
إعلام … بالإجراءات
إبلاغ … بالإجراءات
سير الإجراءات
# the same terms joined to the conjunction و (the engine strips و only before ال)
وإعلام الضحية بالإجراءات
ومعلومات عن الإجراءات القضائية
وإعلام … بالإجراءات
وإبلاغ … بالإجراءات
وسير الإجراءات

[views-heard]
سماع الضحية
الاستماع إلى الضحية
آراء … شواغل
الادعاء بالحق الشخصي
الادعاء المدني
# the same terms joined to the conjunction و (the engine strips و only before ال)
وسماع الضحية
وآراء … شواغل

[intermediary]
وسيط

[housing]
سكن لائق
مأوى
دور الإيواء
مراكز الإيواء
السكن
# the same terms joined to the conjunction و (the engine strips و only before ال)
وسكن لائق
ومأوى
ودور الإيواء
ومراكز الإيواء

[counselling]
المشورة
الإرشاد
النصح

[legal-information]
المساعدة القانونية
المساعدة القضائية
إعلامهم بحقوقهم
حقوقهم القانونية
محام
# the same terms joined to the conjunction و (the engine strips و only before ال)
وإعلامهم بحقوقهم
وحقوقهم القانونية
ومحام

[interpreter]
مترجم
الترجمة
بلغة يفهمها
لغة يفهمها
بلغة يفهمونها
# the same terms joined to the conjunction و (the engine strips و only before ال)
ومترجم
وبلغة يفهمها
ولغة يفهمها
وبلغة يفهمونها

[medical]
الرعاية الطبية
المساعدة الطبية
العلاج الطبي
الرعاية الصحية

[psychological]
النفسية
الدعم النفسي
المساعدة النفسية

[material-assistance]
المساعدة المادية
المادية
الإعانة
مساعدات مالية
# the same terms joined to the conjunction و (the engine strips و only before ال)
ومساعدات مالية

[employment]
فرص العمل
فرص عمل
التشغيل
# the same terms joined to the conjunction و (the engine strips و only before ال)
وفرص العمل
وفرص عمل

[education]
تعليم
التعليم
التعليمية
# the same terms joined to the conjunction و (the engine strips و only before ال)
وتعليم

[training]
تدريب
تدريب مهني
التدريب
التدريب المهني
التكوين المهني
# the same terms joined to the conjunction و (the engine strips و only before ال)
وتدريب
وتدريب مهني

[best-interests-child]
وصي
المصلحة الفضلى للطفل
مصلحة الطفل الفضلى
مصلحة الطفل
الوصي
# the same terms joined to the conjunction و (the engine strips و only before ال)
ومصلحة الطفل الفضلى
ومصلحة الطفل

[special-needs]
الاحتياجات الخاصة
احتياجات خاصة
نوع الجنس
السن
# the same terms joined to the conjunction و (the engine strips و only before ال)
واحتياجات خاصة
ونوع الجنس

[safety]
السلامة الجسدية
سلامة
# the same terms joined to the conjunction و (the engine strips و only before ال)
وسلامة

[witness-protection]
حماية الشهود
# the same terms joined to the conjunction و (the engine strips و only before ال)
وحماية الشهود

[compensation]
التعويض
تعويض
جبر الضرر
# the same terms joined to the conjunction و (the engine strips و only before ال)
وتعويض
وجبر الضرر

[residence-permit]
تصريح إقامة
الإقامة المؤقتة
الإقامة الدائمة
البقاء في البلاد
الإقامة في البلاد
إقامة
# the same terms joined to the conjunction و (the engine strips و only before ال)
وتصريح إقامة
وإقامة

[visa]
تأشيرة
التأشيرة
# the same terms joined to the conjunction و (the engine strips و only before ال)
وتأشيرة

[humanitarian]
لأسباب إنسانية
الاعتبارات الإنسانية
العوامل الإنسانية
إنسانية
# the same terms joined to the conjunction و (the engine strips و only before ال)
ولأسباب إنسانية
وإنسانية

[repatriation]
إعادته إلى وطنه
إعادتها إلى وطنها
إلى وطنه
إلى وطنها
الإعادة إلى الوطن
إعادتهم إلى أوطانهم
العودة إلى الوطن
إعادة الضحايا
# the same terms joined to the conjunction و (the engine strips و only before ال)
وإعادتهم إلى أوطانهم
وإعادة الضحايا

[voluntary-return]
طوعية
وطوعية
بصورة طوعية
العودة الطوعية
عودة طوعية
طوعا
# the same terms joined to the conjunction و (the engine strips و only before ال)
وعودة طوعية
وطوعا

[safe-return]
الآمنة
آمنة
العودة الآمنة
عودة آمنة
بصورة آمنة
# the same terms joined to the conjunction و (the engine strips و only before ال)
وآمنة
وعودة آمنة
وبصورة آمنة

[verify-nationality]
التحقق من الجنسية
التحقق من … جنسية

[travel-documents]
وثائق السفر
وثيقة سفر
وثائق سفر

[passport]
جواز السفر
جوازات السفر
@travel-documents
# the same terms joined to the conjunction و (the engine strips و only before ال)
وجواز السفر
وجوازات السفر

[non-punishment]
لا يسأل المجني عليه
لا يسأل … المجني عليه
لا تقوم مسؤولية المجني عليه
لا يعاقب الضحية
لا تقوم مسؤولية الضحية
يعفى من العقاب
لا يسأل … الضحية
عدم مساءلة الضحايا
لا يعاقب المجني عليه
# the same terms joined to the conjunction و (the engine strips و only before ال)
ولا يعاقب الضحية
ولا تقوم مسؤولية الضحية
ويعفى من العقاب
ولا يسأل … الضحية
وعدم مساءلة الضحايا
ولا يعاقب المجني عليه

[duress]
حالة الضرورة
إكراه
# the same terms joined to the conjunction و (the engine strips و only before ال)
وحالة الضرورة
وإكراه

[reflection-period]
فترة تفكير
فترة التعافي والتفكير
مهلة تفكير
# the same terms joined to the conjunction و (the engine strips و only before ال)
وفترة تفكير
وفترة التعافي والتفكير
ومهلة تفكير

[recovery-stay]
@reflection-period
فترة التعافي
# the same terms joined to the conjunction و (the engine strips و only before ال)
وفترة التعافي

[recovery]
التعافي
إعادة التأهيل
إعادة الإدماج
# the same terms joined to the conjunction و (the engine strips و only before ال)
وإعادة التأهيل
وإعادة الإدماج

[ngo]
المنظمات غير الحكومية
المجتمع المدني
منظمات المجتمع المدني
الجمعيات
# the same terms joined to the conjunction و (the engine strips و only before ال)
ومنظمات المجتمع المدني

[transnational-element]
عبر الحدود
عبر الوطنية
خارج الإقليم
@organised-crime
# the same terms joined to the conjunction و (the engine strips و only before ال)
وعبر الحدود
وعبر الوطنية
وخارج الإقليم

[fine-alternative]
أو بإحدى هاتين العقوبتين

[rights-information]
إعلامهم بحقوقهم
إعلام الضحية بحقوقها
بحقوقهم
بحقوقها
# the same terms joined to the conjunction و (the engine strips و only before ال)
وإعلامهم بحقوقهم
وإعلام الضحية بحقوقها
وبحقوقهم
وبحقوقها

[policies]
خطة وطنية
الخطة الوطنية
اللجنة الوطنية
لجنة وطنية
الاستراتيجية الوطنية
هيئة وطنية
الهيئة الوطنية
# the same terms joined to the conjunction و (the engine strips و only before ال)
وخطة وطنية
ولجنة وطنية
وهيئة وطنية

[prevention-campaigns]
حملات التوعية
حملات توعية
التوعية
البحوث
الدراسات
# the same terms joined to the conjunction و (the engine strips و only before ال)
وحملات التوعية
وحملات توعية

[vulnerability-factors]
الفقر
التخلف
تكافؤ الفرص
عوامل الضعف
الأسباب الجذرية
# the same terms joined to the conjunction و (the engine strips و only before ال)
وتكافؤ الفرص
وعوامل الضعف

[demand]
الحد من الطلب
تقليل الطلب
خفض الطلب
الطلب الذي يحفز
# the same terms joined to the conjunction و (the engine strips و only before ال)
وتقليل الطلب
وخفض الطلب

[information-exchange]
تبادل المعلومات
تبادل البيانات
# the same terms joined to the conjunction و (the engine strips و only before ال)
وتبادل المعلومات
وتبادل البيانات

[training-officials]
تدريب الموظفين
تدريب المكلفين بإنفاذ القانون
بناء القدرات
تأهيل العاملين
برامج تدريب
برامج التدريب
# the same terms joined to the conjunction و (the engine strips و only before ال)
وتدريب الموظفين
وتدريب المكلفين بإنفاذ القانون
وبناء القدرات
وتأهيل العاملين
وبرامج تدريب
وبرامج التدريب

[use-restrictions]
القيود … استخدام
المعلومات الواردة
قيود على استخدام
# the same terms joined to the conjunction و (the engine strips و only before ال)
وقيود على استخدام

[border-controls]
الرقابة على الحدود
مراقبة الحدود
المنافذ الحدودية
نقاط الدخول
الضوابط الحدودية
# the same terms joined to the conjunction و (the engine strips و only before ال)
ومراقبة الحدود
ونقاط الدخول

[carriers]
الناقلين التجاريين
الناقلون التجاريون
شركات النقل
شركات الطيران
الناقل
# the same terms joined to the conjunction و (the engine strips و only before ال)
وشركات النقل
وشركات الطيران

[carrier-document-check]
حيازة الركاب وثائق السفر
الركاب … وثائق السفر
التأكد من حيازة الركاب
# the same terms joined to the conjunction و (the engine strips و only before ال)
وحيازة الركاب وثائق السفر

[carrier-sanctions]
الناقل … بغرامة
الناقل بغرامة
الناقل … غرامة
غرامة … الناقل
جزاءات … الناقلين
# the same terms joined to the conjunction و (the engine strips و only before ال)
وغرامة … الناقل
وجزاءات … الناقلين

[visa-denial]
رفض الدخول
منع الدخول
إلغاء التأشيرة
إلغاء تأشيرات
رفض منح التأشيرة
# the same terms joined to the conjunction و (the engine strips و only before ال)
ورفض الدخول
ومنع الدخول
وإلغاء التأشيرة
وإلغاء تأشيرات
ورفض منح التأشيرة

[border-cooperation]
قنوات اتصال مباشرة
التعاون بين أجهزة مراقبة الحدود
التعاون بين … الحدود
# the same terms joined to the conjunction و (the engine strips و only before ال)
وقنوات اتصال مباشرة

[document-security]
أمن الوثائق
سلامة الوثائق
البيانات الحيوية
تزوير جوازات السفر
تزوير وثائق السفر
# the same terms joined to the conjunction و (the engine strips و only before ال)
وأمن الوثائق
وسلامة الوثائق
وتزوير جوازات السفر
وتزوير وثائق السفر

[document-verification]
مشروعية الوثائق وصلاحيتها
صحة الوثائق
التحقق من صحة
مشروعية الوثائق
# the same terms joined to the conjunction و (the engine strips و only before ال)
ومشروعية الوثائق وصلاحيتها
وصحة الوثائق
ومشروعية الوثائق

[refugee-protection]
عدم الإعادة القسرية
اللاجئين
اللجوء
اللاجئ
لاجئ
# the same terms joined to the conjunction و (the engine strips و only before ال)
وعدم الإعادة القسرية
ولاجئ

[non-discrimination]
عدم التمييز
دون تمييز
التمييز
بدون تمييز
# the same terms joined to the conjunction و (the engine strips و only before ال)
وعدم التمييز
ودون تمييز
وبدون تمييز

[treaty-text]
هذا البروتوكول
هذه الاتفاقية
الدول الأطراف
دولة طرف
كل دولة طرف

[child-age-alternative]
أو إذا كان المجني عليه طفلا
