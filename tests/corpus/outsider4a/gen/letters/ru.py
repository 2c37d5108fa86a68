from spec import M

MAILS = [
M(rights=["rectification"], name="Ольга Смирнова", cls="names",
  note="everyday Russian, koi8-r: surname misspelt; inflected form in text, nominative in signature",
  frm=("Ольга Смирнова", "olga.smirnova@yandex-pochta.example"), subj="Неправильно записана фамилия",
  cs="koi8-r", cte="8bit", client="thunderbird", hq="B",
  body="""Здравствуйте!

В вашей системе моя фамилия записана как "Смернова", через "е". Все письма и счета приходят Ольге Смерновой. Исправьте, пожалуйста, на правильную: Смирнова.

Спасибо.
Ольга Смирнова
"""),

M(rights=["access"], name="Дмитрий Волков", employer="ООО «Северный ветер»", cls="access_items",
  note="152-FZ art. 14 part 7 items listed (purposes, legal basis, recipients, retention, cross-border) = access only; OOO in signature; display name family-first",
  frm=("Волков Дмитрий", "d.volkov@severny-veter.example"), subj="Запрос на получение сведений об обработке персональных данных",
  cs="windows-1251", cte="qp", client="outlook", shape="alt", style="outlook", hq="B",
  body="""Добрый день!

На основании статьи 14 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» прошу предоставить мне следующие сведения:

1) подтверждение факта обработки моих персональных данных;
2) правовые основания и цели обработки;
3) перечень обрабатываемых данных и источник их получения;
4) сведения о лицах, которым персональные данные раскрыты или могут быть раскрыты;
5) сроки обработки и хранения;
6) информацию об осуществленной или предполагаемой трансграничной передаче данных.

С уважением,
Дмитрий Волков
менеджер по закупкам
ООО «Северный ветер»
г. Архангельск
"""),

M(rights=["withdraw_consent"], name="Анна Кузнецова", cls="plain_words",
  note="'I no longer allow you to use my number for mailings, I changed my mind' = withdrawing consent",
  frm=("Анна Кузнецова", "anna.kuznetsova@mail-ru.example"), subj="Больше не разрешаю рассылки",
  cte="qp", client="android",
  body="""Добрый день,

при регистрации на вебинар я поставила галочку, что согласна получать от вас СМС и письма с предложениями. Я передумала и больше этого не разрешаю.

Анна Кузнецова
"""),

M(kind="auto_reply", name="Игорь Соколов", cls="not_request", note="Russian out-of-office auto-reply",
  frm=("Игорь Соколов", "i.sokolov@sokolov-trade.example"), subj="Автоответ: Ваш запрос",
  cs="koi8-r", cte="qp", client="outlook", hq="B",
  hdr=["Auto-Submitted: auto-replied"],
  body="""Здравствуйте!

Я в отпуске до 2 сентября, почту не читаю. По срочным вопросам обращайтесь по адресу office@sokolov-trade.example.

Игорь Соколов
"""),

M(kind="bounce", cls="not_request", note="Russian-language DSN (multipart/report), no person",
  frm=("Почтовая система", "mailer-daemon@mx.pochta-hosting.example"), subj="Недоставленное сообщение",
  cs="utf-8", cte="b64", client="none", shape="dsn",
  hdr=["Auto-Submitted: auto-replied"],
  body="""Это сообщение создано автоматически почтовым сервером.

Ваше письмо не удалось доставить одному или нескольким получателям:

<a.petrov@stroy-komplekt.example>
Причина: почтовый ящик не существует (550 5.1.1).

Пожалуйста, проверьте правильность адреса.
""",
  dsn=dict(mta="mx.pochta-hosting.example", rcpts=["a.petrov@stroy-komplekt.example"], status="5.1.1",
           diag="550 5.1.1 Mailbox does not exist",
           orig=dict(frm=("Massist Privacy", "dpo@massistcrm.com"), to=("", "a.petrov@stroy-komplekt.example"),
                     subj="Re: Your request", cte="7bit", body="Dear Mr Petrov,\n\nwe need to verify your identity.\n"))),
]
