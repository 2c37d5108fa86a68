from mime import M

RU = [
M("ru", "plain_words", "request", ["erasure"], "Сергей Ковалёв", None, None, "разговорно: уберите меня",
  ("Сергей Ковалёв", "s.kovalev@mail-ru.example"), "уберите мой номер",
  """Добрый день.

Мне звонят из какой-то компании и говорят, что взяли номер из вашей системы. Уберите меня оттуда, пожалуйста, я согласия не давал.

Сергей Ковалёв""", cs="koi8-r", cte="8bit"),
M("ru", "legal_anchor", "request", ["access"], "Ольга Смирнова", None, None, "152-ФЗ ст. 14",
  ("Ольга Смирнова", "olga.smirnova@yandex-post.example"), "Запрос сведений об обработке персональных данных",
  """Уважаемые господа!

В соответствии со статьёй 14 Федерального закона № 152-ФЗ «О персональных данных» прошу предоставить сведения об обработке моих персональных данных: цели, источник, сроки хранения и перечень третьих лиц.

С уважением,
Ольга Смирнова
г. Москва""", cs="windows-1251", cte="quoted-printable"),
M("ru", "employer", "request", ["rectification"], "Дмитрий Орлов", "ООО «СеверСтройИнвест»", None, "работодатель в подписи ООО",
  ("Орлов Дмитрий", "d.orlov@sevsi.example"), "Исправление данных",
  """Здравствуйте!

Прошу исправить мою должность и номер телефона в вашей системе: начальник отдела продаж, +7 921 555-01-23.

С уважением,
Дмитрий Орлов
Начальник отдела продаж
ООО «СеверСтройИнвест»
Санкт-Петербург""", shape="html", cs="koi8-r", cte="base64"),
M("ru", "names", "request", ["access"], "Анастасия Игоревна Белова", None, None, "падежные формы, именительный в подписи",
  ("Белова А.И.", "belova.ai@mail-ru.example"), "Запрос",
  """Добрый день!

Прошу направить Беловой Анастасии Игоревне (мне) копию всех данных, которые вы обо мне храните.

Анастасия Игоревна Белова"""),
M("ru", "not_request", "other", [], None, None, None, "фишинг с ссылкой под видом запроса",
  ("Служба безопасности", "security@dpo-verify.example"), "Срочно: подтвердите запрос субъекта данных",
  """Уважаемый оператор персональных данных!

Поступило требование об удалении данных. Для подтверждения перейдите по ссылке и введите пароль от корпоративной почты: http://dpo-verify.example/login

Отдел безопасности""", cs="windows-1251", cte="8bit"),
M("ru", "agent", "request", ["erasure"], "Илья Соколов", None, "Татьяна Соколова", "мать за несовершеннолетнего сына",
  ("Татьяна Соколова", "t.sokolova@mail-ru.example"), "Данные моего сына",
  """Здравствуйте,

я мать Ильи Соколова, ему 15 лет. Его данные попали в вашу систему после летней практики. Как законный представитель прошу удалить все его данные.

Субъект данных: Илья Соколов
Татьяна Соколова""", cs="koi8-r", cte="quoted-printable"),
]

UK = [
M("uk", "plain_words", "request", ["access"], "Олександр Бондаренко", None, None, "розмовно: що у вас про мене",
  ("Олександр Бондаренко", "o.bondarenko@ukr-post.example"), "що ви про мене маєте",
  """Доброго дня,

мені дзвонять з якоїсь фірми й кажуть, що мій номер з вашої системи. Що ви про мене зберігаєте і звідки це?

Олександр Бондаренко""", cs="koi8-u", cte="8bit"),
M("uk", "legal_anchor", "request", ["erasure"], "Ірина Шевчук", None, None, "ст. 8 Закону про захист персональних даних, GDPR",
  ("Ірина Шевчук", "iryna.shevchuk@ukr-post.example"), "Вимога про видалення персональних даних",
  """Шановні панове,

Відповідно до статті 8 Закону України «Про захист персональних даних» та статті 17 GDPR вимагаю видалити всі мої персональні дані.

З повагою,
Ірина Шевчук
Київ""", cs="windows-1251", cte="quoted-printable"),
M("uk", "employer", "request", ["objection"], "Андрій Мельник", "ТОВ «Карпати Логістик»", None, "роботодавець у підписі ТОВ",
  ("Андрій Мельник", "a.melnyk@karpaty-log.example"), "Заперечення",
  """Добрий день,

заперечую проти використання моїх даних для маркетингу та розсилок.

Андрій Мельник
менеджер з продажу
ТОВ «Карпати Логістик»
Львів""", shape="alt"),
M("uk", "not_request", "auto_reply", [], "Оксана Ткаченко", None, None, "автовідповідь",
  ("Оксана Ткаченко", "o.tkachenko@tkachenko-law.example"), "Автовідповідь: Ваш запит",
  """Я у відпустці до 25 жовтня. Листи не переадресовуються.

Оксана Ткаченко""", hdrs={"Auto-Submitted": "auto-replied"}),
]

