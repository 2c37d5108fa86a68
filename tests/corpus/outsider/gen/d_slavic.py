from core import M

# ------------------------------------------------------------------ Polish
L = "pl"
M(L, "request", "access", "Magdalena Grabowska", None, None, "legal_anchor", "RODO art. 15, iso-8859-2 QP",
  frm=("Magdalena Grabowska", "m.grabowska@wp.example"), subj="Wniosek o dostęp do danych osobowych (art. 15 RODO)",
  cs="iso-8859-2", cte="quoted-printable", henc="Q",
  body="""Szanowni Państwo,

na podstawie art. 15 RODO zwracam się z prośbą o potwierdzenie, czy przetwarzają Państwo moje dane osobowe, a jeżeli tak – o przekazanie ich kopii.

Z poważaniem
Magdalena Grabowska
ul. Słoneczna 14/3
31-422 Kraków
""")

M(L, "request", "erasure objection", "Bartłomiej Nowicki", None, None, "legal_anchor", "art. 17 RODO 'prawo do bycia zapomnianym' + art. 21 sprzeciw, base64",
  frm=("Bartłomiej Nowicki", "bartek.nowicki@onet.example"), subj="Żądanie usunięcia danych – art. 17 RODO",
  cte="base64",
  body="""Dzień dobry,

korzystając z prawa do bycia zapomnianym (art. 17 RODO), żądam usunięcia wszystkich moich danych osobowych. Jednocześnie wnoszę sprzeciw wobec przetwarzania moich danych w celach marketingowych (art. 21 ust. 2 RODO).

Pozdrawiam
Bartłomiej Nowicki
""")

M(L, "request", "access erasure", "Krzysiek Lewandowski", None, None, "plain_words", "English subject, Polish body, colloquial",
  frm=("Krzysiek L", "krzysiek.lew@interia.example"), subj="Data request",
  body="""Siema, co wy macie na mój temat?? Dostaje od was maile a nigdy sie nie rejestrowałem. Pokażcie co macie i potem usuncie to wszystko.

Krzysiek Lewandowski
""")

M(L, "request", "access", "Paweł Zieliński", "Budmax Sp. z o.o.", None, "employer", "job title + Sp. z o.o.; 'Wysłane z aplikacji Poczta' not employer",
  frm=("Paweł Zieliński", "p.zielinski@budmax.example"), subj="Prośba o informację o danych",
  cs="iso-8859-2", cte="8bit", henc="B",
  body="""Dzień dobry,

proszę o informację, jakie moje dane osobowe są przechowywane w Państwa systemie oraz o ich kopię.

Pozdrawiam
Paweł Zieliński
Kierownik Działu IT
Budmax Sp. z o.o.
ul. Przemysłowa 7, 60-111 Poznań

Wysłane z aplikacji Poczta dla Windows
""")

M(L, "request", "erasure", "Zuzanna Kowalczyk", None, "Marek Kowalczyk", "agent", "father writes for 15-year-old daughter",
  frm=("Marek Kowalczyk", "marek.kowalczyk@o2.example"), subj="Usunięcie konta córki",
  body="""Dzień dobry,

jestem ojcem Zuzanny Kowalczyk (15 lat). Córka założyła konto w serwisie korzystającym z Państwa systemu bez mojej zgody. Jako jej przedstawiciel ustawowy proszę o usunięcie jej konta i wszystkich danych.

Dane córki: Zuzanna Kowalczyk, login zuzia_k2010

Z poważaniem
Marek Kowalczyk
""")

M(L, "request", "rectification", "Katarzyna Wójcik-Zielińska", None, None, "names", "'Nazywam się X.' hyphenated surname, iso-8859-2",
  frm=("", "kasia.wz@gazeta.example"), subj="Sprostowanie nazwiska",
  cs="iso-8859-2", cte="quoted-printable", henc="B",
  body="""Dzień dobry. Nazywam się Katarzyna Wójcik-Zielińska. Proszę o sprostowanie mojego nazwiska w Państwa bazie – po ślubie używam nazwiska dwuczłonowego.

Dziękuję.
""")

