from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="أحمد الشمري", note="plain Arabic question; name with al- article", ua="gmail", cs="utf-8",
 frm=("أحمد الشمري", "ahmed.alshammari@bareed-like.example"), subj="ما هي البيانات التي لديكم عني؟",
 body="""السلام عليكم،

تتصل بي شركة تمويل منذ أسابيع وتقول إنها حصلت على رقمي "من نظام ماسيست". أريد أن أعرف ما هي البيانات التي لديكم عني ومن أين حصلتم عليها.

شكراً
أحمد الشمري
"""),

dict(cls="legal_anchor", rights=["access", "erasure"], name="نورة العتيبي", emp="شركة الرياض للتقنية المحدودة", note="Saudi PDPL Art. 4 (access + destruction); windows-1256", ua="outlook", shape="alt", cs="windows-1256",
 frm=("نورة العتيبي", "n.alotaibi@riyadh-tech.example"), subj="طلب وفقاً لنظام حماية البيانات الشخصية",
 body="""السادة/ إنيثينك تكنولوجيز المحترمين
تحية طيبة وبعد،

استناداً إلى المادة الرابعة من نظام حماية البيانات الشخصية، أتقدم إليكم بطلب:
1- الوصول إلى بياناتي الشخصية المتوفرة لديكم والحصول على نسخة منها.
2- إتلاف بياناتي التي جُمعت عند تسجيلي في ندواتكم الإلكترونية.

وتفضلوا بقبول فائق الاحترام،
نورة العتيبي
مديرة المشتريات
شركة الرياض للتقنية المحدودة
"""),

dict(cls="names", rights=["erasure"], name="عبدالله بن سعيد القحطاني", note="Arabic name with 'bin'; Latin display 'Abdullah bin Saeed Al-Qahtani'", ua="apple", cs="utf-8",
 frm=("Abdullah bin Saeed Al-Qahtani", "a.alqahtani@bareed-like.example"), subj="حذف حسابي",
 body="""مرحباً،

أرجو حذف حسابي التجريبي وكل البيانات المرتبطة به. لم أعد أستخدم المنصة.

عبدالله بن سعيد القحطاني
"""),

dict(cls="employer", rights=["rectification"], name="خالد المنصوري", emp="شركة الخليج للتوزيع ذ.م.م", note="employer in running text with ذ.م.م legal form", ua="gmail", cs="utf-8",
 frm=("Khalid Al Mansoori", "khalid.m@gulf-distribution.example"), subj="تصحيح رقم الهاتف",
 body="""مرحباً،

أعمل في شركة الخليج للتوزيع ذ.م.م في دبي ونستخدم نظامكم. رقم هاتفي في الملف الشخصي خاطئ، والرقم الصحيح هو ‎+971 50 000 0000‎. أرجو التصحيح.

مع التحية،
خالد المنصوري
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="مريم حداد", note="Arabic out-of-office", ua="outlook", cs="utf-8",
 frm=("مريم حداد", "maryam.haddad@amman-trade.example"), subj="رد تلقائي: طلبكم", hdrs=ooo_hdrs("exchange"),
 body="""شكراً لرسالتكم. أنا خارج المكتب حتى 3 سبتمبر ولن أتمكن من الرد. للأمور العاجلة يرجى الاتصال على ‎+962 6 000 0000‎.

مريم حداد
"""),
]