TR = [
M("tr", "plain_words", "request", ["erasure"], "Hüseyin Çelik", None, None, "gündelik dil: silin beni",
  ("Hüseyin Çelik", "huseyin.celik@posta-tr.example"), "beni silin",
  """Merhaba,

bir firma sürekli arıyor, numaramı sizin programınızdan aldıklarını söylüyorlar. Beni oradan silin lütfen.

Hüseyin Çelik""", cs="iso-8859-9", cte="quoted-printable"),
M("tr", "legal_anchor", "request", ["access"], "Zeynep Aydın", None, None, "KVKK md. 11",
  ("Zeynep Aydın", "zeynep.aydin@posta-tr.example"), "KVKK md. 11 kapsamında başvuru",
  """Sayın İlgili,

6698 sayılı Kişisel Verilerin Korunması Kanunu'nun 11. maddesi uyarınca kişisel verilerimin işlenip işlenmediğini öğrenmek ve işlenmişse buna ilişkin bilgi talep etmek istiyorum.

Saygılarımla,
Zeynep Aydın
İstanbul""", cs="windows-1254", cte="quoted-printable"),
M("tr", "employer", "request", ["rectification"], "Emre Şahin", "Şahin Tekstil Sanayi ve Ticaret A.Ş.", None, "işveren imzada A.Ş.",
  ("Emre Şahin", "emre.sahin@sahintekstil.example"), "Bilgi düzeltme",
  """Merhaba,

sistemdeki unvanımı "Satış Müdürü" olarak düzeltebilir misiniz?

İyi çalışmalar,
Emre Şahin
Satış Müdürü
Şahin Tekstil Sanayi ve Ticaret A.Ş.
Bursa""", shape="html", cs="iso-8859-9", cte="quoted-printable"),
M("tr", "multi_right", "request", ["access", "erasure", "objection"], "Elif Demir", None, None, "birden çok hak",
  ("Elif Demir", "elif.demir@posta-tr.example"), "Taleplerim",
  """Merhaba,

1) Hakkımda hangi verileri tuttuğunuzu öğrenmek,
2) bu verilerin silinmesini,
3) reklam amaçlı kullanılmamasını
talep ediyorum.

Elif Demir"""),
]

AR = [
M("ar", "plain_words", "request", ["erasure"], "أحمد الزهراني", None, None, "لغة يومية: احذفوا بياناتي",
  ("أحمد الزهراني", "ahmad.zahrani@mail-sa.example"), "احذفوا رقمي",
  """السلام عليكم،

شركة تتصل بي كل يوم وتقول إن رقمي من نظامكم. أرجو حذف رقمي وكل بياناتي من عندكم.

أحمد الزهراني""", cs="windows-1256", cte="quoted-printable"),
M("ar", "legal_anchor", "request", ["access"], "فاطمة بن علي", None, None, "نظام حماية البيانات الشخصية السعودي المادة 4",
  ("فاطمة بن علي", "fatima.benali@mail-ae.example"), "طلب الاطلاع على البيانات الشخصية",
  """السادة المحترمون،

استنادًا إلى المادة الرابعة من نظام حماية البيانات الشخصية، أطلب الاطلاع على بياناتي الشخصية المحفوظة لديكم والحصول على نسخة منها.

مع التحية،
فاطمة بن علي
الرياض"""),
M("ar", "employer", "request", ["rectification"], "خالد المنصوري", "شركة الخليج للتجارة ذ.م.م", None, "جهة العمل في التوقيع ذ.م.م",
  ("خالد المنصوري", "khaled@gulftrade.example"), "تصحيح بيانات",
  """مرحبًا،

رقم هاتفي غير صحيح في نظامكم. الرقم الصحيح هو 0501234567.

خالد المنصوري
مدير المبيعات
شركة الخليج للتجارة ذ.م.م
دبي""", shape="html", hstyle="gmail"),
M("ar", "not_request", "other", [], "يوسف حداد", None, None, "طلب توظيف مع موافقة",
  ("يوسف حداد", "youssef.haddad@mail-lb.example"), "طلب وظيفة",
  """مرحبًا،

أرفق سيرتي الذاتية لوظيفة محلل خصوصية، وأوافق على الاحتفاظ ببياناتي لمدة سنة.

يوسف حداد""", cs="windows-1256", cte="base64"),
]

