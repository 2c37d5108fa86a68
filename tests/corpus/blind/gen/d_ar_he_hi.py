from common import m

# ---------------- Arabic
m('ar', 'plain_words', 'request', 'access', 'خالد العتيبي', None, None,
  'لغة يومية: ماذا لديكم عني',
  ('خالد العتيبي', 'khaled.otaibi@mail-sa.example'), 'ما هي بياناتي لديكم؟',
  """السلام عليكم،

تصلني رسائل من شركة لا أعرفها عن طريق نظامكم. أريد أن أعرف ما هي المعلومات التي لديكم عني ومن أين حصلتم عليها.

شكراً
خالد العتيبي
""", cs='windows-1256', cte='8bit', shape='plain')

m('ar', 'legal_anchor', 'request', 'erasure', 'فاطمة الزهراء بن علي', None, None,
  'نظام حماية البيانات الشخصية السعودي، المادة 4 و18',
  ('فاطمة الزهراء بن علي', 'fz.benali@mail-sa.example'), 'طلب إتلاف البيانات الشخصية',
  """السادة المحترمون،

استناداً إلى المادة الرابعة من نظام حماية البيانات الشخصية الصادر بالمرسوم الملكي رقم (م/19)، أطلب إتلاف جميع بياناتي الشخصية المحفوظة لديكم.

وتفضلوا بقبول فائق الاحترام،
فاطمة الزهراء بن علي
""", shape='alt', style='outlook')

m('ar', 'employer', 'request', 'rectification', 'أحمد منصور', 'شركة النيل للتجارة ذ.م.م', None,
  'جهة العمل في التوقيع، ذ.م.م',
  ('Ahmed Mansour', 'a.mansour@nile-trading.example'), 'تصحيح بيانات',
  """مرحباً،

رقم هاتفي مسجل خطأ في النظام. الرقم الصحيح هو 0100 000 0000. أرجو التصحيح.

مع التحية،
أحمد منصور
مدير المبيعات
شركة النيل للتجارة ذ.م.م
القاهرة
""", cs='windows-1256')

m('ar', 'names', 'request', 'access', 'عبد الرحمن بن سعيد آل مكتوم', None, None,
  'اسم طويل مع بن وآل، الاسم في نهاية الجملة تليه جملة أخرى',
  ('عبد الرحمن', 'abdulrahman.s@mail-ae.example'), 'طلب نسخة من بياناتي',
  """تحية طيبة،

أكتب إليكم بصفتي صاحب البيانات عبد الرحمن بن سعيد آل مكتوم. أرجو إرسال نسخة من جميع بياناتي الشخصية التي تحتفظون بها.

مع الشكر
""")

m('ar', 'multi_right', 'request', 'access objection', 'ليلى حداد', None, None,
  'وصول واعتراض على التسويق',
  ('ليلى حداد', 'layla.haddad@mail-lb.example'), 'بياناتي والرسائل التسويقية',
  """مرحبا،
أولاً: أريد معرفة البيانات المخزنة عني.
ثانياً: أرجو إيقاف إرسال الرسائل التسويقية نهائياً.
ليلى حداد
""")

m('ar', 'not_request', 'auto_reply', '', 'يوسف القاسم', None, None,
  'رد آلي',
  ('يوسف القاسم', 'y.alqasim@gov-example.example'), 'رد تلقائي: طلبكم',
  """شكراً لرسالتكم. أنا خارج المكتب حتى 20 أبريل. للأمور العاجلة يرجى الاتصال على 800 0000.

يوسف القاسم
""", hdr=[('Auto-Submitted', 'auto-replied')])

# ---------------- Hebrew
m('he', 'plain_words', 'request', 'access', 'יוסי כהן', None, None,
  'שפה יומיומית: מה יש לכם עליי',
  ('יוסי כהן', 'yossi.cohen@walla-mail.example'), 'מה יש לכם עליי?',
  """שלום,

מגיעים אליי מיילים מחברה שאני לא מכיר דרך המערכת שלכם. אני רוצה לדעת איזה מידע יש לכם עליי ומאיפה הוא הגיע.

תודה,
יוסי כהן
""", cs='windows-1255', cte='8bit', shape='plain')

m('he', 'legal_anchor', 'request', 'access rectification', 'מיכל לוי', None, None,
  'סעיפים 13 ו-14 לחוק הגנת הפרטיות',
  ('מיכל לוי', 'michal.levi@bezeq-mail.example'), 'בקשה לעיון במידע לפי סעיף 13 לחוק הגנת הפרטיות',
  """לכבוד הממונה על הגנת המידע,

בהתאם לסעיף 13 לחוק הגנת הפרטיות, התשמ"א-1981, אבקש לעיין במידע עליי המוחזק במאגרי המידע שלכם. כמו כן, בהתאם לסעיף 14, אבקש לתקן את כתובתי.

בכבוד רב,
מיכל לוי
""", shape='alt', style='outlook')

m('he', 'employer', 'request', 'erasure', 'אבי שפירא', 'טכנו-גליל בע"מ', None,
  'מעסיק בחתימה, בע"מ',
  ('אבי שפירא', 'avi.shapira@techno-galil.example'), 'מחיקת פרטים',
  """היי,

עזבתי את החברה ואשמח אם תמחקו את הפרטים שלי מהמערכת.

תודה,
אבי שפירא
מנהל מכירות לשעבר
טכנו-גליל בע"מ
""")

