"""Development letters in the languages added after the first nine, and in the classes of issue 18."""

from __future__ import annotations

from make_corpus import Mail
from texts_dev import R

# Written as people write: each language has a formal letter, an everyday one and one with a negation, a
# correction or several rights; national charsets are used where mail clients still send them.
# fmt: off
MAILS: list[Mail] = [
    # ---------------------------------------------------------------- Bulgarian
    R("bg-101", "bg", ["access"], "Георги Петров", "Тракия Логистик ЕООД",
      "Георги Петров <g.petrov@abv.bg>", "Искане за достъп до лични данни",
      """Уважаеми господине/госпожо,

На основание чл. 15 от Общия регламент относно защитата на данните (ОРЗД) Ви моля да ми предоставите
копие на всички лични данни, които обработвате за мен, както и информация за целите на обработването и
срока на съхранение.

Работя в Тракия Логистик ЕООД, която използва вашата CRM система.

С уважение,
Георги Петров
""", fmt="8bit:windows-1251"),
    R("bg-102", "bg", ["erasure"], "Мария Иванова", None,
      "Мария Иванова <maria.ivanova87@gmail.com>", "Изтриване на акаунт",
      """Здравейте,

моля, изтрийте профила ми и всички данни, свързани с него. Вече не ползвам услугата ви.

Благодаря,
Мария
"""),
    R("bg-103", "bg", ["objection", "withdraw_consent"], "Николай Димитров", "Балкан Софт АД",
      "Николай Димитров <n.dimitrov@balkansoft.bg>", "Маркетингови съобщения",
      """Добър ден,

Оттеглям съгласието си за получаване на маркетингови имейли и възразявам срещу обработването на данните
ми за директен маркетинг.

Поздрави,
Николай Димитров
Софтуерен инженер
Балкан Софт АД
"""),
    R("bg-104", "bg", ["rectification"], "Елена Стоянова", None,
      "Елена Стоянова <elena.stoyanova@mail.bg>", "Грешен адрес",
      """Здравейте,

Не искам да изтривате акаунта ми. Моля само да коригирате адреса ми за доставка, който е стар.
Новият адрес е ул. Шипка 12, 1504 София.

Поздрав,
Елена Стоянова
""", fmt="qp:windows-1251"),
    # ---------------------------------------------------------------- Russian
    R("ru-101", "ru", ["access"], "Алексей Смирнов", "ООО «Северный Ветер»",
      "Алексей Смирнов <a.smirnov@yandex.ru>", "Запрос на доступ к персональным данным",
      """Здравствуйте!

В соответствии со статьей 14 Федерального закона № 152-ФЗ «О персональных данных» прошу предоставить мне
сведения об обработке моих персональных данных: какие данные обо мне хранятся, цели обработки и сроки
хранения.

С уважением,
Алексей Смирнов
ООО «Северный Ветер», менеджер по закупкам
""", fmt="8bit:windows-1251"),
    R("ru-102", "ru", ["erasure"], "Ольга Кузнецова", None,
      "Ольга Кузнецова <olga.kuz@mail.ru>", "удалите мой аккаунт",
      """Добрый день. Прошу удалить мою учетную запись и все мои данные из вашей базы.

Спасибо.
Ольга
""", fmt="8bit:windows-1251"),
    R("ru-103", "ru", ["erasure", "objection"], "Дмитрий Волков", "Rheinland Logistik GmbH",
      "Дмитрий Волков <dvolkov@gmx.de>", "Требование по GDPR",
      """Добрый день,

я проживаю в Германии и на основании ст. 17 и 21 GDPR требую удалить мои персональные данные и прекратить
их обработку в маркетинговых целях. Работаю в компании Rheinland Logistik GmbH.

С уважением, Дмитрий Волков
"""),
    R("ru-104", "ru", ["portability", "rectification"], "Анна Петренко", None,
      "Анна Петренко <anna.p@inbox.ru>", "Исправление данных",
      """Здравствуйте,

в моём профиле неверно указана фамилия: прошу исправить "Петрова" на "Петренко". Также прошу выгрузить мои
данные в машиночитаемом формате, чтобы я могла перенести их к другому поставщику.

Спасибо,
Анна Петренко
""", fmt="b64:koi8-r"),
    # ---------------------------------------------------------------- Ukrainian
    R("uk-101", "uk", ["access"], "Олена Коваленко", "ТОВ «Дніпро Агро»",
      "Олена Коваленко <olena.kovalenko@ukr.net>", "Запит щодо персональних даних",
      """Доброго дня!

Відповідно до статті 15 GDPR прошу надати мені копію моїх персональних даних, які обробляє ваша компанія,
а також повідомити, кому вони передавались.

З повагою,
Олена Коваленко
ТОВ «Дніпро Агро»
""", fmt="8bit:windows-1251"),
    R("uk-102", "uk", ["erasure", "objection"], "Андрій Шевченко", None,
      "Андрій Шевченко <andriy.shev@gmail.com>", "Видалення даних",
      """Добрий день. Прошу видалити всі мої дані та більше не надсилати мені рекламні листи.

Дякую.
Андрій Шевченко
"""),
    R("uk-103", "uk", ["withdraw_consent"], "Ірина Бондаренко", "ПП «Світанок»",
      "Ірина Бондаренко <i.bondarenko@svitanok.ua>", "Відкликання згоди",
      """Доброго дня,

цим листом відкликаю свою згоду на обробку персональних даних для маркетингових цілей.

З повагою,
Ірина Бондаренко
ПП «Світанок»
"""),
    R("uk-104", "uk", ["rectification"], "Тарас Мельничук", None,
      "Тарас Мельничук <t.melnychuk@i.ua>", "Помилка в прізвищі",
      """Вітаю!

У вашій системі моє прізвище записано з помилкою — «Мельник», а правильно «Мельничук». Виправте, будь ласка.

Тарас Мельничук
"""),
    # ---------------------------------------------------------------- Czech
    R("cs-101", "cs", ["access"], "Jana Dvořáková", "Stavby Morava s.r.o.",
      "Jana Dvořáková <jana.dvorakova@seznam.cz>", "Žádost o přístup k osobním údajům",
      """Dobrý den,

podle čl. 15 obecného nařízení o ochraně osobních údajů (GDPR) Vás žádám o potvrzení, zda zpracováváte mé
osobní údaje, a pokud ano, o jejich kopii.

S pozdravem
Jana Dvořáková
účetní
Stavby Morava s.r.o.
""", fmt="8bit:iso-8859-2"),
    R("cs-102", "cs", ["erasure"], "Petr Svoboda", None,
      "Petr Svoboda <psvoboda@email.cz>", "Zrušení účtu",
      """Dobrý den, prosím o smazání mého účtu i všech údajů, které o mně máte.

Děkuji,
Petr Svoboda
"""),
    R("cs-103", "cs", ["objection"], "Lucie Horáková", None,
      "Lucie Horáková <lucie.horakova@centrum.cz>", "Odhlášení",
      """Dobrý den,

přestaňte mi prosím posílat newslettery, nesouhlasím se zpracováním mých údajů pro marketing.

Díky,
Lucie Horáková
""", fmt="qp:iso-8859-2"),
    R("cs-104", "cs", ["rectification", "restriction"], "Martin Černý", "Elektro Černý a.s.",
      "Martin Černý <cerny@elektrocerny.cz>", "Oprava a omezení zpracování",
      """Dobrý den,

u mého profilu máte špatné datum narození. Žádám o opravu a do doby, než údaje opravíte, o omezení
zpracování podle čl. 18 GDPR.

S pozdravem
Ing. Martin Černý
Elektro Černý a.s.
"""),
    # ---------------------------------------------------------------- Slovak
    R("sk-101", "sk", ["erasure"], "Zuzana Kováčová", None,
      "Zuzana Kováčová <zuzana.kovacova@azet.sk>", "Žiadosť o vymazanie osobných údajov",
      """Dobrý deň,

v zmysle článku 17 GDPR žiadam o vymazanie všetkých mojich osobných údajov z vašej databázy.

S pozdravom
Zuzana Kováčová
"""),
    R("sk-102", "sk", ["access"], "Marek Horváth", "Tatra Nábytok s.r.o.",
      "Marek Horváth <horvath@tatranabytok.sk>", "Osobné údaje",
      """Dobrý deň,

chcel by som vedieť, aké osobné údaje o mne spracúvate a na aký účel. Prosím o zaslanie kópie.

Ďakujem,
Marek Horváth
Tatra Nábytok s.r.o.
""", fmt="8bit:iso-8859-2"),
    R("sk-103", "sk", ["portability"], "Peter Baláž", None,
      "Peter Baláž <peter.balaz@gmail.com>", "Prenos údajov",
      """Dobrý deň,

prosím o poskytnutie mojich údajov v strojovo čitateľnom formáte, prechádzam k inému poskytovateľovi.

S pozdravom,
Peter Baláž
"""),
    R("sk-104", "sk", ["objection", "withdraw_consent"], "Katarína Nagyová", None,
      "Katarína Nagyová <katka.nagyova@post.sk>", "Súhlas",
      """Dobrý deň,

odvolávam svoj súhlas so spracúvaním osobných údajov na marketingové účely. Neposielajte mi už žiadne ponuky.

Katarína Nagyová
"""),
    # ---------------------------------------------------------------- Slovenian
    R("sl-101", "sl", ["access"], "Maja Novak", None,
      "Maja Novak <maja.novak@siol.net>", "Zahteva za dostop",
      """Spoštovani,

na podlagi 15. člena Splošne uredbe o varstvu podatkov vas prosim za kopijo mojih osebnih podatkov, ki jih
obdelujete.

Lep pozdrav,
Maja Novak
"""),
    R("sl-102", "sl", ["erasure"], "Luka Kranjc", None,
      "Luka Kranjc <luka.kranjc@gmail.com>", "Izbris računa",
      """Pozdravljeni,

prosim, izbrišite moj račun in vse moje podatke.

Hvala,
Luka Kranjc
"""),
    R("sl-103", "sl", ["rectification"], "Nina Zupan", "Zupan d.o.o.",
      "Nina Zupan <nina@zupan.si>", "Napačen naslov",
      """Spoštovani,

v vaši evidenci je napačen moj naslov. Prosim, popravite ga na: Celovška cesta 25, 1000 Ljubljana.

Lep pozdrav
Nina Zupan
Zupan d.o.o.
""", fmt="8bit:iso-8859-2"),
    R("sl-104", "sl", ["objection"], "Tadej Golob", None,
      "Tadej Golob <tadej.golob@t-2.net>", "Neposredno trženje",
      """Pozdravljeni,

ugovarjam obdelavi mojih podatkov za namene neposrednega trženja. Ne pošiljajte mi več e-novic.

Hvala,
Tadej Golob
"""),
    # ---------------------------------------------------------------- Croatian
    R("hr-101", "hr", ["access"], "Ivana Horvat", "Jadran Turist d.o.o.",
      "Ivana Horvat <ivana.horvat@gmail.com>", "Zahtjev za pristup osobnim podacima",
      """Poštovani,

temeljem članka 15. Opće uredbe o zaštiti podataka molim kopiju svih osobnih podataka koje obrađujete o meni.

Srdačan pozdrav,
Ivana Horvat
Jadran Turist d.o.o.
"""),
    R("hr-102", "hr", ["erasure"], "Marko Kovačević", None,
      "Marko Kovačević <marko.kovacevic@net.hr>", "Brisanje računa",
      """Pozdrav,

molim vas da obrišete moj korisnički račun i sve podatke. Ne koristim više vašu uslugu.

Hvala,
Marko Kovačević
""", fmt="8bit:iso-8859-2"),
    R("hr-103", "hr", ["objection", "withdraw_consent"], "Ana Babić", None,
      "Ana Babić <ana.babic@gmail.com>", "Privola",
      """Poštovani,

povlačim privolu za primanje promotivnih poruka i prigovaram daljnjoj obradi mojih podataka u marketinške
svrhe.

Lijep pozdrav,
Ana Babić
"""),
    R("hr-104", "hr", ["rectification"], "Tomislav Jurišić", None,
      "Tomislav Jurišić <tjurisic@gmail.com>", "Pogrešno prezime",
      """Poštovani,

moje prezime je pogrešno upisano (Jurić umjesto Jurišić). Molim ispravak.

Lp,
Tomislav Jurišić
"""),
    # ---------------------------------------------------------------- Danish
    R("da-101", "da", ["access"], "Mette Hansen", "Nordlys Rengøring ApS",
      "Mette Hansen <mette.hansen@nordlysrengoring.dk>", "Anmodning om indsigt",
      """Kære databeskyttelsesrådgiver

Jeg anmoder hermed om indsigt i de personoplysninger, I behandler om mig, jf. databeskyttelsesforordningens
artikel 15.

Med venlig hilsen
Mette Hansen
Nordlys Rengøring ApS
"""),
    R("da-102", "da", ["erasure"], "Lars Jensen", None,
      "Lars Jensen <lars.jensen@hotmail.dk>", "Slet min konto",
      """Hej

Slet venligst min konto og alle mine oplysninger. Tak!

Mvh
Lars Jensen
""", fmt="8bit:iso-8859-1"),
    R("da-103", "da", ["objection"], "Sofie Nielsen", None,
      "Sofie Nielsen <sofie.nielsen@gmail.com>", "Nyhedsbreve",
      """Hej

I må gerne stoppe med at sende mig nyhedsbreve. Jeg gør indsigelse mod brugen af mine data til markedsføring.

Venlig hilsen
Sofie Nielsen
"""),
    R("da-104", "da", ["portability", "rectification"], "Peter Sørensen", None,
      "Peter Sørensen <peter.sorensen@mail.dk>", "Forkert navn",
      """Hej

Mit efternavn er stavet forkert i jeres system – det er Sørensen, ikke Sorensen. Ret det venligst.
Send også gerne mine data i et maskinlæsbart format, så jeg kan tage dem med til en anden udbyder.

Hilsen
Peter Sørensen
"""),
    # ---------------------------------------------------------------- Swedish
    R("sv-101", "sv", ["access"], "Anna Lindqvist", "Ekström Bygg AB",
      "Anna Lindqvist <anna.lindqvist@ekstrombygg.se>", "Begäran om registerutdrag",
      """Hej,

Jag vill begära ett registerutdrag enligt artikel 15 i dataskyddsförordningen, dvs. en kopia av de
personuppgifter ni behandlar om mig.

Vänliga hälsningar
Anna Lindqvist
Ekström Bygg AB
"""),
    R("sv-102", "sv", ["erasure"], "Erik Johansson", None,
      "Erik Johansson <erik.j@gmail.com>", "Radera konto",
      """Hej! Radera mitt konto och all information ni har om mig. Tack på förhand.

/Erik
"""),
    R("sv-103", "sv", ["objection", "withdraw_consent"], "Karin Berg", None,
      "Karin Berg <karin.berg@telia.com>", "Samtycke",
      """Hej,

jag återkallar mitt samtycke till att ni skickar reklam via sms och e-post. Sluta också använda mina
uppgifter för profilering.

Mvh
Karin Berg
""", fmt="qp:iso-8859-1"),
    R("sv-104", "sv", ["rectification"], "Johan Nilsson", None,
      "Johan Nilsson <johan.nilsson@bredband.net>", "Fel adress",
      """Hej,

min adress är fel i ert system. Kan ni rätta den till Storgatan 5, 411 38 Göteborg?

Tack,
Johan Nilsson
"""),
    # ---------------------------------------------------------------- Norwegian
    R("no-101", "no", ["access"], "Ingrid Solberg", "Fjord Maskin AS",
      "Ingrid Solberg <ingrid.solberg@fjordmaskin.no>", "Innsynsbegjæring",
      """Hei,

Jeg ber om innsyn i personopplysningene dere har lagret om meg, jf. personvernforordningen artikkel 15.

Med vennlig hilsen
Ingrid Solberg
Fjord Maskin AS
"""),
    R("no-102", "no", ["erasure"], "Ole Hansen", None,
      "Ole Hansen <ole.hansen@online.no>", "Slett konto",
      """Hei, vennligst slett kontoen min og alle data dere har om meg.

Takk.
Ole Hansen
"""),
    R("no-103", "no", ["objection"], "Kari Nordmann", None,
      "Kari Nordmann <kari.nordmann@gmail.com>", "Nyhetsbrev",
      """Hei.

Jeg ønsker ikke lenger å motta nyhetsbrev fra dere, og jeg protesterer mot at dere bruker opplysningene mine
til markedsføring.

Hilsen
Kari Nordmann
""", fmt="8bit:iso-8859-1"),
    R("no-104", "no", ["rectification"], "Sindre Bakken", None,
      "Sindre Bakken <sindre.bakken@hotmail.no>", "Feil telefonnummer",
      """Hei,

telefonnummeret mitt er feil registrert hos dere. Det riktige er 912 34 567. Kan dere rette det?

Mvh
Sindre Bakken
"""),
    # ---------------------------------------------------------------- Finnish
    R("fi-101", "fi", ["access"], "Laura Virtanen", "Lakeus Rakennus Oy",
      "Laura Virtanen <laura.virtanen@lakeusrakennus.fi>", "Tarkastuspyyntö",
      """Hei,

pyydän tietosuoja-asetuksen 15 artiklan mukaisesti pääsyä minua koskeviin henkilötietoihin ja kopiota niistä.

Ystävällisin terveisin
Laura Virtanen
Lakeus Rakennus Oy
"""),
    R("fi-102", "fi", ["erasure"], "Mikko Korhonen", None,
      "Mikko Korhonen <mikko.korhonen@gmail.com>", "Tilin poisto",
      """Hei,

poistakaa tilini ja kaikki tietoni järjestelmästänne. Kiitos!

Mikko Korhonen
""", fmt="8bit:iso-8859-15"),
    R("fi-103", "fi", ["objection"], "Sanna Mäkinen", None,
      "Sanna Mäkinen <sanna.makinen@luukku.com>", "Suoramarkkinointi",
      """Hei,

kiellän tietojeni käytön suoramarkkinointiin. Älkää lähettäkö minulle enää mainoksia.

Terveisin
Sanna Mäkinen
"""),
    R("fi-104", "fi", ["rectification"], "Juha Heikkinen", None,
      "Juha Heikkinen <juha.heikkinen@elisanet.fi>", "Väärä sukunimi",
      """Moi,

sukunimeni on teillä väärin: se on Heikkinen eikä Heikkilä. Voisitteko korjata sen?

Juha Heikkinen
"""),
    # ---------------------------------------------------------------- Estonian
    R("et-101", "et", ["access"], "Kristi Tamm", "Põhja Ehitus OÜ",
      "Kristi Tamm <kristi.tamm@pohjaehitus.ee>", "Isikuandmetega tutvumine",
      """Tere,

palun võimaldage mul tutvuda minu kohta töödeldavate isikuandmetega vastavalt isikuandmete kaitse
üldmääruse artiklile 15.

Lugupidamisega
Kristi Tamm
Põhja Ehitus OÜ
"""),
    R("et-102", "et", ["erasure"], "Mart Kask", None,
      "Mart Kask <mart.kask@gmail.com>", "Konto kustutamine",
      """Tere!

Palun kustutage minu konto ja kõik minuga seotud andmed.

Aitäh,
Mart Kask
""", fmt="8bit:iso-8859-15"),
    R("et-103", "et", ["objection"], "Liis Saar", None,
      "Liis Saar <liis.saar@hot.ee>", "Uudiskiri",
      """Tere,

ärge saatke mulle enam uudiskirju. Esitan vastuväite oma andmete kasutamisele otseturunduseks.

Tervitades,
Liis Saar
"""),
    R("et-104", "et", ["rectification"], "Tiit Mägi", None,
      "Tiit Mägi <tiit.magi@online.ee>", "Vale perekonnanimi",
      """Tere,

minu perekonnanimi on teie süsteemis valesti kirjas. Palun parandage see: õige on Mägi.

Aitäh,
Tiit Mägi
"""),
    # ---------------------------------------------------------------- Latvian
    R("lv-101", "lv", ["access"], "Ilze Bērziņa", "SIA \"Rīgas Koks\"",
      "Ilze Bērziņa <ilze.berzina@rigaskoks.lv>", "Datu pieprasījums",
      """Labdien!

Saskaņā ar Vispārīgās datu aizsardzības regulas 15. pantu lūdzu izsniegt kopiju no maniem personas datiem,
kurus jūs apstrādājat.

Ar cieņu,
Ilze Bērziņa
SIA "Rīgas Koks"
"""),
    R("lv-102", "lv", ["erasure"], "Jānis Kalniņš", None,
      "Jānis Kalniņš <janis.kalnins@inbox.lv>", "Konta dzēšana",
      """Labdien,

lūdzu dzēsiet manu kontu un visus manus datus.

Paldies,
Jānis Kalniņš
"""),
    R("lv-103", "lv", ["withdraw_consent"], "Anna Ozola", None,
      "Anna Ozola <anna.ozola@gmail.com>", "Piekrišana",
      """Labdien,

ar šo atsaucu savu piekrišanu saņemt reklāmas e-pastus no jūsu uzņēmuma.

Paldies,
Anna Ozola
"""),
    R("lv-104", "lv", ["rectification"], "Edgars Liepiņš", None,
      "Edgars Liepiņš <edgars.liepins@tvnet.lv>", "Adreses labošana",
      """Labdien,

lūdzu izlabojiet manu adresi – pareizā ir Brīvības iela 100, Rīga.

Ar cieņu,
Edgars Liepiņš
""", fmt="8bit:windows-1257"),
    # ---------------------------------------------------------------- Lithuanian
    R("lt-101", "lt", ["access"], "Rūta Kazlauskienė", "UAB „Baltijos Prekyba“",
      "Rūta Kazlauskienė <ruta.kazlauskiene@gmail.com>", "Prašymas susipažinti su duomenimis",
      """Laba diena,

vadovaudamasi BDAR 15 straipsniu, prašau pateikti mano asmens duomenų kopiją ir informaciją apie jų tvarkymą.

Pagarbiai
Rūta Kazlauskienė
UAB „Baltijos Prekyba“
"""),
    R("lt-102", "lt", ["erasure"], "Tomas Petrauskas", None,
      "Tomas Petrauskas <tomas.petrauskas@one.lt>", "Paskyros ištrynimas",
      """Sveiki,

prašau ištrinti mano paskyrą ir visus duomenis.

Ačiū,
Tomas Petrauskas
""", fmt="8bit:iso-8859-13"),
    R("lt-103", "lt", ["objection"], "Gintarė Jankauskaitė", None,
      "Gintarė Jankauskaitė <gintare.j@gmail.com>", "Tiesioginė rinkodara",
      """Laba diena,

nesutinku, kad mano duomenys būtų naudojami tiesioginei rinkodarai. Nustokite siųsti naujienlaiškius.

Pagarbiai,
Gintarė Jankauskaitė
"""),
    R("lt-104", "lt", ["rectification"], "Darius Vasiliauskas", None,
      "Darius Vasiliauskas <darius.vasiliauskas@splius.lt>", "Pavardė",
      """Sveiki,

mano pavardė jūsų sistemoje įrašyta neteisingai. Prašau ištaisyti į „Vasiliauskas“.

Dėkoju,
Darius Vasiliauskas
"""),
    # ---------------------------------------------------------------- Hungarian
    R("hu-101", "hu", ["access"], "Kovács Anna", "Duna Ingatlan Kft.",
      "Kovács Anna <kovacs.anna@dunaingatlan.hu>", "Hozzáférési kérelem",
      """Tisztelt Adatvédelmi Tisztviselő!

Az általános adatvédelmi rendelet 15. cikke alapján kérem, tájékoztassanak arról, milyen személyes adataimat
kezelik, és küldjenek róluk másolatot.

Üdvözlettel:
Kovács Anna
Duna Ingatlan Kft.
""", fmt="8bit:iso-8859-2"),
    R("hu-102", "hu", ["erasure"], "Nagy Péter", None,
      "Nagy Péter <nagy.peter@gmail.com>", "Fiók törlése",
      """Jó napot!

Kérem, töröljék a fiókomat és minden adatomat.

Köszönöm,
Nagy Péter
"""),
    R("hu-103", "hu", ["objection"], "Szabó Eszter", None,
      "Szabó Eszter <szabo.eszter@citromail.hu>", "Tiltakozás",
      """Tisztelt Cím!

Tiltakozom személyes adataim közvetlen üzletszerzési célú kezelése ellen. Kérem, ne küldjenek több hírlevelet.

Üdvözlettel,
Szabó Eszter
"""),
    R("hu-104", "hu", ["rectification"], "Tóth Gábor", None,
      "Tóth Gábor <toth.gabor@t-online.hu>", "Hibás lakcím",
      """Jó napot,

a lakcímem hibásan szerepel a rendszerükben. Kérem, helyesbítsék: 1052 Budapest, Váci utca 10.

Köszönettel:
Tóth Gábor
""", fmt="qp:iso-8859-2"),
    # ---------------------------------------------------------------- Irish
    R("ga-101", "ga", ["access"], "Siobhán Ní Bhriain", None,
      "Siobhán Ní Bhriain <siobhan.nibhriain@eircom.net>", "Iarratas rochtana",
      """A chara,

Faoi Airteagal 15 den RGCS, iarraim cóip de na sonraí pearsanta go léir atá agaibh fúm.

Is mise le meas,
Siobhán Ní Bhriain
"""),
    R("ga-102", "ga", ["erasure"], "Seán Ó Murchú", None,
      "Seán Ó Murchú <sean.omurchu@gmail.com>", "Mo chuntas",
      """Dia daoibh,

scriosaigí mo chuntas agus mo shonraí go léir, le bhur dtoil.

Go raibh maith agaibh,
Seán Ó Murchú
"""),
    R("ga-103", "ga", ["objection"], "Aoife Nic Dhomhnaill", None,
      "Aoife Nic Dhomhnaill <aoife.nicdhomhnaill@gmail.com>", "Margaíocht",
      """A chara,

ná seol aon ríomhphost margaíochta chugam níos mó. Déanaim agóid in aghaidh úsáid mo shonraí le haghaidh
margaíochta.

Le meas,
Aoife Nic Dhomhnaill
"""),
    R("ga-104", "ga", ["rectification"], "Pádraig Mac Giolla", None,
      "Pádraig Mac Giolla <padraig.macgiolla@eircom.net>", "Seoladh mícheart",
      """A chara,

tá mo sheoladh mícheart in bhur gcóras. Ceartaigh é, le do thoil: 12 Sráid na Siopaí, Gaillimh.

Go raibh maith agat,
Pádraig Mac Giolla
"""),
    # ---------------------------------------------------------------- Maltese
    R("mt-101", "mt", ["access"], "Maria Borg", None,
      "Maria Borg <maria.borg@gmail.com>", "Talba għal aċċess",
      """Għażiż Sinjur/Sinjura,

Skont l-Artikolu 15 tal-GDPR, qed nitlob kopja tad-data personali kollha tiegħi li għandkom.

Grazzi,
Maria Borg
"""),
    R("mt-102", "mt", ["erasure"], "Joseph Camilleri", None,
      "Joseph Camilleri <joseph.camilleri@maltanet.net>", "Ħassar il-kont",
      """Bonġu,

jekk jogħġbok ħassru l-kont tiegħi u d-data kollha tiegħi.

Grazzi,
Joseph Camilleri
"""),
    R("mt-103", "mt", ["objection"], "Claire Farrugia", None,
      "Claire Farrugia <claire.farrugia@gmail.com>", "Reklamar",
      """Bonġu,

ma rridx aktar emails ta' reklamar. Jekk jogħġbok ieqfu ibagħtuli messaġġi u neħħuni mil-lista tagħkom.

Saħħa,
Claire Farrugia
"""),
    R("mt-104", "mt", ["rectification"], "Mark Zammit", None,
      "Mark Zammit <mark.zammit@go.net.mt>", "Indirizz żbaljat",
      """Bonġu,

l-indirizz tiegħi huwa żbaljat. Jekk jogħġbok ikkoreġuh: 15, Triq il-Kbira, Ħal Qormi.

Grazzi,
Mark Zammit
"""),
    # ---------------------------------------------------------------- Romanian
    R("ro-101", "ro", ["access"], "Andreea Popescu", "Carpați Distribuție S.R.L.",
      "Andreea Popescu <andreea.popescu@yahoo.com>", "Cerere de acces la date",
      """Stimate domn/Stimată doamnă,

În temeiul articolului 15 din Regulamentul general privind protecția datelor, vă rog să îmi transmiteți o
copie a datelor mele personale pe care le prelucrați.

Cu stimă,
Andreea Popescu
Carpați Distribuție S.R.L.
"""),
    R("ro-102", "ro", ["erasure"], "Mihai Ionescu", None,
      "Mihai Ionescu <mihai.ionescu@gmail.com>", "Stergere cont",
      """Bună ziua,

vă rog să ştergeţi contul meu şi toate datele mele.

Mulţumesc,
Mihai Ionescu
""", fmt="8bit:iso-8859-2"),
    R("ro-103", "ro", ["objection", "withdraw_consent"], "Elena Dumitrescu", None,
      "Elena Dumitrescu <elena.dumitrescu@yahoo.ro>", "Consimțământ marketing",
      """Bună ziua,

îmi retrag consimțământul pentru prelucrarea datelor în scop de marketing și mă opun oricărei alte
prelucrări în acest scop.

Cu stimă,
Elena Dumitrescu
"""),
    R("ro-104", "ro", ["rectification"], "Vlad Stanciu", None,
      "Vlad Stanciu <vlad.stanciu@gmail.com>", "Nume greșit",
      """Bună,

numele meu e scris greșit în contul meu (Stan în loc de Stanciu). Vă rog să-l corectați.

Mulțumesc,
Vlad Stanciu
"""),
    # ---------------------------------------------------------------- Greek
    R("el-101", "el", ["access"], "Μαρία Παπαδοπούλου", "Αιγαίο Τουριστική Α.Ε.",
      "Μαρία Παπαδοπούλου <maria.papadopoulou@aigaio.gr>", "Αίτημα πρόσβασης",
      """Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου χορηγήσετε αντίγραφο των προσωπικών μου δεδομένων που
επεξεργάζεστε.

Με εκτίμηση,
Μαρία Παπαδοπούλου
Αιγαίο Τουριστική Α.Ε.
""", fmt="8bit:iso-8859-7"),
    R("el-102", "el", ["erasure"], "Γιώργος Νικολάου", None,
      "Γιώργος Νικολάου <g.nikolaou@gmail.com>", "Διαγραφή λογαριασμού",
      """Καλησπέρα,

παρακαλώ διαγράψτε τον λογαριασμό μου και όλα τα δεδομένα μου.

Ευχαριστώ,
Γιώργος Νικολάου
"""),
    R("el-103", "el", ["objection"], "Ελένη Γεωργίου", None,
      "Ελένη Γεωργίου <eleni.georgiou@yahoo.gr>", "Διαφημιστικά μηνύματα",
      """Γεια σας,

σταματήστε να μου στέλνετε διαφημιστικά email. Αντιτίθεμαι στη χρήση των στοιχείων μου για προωθητικούς
σκοπούς.

Φιλικά,
Ελένη Γεωργίου
""", fmt="qp:iso-8859-7"),
    R("el-104", "el", ["rectification"], "Κώστας Αλεξίου", None,
      "Κώστας Αλεξίου <kostas.alexiou@otenet.gr>", "Λάθος διεύθυνση",
      """Καλημέρα,

η διεύθυνσή μου είναι λάθος στο σύστημά σας. Παρακαλώ διορθώστε τη σε: Ερμού 20, 10563 Αθήνα.

Ευχαριστώ,
Κώστας Αλεξίου
"""),
    # ---------------------------------------------------------------- Turkish
    R("tr-101", "tr", ["access"], "Ayşe Yılmaz", "Anadolu Tekstil A.Ş.",
      "Ayşe Yılmaz <ayse.yilmaz@anadolutekstil.com.tr>", "KVKK başvurusu",
      """Sayın Yetkili,

6698 sayılı Kişisel Verilerin Korunması Kanunu'nun 11. maddesi kapsamında, hakkımda hangi kişisel verilerin
işlendiğini öğrenmek ve bu verilerin bir kopyasını talep etmek istiyorum.

Saygılarımla,
Ayşe Yılmaz
Anadolu Tekstil A.Ş.
""", fmt="8bit:iso-8859-9"),
    R("tr-102", "tr", ["erasure"], "Mehmet Demir", None,
      "Mehmet Demir <mehmet.demir@hotmail.com>", "Hesap silme",
      """Merhaba,

hesabımı ve tüm kişisel verilerimi silmenizi rica ediyorum.

Teşekkürler.
Mehmet Demir
"""),
    R("tr-103", "tr", ["objection", "withdraw_consent"], "Zeynep Kaya", None,
      "Zeynep Kaya <zeynep.kaya@gmail.com>", "Ticari ileti onayı",
      """Merhaba,

ticari elektronik ileti onayımı geri alıyorum. Bana artık kampanya mesajı göndermeyin.

İyi günler,
Zeynep Kaya
"""),
    R("tr-104", "tr", ["rectification"], "Emre Şahin", None,
      "Emre Şahin <emre.sahin@yandex.com.tr>", "Soyadı düzeltme",
      """Merhaba,

hesabımın silinmesini istemiyorum; sadece soyadımı düzeltmenizi rica ediyorum. Doğrusu "Şahin".

Saygılarımla,
Emre Şahin
"""),
    # ---------------------------------------------------------------- Arabic
    R("ar-101", "ar", ["access"], "أحمد الخطيب", "شركة النور للتجارة",
      "أحمد الخطيب <ahmad.alkhatib@alnoor-trading.com>", "طلب الوصول إلى البيانات الشخصية",
      """السادة المحترمون،

بموجب المادة 15 من اللائحة العامة لحماية البيانات، أطلب الحصول على نسخة من جميع بياناتي الشخصية التي
تحتفظون بها.

مع خالص التحية،
أحمد الخطيب
شركة النور للتجارة
""", fmt="8bit:windows-1256"),
    R("ar-102", "ar", ["erasure"], "سارة محمد", None,
      "سارة محمد <sara.mohamed@gmail.com>", "حذف الحساب",
      """مرحباً،

أرجو حذف حسابي وجميع بياناتي من أنظمتكم.

شكراً،
سارة محمد
"""),
    R("ar-103", "ar", ["objection"], "خالد العمري", None,
      "خالد العمري <khalid.alomari@hotmail.com>", "الرسائل التسويقية",
      """مرحبا،

أرجو التوقف عن إرسال الرسائل التسويقية لي. أعترض على استخدام بياناتي لأغراض التسويق.

تحياتي،
خالد العمري
"""),
    R("ar-104", "ar", ["rectification"], "نورة السالم", None,
      "نورة السالم <noura.alsalem@gmail.com>", "تصحيح العنوان",
      """السلام عليكم،

عنواني المسجل لديكم غير صحيح، أرجو تصحيحه إلى: شارع الملك فهد، الرياض.

شكرا لكم،
نورة السالم
"""),
    # ---------------------------------------------------------------- Hebrew
    R("he-101", "he", ["access"], "דנה כהן", None,
      "דנה כהן <dana.cohen@walla.co.il>", "בקשת עיון במידע",
      """שלום רב,

בהתאם לסעיף 13 לחוק הגנת הפרטיות, אבקש לעיין במידע השמור עליי במאגרי המידע שלכם ולקבל העתק שלו.

בברכה,
דנה כהן
""", fmt="8bit:windows-1255"),
    R("he-102", "he", ["erasure"], "יוסי לוי", None,
      "יוסי לוי <yossi.levi@gmail.com>", "מחיקת חשבון",
      """היי,

אני מבקש למחוק את החשבון שלי ואת כל המידע עליי.

תודה,
יוסי לוי
"""),
    R("he-103", "he", ["objection"], "מיכל אברהם", None,
      "מיכל אברהם <michal.avraham@gmail.com>", "הסרה מרשימת דיוור",
      """שלום,

הסירו אותי בבקשה מרשימת הדיוור שלכם. אני לא מעוניינת לקבל יותר פרסומות.

תודה,
מיכל אברהם
"""),
    R("he-104", "he", ["rectification"], "אבי מזרחי", None,
      "אבי מזרחי <avi.mizrahi@bezeqint.net>", "תיקון פרטים",
      """שלום,

מספר הטלפון שלי רשום אצלכם באופן שגוי. אנא תקנו את הפרטים: 052-1234567.

בברכה,
אבי מזרחי
"""),
    # ---------------------------------------------------------------- Japanese
    R("ja-101", "ja", ["access"], "山田 太郎", "株式会社サクラ物流",
      "山田 太郎 <taro.yamada@sakura-butsuryu.co.jp>", "保有個人データの開示請求",
      """ご担当者様

個人情報保護法第33条に基づき、貴社が保有する私の個人データの開示を請求いたします。

よろしくお願いいたします。
山田 太郎
株式会社サクラ物流
""", fmt="8bit:shift_jis"),
    R("ja-102", "ja", ["erasure"], "佐藤 花子", None,
      "佐藤 花子 <hanako.sato@docomo.ne.jp>", "退会と削除のお願い",
      """お世話になっております。

アカウントを退会し、登録されている個人情報をすべて削除してください。

佐藤 花子
"""),
    R("ja-103", "ja", ["objection"], "鈴木 一郎", None,
      "鈴木 一郎 <ichiro.suzuki@yahoo.co.jp>", "配信停止",
      """メールマガジンの配信を停止してください。また、私の個人情報の第三者提供を停止するようお願いします。

鈴木 一郎
""", fmt="b64:shift_jis"),
    R("ja-104", "ja", ["rectification"], "田中 美咲", None,
      "田中 美咲 <misaki.tanaka@gmail.com>", "住所の訂正",
      """登録されている住所が間違っています。正しい住所は「東京都新宿区西新宿2-8-1」です。訂正をお願いします。

田中 美咲
"""),
    # ---------------------------------------------------------------- Chinese
    R("zh-101", "zh", ["access"], "王伟", "上海星辰科技有限公司",
      "王伟 <wangwei@xingchen-tech.cn>", "个人信息查阅申请",
      """您好：

根据《个人信息保护法》第四十五条，我申请查阅并复制贵公司处理的我的个人信息。

此致
敬礼
王伟
上海星辰科技有限公司
""", fmt="8bit:gb2312"),
    R("zh-102", "zh", ["erasure"], "陳美玲", None,
      "陳美玲 <meiling.chen@gmail.com>", "刪除帳號",
      """您好，請刪除我的帳號以及所有個人資料。謝謝。

陳美玲
""", fmt="8bit:big5"),
    R("zh-103", "zh", ["objection", "withdraw_consent"], "李娜", None,
      "李娜 <lina88@qq.com>", "撤回同意",
      """你好，我撤回对营销短信的同意，请停止向我发送推广信息。

李娜
"""),
    R("zh-104", "zh", ["rectification"], "张强", None,
      "张强 <zhangqiang@126.com>", "手机号码更正",
      """您好，我在贵平台登记的手机号码有误，请更正为13800138000。谢谢！

张强
""", fmt="b64:gb2312"),
    # ---------------------------------------------------------------- Korean
    R("ko-101", "ko", ["access"], "김민준", "주식회사 한빛소프트",
      "김민준 <minjun.kim@hanbitsoft.co.kr>", "개인정보 열람 요청",
      """안녕하세요.

개인정보 보호법 제35조에 따라 귀사가 보유하고 있는 제 개인정보의 열람을 요청합니다.

감사합니다.
김민준
주식회사 한빛소프트
""", fmt="8bit:euc-kr"),
    R("ko-102", "ko", ["erasure"], "이서연", None,
      "이서연 <seoyeon.lee@naver.com>", "회원 탈퇴",
      """안녕하세요, 회원 탈퇴를 원하며 제 개인정보를 모두 삭제해 주세요.

이서연 드림
"""),
    R("ko-103", "ko", ["objection"], "박지훈", None,
      "박지훈 <jihoon.park@daum.net>", "광고 수신 거부",
      """광고성 문자 수신을 거부합니다. 마케팅 목적의 개인정보 처리정지를 요청합니다.

박지훈
""", fmt="qp:euc-kr"),
    R("ko-104", "ko", ["rectification", "withdraw_consent"], "최유진", None,
      "최유진 <yujin.choi@gmail.com>", "동의 철회 및 주소 정정",
      """안녕하세요. 마케팅 정보 수신 동의를 철회합니다. 그리고 제 주소가 잘못 등록되어 있으니 정정해 주세요.

최유진
"""),
    # ---------------------------------------------------------------- access letters listing their information items
    R("en-101", "en", ["access"], "Rebecca Holt", "Marlow & Finch LLP",
      "Rebecca Holt <r.holt@marlowfinch.co.uk>", "Subject access request - Article 15 UK GDPR",
      """Dear Sir or Madam,

Under Article 15 of the UK GDPR I ask you to confirm whether you process personal data about me and, if so,
to provide a copy of it together with the following information:

- the purposes of the processing;
- the recipients to whom the data have been disclosed;
- the period for which the data will be stored;
- the existence of the right to request rectification or erasure, or to object to the processing;
- the right to lodge a complaint with the Information Commissioner's Office;
- the source of the data, where not collected from me;
- the existence of automated decision-making, including profiling, and the logic involved.

Yours faithfully,
Rebecca Holt
Office Manager
Marlow & Finch LLP
""", fmt="alt"),
    R("de-101", "de", ["access"], "Tobias Brandt", None,
      "Tobias Brandt <tobias.brandt@web.de>", "Auskunftsersuchen nach Art. 15 DSGVO",
      """Sehr geehrte Damen und Herren,

bitte teilen Sie mir mit, ob Sie mich betreffende personenbezogene Daten verarbeiten. Falls ja, bitte ich
um eine Kopie dieser Daten sowie um Angaben zu den Verarbeitungszwecken, den Empfängern, der geplanten
Speicherdauer, der Herkunft der Daten, dem Bestehen einer automatisierten Entscheidungsfindung
einschließlich Profiling und dem Bestehen eines Beschwerderechts bei einer Aufsichtsbehörde.

Mit freundlichen Grüßen
Tobias Brandt
""", fmt="qp-latin1"),
    R("fr-101", "fr", ["access"], "Claire Fontaine", None,
      "Claire Fontaine <claire.fontaine@orange.fr>", "Demande d'accès",
      """Madame, Monsieur,

En application de l'article 15 du RGPD, je vous demande une copie de l'ensemble de mes données ainsi que
les informations suivantes : les finalités du traitement, les destinataires, la durée de conservation,
l'existence d'une prise de décision automatisée et le droit d'introduire une réclamation auprès de la CNIL.

Cordialement,
Claire Fontaine
"""),
    R("en-102", "en", ["erasure"], "Owen Pritchard", "Pritchard Joinery Ltd",
      "Owen Pritchard <owen@pritchardjoinery.co.uk>", "Please delete my details",
      """Hello,

I no longer use your app. Please delete my account and all the data you hold about me.

Thanks,
Owen Pritchard
Pritchard Joinery Ltd

Pritchard Joinery Ltd processes personal data in line with the UK GDPR. You have the right to access,
rectify or erase your personal data and to object to its processing. To exercise your rights, contact
privacy@pritchardjoinery.co.uk.
"""),
    # ---------------------------------------------------------------- US wording
    R("en-103", "en", ["opt_out_sale"], "Marcus Reed", None,
      "Marcus Reed <marcus.reed@yahoo.com>", "Do Not Sell or Share My Personal Information",
      """Hi,

I'm a California resident. Do not sell or share my personal information with third parties, including for
cross-context behavioral advertising.

Marcus Reed
"""),
    R("en-104", "en", ["access", "erasure"], "Danielle Ortiz", "Bayview Realty Inc.",
      "Danielle Ortiz <dortiz@bayviewrealty.com>", "Request to know and request to delete",
      """Hello Privacy Team,

Under the CCPA I am submitting a request to know what personal information you have collected about me,
and after you have answered it, a request to delete that information.

Best,
Danielle Ortiz
Bayview Realty Inc.
"""),
    R("en-105", "en", ["limit_sensitive"], "Kevin Tran", None,
      "Kevin Tran <kevin.tran@gmail.com>", "Limit the use of my sensitive personal information",
      """Hello,

I'd like to limit the use of my sensitive personal information (my precise geolocation) to what is necessary
to provide the service I asked for.

Kevin Tran
"""),
    R("es-101", "es", ["limit_sensitive", "opt_out_sale"], "Lucía Hernández", None,
      "Lucía Hernández <lucia.hernandez@gmail.com>", "No vender ni compartir mi información",
      """Hola,

vivo en California. Les pido que no vendan ni compartan mi información personal y que limiten el uso de mi
información personal sensible.

Gracias,
Lucía Hernández
"""),
    R("es-102", "es", ["erasure"], "Jorge Ramírez", "Grupo Altamira S.A. de C.V.",
      "Jorge Ramírez <jorge.ramirez@grupoaltamira.mx>", "Derechos ARCO",
      """Buenas tardes,

por medio del presente ejerzo mis derechos ARCO y solicito la cancelación de mis datos personales de sus
bases de datos.

Saludos cordiales,
Jorge Ramírez
Grupo Altamira S.A. de C.V.
"""),
    R("es-103", "es", ["erasure"], "Marta Gil", None,
      "Marta Gil <marta.gil@telefonica.net>", "Supresión de datos",
      """Buenos días:

Ejerzo el derecho de supresión previsto en el artículo 17 del RGPD y en el artículo 15 de la LOPDGDD
respecto de todos mis datos.

Un saludo,
Marta Gil
"""),
    # ---------------------------------------------------------------- other laws, cited by number
    R("pt-101", "pt", ["access"], "Rafael Souza", "Souza Engenharia Ltda.",
      "Rafael Souza <rafael.souza@souzaengenharia.com.br>", "Requisição LGPD",
      """Prezados,

Com base no art. 18, inciso II, da LGPD, requeiro acesso aos meus dados pessoais tratados pela empresa.

Atenciosamente,
Rafael Souza
Souza Engenharia Ltda.
"""),
    R("pt-102", "pt", ["withdraw_consent"], "Juliana Costa", None,
      "Juliana Costa <juliana.costa@uol.com.br>", "Revogação de consentimento",
      """Olá,

nos termos do art. 18, IX, da Lei 13.709/2018, revogo o consentimento que dei para o envio de ofertas.

Obrigada,
Juliana Costa
"""),
    R("en-106", "en", ["access"], "Thandiwe Nkosi", "Karoo Freight (Pty) Ltd",
      "Thandiwe Nkosi <thandiwe@karoofreight.co.za>", "POPIA request",
      """Good day,

In terms of section 23 of POPIA, please confirm whether you hold personal information about me and give me
a record of it.

Kind regards,
Thandiwe Nkosi
Karoo Freight (Pty) Ltd
"""),
    R("de-102", "de", ["access"], "Urs Meier", "Meier Treuhand AG",
      "Urs Meier <urs.meier@meiertreuhand.ch>", "Auskunftsbegehren nach Art. 25 nDSG",
      """Grüezi

Gestützt auf Art. 25 nDSG ersuche ich Sie um Mitteilung, welche Personendaten Sie über mich bearbeiten.

Freundliche Grüsse
Urs Meier
Meier Treuhand AG
"""),
    R("tr-105", "tr", ["erasure"], "Burak Aydın", None,
      "Burak Aydın <burak.aydin@gmail.com>", "KVKK md. 11/f",
      """Merhaba,

KVKK md. 11/f uyarınca hakkımdaki tüm verilerin yok edilmesini talep ediyorum.

İyi çalışmalar,
Burak Aydın
"""),
]