M(L, "request", "rectification", "Tadeusz Mazur", None, None, "negation", "earlier withdrawal of consent reported; now only correction of phone",
  frm=("Tadeusz Mazur", "tadeusz.mazur@poczta.example"), subj="Zmiana numeru telefonu",
  body="""Dzień dobry,

w zeszłym roku cofnąłem zgodę na kontakt marketingowy i otrzymałem od Państwa potwierdzenie – to jest załatwione. Teraz proszę jedynie o sprostowanie mojego numeru telefonu na 601 555 208.

Tadeusz Mazur
""")

M(L, "request", "access portability rectification restriction", "Agnieszka Dąbrowska", None, None, "multi_right", "four rights enumerated, multipart/alternative",
  frm=("Agnieszka Dąbrowska", "a.dabrowska@op.example"), subj="Wnioski dotyczące moich danych",
  fmt="alt", cs="utf-8", cte="quoted-printable",
  body="""Szanowni Państwo,

na podstawie RODO wnoszę o:
1) dostęp do moich danych i przekazanie ich kopii,
2) sprostowanie mojego adresu zamieszkania,
3) ograniczenie przetwarzania do czasu sprostowania,
4) przeniesienie danych w formacie CSV.

Z poważaniem
Agnieszka Dąbrowska
""")

# ------------------------------------------------------------------ Czech
L = "cs"
M(L, "request", "access", "Lenka Horáková", None, None, "legal_anchor", "čl. 15 GDPR + zákon č. 110/2019 Sb., iso-8859-2",
  frm=("Lenka Horáková", "lenka.horakova@seznam.example"), subj="Žádost o přístup k osobním údajům dle čl. 15 GDPR",
  cs="iso-8859-2", cte="quoted-printable", henc="Q",
  body="""Vážení,

v souladu s čl. 15 obecného nařízení o ochraně osobních údajů (GDPR) a zákonem č. 110/2019 Sb. Vás žádám o sdělení, zda zpracováváte mé osobní údaje, a o poskytnutí jejich kopie.

S pozdravem
Lenka Horáková
Brno
""")

M(L, "request", "erasure", None, None, None, "plain_words", "two lines, no name, iso-8859-2 base64",
  frm=("", "pepa.novak88@centrum.example"), subj="smazat",
  cs="iso-8859-2", cte="base64",
  body="""Dobrý den, smažte mě prosím ze všech vašich seznamů a databází. Děkuji
""")

M(L, "request", "objection", "Zdeněk Procházka", "Strojírny Vysočina s.r.o.", None, "employer", "Jednatel + s.r.o.",
  frm=("Zdeněk Procházka", "prochazka@strojirny-vysocina.example"), subj="Námitka proti zpracování",
  cs="iso-8859-2", cte="8bit", henc="B",
  body="""Dobrý den,

vznáším námitku proti zpracování mých osobních údajů pro účely přímého marketingu. Prosím o potvrzení.

S pozdravem
Zdeněk Procházka
jednatel
Strojírny Vysočina s.r.o.
Jihlava
""")

M(L, "request", "access", "Jaroslav Dvořák", None, None, "names", "Ing. and Ph.D. dropped",
  frm=("Ing. Jaroslav Dvořák, Ph.D.", "j.dvorak@email.example"), subj="Informace o zpracování",
  body="""Dobrý den,

prosím o informaci, jaké osobní údaje o mně vedete, a o jejich kopii.

Děkuji
Ing. Jaroslav Dvořák, Ph.D.
""")

M(L, "request", "erasure", "Tereza Malá", "Pekárna U Mlýna s.r.o.", None, "form", "Czech form, Typ žádosti: Výmaz, Firma field",
  frm=("Webový formulář", "formular@massistcrm.example"), reply_to=("Tereza Malá", "tereza.mala@pekarna-umlyna.example"),
  subj="Nová žádost subjektu údajů",
  body="""Jméno a příjmení: Tereza Malá
E-mail: tereza.mala@pekarna-umlyna.example
Firma: Pekárna U Mlýna s.r.o.
Typ žádosti: Výmaz osobních údajů
Zpráva: Už nejsem kontaktní osobou, prosím o vymazání.

Odesláno automaticky z webového formuláře.
""")

