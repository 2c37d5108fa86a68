from spec import M

MAILS = [
M(rights=["erasure"], name="Олена Шевченко", cls="plain_words",
  note="everyday Ukrainian: delete everything about me",
  frm=("Олена Шевченко", "olena.shevchenko@ukr-poshta.example"), subj="Видаліть мої дані",
  cte="qp", client="gmail",
  body="""Добрий день!

Я ніколи не реєструвалася у вас, але постійно отримую ваші листи. Будь ласка, видаліть усе, що у вас є про мене, і більше не пишіть.

Дякую,
Олена Шевченко
"""),

M(rights=["objection"], name="Андрій Коваленко", cls="plain_words",
  note="koi8-u; 'stop phoning me with offers' = objection to direct marketing",
  frm=("Андрій Коваленко", "andriy.kovalenko@i-ua.example"), subj="Не телефонуйте мені",
  cs="koi8-u", cte="8bit", client="thunderbird", hq="B",
  body="""Добрий день,

ваші менеджери вже третій тиждень телефонують мені з пропозиціями. Мені це не цікаво. Не телефонуйте мені більше і не надсилайте рекламу.

Андрій Коваленко
"""),

M(rights=["rectification"], name="Ірина Бондаренко", employer="ТОВ «Карпатський мед»", cls="legal_anchor",
  note="Ukrainian data protection law art. 8 and GDPR art. 16 cited; TOV in signature",
  frm=("Ірина Бондаренко", "i.bondarenko@karpatskyi-med.example"), subj="Вимога щодо зміни персональних даних",
  cs="windows-1251", cte="qp", client="outlook", shape="alt", style="outlook", hq="B",
  body="""Шановні пані та панове!

Відповідно до статті 8 Закону України «Про захист персональних даних» та статті 16 GDPR прошу виправити недостовірні персональні дані щодо мене у системі Massist CRM: моя посада — «головний бухгалтер», а не «бухгалтер», номер мобільного телефону — +380 67 555 21 09.

З повагою,
Ірина Бондаренко
головний бухгалтер
ТОВ «Карпатський мед»
м. Ужгород
"""),

M(rights=["restriction"], name="Сергій Мельник", cls="plain_words",
  note="'pause using my data until you sort it out, but don't delete' = restriction",
  frm=("Сергій Мельник", "serhii.melnyk@meta-ua.example"), subj="Призупиніть використання моїх даних",
  cte="b64", client="android",
  body="""Доброго дня!

У вашій системі за мною рахується заборгованість, якої в мене немає, я вже писав про це в підтримку. Поки ви не розберетеся, призупиніть, будь ласка, будь-яке використання моїх даних: не надсилайте нагадувань, не передавайте нікому.

Але нічого не видаляйте — мені це потрібно для доказів.

Сергій Мельник
"""),

M(kind="other", name="Оксана Литвиненко", employer="ТОВ «Дніпро Софт»", cls="not_request",
  note="customer asks for a data processing agreement; no right exercised",
  frm=("Оксана Литвиненко", "o.lytvynenko@dnipro-soft.example"), subj="Договір про обробку даних",
  cte="qp", client="outlook",
  body="""Добрий день!

Ми плануємо підключити Massist CRM для нашого відділу продажів. Чи можете надіслати договір про обробку персональних даних (DPA) та перелік субпідрядників?

З повагою,
Оксана Литвиненко
юрист
ТОВ «Дніпро Софт»
"""),
]