HE = [
M("he", "plain_words", "request", ["erasure"], "יוסי לוי", None, None, "שפה יומיומית: תמחקו אותי",
  ("יוסי לוי", "yossi.levi@walla-mail.example"), "תמחקו אותי",
  """שלום,

איזו חברה מתקשרת אליי כל יום ואומרת שהמספר שלי מהמערכת שלכם. תמחקו אותי בבקשה.

יוסי לוי""", cs="windows-1255", cte="quoted-printable"),
M("he", "legal_anchor", "request", ["access"], "מיכל כהן", None, None, "סעיף 13 לחוק הגנת הפרטיות",
  ("מיכל כהן", "michal.cohen@mail-il.example"), "בקשת עיון במידע לפי סעיף 13",
  """לכבוד הממונה על הגנת המידע,

בהתאם לסעיף 13 לחוק הגנת הפרטיות, התשמ"א-1981, אבקש לעיין במידע עליי המוחזק במאגר שלכם.

בכבוד רב,
מיכל כהן
תל אביב""", cs="iso-8859-8", cte="base64"),
M("he", "employer", "request", ["rectification"], "אבי שגיא", "שגיא פתרונות בע\"מ", None, "מעסיק בחתימה בע\"מ",
  ("אבי שגיא", "avi@sagi-solutions.example"), "תיקון פרטים",
  """היי,

תוכלו לתקן את מספר הטלפון שלי במערכת ל-052-5550123?

תודה,
אבי שגיא
מנהל מכירות
שגיא פתרונות בע"מ""", shape="alt"),
M("he", "agent", "request", ["access", "erasure"], "נועה פרידמן", None, "דניאל רוזן", "עורך דין בשם לקוחה",
  ("עו\"ד דניאל רוזן", "rosen@rosen-law.example"), "בשם מרשתי נועה פרידמן",
  """לכבוד הממונה על הגנת הפרטיות,

הריני לפנות בשם מרשתי, גב' נועה פרידמן, בבקשה לעיין במידע אודותיה ולמחוק אותו לאחר מכן. ייפוי כוח מצורף.

בכבוד רב,
דניאל רוזן, עו"ד"""),
]

HI = [
M("hi", "plain_words", "request", ["erasure"], "रमेश कुमार", None, None, "रोज़मर्रा भाषा: मेरा नंबर हटाओ",
  ("रमेश कुमार", "ramesh.kumar@mail-in.example"), "मेरा नंबर हटाइए",
  """नमस्ते,

एक कंपनी रोज़ फोन करती है और कहती है कि मेरा नंबर आपके सिस्टम से मिला। कृपया मेरा नंबर और सारी जानकारी हटा दीजिए।

रमेश कुमार"""),
M("hi", "legal_anchor", "request", ["access", "grievance"], "सुनीता शर्मा", None, None, "DPDP अधिनियम 2023 धारा 11 और 13",
  ("सुनीता शर्मा", "sunita.sharma@mail-in.example"), "डीपीडीपी अधिनियम के तहत अनुरोध",
  """महोदय,

डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 की धारा 11 के अंतर्गत मैं अपने व्यक्तिगत डेटा का सारांश माँगती हूँ। पिछले महीने भेजे गए ईमेल का कोई उत्तर नहीं मिला, इसलिए धारा 13 के अंतर्गत इसे औपचारिक शिकायत के रूप में दर्ज करें।

सुनीता शर्मा
जयपुर""", cte="base64"),
M("hi", "plain_words", "request", ["access", "objection"], "Amit Verma", None, None, "Hinglish: data batao, calls band karo",
  ("amit verma", "amitv88@mail-in.example"), "mera data",
  """Hello sir,

aapke system mein mera kya kya data hai please batao. Aur ye marketing wale calls band karwao, roz 3-4 call aate hain.

Thanks
Amit Verma"""),
M("hi", "employer", "request", ["rectification"], "प्रिया नायर", "नायर ट्रेडर्स प्राइवेट लिमिटेड", None, "नियोक्ता हस्ताक्षर में प्रा. लि.",
  ("प्रिया नायर", "priya@nayartraders.example"), "जानकारी सुधारें",
  """नमस्कार,

कृपया आपके सिस्टम में मेरा पद सुधार दें — मैं अब सेल्स हेड हूँ।

धन्यवाद,
प्रिया नायर
सेल्स हेड
नायर ट्रेडर्स प्राइवेट लिमिटेड
कोच्चि""", shape="html", hstyle="gmail"),
M("hi", "legal_anchor", "request", ["nomination"], "राजेश गुप्ता", None, None, "DPDP धारा 14: नामांकन",
  ("राजेश गुप्ता", "rajesh.gupta@mail-in.example"), "नामांकन",
  """महोदय,

DPDP अधिनियम की धारा 14 के अनुसार मैं अपनी पत्नी श्रीमती अंजलि गुप्ता को नामित करता हूँ, ताकि मेरी मृत्यु या अक्षमता की स्थिति में वे मेरे अधिकारों का प्रयोग कर सकें।

राजेश गुप्ता"""),
]

MAILS = RU + UK + TR + AR + HE + HI