M(L, "other", "", "Ondřej Kolář", "Kolář Software a.s.", None, "footer_rights", "pricing question; footer lists data subject rights -> not a request",
  frm=("Ondřej Kolář", "ondrej.kolar@kolarsoft.example"), subj="Cenová nabídka pro 50 uživatelů",
  body="""Dobrý den,

mohli byste nám poslat cenovou nabídku na 50 licencí včetně podpory?

Díky
Ondřej Kolář
Kolář Software a.s.

Informace o ochraně osobních údajů: Máte právo na přístup ke svým osobním údajům, jejich opravu, výmaz, omezení zpracování, přenositelnost a právo vznést námitku.
""")

# ------------------------------------------------------------------ Slovak
L = "sk"
M(L, "request", "access", "Miroslava Kováčová", None, None, "legal_anchor", "čl. 15 GDPR + zákon č. 18/2018 Z. z., iso-8859-2",
  frm=("Miroslava Kováčová", "mirka.kovacova@azet.example"), subj="Žiadosť o prístup k osobným údajom",
  cs="iso-8859-2", cte="quoted-printable", henc="Q",
  body="""Dobrý deň,

podľa čl. 15 nariadenia GDPR a zákona č. 18/2018 Z. z. o ochrane osobných údajov Vás žiadam o potvrdenie, či spracúvate moje osobné údaje, a o ich kópiu.

S pozdravom
Miroslava Kováčová
Košice
""")

M(L, "request", "erasure", "Juraj Baláž", None, None, "plain_words", "short plain Slovak",
  frm=("Juraj Baláž", "juraj.balaz@post.example"), subj="Vymazanie účtu",
  body="""Prosím o vymazanie môjho účtu a všetkých údajov. Službu už nepoužívam.
Juraj Baláž
""")

M(L, "request", "objection", "Veronika Szabóová", None, "Peter Hudák", "agent", "advokát for client (mandant)",
  frm=("JUDr. Peter Hudák", "hudak@ak-hudak.example"), subj="Námietka – klientka Veronika Szabóová",
  body="""Vážení,

v zastúpení mojej klientky, pani Veroniky Szabóovej, na základe priloženej plnej moci podávam námietku proti spracúvaniu jej osobných údajov na účely profilovania a priameho marketingu.

Dotknutá osoba: Veronika Szabóová, nar. 1984, Bratislava

S pozdravom
JUDr. Peter Hudák
advokát
Advokátska kancelária Hudák, s.r.o.
""")

M(L, "request", "withdraw_consent", "Ľubomír Kráľ", "Agrodružstvo Tatry, spol. s r.o.", None, "employer", "spol. s r.o. employer, iso-8859-2",
  frm=("Ľubomír Kráľ", "kral@agrotatry.example"), subj="Odvolanie súhlasu",
  cs="iso-8859-2", cte="8bit", henc="B",
  body="""Dobrý deň,

odvolávam svoj súhlas so spracúvaním osobných údajov na marketingové účely.

Ľubomír Kráľ
obchodný riaditeľ
Agrodružstvo Tatry, spol. s r.o.
Poprad
""")

M(L, "request", "access rectification", "Natália Horváthová", None, None, "multi_right", "prístup + oprava",
  frm=("Natália Horváthová", "natalia.horvathova@gmail.example"), subj="Prístup a oprava údajov",
  body="""Dobrý deň,

chcela by som vedieť, aké údaje o mne máte, a zároveň Vás žiadam o opravu môjho priezviska – po sobáši sa volám Horváthová, nie Nemcová.

Ďakujem
Natália Horváthová
""")

# ------------------------------------------------------------------ Slovenian
L = "sl"
M(L, "request", "access", "Urška Kovačič", None, None, "legal_anchor", "15. člen Splošne uredbe + ZVOP-2, iso-8859-2",
  frm=("Urška Kovačič", "urska.kovacic@siol.example"), subj="Zahteva za seznanitev z osebnimi podatki",
  cs="iso-8859-2", cte="quoted-printable", henc="Q",
  body="""Spoštovani,

na podlagi 15. člena Splošne uredbe o varstvu podatkov (GDPR) in ZVOP-2 zahtevam seznanitev z mojimi osebnimi podatki ter kopijo teh podatkov.

Lep pozdrav,
Urška Kovačič
Ljubljana
""")

