from spec import M

# ------------------------------------------------------------------ Bulgarian
L = "bg"

M(L, "request", "plain_words", ["access"], "Петя Георгиева", None, None,
  "разговорно: 'какво имате за мен'",
  ("Петя Георгиева", "petya.georgieva@abv-like.example"), "Какво имате за мен?",
  """Здравейте,

обадиха ми се от фирма, която каза, че има телефона ми от вашата система. Искам да знам какво имате за мен и откъде. Моля, пратете ми го.

Благодаря,
Петя Георгиева
""", charset="windows-1251", cte="quoted-printable")

M(L, "request", "legal_anchor", ["erasure"], "Христо Димитров Стоянов", "Балкан Транс ЕООД", None,
  "чл. 17 от ОРЗД и ЗЗЛД; три имена; ЕООД в подписа",
  ("Христо Стоянов", "h.stoyanov@balkantrans.example"), "Искане за изтриване на лични данни (чл. 17 ОРЗД)",
  """Уважаеми госпожи и господа,

На основание чл. 17 от Общия регламент относно защитата на данните (ОРЗД) и Закона за защита на личните данни (ЗЗЛД) моля да изтриете всички мои лични данни, които обработвате в Massist CRM.

С уважение,
Христо Димитров Стоянов
Управител
Балкан Транс ЕООД, гр. Пловдив
""", charset="utf-8", cte="base64")

M(L, "request", "agent", ["access", "objection"], "Иван Петров Иванов", "Софийски мелници АД", "Мария Николова",
  "адвокат от името на клиент; 'адв.' отпада; адвокатското дружество не е работодател",
  ("адв. Мария Николова", "m.nikolova@advokat-nikolova.example"), "Искане от името на Иван Петров Иванов",
  """Уважаеми господа,

В качеството си на пълномощник на Иван Петров Иванов, служител в Софийски мелници АД, на основание чл. 15 и чл. 21 от ОРЗД Ви моля:

1. да предоставите на доверителя ми копие от личните му данни, обработвани от Вас;
2. да прекратите обработването на данните му за целите на директния маркетинг.

Пълномощното е приложено.

С уважение,
адв. Мария Николова
Софийска адвокатска колегия
""", charset="windows-1251", cte="quoted-printable")

