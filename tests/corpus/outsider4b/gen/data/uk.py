from . import M, AR, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Тарас Мельник", None, None,
  "Colloquial Ukrainian: delete all my data",
  ("Тарас Мельник", "taras.melnyk@ukr-poshta.example"),
  "видаліть мої дані",
  """
Добрий день!

Мені постійно приходять листи від вас, хоча я ніде не реєструвався. Видаліть, будь ласка, всі мої дані, які у вас є.

Дякую,
Тарас Мельник
""", cs="utf-8", cte="8bit"),

M("legal_anchor", "request", ["access"], "Наталія Шевчук", None, None,
  "Стаття 8 Закону України «Про захист персональних даних», koi8-u",
  ("Наталія Шевчук", "n.shevchuk@i-ua-mail.example"),
  "Запит на доступ до персональних даних",
  """
Шановні пані та панове!

Відповідно до статті 8 та статті 16 Закону України "Про захист персональних даних" прошу повідомити, чи обробляєте ви мої персональні дані, з якою метою, кому їх передано, та надати мені копію цих даних.

Відповідь прошу надіслати на цю електронну адресу.

З повагою,
Наталія Шевчук
м. Львів
""", cs="koi8-u", cte="quoted-printable"),

M("names", "request", ["rectification"], "Олена Коваленко", None, None,
  "Ukrainian name in genitive (Олени Коваленко) with Latin display; nominative in signature",
  ("Olena Kovalenko", "olena.kovalenko@gmail-ua.example"),
  "Виправлення прізвища",
  """
Вітаю!

У вашій системі в картці Олени Коваленко помилково вказано прізвище «Коваленька» та стару адресу у Харкові. Прошу виправити: тепер я мешкаю в Києві, вул. Саксаганського, 77.

Дякую!
Олена Коваленко
""", shape="alt", cs="windows-1251", cte="quoted-printable"),

M("employer", "request", ["portability"], "Андрій Бондаренко", "ТОВ «Карпатський Млин»", None,
  "Employer ТОВ in signature under position; export own data",
  ("Андрій Бондаренко", "a.bondarenko@karpatmlyn.example"),
  "Вивантаження моїх даних",
  """
Добрий день!

Я звільняюся з ТОВ «Карпатський Млин» і хотів би отримати дані, які сам вносив у Massist CRM (контакти, нотатки, історію зустрічей), у машинозчитуваному форматі, наприклад CSV.

З повагою,
Андрій Бондаренко
менеджер з продажу
ТОВ «Карпатський Млин»
""", shape="html", style="gmail", cs="utf-8", cte="base64"),

M("negation", "request", ["withdraw_consent", "objection"], "Юлія Ткаченко", None, None,
  "Negated account deletion; Ukrainian living in Poland cites GDPR: withdraw consent + object to profiling",
  ("Юлія Ткаченко", "yulia.tkachenko@poczta-pl.example"),
  "Відкликання згоди та заперечення",
  """
Доброго дня,

Я зараз проживаю в Польщі. Одразу уточню: свій обліковий запис я НЕ прошу видаляти, він мені ще потрібен. Відповідно до GDPR:

- відкликаю свою згоду на отримання маркетингових повідомлень;
- заперечую проти використання моїх даних для профілювання.

Прошу підтвердити.

Юлія Ткаченко
Варшава
""", cs="koi8-u", cte="8bit"),

M("not_request", "auto_reply", [], "Оксана Гриценко", None, None,
  "Ukrainian out-of-office",
  ("Оксана Гриценко", "o.hrytsenko@dnipro-energo.example"),
  "Автоматична відповідь: Re: Ваш запит",
  """
Доброго дня!

Я у відпустці до 25 серпня. З термінових питань звертайтеся до Ігоря Петренка: i.petrenko@dnipro-energo.example.

Оксана Гриценко
""", cs="windows-1251", cte="base64", headers=AR()),
]
