# Russian letters (15).

LETTERS = [
# 001
dict(cls="plain_words", rights=["opt_out_sale"], name="Денис Орлов", emp=None, agent=None,
     note="Russian speaker in California: don't sell or hand my data to advertisers, koi8-r",
     frm=("Денис Орлов", "denis.orlov@pochta-ru.example"), subj="не продавайте мои данные",
     cs="koi8-r", cte="8bit",
     body="""
Здравствуйте.

Живу в Калифорнии, в Сакраменто. Мне сказали, что ваша система передаёт контакты "партнёрам" для рекламы. Не надо продавать мои данные и передавать их рекламщикам и кому-либо ещё. Прошу это прекратить.

Денис Орлов
"""),
# 002
dict(cls="plain_words", rights=["erasure"], name="Валентина Сергеевна Кузнецова", emp=None, agent=None,
     note="older woman, formal 'прошу удалить', full name with patronymic",
     frm=("Кузнецова В.С.", "kuznetsova.vs@mail-ru.example"), subj="Просьба",
     cs="windows-1251", cte="quoted-printable",
     body="""
Добрый день!

Я пенсионерка, в компьютерах разбираюсь плохо, письмо помогла написать внучка. Раньше я работала бухгалтером, и на старой работе меня занесли в вашу программу. Я там давно не работаю.

Прошу удалить все мои данные: телефон, адрес, паспортные данные, если они у вас есть. Не хочу, чтобы они где-то лежали.

С уважением,
Валентина Сергеевна Кузнецова
"""),
# 003
dict(cls="plain_words", rights=["rectification"], name="Анастасия Белова", emp="ООО «ТехноСнаб»", agent=None,
     note="surname misspelled, old address, update phone; employer with guillemets",
     frm=("Анастасия Белова", "a.belova@tehnosnab.example"), subj="Исправьте мои данные",
     cs="utf-8", cte="quoted-printable", shape="alt",
     body="""
Здравствуйте!

Работаю менеджером в ООО «ТехноСнаб», у нас стоит ваша система. Во всех документах, которые из неё выходят, моя фамилия написана как «Билова». Правильно — Белова, через «е».

Ещё там старый адрес (ул. Гагарина, 5) — я переехала, теперь ул. Лесная, 17, кв. 42, Екатеринбург. И обновите, пожалуйста, номер телефона: новый +7 912 000-45-67.

Спасибо!
Анастасия Белова
"""),
# 004
dict(cls="plain_words", rights=["grievance"], name="Игорь Волков", emp=None, agent=None,
     note="formal complaint to the company about a data leak, wants escalation",
     frm=("Игорь Волков", "igor.volkov@yandeks-post.example"), subj="Официальная жалоба",
     cs="koi8-r", cte="quoted-printable",
     body="""
Добрый день.

Две недели назад мне пришло письмо от вашей поддержки, в котором были чужие данные: фамилии, телефоны и заметки по клиентам какой-то другой компании. Я сообщил об этом в поддержку, мне ответили "передадим" - и тишина.

Прошу считать это письмо официальной жалобой. Хочу, чтобы её рассмотрел ваш руководитель или ответственный за защиту данных, а не та же поддержка, и чтобы мне письменно ответили, как такое случилось и что вы сделали.

Игорь Волков
"""),
# 005
dict(cls="multi_right", rights=["objection", "restriction"], name="Ольга Никитина", emp=None, agent=None,
     note="stop calling + don't touch my data while you find out where you got it",
     frm=("Ольга Никитина", "olga.nikitina@rambl-mail.example"), subj="Звонки и мой номер",
     cs="windows-1251", cte="8bit",
     body="""
Здравствуйте,

мне уже месяц звонят ваши менеджеры с предложением "подключить CRM". Я не предприниматель и ничего не заказывала.

1) Перестаньте мне звонить и писать.
2) Пока вы выясняете, откуда у вас вообще мой номер, ничего с ним не делайте и никому не передавайте.

Ольга Никитина
"""),
# 006
dict(cls="multi_right", rights=["access", "portability", "erasure"], name="Артём Лебедев", emp=None, agent=None,
     note="copy, a file for another service, then delete – list",
     frm=("Артём Лебедев", "artem.lebedev@ya-post.example"), subj="Мои данные: копия, выгрузка, удаление",
     cs="utf-8", cte="8bit",
     body="""
Привет!

Ухожу от вас на другой сервис, поэтому три просьбы:

— пришлите, что у вас хранится обо мне (профиль, история платежей, переписка с поддержкой);
— выгрузите это в нормальном файле (CSV/JSON), чтобы я мог загрузить его в новый сервис;
— после этого удалите всё обо мне.

Спасибо,
Артём Лебедев
"""),
# 007
dict(cls="negation", rights=["withdraw_consent"], name="Светлана Морозова", emp=None, agent=None,
     note="do not delete my account; I take back consent to SMS marketing",
     frm=("Светлана Морозова", "s.morozova@inet-post.example"), subj="Согласие на SMS",
     cs="koi8-r", cte="quoted-printable",
     body="""
Здравствуйте,

аккаунт мне удалять НЕ нужно, я продолжаю пользоваться сервисом.

Но когда-то я поставила галочку, что согласна получать рекламные SMS. Больше я не согласна - это согласие отзываю.

Светлана Морозова
"""),
# 008
dict(cls="negation", rights=["access"], name="Павел Григорьев", emp=None, agent=None,
     note="earlier deletion reported as done; now asks what is still kept",
     frm=("Павел Григорьев", "pavel.grigoryev@post-ru.example"), subj="Re: Ваш запрос выполнен",
     cs="windows-1251", cte="quoted-printable",
     body="""
Спасибо, в прошлом году вы удалили мой старый аккаунт — с этим всё в порядке, повторно ничего удалять не прошу.

Но мне снова пришло письмо на старый адрес. Поэтому хочу знать: какие мои данные у вас всё-таки остались и где они хранятся?

Павел Григорьев

> Уважаемый Павел, ваш запрос на удаление учётной записи выполнен.
> С уважением, служба поддержки Massist
"""),
# 009
dict(cls="agent", rights=["erasure"], name="Галина Петровна Смирнова", emp=None, agent="Алексей Смирнов",
     note="son writes for his elderly mother; mother inflected and in nominative",
     frm=("Алексей Смирнов", "alexey.smirnov@mail-ru.example"), subj="Данные моей мамы",
     cs="utf-8", cte="quoted-printable",
     body="""
Добрый день.

Пишу от имени моей мамы, Галины Петровны Смирновой, ей 82 года, сама она электронной почтой не пользуется. У меня есть нотариальная доверенность, могу прислать скан.

Маме постоянно звонят из разных фирм, и одна из них сказала, что её данные взяты "из базы Massist". Просим удалить все её данные из вашей системы.

Данные мамы: Галина Петровна Смирнова, 1944 г. р., тел. +7 495 000-12-34.

Алексей Смирнов
"""),
# 010
dict(cls="names", rights=["access"], name="Пётр Фёдоров", emp=None, agent=None,
     note="official family-first form with patronymic in text, given-first signature; letter ё",
     frm=("Фёдоров Пётр Алексеевич", "p.fyodorov@mail-ru.example"), subj="Запрос",
     cs="utf-8", cte="base64",
     body="""
Я, Фёдоров Пётр Алексеевич, прошу сообщить, какие мои персональные данные содержатся в вашей системе, и предоставить их копию.

Пётр Фёдоров
"""),
# 011
dict(cls="legal_anchor", rights=["access", "portability"], name="Максим Зайцев", emp=None, agent=None,
     note="Russian-speaking writer citing GDPR articles in Russian (ОРЗД ст. 15 и 20)",
     frm=("Максим Зайцев", "maxim.zaytsev@eu-post.example"), subj="Запрос по ст. 15 и 20 GDPR",
     cs="utf-8", cte="quoted-printable",
     body="""
Уважаемый специалист по защите данных,

На основании статьи 15 Общего регламента ЕС по защите данных (GDPR, ОРЗД) прошу предоставить копию моих персональных данных и сведения об их обработке.

Также на основании статьи 20 ОРЗД прошу передать мне данные, которые я сам предоставил, в структурированном машиночитаемом формате.

Проживаю в Германии, Берлин.

С уважением,
Максим Зайцев
"""),
# 012
dict(cls="employer", rights=["objection"], name="Ксения Васильева", emp="ООО «Северный Ветер»", agent=None,
     note="employer with guillemets in a signature block",
     frm=("Ксения Васильева", "k.vasilyeva@sevveter.example"), subj="Отписка",
     cs="windows-1251", cte="quoted-printable",
     body="""
Добрый день!

Прошу больше не присылать мне рекламные рассылки и приглашения на вебинары.

--
С уважением,
Ксения Васильева
руководитель отдела продаж
ООО «Северный Ветер»
г. Архангельск, +7 8182 00-11-22
"""),
# 013
dict(cls="footer_rights", rights=["erasure"], name="Роман Ковалёв", emp="АО «УралМаш-Сервис»", agent=None,
     note="request above a corporate footer listing data subject rights",
     frm=("Роман Ковалёв", "r.kovalev@uralmash-service.example"), subj="Удаление данных",
     cs="windows-1251", cte="quoted-printable",
     body="""
Коллеги, добрый день.

Прошу удалить мои персональные данные из вашей системы, я больше не являюсь контактным лицом по вашему договору.

Роман Ковалёв
АО «УралМаш-Сервис»

__________________________
Информация в этом сообщении конфиденциальна. Субъект персональных данных имеет право на доступ к своим данным, их уточнение, блокирование, уничтожение, а также право отозвать согласие на обработку персональных данных.
"""),
# 014
dict(cls="access_items", rights=["access"], name="Юлия Соколова", emp=None, agent=None,
     note="purposes, recipients, retention, source, automated decisions, complaint",
     frm=("Юлия Соколова", "yulia.sokolova@post-ru.example"), subj="Запрос сведений об обработке",
     cs="utf-8", cte="quoted-printable", shape="html", hstyle="webmail",
     body="""
Здравствуйте!

Прошу предоставить мне:
1. копию моих персональных данных;
2. цели их обработки;
3. кому они передавались или будут передаваться (в том числе за границу);
4. сроки хранения;
5. источник получения, если данные получены не от меня;
6. применяется ли к ним автоматизированное принятие решений или профилирование, и с какими последствиями;
7. куда я могу подать жалобу.

Юлия Соколова
"""),
# 015
dict(cls="not_request", kind="bounce", rights=[], name=None, emp=None, agent=None,
     note="Russian-language mail server bounce, multipart/report with headers only",
     frm=("Почтовая служба", "mailer-daemon@mx.post-ru.example"), subj="Недоставленное сообщение",
     cs="utf-8", cte="8bit", shape="report", headers_only=True,
     xh=[("Auto-Submitted", "auto-replied")],
     body="""
Это сообщение создано автоматически почтовым сервером mx.post-ru.example.

Ваше письмо не может быть доставлено одному или нескольким получателям:

<i.volkov.old@post-ru.example>: почтовый ящик не существует.

Пожалуйста, проверьте адрес получателя.
""",
     dsn="""
Reporting-MTA: dns; mx.post-ru.example
Arrival-Date: Tue, 14 Apr 2026 11:02:07 +0300

Final-Recipient: rfc822; i.volkov.old@post-ru.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist
""",
     inner=dict(frm=("Data Protection Officer", "dpo@massistcrm.com"), to="i.volkov.old@post-ru.example",
                subj="Re: Official complaint", cs="us-ascii", cte="7bit",
                body="Dear Mr Volkov,\n\nThank you for your complaint. It has been escalated.\n")),
]