M(L, "auto_reply", "not_request", [], "Десислава Маринова", None, None,
  "автоматичен отговор (отпуск)",
  ("Десислава Маринова", "d.marinova@obshtina-like.example"), "Автоматичен отговор: Вашето запитване",
  """Здравейте,

в отпуск съм до 30 август. Ще отговоря на писмото Ви след завръщането си.

Десислава Маринова
""", charset="utf-8", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

M(L, "other", "not_request", [], "Николай Тодоров", None, None,
  "кандидатура за работа със съгласие за съхранение – не е искане",
  ("Николай Тодоров", "nikolay.todorov@abv-like.example"), "Кандидатура за позицията QA инженер",
  """Здравейте,

Изпращам автобиографията си за позицията QA инженер. Съгласен съм личните ми данни да бъдат съхранявани за срок от 6 месеца за целите на подбора.

Поздрави,
Николай Тодоров
""", charset="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ Greek
L = "el"

M(L, "request", "plain_words", ["erasure"], "Giorgos Papadopoulos", None, None,
  "Greeklish (ελληνικά με λατινικούς χαρακτήρες) -> el",
  ("Giorgos Papadopoulos", "giorgos.pap@mail-gr.example"), "diagrafi stoixeiwn",
  """Kalispera sas,

exw parei polla minimata kai tilefonimata apo etaireies pou lene oti exoun ta stoixeia mou apo to Massist. Thelw na diagrapsete ola ta stoixeia mou, tilefwno, email, ta panta.

Eyxaristw
Giorgos Papadopoulos
""", charset="us-ascii", cte="7bit")

M(L, "request", "legal_anchor", ["access"], "Αικατερίνη Παπαδοπούλου", "Αιγαίο Τρόφιμα Α.Ε.", None,
  "άρθρο 15 ΓΚΠΔ και ν. 4624/2019· όνομα σε γενική στο κείμενο, ονομαστική στην υπογραφή",
  ("Αικατερίνη Παπαδοπούλου", "a.papadopoulou@aigaio-trofima.example"), "Αίτημα πρόσβασης (άρθρο 15 ΓΚΠΔ)",
  """Αξιότιμοι κύριοι,

Με την παρούσα, και σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού Προστασίας Δεδομένων (ΓΚΠΔ) και τον ν. 4624/2019, ζητώ να μου χορηγήσετε αντίγραφο των προσωπικών δεδομένων της Αικατερίνης Παπαδοπούλου, δηλαδή δικών μου, που τηρούνται στο Massist CRM.

Με εκτίμηση,
Αικατερίνη Παπαδοπούλου
Υπεύθυνη Προμηθειών
Αιγαίο Τρόφιμα Α.Ε.
""", charset="iso-8859-7", cte="quoted-printable")

M(L, "request", "employer", ["rectification"], "Νικόλαος Κωνσταντίνου", "Θεσσαλική Λογιστική Ι.Κ.Ε.", None,
  "διόρθωση στοιχείων· εργοδότης στην υπογραφή με Ι.Κ.Ε.",
  ("Νικόλαος Κωνσταντίνου", "n.konstantinou@thess-logistiki.example"), "Διόρθωση στοιχείων",
  """Καλημέρα σας,

Στο σύστημα Massist το τηλέφωνό μου και η θέση μου είναι λάθος. Το σωστό κινητό είναι 690 000 1122 και η θέση μου είναι «Προϊστάμενος Λογιστηρίου». Παρακαλώ διορθώστε τα.

Ευχαριστώ,
Νικόλαος Κωνσταντίνου
Προϊστάμενος Λογιστηρίου
Θεσσαλική Λογιστική Ι.Κ.Ε., Λάρισα
""", charset="windows-1253", cte="quoted-printable")

M(L, "auto_reply", "not_request", [], "Μαρία Αλεξίου", None, None,
  "αυτόματη απάντηση εκτός γραφείου",
  ("Μαρία Αλεξίου", "m.alexiou@dimos-like.example"), "Αυτόματη απάντηση: Το αίτημά σας",
  """Σας ευχαριστώ για το μήνυμά σας. Είμαι εκτός γραφείου έως τις 23 Αυγούστου και θα σας απαντήσω μόλις επιστρέψω.

Μαρία Αλεξίου
""", charset="iso-8859-7", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

M(L, "other", "not_request", [], "Δημήτρης Ραφαηλίδης", None, None,
  "phishing μεταμφιεσμένο σε αίτημα πρόσβασης με σύνδεσμο",
  ("Δημήτρης Ραφαηλίδης", "d.rafailidis@nomiko-grafeio-secure.example"), "Επείγον: Αίτημα υποκειμένου – συνημμένα έγγραφα",
  """Αξιότιμε Υπεύθυνε Προστασίας Δεδομένων,

Σας έχει αποσταλεί αίτημα υποκειμένου των δεδομένων με συνημμένα έγγραφα ταυτοποίησης. Για λόγους ασφαλείας τα έγγραφα είναι διαθέσιμα μόνο μέσω του παρακάτω συνδέσμου για 24 ώρες:

https://asfales-eggrafo.example/open?doc=GR-55120

Συνδεθείτε με τα στοιχεία του εταιρικού σας λογαριασμού.

Δημήτρης Ραφαηλίδης
""", shape="html", html_style="web", charset="utf-8", cte="base64")

# ------------------------------------------------------------------ Russian
L = "ru"

M(L, "request", "plain_words", ["erasure"], "Ольга Смирнова", None, None,
  "напоминание по прежней просьбе 'удалите мои данные', исходное письмо процитировано (koi8-r)",
  ("Ольга Смирнова", "olga.smirnova@pochta-ru.example"), "Re: удалите мои данные",
  """Здравствуйте ещё раз!

Прошёл почти месяц, а звонки продолжаются. Ответа от вас я так и не получила. Повторяю свою просьбу: удалите все мои данные.

Ольга

> Здравствуйте!
>
> Мне постоянно звонят из разных фирм и говорят, что мой номер у них из
> вашей системы. Удалите, пожалуйста, все мои данные.
>
> Ольга Смирнова
""", charset="koi8-r", cte="8bit", in_reply_to="<5512.olga@pochta-ru.example>")

M(L, "request", "access_items", ["access"], "Кузнецов Сергей Владимирович", "ООО «Северный ветер»", None,
  "ст. 14 152-ФЗ с перечнем сведений (цели, источник, сроки, получатели) – всё 'access'; ФИО фамилия-имя-отчество; ООО в ёлочках",
  ("Кузнецов Сергей Владимирович", "s.kuznetsov@sev-veter.example"), "Запрос на предоставление сведений о персональных данных",
  """Уважаемые господа!

В соответствии со статьёй 14 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» прошу предоставить мне сведения об обработке моих персональных данных в системе Massist CRM: подтверждение факта обработки, правовые основания и цели, перечень обрабатываемых данных и источник их получения, сроки обработки, а также сведения о лицах, которым они переданы.

С уважением,
Кузнецов Сергей Владимирович
начальник отдела продаж
ООО «Северный ветер», г. Архангельск
""", charset="windows-1251", cte="quoted-printable")

M(L, "request", "agent", ["rectification"], "Андрей Волков", "АО «Уралтехснаб»", "Наталья Волкова",
  "жена пишет за мужа; имя мужа в косвенных падежах, именительный в строке 'Сотрудник'",
  ("Наталья Волкова", "n.volkova@pochta-ru.example"), "Исправление данных мужа",
  """Добрый день!

Пишу по просьбе мужа, Андрея Волкова, он сейчас в длительной командировке без нормальной связи. В вашей системе у него указан старый номер телефона, и клиенты не могут до него дозвониться.

Сотрудник: Андрей Волков, АО «Уралтехснаб», г. Екатеринбург
Правильный номер: +7 900 000-12-34

Прошу исправить. Спасибо!

Наталья Волкова
""", charset="utf-8", cte="quoted-printable")

M(L, "auto_reply", "not_request", [], "Елена Морозова", None, None,
  "автоответ без стандартных заголовков",
  ("Елена Морозова", "e.morozova@zavod-like.example"), "Автоответ: Ваш запрос",
  """Здравствуйте!

Я в отпуске до 26 августа. По срочным вопросам обращайтесь в приёмную.

Елена Морозова
""", charset="koi8-r", cte="quoted-printable")

M(L, "bulk", "not_request", [], None, None, None,
  "рассылка о защите персональных данных, упоминает права субъектов",
  ("Дайджест ПДн", "digest@pdn-digest.example"), "Дайджест ПДн №34: новые штрафы и запросы субъектов",
  """ДАЙДЖЕСТ ПДн — выпуск №34

• Новые штрафы за утечки персональных данных
• Как отвечать на запросы субъектов о доступе и удалении данных
• Вебинар: локализация данных и трансграничная передача

Вы получили это письмо, потому что подписались на рассылку.
Отписаться: https://pdn-digest.example/unsubscribe
""", shape="alt", html_style="web", charset="utf-8", cte="base64",
  headers=[("List-Unsubscribe", "<https://pdn-digest.example/unsubscribe?u=1203>"), ("Precedence", "bulk")])

# ------------------------------------------------------------------ Ukrainian
L = "uk"

M(L, "request", "plain_words", ["access"], "Оксана Шевчук", None, None,
  "просто: 'що у вас є про мене' (koi8-u)",
  ("Оксана Шевчук", "oksana.shevchuk@ukrpost-like.example"), "Що у вас є про мене?",
  """Добрий день!

Мені зателефонували з компанії й сказали, що мій номер у них з вашої системи. Хочу дізнатися, що у вас є про мене і звідки. Надішліть, будь ласка.

Дякую,
Оксана Шевчук
""", charset="koi8-u", cte="8bit")

M(L, "request", "legal_anchor", ["erasure", "objection"], "Тарас Ковальчук", "ТОВ «Київпромторг»", None,
  "ст. 8 Закону 'Про захист персональних даних' + GDPR; ТОВ у підписі",
  ("Тарас Ковальчук", "t.kovalchuk@kyivpromtorg.example"), "Вимога про видалення персональних даних",
  """Шановні пані та панове!

Відповідно до статті 8 Закону України «Про захист персональних даних» та статей 17 і 21 GDPR вимагаю видалити мої персональні дані з системи Massist CRM і припинити їх використання для розсилок рекламного характеру.

З повагою,
Тарас Ковальчук
комерційний директор
ТОВ «Київпромторг»
""", charset="windows-1251", cte="quoted-printable")

M(L, "request", "negation", ["rectification"], "Ірина Мельник", None, None,
  "НЕ видаляти обліковий запис, лише виправити прізвище",
  ("Ірина Мельник", "iryna.melnyk@ukrpost-like.example"), "Виправлення прізвища",
  """Вітаю!

Будь ласка, не видаляйте мій обліковий запис — я ним користуюся. Мені потрібно лише виправити прізвище: у системі написано «Мельнік», а правильно — «Мельник».

Ірина Мельник
""", charset="utf-8", cte="quoted-printable")

M(L, "bounce", "not_request", [], None, None, None,
  "українське повідомлення про недоставку, звичайний текст з цитованим оригіналом, без multipart/report (koi8-u)",
  ("Поштова служба", "MAILER-DAEMON@relay.ukrpost-like.example"), "Повідомлення про недоставку",
  """Це автоматичне повідомлення поштового сервера.

Ваш лист не вдалося доставити одержувачу:

    a.bondarenko@agro-like.example

Причина: поштова скринька одержувача не існує (550 5.1.1 User unknown).

------ Початок оригінального повідомлення ------
From: dpo@massistcrm.com
To: a.bondarenko@agro-like.example
Subject: Відповідь на ваш запит

Шановний пане Бондаренко, ...
""", charset="koi8-u", cte="8bit")

M(L, "other", "not_request", [], "Дмитро Савченко", None, None,
  "загальне питання про зберігання даних у ЄС – нічого не вимагає",
  ("Дмитро Савченко", "d.savchenko@it-lviv.example"), "Питання щодо зберігання даних",
  """Добрий день!

Ми розглядаємо Massist CRM для нашої команди у Львові. Підкажіть, будь ласка, де фізично зберігаються дані клієнтів — у ЄС чи в іншому регіоні?

Дмитро Савченко
""", charset="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ Serbian (Cyrillic)
L = "sr"

M(L, "request", "legal_anchor", ["access"], "Милош Јовановић", "Моравац д.о.о.", None,
  "ЗЗПЛ члан 26 (право на приступ), ћирилица; д.о.о. у потпису",
  ("Милош Јовановић", "milos.jovanovic@moravac.example"), "Захтев за приступ подацима о личности",
  """Поштовани,

На основу члана 26. Закона о заштити података о личности молим да ми доставите копију података о личности које о мени обрађујете у систему Massist CRM.

Срдачан поздрав,
Милош Јовановић
руководилац продаје
Моравац д.о.о., Крагујевац
""", charset="utf-8", cte="quoted-printable")

M(L, "auto_reply", "not_request", [], "Јелена Петровић", None, None,
  "аутоматски одговор на ћирилици",
  ("Јелена Петровић", "jelena.petrovic@opstina-like.example"), "Аутоматски одговор: Ваш захтев",
  """Поштовани,

на годишњем одмору сам до 25. августа. Одговорићу на вашу поруку по повратку.

Јелена Петровић
""", charset="windows-1251", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

# ------------------------------------------------------------------ Turkish
L = "tr"

M(L, "request", "plain_words", ["access"], "Ayşe Yılmaz", None, None,
  "günlük dil: 'benim hakkımda ne biliyorsunuz'",
  ("Ayşe Yılmaz", "ayse.yilmaz@posta-tr.example"), "Hakkımda ne var?",
  """Merhaba,

Bir şirket beni arayıp numaramı sizin sisteminizden aldıklarını söyledi. Benim hakkımda ne biliyorsunuz, nereden aldınız? Bana gönderir misiniz?

Teşekkürler
Ayşe Yılmaz
""", charset="iso-8859-9", cte="quoted-printable")

M(L, "request", "footer_rights", ["rectification", "erasure"], "Mehmet Ali Öztürk", "Anadolu Tekstil A.Ş.", None,
  "KVKK md. 11 (düzeltme, silme) – altbilgideki KVKK aydınlatma metni tüm hakları sayıyor; A.Ş. imzada",
  ("Mehmet Ali Öztürk", "mali.ozturk@anadolutekstil.example"), "KVKK md. 11 kapsamında başvuru",
  """Sayın Yetkili,

6698 sayılı Kişisel Verilerin Korunması Kanunu'nun 11. maddesi uyarınca;
- Massist CRM'de kayıtlı unvanımın "Satış Müdürü" olarak düzeltilmesini,
- özel cep telefonu numaramın silinmesini

talep ederim.

Saygılarımla,
Mehmet Ali Öztürk
Satış Müdürü
Anadolu Tekstil A.Ş., Bursa

KVKK Aydınlatma Metni: Kişisel verileriniz 6698 sayılı Kanun kapsamında Anadolu Tekstil A.Ş. tarafından işlenmektedir. Kanun'un 11. maddesi uyarınca kişisel verilerinizin işlenip işlenmediğini öğrenme, bilgi talep etme, düzeltilmesini veya silinmesini isteme ve zararın giderilmesini talep etme haklarına sahipsiniz.
Bu e-posta ve ekleri gizlidir.
""", charset="windows-1254", cte="quoted-printable")

M(L, "request", "agent", ["access"], "Emre Demir", "Ege Lojistik Ltd. Şti.", "Zeynep Kaya",
  "avukat müvekkili adına; 'Av.' atılır; büro işveren değildir",
  ("Av. Zeynep Kaya", "zeynep.kaya@kayahukuk.example"), "Müvekkilim Emre Demir adına KVKK başvurusu",
  """Sayın İlgili,

Müvekkilim Emre Demir (Ege Lojistik Ltd. Şti. çalışanı) adına, KVKK md. 11 uyarınca müvekkilime ait kişisel verilerin işlenip işlenmediğinin bildirilmesini ve işlenmişse bu verilere ilişkin bilgi ile bir suretinin tarafıma iletilmesini talep ederim.

Vekaletname ektedir.

Saygılarımla,
Av. Zeynep Kaya
Kaya Hukuk Bürosu, İzmir
""", charset="utf-8", cte="quoted-printable")

M(L, "bounce", "not_request", [], None, None, None,
  "Türkçe teslim edilemedi bildirimi, multipart/report, orijinal ileti ekli",
  ("Posta Sistemi", "mailer-daemon@mx.posta-tr.example"), "Teslim edilemedi: Talebiniz hakkında",
  """Bu ileti posta sunucusu tarafından otomatik olarak oluşturulmuştur.

İletiniz aşağıdaki alıcıya teslim edilemedi:

  burak.aydin@posta-tr.example
  Sebep: Alıcı adresi bulunamadı (550 5.1.1)

Lütfen adresi kontrol edip tekrar deneyin.
""", shape="dsn", charset="iso-8859-9", cte="quoted-printable",
  dsn=dict(mta="mx.posta-tr.example", rcpt="burak.aydin@posta-tr.example", status="5.1.1", orig_mode="full",
           diag="smtp; 550 5.1.1 <burak.aydin@posta-tr.example>: Recipient address rejected",
           orig=dict(frm=("Innthink DPO", "dpo@massistcrm.com"), to="burak.aydin@posta-tr.example",
                     subj="Talebiniz hakkında", lang="tr", charset="utf-8", cte="quoted-printable",
                     body="Sayın Aydın,\n\nKVKK başvurunuz alınmıştır.\n")))

M(L, "other", "not_request", [], "Elif Şahin", None, None,
  "iş başvurusu, açık rıza veriyor – talep değil",
  ("Elif Şahin", "elif.sahin@posta-tr.example"), "İş başvurusu – Veri Koruma Uzmanı",
  """Merhaba,

Veri Koruma Uzmanı pozisyonu için özgeçmişimi ekte gönderiyorum. Kişisel verilerimin işe alım süreci kapsamında işlenmesine açık rıza veriyorum.

İyi çalışmalar,
Elif Şahin
""", charset="utf-8", cte="quoted-printable")