M(L, "request", "erasure", "Matej Zupan", None, None, "plain_words", "plain Slovenian",
  frm=("Matej Zupan", "matej.zupan@gmail.example"), subj="izbris",
  body="""Pozdravljeni, prosim izbrišite me iz vaše baze, ne želim več prejemati ničesar od vas.
Hvala, Matej Zupan
""")

M(L, "request", "objection", "Borut Žagar", "Alpina Les d.o.o.", None, "employer", "d.o.o. under title, iso-8859-2",
  frm=("Borut Žagar", "borut.zagar@alpinales.example"), subj="Ugovor obdelavi",
  cs="iso-8859-2", cte="8bit", henc="B",
  body="""Spoštovani,

ugovarjam obdelavi mojih osebnih podatkov za namene neposrednega trženja.

Lep pozdrav
Borut Žagar
vodja nabave
Alpina Les d.o.o.
Kranj
""")

M(L, "request", "rectification", "Špela Novak Kranjc", None, None, "names", "Mag. dropped, double surname without hyphen",
  frm=("mag. Špela Novak Kranjc", "spela.nk@t-2.example"), subj="Popravek priimka",
  body="""Pozdravljeni,

prosim, da popravite moj priimek v vaši evidenci. Pravilno: Novak Kranjc.

mag. Špela Novak Kranjc
""")

M(L, "auto_reply", "", "Nina Potočnik", None, None, "not_request", "Slovenian out-of-office with Auto-Submitted",
  frm=("Nina Potočnik", "nina.potocnik@zavarovalnica-primer.example"), subj="Samodejni odgovor: Zahteva za izbris",
  hdrs={"Auto-Submitted": "auto-replied"},
  body="""Pozdravljeni,

do 18. 7. sem odsotna. Vaše sporočilo bom prebrala po vrnitvi. V nujnih primerih pišite na info@zavarovalnica-primer.example.

Nina Potočnik
""")

# ------------------------------------------------------------------ Croatian
L = "hr"
M(L, "request", "erasure", "Ivana Marković", None, None, "legal_anchor", "članak 17. Opće uredbe o zaštiti podataka, iso-8859-2",
  frm=("Ivana Marković", "ivana.markovic@net.example"), subj="Zahtjev za brisanje osobnih podataka",
  cs="iso-8859-2", cte="quoted-printable", henc="Q",
  body="""Poštovani,

temeljem članka 17. Opće uredbe o zaštiti podataka (GDPR) zahtijevam brisanje svih mojih osobnih podataka iz vaših sustava.

Srdačan pozdrav,
Ivana Marković
Zagreb
""")

M(L, "request", "access", "Tomislav", None, None, "plain_words", "only first name given",
  frm=("Tomislav", "tomo.split@gmail.example"), subj="pitanje",
  body="""Bok, što sve imate o meni u bazi? Zanima me odakle vam moj broj.
Tomislav
""")

M(L, "request", "access", "Dario Jurić", "Jadran Brodogradnja d.o.o.", None, "employer", "d.o.o. employer in body ('radim u')",
  frm=("Dario Jurić", "dario.juric@jadranbrod.example"), subj="Pristup podacima",
  body="""Poštovani,

radim u tvrtki Jadran Brodogradnja d.o.o. koja koristi vaš CRM. Molim vas da mi dostavite kopiju osobnih podataka koje o meni obrađujete.

Lijep pozdrav,
Dario Jurić
""")

M(L, "request", "withdraw_consent", "Petra Babić", "Babić Turizam j.d.o.o.", None, "footer_rights", "footer lists all rights; request is consent withdrawal only, iso-8859-2",
  frm=("Petra Babić", "petra@babic-turizam.example"), subj="Povlačenje privole",
  cs="iso-8859-2", cte="8bit", henc="B",
  body="""Poštovani,

povlačim privolu za primanje vaših newslettera i anketa.

Petra Babić
Babić Turizam j.d.o.o., Zadar

Napomena o privatnosti: ispitanik ima pravo na pristup, ispravak, brisanje, ograničenje obrade, prigovor i prenosivost podataka te pravo na pritužbu AZOP-u.
""")

