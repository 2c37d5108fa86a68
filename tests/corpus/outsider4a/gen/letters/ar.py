from spec import M

MAILS = [
M(rights=["erasure"], name="عبدالله بن سعيد الغامدي", cls="names",
  note="Arabic name with 'bin'; everyday 'delete all my information'; windows-1256",
  frm=("عبدالله بن سعيد الغامدي", "abdullah.alghamdi@mail-sa.example"), subj="احذفوا بياناتي",
  cs="windows-1256", cte="qp", client="outlook", hq="B",
  body="""السلام عليكم،

تصلني منكم رسائل بريد إلكتروني منذ عدة أشهر مع أنني لم أسجل لديكم أبداً. أرجو حذف كل المعلومات التي لديكم عني وعدم مراسلتي مرة أخرى.

شكراً لكم،
عبدالله بن سعيد الغامدي
"""),

M(rights=["objection"], name="فاطمة الزهراء بنعلي", cls="plain_words",
  note="everyday Arabic: 'stop calling me and sending offers' = objection",
  frm=("فاطمة الزهراء بنعلي", "fz.benali@menara-mail.example"), subj="توقفوا عن الاتصال بي",
  cte="8bit", client="android",
  body="""مرحباً،

منذ شهر وفريق المبيعات لديكم يتصل بي كل أسبوع تقريباً لعرض برنامجكم. أنا غير مهتمة. من فضلكم توقفوا عن الاتصال بي وعن إرسال العروض إلى بريدي.

فاطمة الزهراء بنعلي
"""),

M(rights=["rectification"], name="خالد العتيبي", employer="شركة الرياض للتقنية المحدودة", cls="legal_anchor",
  note="Saudi PDPL (personal data protection law) art. 4 right to correction; company in signature",
  frm=("خالد العتيبي", "k.alotaibi@riyadh-tech.example"), subj="طلب تصحيح بيانات شخصية",
  cs="windows-1256", cte="qp", client="outlook", shape="alt", style="outlook", hq="B",
  body="""السادة المحترمون،

استناداً إلى المادة الرابعة من نظام حماية البيانات الشخصية، أطلب تصحيح بياناتي المسجلة لديكم في نظام Massist CRM، حيث إن المسمى الوظيفي ورقم الجوال غير صحيحين. المسمى الصحيح: مدير المبيعات، ورقم الجوال: 0555 123 456.

وتقبلوا خالص التحية،

خالد العتيبي
مدير المبيعات
شركة الرياض للتقنية المحدودة
"""),

M(rights=["portability"], name="ريم الحمادي", employer="شركة الخليج للتجارة ذ.م.م", cls="employer",
  note="employer in prose with LLC abbreviation; data in a file to move to another system = portability",
  frm=("ريم الحمادي", "reem.alhammadi@gulf-trading.example"), subj="نقل بياناتي إلى نظام آخر",
  cte="b64", client="gmail",
  body="""مرحباً،

أعمل في شركة الخليج للتجارة ذ.م.م وكنا نستخدم نظامكم، وسأنتقل قريباً إلى وظيفة جديدة تستخدم برنامجاً مختلفاً. هل يمكنكم إرسال بياناتي (الملف الشخصي وسجل المكالمات والملاحظات التي أدخلتها) في ملف Excel أو CSV حتى أتمكن من رفعه على النظام الجديد؟

مع الشكر،
ريم الحمادي
"""),

M(kind="other", name="سارة المنصوري", employer="شركة المنصوري القابضة", cls="not_request",
  note="Arabic pre-sales question about hosting location and cross-border transfer; not a request",
  frm=("سارة المنصوري", "sara.almansouri@almansouri-holding.example"), subj="استفسار عن مكان تخزين البيانات",
  cs="windows-1256", cte="qp", client="outlook", hq="B",
  body="""السلام عليكم،

نحن ندرس استخدام نظام Massist CRM. هل يتم تخزين البيانات داخل المملكة أم خارجها؟ وهل لديكم اتفاقية معالجة بيانات يمكن مراجعتها قبل التعاقد؟

مع التحية،
سارة المنصوري
مديرة تقنية المعلومات
شركة المنصوري القابضة
"""),
]
