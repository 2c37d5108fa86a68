# Ukrainian letters (13).

LETTERS = [
# 001
dict(cls="plain_words", rights=["access"], name="Оксана Бондаренко", emp=None, agent=None,
     note="'що ви про мене зберігаєте', koi8-u",
     frm=("Оксана Бондаренко", "oksana.bondarenko@ukr-post.example"), subj="Що ви про мене знаєте?",
     cs="koi8-u", cte="8bit",
     body="""
Доброго дня!

Моя роботодавиця сказала, що всі контакти працівників зберігаються у вашій системі. Хотіла б дізнатися, що саме ви про мене зберігаєте. Надішліть, будь ласка, усе, що є.

Дякую,
Оксана Бондаренко
"""),
# 002
dict(cls="plain_words", rights=["erasure"], name="Віталій Ткаченко", emp=None, agent=None,
     note="short 'приберіть мене з бази', signature initials plus full name",
     frm=("Віталій Ткаченко", "vitaliy.tkachenko@i-post.example"), subj="приберіть мене з бази",
     cs="utf-8", cte="8bit",
     body="""
Добрий день. Приберіть мене, будь ласка, повністю з вашої бази — телефон, пошту, все. Я з вами ніяких справ не маю.

В. Ткаченко
(Віталій Ткаченко)
"""),
# 003
dict(cls="plain_words", rights=["withdraw_consent"], name="Наталія Шевчук", emp=None, agent=None,
     note="'більше не погоджуюсь' and 'відкликаю дозвіл' for newsletters and call recording",
     frm=("Наталія Шевчук", "natalia.shevchuk@meta-post.example"), subj="Відкликаю свою згоду",
     cs="windows-1251", cte="quoted-printable",
     body="""
Вітаю!

Колись я дала дозвіл записувати мої дзвінки до вашої підтримки і надсилати мені новини. Я більше на це не погоджуюсь — свій дозвіл відкликаю.

З повагою,
Наталія Шевчук
"""),
# 004
dict(cls="plain_words", rights=["automated_decision"], name="Богдан Мельник", emp="ТОВ «Агроспецтехніка»", agent=None,
     note="bonus cut by an automatic rating; wants a person to review",
     frm=("Богдан Мельник", "b.melnyk@agrospectech.example"), subj="Рейтинг, який порахувала програма",
     cs="utf-8", cte="quoted-printable",
     body="""
Добрий день,

я працюю торговим представником у ТОВ «Агроспецтехніка». Цього кварталу мені зрізали премію, бо ваша система автоматично поставила мені «низький рейтинг активності». Ніхто з керівництва цей рейтинг не перевіряв — просто взяли цифру з програми.

Я не згоден, щоб таке вирішувала програма. Прошу, щоб моє питання переглянула жива людина і щоб я міг пояснити, чому в мене було менше дзвінків (я був на лікарняному).

Богдан Мельник
"""),
# 005
dict(cls="multi_right", rights=["rectification", "objection"], name="Юрій Коваль", emp=None, agent=None,
     note="wrong Latin spelling of name + stop marketing",
     frm=("Yurii Koval", "yurii.koval@ua-post.example"), subj="Ім'я з помилкою і реклама",
     cs="koi8-u", cte="quoted-printable",
     body="""
Добрий день!

1. У вас моє ім'я латиницею записано як "Yuri Kowal". Правильно так, як у паспорті: Yurii Koval (Юрій Коваль). Виправте, будь ласка.
2. Перестаньте надсилати мені рекламні листи.

Дякую.
Юрій Коваль
"""),
# 006
dict(cls="multi_right", rights=["access", "withdraw_consent", "erasure"], name="Ірина Савченко", emp=None, agent=None,
     note="long emotional letter: what do you have, I take back consent, delete",
     frm=("Ірина Савченко", "iryna.savchenko@ukr-post.example"), subj="Мої дані",
     cs="utf-8", cte="quoted-printable", shape="alt", hstyle="webmail",
     body="""
Добрий вечір,

вибачте, що пишу так довго, але мене це справді турбує. Два роки тому я зареєструвалася на вашому безкоштовному вебінарі, коли шукала роботу. Тоді я погодилася на розсилки, бо думала, що це буде корисно. Відтоді мені пишуть і телефонують різні компанії, які кажуть, що знайшли мене "через партнерів".

Тому прошу:
– напишіть мені, що саме ви про мене зберігаєте і кому передавали;
– вважайте, що своєї згоди на розсилки і будь-що інше я більше не даю;
– після відповіді повністю видаліть мої дані.

Дякую за розуміння.
Ірина Савченко
"""),
# 007
dict(cls="negation", rights=["objection"], name="Андрій Кравчук", emp=None, agent=None,
     note="not withdrawing from the contract; only no analytics on me",
     frm=("Андрій Кравчук", "andriy.kravchuk@i-post.example"), subj="Аналітика",
     cs="windows-1251", cte="8bit",
     body="""
Добрий день,

одразу уточню: я не відмовляюся від послуг і не прошу нічого видаляти. Але я не хочу, щоб мої дані використовували для аналітики, "скорингу" та будь-якого профілювання. Прошу це припинити.

Андрій Кравчук
"""),
# 008
dict(cls="agent", rights=["access", "erasure"], name="Данило Поліщук", emp=None, agent="Людмила Поліщук",
     note="mother for a 16-year-old son; son's name in genitive and nominative",
     frm=("Людмила Поліщук", "lyudmyla.polishchuk@ukr-post.example"), subj="Дані мого сина",
     cs="utf-8", cte="quoted-printable",
     body="""
Доброго дня!

Мій син Данило Поліщук, 16 років, залишив свої дані на вашому сайті, коли реєструвався на пробну версію для шкільного проєкту.

Як його мати прошу надіслати мені, які дані Данила ви зберігаєте, а потім видалити їх.

Людмила Поліщук
"""),
# 009
dict(cls="names", rights=["rectification"], name="Мар'яна Гнатюк", emp=None, agent=None,
     note="apostrophe in the name, Latin display name differs",
     frm=("Mariana Hnatiuk", "mariana.hnatiuk@lviv-mail.example"), subj="Виправлення імені",
     cs="utf-8", cte="base64",
     body="""
Вітаю,

у ваших листах мене називають "Марьяна". Правильно — Мар'яна Гнатюк, з апострофом. Прошу виправити.

Мар'яна Гнатюк
"""),
# 010
dict(cls="negation", rights=["restriction"], name="Олександр Литвиненко", emp=None, agent=None,
     note="Ukrainian in Poland: explicitly not erasure (art. 17) but restriction (art. 18)",
     frm=("Олександр Литвиненко", "o.lytvynenko@pl-post.example"), subj="Обмеження обробки (ст. 18 GDPR), не видалення",
     cs="utf-8", cte="quoted-printable",
     body="""
Шановний відповідальний за захист даних!

Прошу не сприймати цей лист як вимогу про видалення за статтею 17 GDPR – видаляти мої дані зараз не треба, бо вони можуть знадобитися мені в суперечці з вашим клієнтом (службою доставки).

Натомість відповідно до статті 18 Загального регламенту ЄС про захист даних прошу обмежити обробку моїх персональних даних: зберігати їх, але не використовувати й нікому не передавати, доки суперечку не буде вирішено.

З повагою,
Олександр Литвиненко
Вроцлав, Польща
"""),
# 011
dict(cls="form", rights=["objection"], name="Тарас Іваненко", emp="ТОВ «Полтава-Агро»", agent=None,
     note="Ukrainian web form with fields",
     frm=("Форма звернення", "no-reply@zvernennia-forma.example"), subj="Нове звернення з сайту",
     cs="utf-8", cte="quoted-printable",
     xh=[("Reply-To", ("Тарас Іваненко", "taras.ivanenko@poltava-agro.example")), ("Auto-Submitted", "auto-generated")],
     body="""
Отримано нове звернення через форму на сайті.

Ім'я та прізвище: Тарас Іваненко
Ел. пошта: taras.ivanenko@poltava-agro.example
Компанія: ТОВ «Полтава-Агро»
Тип звернення: Відмова від розсилки
Повідомлення: Не надсилайте мені більше маркетингових листів і не дзвоніть з пропозиціями.

Дата: 02.10.2026 12:40
"""),
# 012
dict(cls="footer_rights", rights=["access"], name="Світлана Романенко", emp="ПрАТ «Дніпро-Будмаш»", agent=None,
     note="short request above a footer that lists data subject rights",
     frm=("Світлана Романенко", "s.romanenko@dnipro-budmash.example"), subj="Запит",
     cs="windows-1251", cte="quoted-printable",
     body="""
Добрий день, надішліть, будь ласка, копію моїх персональних даних, які є у вашій системі.

Світлана Романенко
ПрАТ «Дніпро-Будмаш»

Цей лист може містити конфіденційну інформацію. Відповідно до законодавства ви маєте право на доступ до своїх персональних даних, їх виправлення, видалення, обмеження обробки, а також право відкликати згоду.
"""),
# 013
dict(cls="not_request", kind="other", rights=[], name="Максим Руденко", emp="ТОВ «Карпатська Кава»", agent=None,
     note="general question about where data is stored, not a request",
     frm=("Максим Руденко", "maksym@karpatska-kava.example"), subj="Де зберігаються дані?",
     cs="utf-8", cte="quoted-printable",
     body="""
Добрий день!

Ми невелика мережа кав'ярень (ТОВ «Карпатська Кава») і думаємо перейти на Massist. Підкажіть, будь ласка, в якій країні фізично зберігаються дані клієнтів і чи можна обрати сервери в ЄС?

Дякую,
Максим Руденко
"""),
]