M(L, "request", "restriction", "Goran Perić", None, None, "negation", "'ne tražim brisanje' + ograničenje obrade",
  frm=("Goran Perić", "goran.peric@hi.example"), subj="Ograničenje obrade",
  body="""Poštovani,

ne tražim brisanje svojih podataka jer imamo otvoren spor oko računa. Tražim ograničenje obrade dok se spor ne riješi.

Goran Perić
""")

# ------------------------------------------------------------------ Bulgarian
L = "bg"
M(L, "request", "access", "Десислава Петрова", None, None, "legal_anchor", "чл. 15 от Регламент (ЕС) 2016/679 + ЗЗЛД, windows-1251",
  frm=("Десислава Петрова", "desi.petrova@abv.example"), subj="Искане за достъп до лични данни",
  cs="windows-1251", cte="quoted-printable", henc="B",
  body="""Уважаеми господа,

На основание чл. 15 от Регламент (ЕС) 2016/679 и Закона за защита на личните данни (ЗЗЛД) моля да ми предоставите информация дали обработвате мои лични данни, както и копие от тях.

С уважение,
Десислава Петрова
гр. Пловдив
""")

M(L, "request", "erasure", "Иван Стоянов", None, None, "plain_words", "plain, koi8-r 8bit",
  frm=("Иван Стоянов", "ivan.stoyanov@mail.example"), subj="изтрийте профила ми",
  cs="koi8-r", cte="8bit",
  body="""Здравейте, изтрийте ми профила и всичко, което имате за мен. Благодаря.
Иван Стоянов
""")

M(L, "request", "objection", "Николай Георгиев", "Балкан Агро ЕООД", None, "employer", "ЕООД employer under title, windows-1251 base64",
  frm=("Николай Георгиев", "n.georgiev@balkanagro.example"), subj="Възражение срещу обработване",
  cs="windows-1251", cte="base64",
  body="""Здравейте,

Възразявам срещу обработването на личните ми данни за целите на директния маркетинг.

Поздрави,
Николай Георгиев
Търговски директор
Балкан Агро ЕООД
гр. Русе
""")

M(L, "request", "erasure", "Мария Иванова", None, "Елена Иванова", "agent", "mother for minor daughter, koi8-r QP",
  frm=("Елена Иванова", "elena.ivanova@dir.example"), subj="Профил на дъщеря ми",
  cs="koi8-r", cte="quoted-printable",
  body="""Здравейте,

Аз съм майка на Мария Иванова, която е на 14 години. Тя е създала профил без мое съгласие. Моля да изтриете профила ѝ и всички нейни данни.

Елена Иванова
""".replace("ѝ", "й"))

M(L, "request", "access portability rectification", "Стефан Димитров", None, None, "multi_right", "достъп + коригиране + преносимост, koi8-r",
  frm=("Стефан Димитров", "stefan.dimitrov@gbg.example"), subj="Искания по GDPR",
  cs="koi8-r", cte="8bit",
  body="""Здравейте,

Моля за следното:
1. Копие на личните ми данни, които съхранявате.
2. Коригиране на телефонния ми номер на 0888 555 123.
3. Предоставяне на данните ми в машинночетим формат, за да ги прехвърля към друг доставчик.

Благодаря,
Стефан Димитров
""")

M(L, "other", "", "Калина Тодорова", "Софт Решения АД", None, "not_request", "vendor asks for договор за обработване, windows-1251",
  frm=("Калина Тодорова", "k.todorova@softresheniya.example"), subj="Споразумение за обработване на лични данни",
  cs="windows-1251", cte="8bit",
  body="""Здравейте,

Във връзка с интеграцията между нашите системи моля да ни изпратите проект на споразумение за обработване на лични данни (чл. 28 от GDPR) и списък на подизпълнителите.

Поздрави,
Калина Тодорова
Юрисконсулт, Софт Решения АД
""")