m('he', 'negation', 'request', 'objection', 'רונית אברהם', None, None,
  'לא למחוק חשבון, רק בלי פרסומות',
  ('רונית אברהם', 'ronit.avraham@012-mail.example'), 'בלי פרסומות',
  """שלום, אני לא מבקשת למחוק את החשבון שלי. רק תפסיקו לשלוח לי דיוור פרסומי בבקשה.

רונית אברהם
""", cs='windows-1255', cte='quoted-printable')

m('he', 'not_request', 'bounce', '', None, None, None,
  'הודעת אי-מסירה בעברית',
  ('מערכת הדואר', 'mailer-daemon@mx.massistcrm.com'), 'לא נמסר: תשובה לבקשתך',
  """לא ניתן היה למסור את ההודעה לנמען הבא:

dana.katz@oldcompany.example
תיבת הדואר אינה קיימת.
""", shape='dsn', dsn=dict(mta='mx.massistcrm.com', rcpt='dana.katz@oldcompany.example', diag='550 5.1.1 User unknown'))

m('he', 'agent', 'request', 'access', 'נועה ברק', None, 'עמית ברק',
  'הורה עבור בת קטינה',
  ('עמית ברק', 'amit.barak@netvision-mail.example'), 'מידע על בתי',
  """שלום רב,

בתי נועה ברק (בת 15) נרשמה אצל לקוח שלכם במסגרת התנדבות. אני, כאביה, מבקש לקבל עותק של כל המידע שנשמר עליה.

עמית ברק
""")

# ---------------- Hindi
m('hi', 'plain_words', 'request', 'access', 'राजेश कुमार शर्मा', None, None,
  'आम बोलचाल: मेरे बारे में क्या है',
  ('राजेश कुमार शर्मा', 'rajesh.sharma@rediff-mail.example'), 'मेरी जानकारी के बारे में',
  """नमस्ते,

मुझे एक अनजान कंपनी से आपके सिस्टम के ज़रिए ईमेल आ रहे हैं। कृपया बताइए कि आपके पास मेरे बारे में क्या जानकारी है और वह कहाँ से मिली।

धन्यवाद,
राजेश कुमार शर्मा
""", cs='utf-8', cte='base64', shape='plain')

m('hi', 'legal_anchor', 'request', 'erasure grievance', 'सुनीता वर्मा', None, None,
  'डीपीडीपी अधिनियम 2023 धारा 12 और 13',
  ('सुनीता वर्मा', 'sunita.verma@mail-in.example'), 'डीपीडीपी अधिनियम, 2023 की धारा 12 के अंतर्गत अनुरोध',
  """महोदय/महोदया,

डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 12 के अंतर्गत मैं अपने सभी व्यक्तिगत डेटा को मिटाने का अनुरोध करती हूँ। पिछले महीने भेजे गए मेरे अनुरोध का कोई उत्तर नहीं मिला, अतः धारा 13 के अंतर्गत यह मेरी शिकायत भी है।

भवदीया,
सुनीता वर्मा
""", shape='alt', style='gmail')

m('hi', 'plain_words', 'request', 'erasure', 'Rohit', None, None,
  'Hinglish, Latin script, first name only',
  ('Rohit', 'rohit.9876@mail-in.example'), 'mera data delete karo',
  """Hello sir,

aapke system se mujhe roz mails aa rahe hain, maine kabhi sign up nahi kiya. Please mera pura data delete kar do aur mujhe list se hata do.

Thanks
Rohit
""", cs='us-ascii', cte='7bit')

m('hi', 'employer', 'request', 'rectification', 'अमित पटेल', 'शुभम इन्फ्राटेक प्राइवेट लिमिटेड', None,
  'नियोक्ता हस्ताक्षर में, प्राइवेट लिमिटेड',
  ('अमित पटेल', 'amit.patel@shubhaminfra.example'), 'जानकारी में सुधार',
  """नमस्कार,

आपके सिस्टम में मेरा मोबाइल नंबर गलत है। सही नंबर 98000 00011 है। कृपया सुधार करें।

धन्यवाद,
अमित पटेल
वरिष्ठ अभियंता
शुभम इन्फ्राटेक प्राइवेट लिमिटेड
अहमदाबाद
""")

m('hi', 'names', 'request', 'nomination', 'विजय नारायण सिंह', None, None,
  'DPDP धारा 14 नामांकन, Shri उपाधि हटाई गई',
  ('श्री विजय नारायण सिंह', 'vn.singh@mail-in.example'), 'धारा 14 के तहत नामांकन',
  """महोदय,

डीपीडीपी अधिनियम की धारा 14 के अंतर्गत मैं अपनी मृत्यु या अक्षमता की स्थिति में अपने अधिकारों का प्रयोग करने के लिए अपने पुत्र श्री अनुराग सिंह को नामित करता हूँ।

श्री विजय नारायण सिंह
वाराणसी
""")

m('hi', 'not_request', 'other', '', 'Priyanka Joshi', None, None,
  'Hinglish job application with consent',
  ('Priyanka Joshi', 'priyanka.joshi@mail-in.example'), 'Job application - Support Executive',
  """Hi team,

Main Support Executive ki job ke liye apply kar rahi hoon, CV attach hai. Aap mera CV 6 mahine tak rakh sakte ho future openings ke liye, mera consent hai.

Regards,
Priyanka Joshi
""", shape='mixed', att=[('Priyanka_Joshi_CV.pdf', 'application/pdf', b'%PDF-1.4\n%cv\n%%EOF\n')])
