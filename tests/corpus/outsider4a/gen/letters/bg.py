from spec import M

MAILS = [
M(rights=["erasure"], name="Георги Петров", cls="plain_words",
  note="colloquial Bulgarian: delete everything about me; windows-1251",
  frm=("Георги Петров", "georgi.petrov@abv-poshta.example"), subj="Изтрийте ме",
  cs="windows-1251", cte="8bit", client="android", hq="B",
  body="""Здравейте,

Никога не съм ползвал вашата система, а ми идват имейли от вас всяка седмица. Изтрийте всичко, което имате за мен, и повече не ми пишете.

Георги Петров
"""),

M(rights=["access"], name="Мария Димитрова", cls="access_items",
  note="GDPR art. 15 (ОРЗД) listing purposes, recipients, retention, source = access only",
  frm=("Мария Димитрова", "maria.dimitrova@mail-bg.example"), subj="Искане за достъп по чл. 15 от ОРЗД",
  cte="qp", client="thunderbird", shape="alt", style="web",
  body="""Уважаеми госпожи и господа,

На основание чл. 15 от Общия регламент относно защитата на данните (ОРЗД) моля да ми предоставите:

1. потвърждение дали обработвате мои лични данни и копие от тях;
2. целите на обработването;
3. получателите, на които са разкрити данните;
4. срока, за който ще се съхраняват;
5. източника, от който са събрани, ако не са събрани от мен;
6. информация дали се извършва автоматизирано вземане на решения, включително профилиране.

С уважение,
Мария Димитрова
гр. Пловдив
"""),

M(rights=["withdraw_consent"], name="Десислава Колева", employer="Тракия Агро ЕООД", cls="employer",
  note="employer in signature (ЕООД); 'I no longer agree' = withdrawing consent",
  frm=("Десислава Колева", "d.koleva@trakia-agro.example"), subj="Не съм съгласна със записите",
  cs="windows-1251", cte="qp", client="outlook", hq="B",
  body="""Здравейте,

Когато въведохме Massist във фирмата, се съгласих разговорите ми с клиенти да се записват. Вече не съм съгласна с това и си оттеглям разрешението от днес.

Поздрави,
Десислава Колева
Търговски представител
Тракия Агро ЕООД
"""),

M(rights=["rectification"], name="Николай Стоянов", employer="Балкан Транс ООД", cls="form",
  note="ticket-tool form mail (Auto-Submitted, Reply-To) with Company field; fix phone and address",
  frm=("Massist Support", "support-noreply@tickets.massistcrm.example"), subj="[Заявка #20417] Грешни данни в профила",
  cte="b64", client="form",
  hdr=["Auto-Submitted: auto-generated", ("Reply-To", ("Николай Стоянов", "n.stoyanov@balkantrans.example")),
       "X-Ticket-ID: 20417"],
  body="""Нова заявка е създадена чрез формата за поддръжка.

Име: Николай Стоянов
Имейл: n.stoyanov@balkantrans.example
Фирма: Балкан Транс ООД
Категория: Лични данни

Описание:
Здравейте, в профила ми телефонът е стар (0888 555 101), новият е 0899 555 727. Адресът също е сбъркан – живея на ул. „Шипка“ 12, София, а не на „Шипченски проход“. Може ли да ги оправите? Благодаря!
"""),

M(kind="other", name="Виктор Атанасов", employer="Дата Сигурност ООД", cls="not_request",
  note="vendor offers a GDPR audit; not a request",
  frm=("Виктор Атанасов", "v.atanasov@data-sigurnost.example"), subj="Одит за съответствие с ОРЗД",
  cs="windows-1251", cte="qp", client="outlook", hq="B",
  body="""Уважаеми колеги,

Предлагаме независим одит за съответствие с ОРЗД, включително процедурите ви за обработка на искания за достъп и изтриване. Бихте ли ми казали с кого да се свържа?

С уважение,
Виктор Атанасов
Управител
Дата Сигурност ООД
"""),
]