# ------------------------------------------------------------------ Russian
L = "ru"
M(L, "request", "access", "Дмитрий Олегович Соколов", None, None, "legal_anchor", "ст. 14 152-ФЗ, koi8-r",
  frm=("Дмитрий Соколов", "d.sokolov@yandex.example"), subj="Запрос сведений о персональных данных (ст. 14 152-ФЗ)",
  cs="koi8-r", cte="8bit",
  body="""Добрый день!

В соответствии со статьёй 14 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» прошу предоставить мне сведения об обработке моих персональных данных, а также перечень обрабатываемых данных.

С уважением,
Дмитрий Олегович Соколов
""")

M(L, "request", "erasure", None, None, None, "plain_words", "one line, no name, koi8-r base64",
  frm=("", "kotik1999@mail.example"), subj="удалите меня",
  cs="koi8-r", cte="base64",
  body="""удалите всё что у вас есть обо мне и больше не пишите
""")

M(L, "request", "access", "Алексей Морозов", "ООО «Северный ветер»", None, "employer", "ООО under job title, windows-1251",
  frm=("Алексей Морозов", "a.morozov@sevveter.example"), subj="Мои данные в вашей системе",
  cs="windows-1251", cte="8bit",
  body="""Здравствуйте.

Прошу сообщить, какие мои персональные данные хранятся в вашей CRM, и предоставить их копию.

--
С уважением,
Алексей Морозов
руководитель отдела закупок
ООО «Северный ветер»
г. Санкт-Петербург
""")

M(L, "request", "withdraw_consent", "Анна Сергеевна Кузнецова", None, None, "names", "'Меня зовут X.' with patronymic, koi8-r QP",
  frm=("", "anna.kuz@rambler.example"), subj="Отзыв согласия",
  cs="koi8-r", cte="quoted-printable",
  body="""Здравствуйте. Меня зовут Анна Сергеевна Кузнецова. Отзываю своё согласие на обработку персональных данных в рекламных целях.

Спасибо.
""")

M(L, "request", "erasure", "Игорь Павлов", "ИП Павлов И. В.", None, "form", "Russian form, Тип запроса: Удаление, windows-1251",
  frm=("Форма обратной связи", "noreply@forms.massistcrm.example"), reply_to=("Игорь Павлов", "ip.pavlov@inbox.example"),
  subj="Новый запрос субъекта данных",
  cs="windows-1251", cte="quoted-printable",
  body="""Имя: Игорь Павлов
Email: ip.pavlov@inbox.example
Компания: ИП Павлов И. В.
Тип запроса: Удаление персональных данных
Комментарий: Прошу удалить мои данные, услугами больше не пользуюсь.

Сообщение сформировано автоматически.
""")

M(L, "request", "objection", "Ольга Васильева", None, None, "negation", "'не прошу удалять аккаунт' + objection to mailings, koi8-r base64",
  frm=("Ольга Васильева", "olga.vasilieva@list.example"), subj="рассылки",
  cs="koi8-r", cte="base64",
  body="""Добрый день,

я не прошу удалять мой аккаунт, он мне нужен. Но я возражаю против использования моих данных для рекламных рассылок и звонков.

Ольга Васильева
""")

M(L, "request", "access rectification restriction", "Сергей Николаевич Попов", None, None, "multi_right", "уточнение, блокирование, доступ (152-ФЗ ст. 14 wording), windows-1251",
  frm=("Сергей Попов", "s.n.popov@bk.example"), subj="Требование об уточнении и блокировании данных",
  cs="windows-1251", cte="quoted-printable",
  body="""Здравствуйте!

Прошу:
1) предоставить мне информацию о моих персональных данных, которые вы обрабатываете;
2) уточнить мой адрес — указан старый;
3) заблокировать мои данные до завершения проверки их точности.

С уважением,
Сергей Николаевич Попов
""")

M(L, "other", "", "Виктор Лебедев", None, None, "not_request", "phishing 'запрос субъекта' with credential link, koi8-r",
  frm=("Виктор Лебедев", "v.lebedev@docs-secure-view.example"), subj="Срочно: запрос о персональных данных",
  cs="koi8-r", cte="8bit",
  body="""Уважаемый специалист по защите данных,

Я направил вам официальный запрос о моих персональных данных. Документ доступен по защищённой ссылке:
http://docs-secure-view.example/open?id=PD-99812

Для просмотра войдите под своей корпоративной учётной записью. Ответ необходим в течение 24 часов.

Виктор Лебедев
""")

