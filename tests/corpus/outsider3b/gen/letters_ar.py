# Arabic letters (13).

LETTERS = [
# 001
dict(cls="plain_words", rights=["access"], name="سامي الخطيب", emp=None, agent=None,
     note="MSA 'what information do you have about me', windows-1256",
     frm=("سامي الخطيب", "sami.khatib@bareed.example"), subj="ما هي المعلومات التي لديكم عني؟",
     cs="windows-1256", cte="quoted-printable",
     body="""
السلام عليكم،

علمت أن الشركة التي أعمل بها تستخدم نظامكم لإدارة العملاء والموظفين. أرجو أن تخبروني ما هي المعلومات المحفوظة عني لديكم، وأن ترسلوا لي نسخة منها.

مع الشكر،
سامي الخطيب
"""),
# 002
dict(cls="plain_words", rights=["erasure"], name="فهد الدوسري", emp=None, agent=None,
     note="Gulf colloquial 'امسحوا بياناتي', phone-written",
     frm=("فهد الدوسري", "fahad.d@jawal-mail.example"), subj="امسحوا بياناتي",
     cs="utf-8", cte="8bit",
     body="""
السلام عليكم

لو سمحتوا امسحوا كل بياناتي عندكم، رقمي وايميلي وكل شي. ما ابي اكون في نظامكم ابد

فهد الدوسري

أُرسلت من الـ iPhone
"""),
# 003
dict(cls="plain_words", rights=["rectification"], name="ليلى منصور", emp="مجموعة الأفق للاستشارات ش.م.م", agent=None,
     note="name misspelled and new mobile number; employer in running text",
     frm=("ليلى منصور", "layla.mansour@alofoq-group.example"), subj="تصحيح بياناتي",
     cs="windows-1256", cte="8bit",
     body="""
مرحباً،

أعمل في مجموعة الأفق للاستشارات ش.م.م ونستخدم برنامجكم. اسمي مكتوب عندكم بشكل خاطئ "ليلا منصور"، والصحيح ليلى منصور بالألف المقصورة. كما أن رقم جوالي تغيّر، الرقم الجديد هو 0555 123 987 والقديم لم يعد يعمل.

أرجو تعديل الاسم والرقم.

شكراً لكم،
ليلى منصور
"""),
# 004
dict(cls="plain_words", rights=["opt_out_sale"], name="نادية حداد", emp=None, agent=None,
     note="Arab-American in California: don't sell or give my info to advertisers, plain words",
     frm=("Nadia Haddad", "nadia.haddad@westcoast-mail.example"), subj="لا تبيعوا معلوماتي",
     cs="utf-8", cte="quoted-printable",
     body="""
مرحبا،

أنا مقيمة في ولاية كاليفورنيا. لا أريد أن تبيعوا معلوماتي الشخصية أو تعطوها لأي شركة إعلانات أو "شركاء". أرجو أن توقفوا ذلك من الآن.

نادية حداد
سان خوسيه
"""),
# 005
dict(cls="multi_right", rights=["access", "objection"], name="محمد عبد العزيز", emp=None, agent=None,
     note="Egyptian colloquial: what do you have on me + stop the ads",
     frm=("محمد عبد العزيز", "m.abdelaziz@masr-post.example"), subj="عايز أعرف",
     cs="utf-8", cte="quoted-printable",
     body="""
ازيكم،

أنا عايز أعرف انتو عندكم إيه عني بالظبط، ابعتولي كل حاجة.

وكمان بطلوا تبعتولي إعلانات ورسايل عروض كل يوم، أنا مش مشترك في حاجة.

شكراً
محمد عبد العزيز
"""),
# 006
dict(cls="multi_right", rights=["withdraw_consent", "erasure"], name="هالة يوسف", emp=None, agent=None,
     note="'I no longer agree' + delete, HTML right-to-left from webmail",
     frm=("هالة يوسف", "hala.youssef@bareed.example"), subj="سحب الموافقة",
     cs="windows-1256", cte="quoted-printable", shape="html", hstyle="webmail",
     body="""
مرحباً،

عند التسجيل في ندوتكم وافقت على استخدام صورتي ورقم هاتفي في الحملات التسويقية. لم أعد موافقة على ذلك، وأسحب إذني.

وأرجو أيضاً حذف جميع بياناتي من أنظمتكم.

مع التحية،
هالة يوسف
"""),
# 007
dict(cls="negation", rights=["rectification"], name="طارق السيد", emp=None, agent=None,
     note="do not delete my account, only correct the address",
     frm=("طارق السيد", "tarek.elsayed@nile-mail.example"), subj="تعديل العنوان فقط",
     cs="iso-8859-6", cte="quoted-printable",
     body="""
السلام عليكم،

لا أريد حذف حسابي ولا إلغاء الاشتراك. فقط أرجو تعديل عنواني، فقد انتقلت إلى:
15 شارع التحرير، الدقي، الجيزة.

طارق السيد
"""),
# 008
dict(cls="agent", rights=["erasure"], name="ريم خالد العتيبي", emp=None, agent="خالد العتيبي",
     note="father writes for his 15-year-old daughter; al- particle kept",
     frm=("خالد العتيبي", "khalid.otaibi@saudi-post.example"), subj="بيانات ابنتي",
     cs="utf-8", cte="quoted-printable",
     body="""
السلام عليكم ورحمة الله،

ابنتي ريم خالد العتيبي عمرها 15 سنة، سجّلت في موقعكم لتجربة البرنامج لمشروع مدرسي، وأدخلت رقم جوالها وعنوان البيت.

بصفتي والدها أطلب حذف كل بياناتها من نظامكم وإبلاغي بعد الحذف.

خالد العتيبي
"""),
# 009
dict(cls="agent", rights=["access"], name="سارة الحسيني", emp="شركة البحر الأحمر للشحن", agent="عمر النجار",
     note="lawyer for a client, formal MSA, Outlook HTML",
     frm=("المحامي عمر النجار", "omar.najjar@najjar-law.example"), subj="طلب نيابة عن موكلتي سارة الحسيني",
     cs="windows-1256", cte="quoted-printable", shape="alt", hstyle="outlook", hlang="ar",
     body="""
السادة مسؤول حماية البيانات المحترمين،

تحية طيبة وبعد،

بصفتي وكيلاً قانونياً عن موكلتي السيدة سارة الحسيني، الموظفة السابقة في شركة البحر الأحمر للشحن، أطلب تزويدنا بنسخة كاملة من البيانات الشخصية الخاصة بموكلتي المحفوظة في نظامكم.

مرفق صورة عن الوكالة.

وتفضلوا بقبول فائق الاحترام،
المحامي عمر النجار
مكتب النجار للمحاماة – عمّان
"""),
# 010
dict(cls="names", rights=["access"], name="عبد الرحمن بن سعيد الغامدي", emp=None, agent=None,
     note="long name with bin and al-, Latin display name differs",
     frm=("Abdulrahman Al-Ghamdi", "a.alghamdi@saudi-post.example"), subj="طلب معلومات",
     cs="windows-1256", cte="8bit",
     body="""
السلام عليكم،

أنا عبد الرحمن بن سعيد الغامدي. أرجو إرسال ما لديكم من معلومات عني.

وشكراً.
"""),
# 011
dict(cls="names", rights=["objection"], name="يوسف المصري", emp=None, agent=None,
     note="display name 'Family, Given' in Latin, Arabic name in signature",
     frm=("El-Masry, Youssef", "youssef.elmasry@bareed.example"), subj="إيقاف الرسائل",
     cs="utf-8", cte="base64",
     body="""
مرحباً،

من فضلكم أوقفوا الرسائل التسويقية والاتصالات الترويجية، لا أرغب في استخدام بياناتي للتسويق.

يوسف المصري
Youssef El-Masry
"""),
# 012
dict(cls="employer", rights=["erasure"], name="منى القحطاني", emp="شركة النخبة للتجارة ذ.م.م", agent=None,
     note="employer in signature below job title",
     frm=("منى القحطاني", "mona.qahtani@nokhba-trading.example"), subj="حذف البيانات",
     cs="windows-1256", cte="quoted-printable",
     body="""
مرحباً،

أرجو حذف رقم هاتفي الشخصي وعنواني الخاص من النظام، فهي مسجلة بالخطأ.

مع التحية،
منى القحطاني
مديرة المبيعات
شركة النخبة للتجارة ذ.م.م
دبي
"""),
# 013
dict(cls="plain_words", rights=["grievance"], name="وليد حمدان", emp=None, agent=None,
     note="formal complaint to the company about an ignored deletion, escalation asked",
     frm=("وليد حمدان", "walid.hamdan@levant-mail.example"), subj="شكوى رسمية",
     cs="windows-1256", cte="quoted-printable",
     body="""
السادة المحترمين،

طلبت منكم قبل ثلاثة أشهر حذف رقمي من قوائمكم، ووصلني رد بأن الطلب "تم تنفيذه"، لكن الاتصالات ما زالت تصلني حتى اليوم.

أرجو اعتبار هذه الرسالة شكوى رسمية، وأن تُحال إلى المسؤول عن حماية البيانات أو إلى الإدارة، لا إلى خدمة العملاء نفسها، وأن يصلني رد مكتوب يوضح ما حدث.

وليد حمدان
بيروت
"""),
]
