from . import M, AR, DPO

MAILS = [
M("plain_words", "request", ["erasure", "objection"], "محمود عبد الفتاح", None, None,
  "Egyptian colloquial Arabic: delete my number and stop calling",
  ("محمود عبد الفتاح", "mahmoud.abdelfattah@masr-mail.example"),
  "امسحوا بياناتي",
  """
السلام عليكم

لو سمحتم، في حد من عندكم بيكلمني كل يوم تقريبا وبيبعتلي إيميلات، وأنا عمري ما سجلت عندكم. عايزكم تمسحوا رقمي وكل بياناتي عندكم، ومحدش يكلمني تاني.

شكرا
محمود عبد الفتاح
""", cs="utf-8", cte="8bit"),

M("legal_anchor", "request", ["access"], "نورة بنت خالد العتيبي", None, None,
  "Saudi PDPL (نظام حماية البيانات الشخصية) access request; windows-1256; 'bint' particle",
  ("نورة العتيبي", "noura.alotaibi@saudi-mail.example"),
  "طلب الوصول إلى بياناتي الشخصية",
  """
السادة مسؤول حماية البيانات المحترمين،

تحية طيبة وبعد،

استنادا إلى نظام حماية البيانات الشخصية الصادر بالمرسوم الملكي رقم (م/19) وتاريخ 1443/2/9هـ، أطلب الاطلاع على بياناتي الشخصية التي تعالجونها والحصول على نسخة منها، مع بيان الغرض من معالجتها والجهات التي أفصحتم لها عنها.

وتفضلوا بقبول فائق الاحترام،
نورة بنت خالد العتيبي
الرياض
""", cs="windows-1256", cte="quoted-printable"),

M("names", "request", ["rectification"], "عبد الله بن سعيد الحارثي", None, None,
  "Arabic name with bin/al- in native script, Latin display name differs; correct spelling",
  ("Abdullah bin Saeed Al-Harthi", "a.alharthi@oman-mail.example"),
  "تصحيح الاسم",
  """
مرحبا،

اسمي مكتوب عندكم في النظام "عبدالله الحارثى" بدون اسم الأب، وبالإنجليزي مكتوب "Abdala Harty". الرجاء تصحيحه إلى:

الاسم بالعربية: عبد الله بن سعيد الحارثي
الاسم بالإنجليزية: Abdullah bin Saeed Al-Harthi

مع الشكر،
عبد الله بن سعيد الحارثي
مسقط
""", shape="alt", cs="utf-8", cte="base64"),

M("employer", "request", ["objection"], "ليلى حداد", "شركة الرواد للتجارة ذ.م.م", None,
  "Employer ذ.م.م in signature; Levantine/MSA objection to marketing; windows-1256 HTML",
  ("Layla Haddad", "layla.haddad@alrowad-trading.example"),
  "إيقاف الرسائل التسويقية",
  """
مرحباً،

أعمل في شركة الرواد للتجارة التي تستخدم نظام Massist CRM، وصرت أتلقى منكم رسائل تسويقية على بريدي الخاص. أعترض على استخدام بياناتي لأغراض التسويق المباشر، أرجو إيقاف هذه الرسائل.

مع التحية،
ليلى حداد
مديرة المبيعات
شركة الرواد للتجارة ذ.م.م
دبي
""", shape="html", style="outlook", cs="windows-1256", cte="quoted-printable"),

M("plain_words", "request", ["access"], "Karim", None, None,
  "Arabizi (Arabic in Latin letters with digits 3/7/2): what data do you have; only first name",
  ("karim", "karim.z@chat-mail.example"),
  "3ayez a3raf el data beta3ty",
  """
salam 3alekom

fe wa7ed men 3andoko kallemny w kan 3aref esmy w shoghly. 3ayez a3raf entoo 3andoko eh beta3y bezabt w geboh mnen?

shokran
Karim
""", cs="us-ascii", cte="7bit"),

M("not_request", "other", [], "سارة المنصوري", None, None,
  "Job application in Arabic with consent to keep CV",
  ("سارة المنصوري", "sara.almansouri@uae-mail.example"),
  "طلب توظيف - أخصائية امتثال",
  """
السلام عليكم ورحمة الله،

أتقدم بطلب للعمل لديكم في وظيفة أخصائية امتثال وحماية بيانات. أرفقت سيرتي الذاتية، وأوافق على الاحتفاظ بها لديكم لمدة سنة للفرص المستقبلية.

مع خالص التقدير،
سارة المنصوري
أبوظبي
""", cs="utf-8", cte="quoted-printable"),

M("not_request", "auto_reply", [], "يوسف الشامي", None, None,
  "Arabic out-of-office",
  ("يوسف الشامي", "y.alshami@amman-logistics.example"),
  "رد تلقائي: Re: طلبكم",
  """
شكراً لرسالتكم.

أنا في إجازة حتى 5 أكتوبر، وسأرد عليكم فور عودتي. للأمور العاجلة يرجى التواصل مع info@amman-logistics.example.

يوسف الشامي
""", cs="windows-1256", cte="base64", headers=AR()),
]