M(L, "request", "access", "Екатерина Белова", None, None, "access_items", "GDPR Art. 15 items in Russian (EU resident), koi8-r",
  frm=("Екатерина Белова", "katya.belova@gmx.example"), subj="Запрос по статье 15 GDPR",
  cs="koi8-r", cte="quoted-printable",
  body="""Здравствуйте,

Я проживаю в Германии. На основании статьи 15 GDPR прошу сообщить:
- цели обработки моих данных;
- получателей, которым данные передавались;
- срок хранения;
- источник данных;
- используется ли автоматизированное принятие решений, включая профилирование;
- информацию о праве подать жалобу в надзорный орган;
а также предоставить копию данных.

Екатерина Белова
""")

# ------------------------------------------------------------------ Ukrainian
L = "uk"
M(L, "request", "access", "Оксана Ткаченко", None, None, "legal_anchor", "ст. 8 Закону України «Про захист персональних даних», windows-1251",
  frm=("Оксана Ткаченко", "oksana.tkachenko@ukr.example"), subj="Запит на доступ до персональних даних",
  cs="windows-1251", cte="quoted-printable", henc="B",
  body="""Добрий день!

Відповідно до статті 8 Закону України «Про захист персональних даних» прошу надати мені інформацію про мої персональні дані, які ви обробляєте, та їх копію.

З повагою,
Оксана Ткаченко
м. Київ
""")

M(L, "request", "erasure", "Андрій", None, None, "plain_words", "first name only, windows-1251",
  frm=("Андрій", "andriy.lviv@i.example"), subj="видаліть мої дані",
  cs="windows-1251", cte="8bit",
  body="""Привіт, видаліть будь ласка мої дані і акаунт, більше не користуюсь.
Андрій
""")

M(L, "request", "objection", "Василь Бондаренко", "ТОВ «Карпатський мед»", None, "employer", "ТОВ under title",
  frm=("Василь Бондаренко", "v.bondarenko@karpatmed.example"), subj="Заперечення проти обробки",
  body="""Добрий день,

заперечую проти використання моїх персональних даних для маркетингових розсилок.

З повагою,
Василь Бондаренко
директор з продажу
ТОВ «Карпатський мед»
м. Ужгород
""")

M(L, "request", "access erasure", "Ірина Коваль", None, "Максим Шевченко", "agent", "адвокат for client, windows-1251 QP",
  frm=("Адвокат Максим Шевченко", "m.shevchenko@advokat-sh.example"), subj="Запит в інтересах клієнтки Ірини Коваль",
  cs="windows-1251", cte="quoted-printable",
  body="""Шановні пані та панове,

діючи в інтересах моєї клієнтки Ірини Коваль на підставі договору про надання правової допомоги, прошу надати копію її персональних даних, а після цього видалити їх.

Суб'єкт даних: Ірина Коваль, e-mail iryna.koval@ukr.example

З повагою,
Максим Шевченко
адвокат, Адвокатське об'єднання «Шевченко і партнери»
""")

M(L, "request", "rectification", "Олена Іванівна Шевчук-Мельник", None, None, "names", "'Мене звати X.' with patronymic, koi8-u",
  frm=("", "olena.shm@ukr.example"), subj="Виправлення прізвища",
  cs="koi8-u", cte="8bit", henc="B",
  body="""Добрий день. Мене звати Олена Іванівна Шевчук-Мельник. Прошу виправити моє прізвище у вашій базі, там зазначено лише «Шевчук».

Дякую.
""")

M(L, "request", "access portability withdraw_consent", "Юлія Гнатюк", None, None, "multi_right", "Ukrainian living in Poland, cites GDPR; windows-1251 base64",
  frm=("Юлія Гнатюк", "yulia.hnatiuk@wp.example"), subj="GDPR: кілька запитів",
  cs="windows-1251", cte="base64",
  body="""Доброго дня,

я зараз живу у Польщі. Відповідно до GDPR прошу:
— надати копію всіх моїх даних;
— передати мої дані у форматі CSV (право на перенесення);
— я відкликаю свою згоду на отримання рекламних повідомлень.

Юлія Гнатюк
""")
