from mime import M

PL = [
M("pl", "plain_words", "request", ["erasure"], "Zbigniew Kowalik", None, None, "potocznie: usuńcie mnie",
  ("Zbigniew Kowalik", "zbyszek.kowalik@wp-poczta.example"), "usuncie mnie",
  """Dzień dobry,

dzwonią do mnie ciągle z jakiejś firmy, która mówi, że ma mój numer z waszego programu. Proszę mnie stamtąd usunąć i tyle.

Zbigniew Kowalik""", cs="iso-8859-2", cte="quoted-printable"),
M("pl", "legal_anchor", "request", ["access", "erasure"], "Agnieszka Wróblewska", None, None, "art. 15 i 17 RODO",
  ("Agnieszka Wróblewska", "a.wroblewska@onet-poczta.example"), "Wniosek na podstawie art. 15 i 17 RODO",
  """Szanowni Państwo,

na podstawie art. 15 RODO wnoszę o udzielenie informacji, czy przetwarzają Państwo moje dane osobowe, oraz o przekazanie ich kopii. Następnie, na podstawie art. 17 RODO, żądam ich usunięcia.

Z poważaniem
Agnieszka Wróblewska
Kraków""", cs="windows-1250", cte="quoted-printable"),
M("pl", "employer", "request", ["rectification"], "Tomasz Nowicki", "Nowicki Transport Sp. z o.o.", None,
  "pracodawca w stopce Sp. z o.o.",
  ("Tomasz Nowicki", "t.nowicki@nowicki-transport.example"), "Korekta danych",
  """Dzień dobry,

proszę o poprawienie mojego stanowiska w Państwa systemie – obecnie jestem kierownikiem floty.

Pozdrawiam
Tomasz Nowicki
Kierownik floty
Nowicki Transport Sp. z o.o.
ul. Przemysłowa 14, 61-001 Poznań
NIP 7770001234, KRS 0000123456""", shape="html", cs="iso-8859-2", cte="quoted-printable"),
M("pl", "names", "request", ["access"], "Małgorzata Szczepańska-Gołąb", None, None,
  "odmiana nazwiska w treści, mianownik w podpisie",
  ("Szczepańska-Gołąb Małgorzata", "m.szczepanska@interia-poczta.example"), "Dostęp do danych",
  """Dzień dobry,

zwracam się z prośbą o przesłanie kopii danych dotyczących Małgorzaty Szczepańskiej-Gołąb, czyli moich.

Dziękuję
Małgorzata Szczepańska-Gołąb"""),
M("pl", "agent", "request", ["erasure"], "Kacper Zieliński", None, "Joanna Zielińska", "matka w imieniu syna",
  ("Joanna Zielińska", "joanna.zielinska@gazeta-poczta.example"), "Dane mojego syna",
  """Dzień dobry,

jestem matką Kacpra Zielińskiego (16 lat). Jego dane trafiły do Państwa systemu podczas praktyk. Jako opiekun prawny proszę o ich usunięcie.

Dziecko: Kacper Zieliński
Joanna Zielińska"""),
M("pl", "form", "request", ["objection"], "Ewa Lis", "Lis i Wspólnicy Spółka Komandytowa", None, "formularz robot",
  ("Formularz kontaktowy", "noreply@massistcrm-web.example"), "Nowe zgłoszenie RODO",
  """Imię i nazwisko: Ewa Lis
Firma: Lis i Wspólnicy Spółka Komandytowa
E-mail: ewa.lis@lis-wspolnicy.example
Rodzaj żądania: Sprzeciw wobec marketingu
Treść: Nie chcę dostawać ofert.""", reply_to="ewa.lis@lis-wspolnicy.example", hdrs={"Auto-Submitted": "auto-generated"}),
]

CS = [
M("cs", "plain_words", "request", ["access"], "Jaroslav Dvořák", None, None, "běžná řeč: co o mně máte",
  ("Jaroslav Dvořák", "jarda.dvorak@seznam-posta.example"), "co o mne mate",
  """Dobrý den,

volá mi nějaká firma a tvrdí, že má moje číslo z vašeho systému. Co všechno o mně máte a odkud?

Jaroslav Dvořák""", cs="iso-8859-2", cte="8bit"),
M("cs", "legal_anchor", "request", ["erasure"], "Lucie Horáková", None, None, "čl. 17 GDPR / obecné nařízení",
  ("Lucie Horáková", "lucie.horakova@posta-cz.example"), "Žádost o výmaz podle čl. 17 GDPR",
  """Vážení,

podle čl. 17 obecného nařízení o ochraně osobních údajů (GDPR) žádám o výmaz všech mých osobních údajů.

S pozdravem
Lucie Horáková
Brno""", cs="windows-1250", cte="quoted-printable"),
M("cs", "employer", "request", ["rectification"], "Petr Svoboda", "Svoboda Stavby s.r.o.", None, "zaměstnavatel v podpisu s.r.o.",
  ("Ing. Petr Svoboda", "svoboda@svobodastavby.example"), "Oprava údajů",
  """Dobrý den,

v systému mám špatně uvedenou e-mailovou adresu. Prosím o opravu na svoboda@svobodastavby.example.

Ing. Petr Svoboda
jednatel
Svoboda Stavby s.r.o.
IČO 12345678""", shape="alt"),
M("cs", "negation", "request", ["objection"], "Veronika Malá", None, None, "nemazat, jen bez reklam",
  ("Veronika Malá", "veronika.mala@posta-cz.example"), "Reklamy",
  """Dobrý den, účet prosím nerušte, jen mi přestaňte posílat reklamní e-maily. Díky, Veronika Malá"""),
]

SK = [
M("sk", "plain_words", "request", ["erasure"], "Milan Kováč", None, None, "bežná reč: vymažte ma",
  ("Milan Kováč", "milan.kovac@azet-posta.example"), "vymazte ma",
  """Dobrý deň,

nechcem byť vo vašom systéme. Vymažte všetko, čo o mne máte.

Milan Kováč""", cs="iso-8859-2", cte="quoted-printable"),
M("sk", "legal_anchor", "request", ["access"], "Zuzana Baranová", None, None, "čl. 15 GDPR a zákon 18/2018",
  ("Zuzana Baranová", "zuzana.baranova@posta-sk.example"), "Žiadosť o prístup k osobným údajom",
  """Vážení,

v zmysle čl. 15 nariadenia GDPR a zákona č. 18/2018 Z. z. o ochrane osobných údajov žiadam o prístup k mojim osobným údajom.

S pozdravom
Zuzana Baranová"""),
M("sk", "agent", "request", ["access", "erasure"], "Martin Hudák", None, "Eva Slobodová", "advokátka za klienta, JUDr.",
  ("JUDr. Eva Slobodová", "slobodova@advokat-slobodova.example"), "Žiadosť v mene klienta",
  """Vážení,

v zastúpení môjho klienta Martina Hudáka (plnomocenstvo v prílohe) žiadam o poskytnutie kópie jeho osobných údajov a následne o ich vymazanie.

Klient: Martin Hudák
S úctou
JUDr. Eva Slobodová, advokátka"""),
M("sk", "employer", "request", ["objection"], "Roman Tóth", "AGRO Tóth, s.r.o.", None, "zamestnávateľ vo vete",
  ("Roman Tóth", "roman@agrototh.example"), "Námietka",
  """Dobrý deň, pracujem v spoločnosti AGRO Tóth, s.r.o., ktorá používa váš CRM. Namietam proti spracúvaniu mojich údajov na marketing. Roman Tóth"""),
]

SL = [
M("sl", "plain_words", "request", ["erasure"], "Bojan Kranjc", None, None, "vsakdanji jezik: zbrišite me",
  ("Bojan Kranjc", "bojan.kranjc@siol-posta.example"), "zbrisite me",
  """Pozdravljeni,

ne vem, kako ste dobili moje podatke. Prosim, zbrišite me iz vašega sistema.

Bojan Kranjc""", cs="iso-8859-2", cte="8bit"),
M("sl", "legal_anchor", "request", ["access"], "Tanja Novak", None, None, "15. člen Splošne uredbe, ZVOP-2",
  ("Tanja Novak", "tanja.novak@posta-si.example"), "Zahteva za seznanitev z osebnimi podatki",
  """Spoštovani,

na podlagi 15. člena Splošne uredbe o varstvu podatkov in ZVOP-2 zahtevam seznanitev z mojimi osebnimi podatki.

Lep pozdrav,
Tanja Novak"""),
M("sl", "employer", "request", ["rectification"], "Gregor Zupan", "Zupan Elektro d.o.o.", None, "delodajalec v podpisu d.o.o.",
  ("Gregor Zupan", "gregor@zupan-elektro.example"), "Popravek",
  """Živjo,

moj priimek je v sistemu napisan narobe (Zupam). Prosim popravite v Zupan.

Lp,
Gregor Zupan
Zupan Elektro d.o.o., Celje""", shape="html", cs="windows-1250", cte="quoted-printable"),
M("sl", "not_request", "auto_reply", [], "Nina Kos", None, None, "odsotnost",
  ("Nina Kos", "nina.kos@kos-racunovodstvo.example"), "Samodejni odgovor: Vaša zahteva",
  """Do 20. 10. sem odsotna. Sporočila ne bodo posredovana.

Nina Kos""", hdrs={"Auto-Submitted": "auto-replied"}),
]

HR = [
M("hr", "plain_words", "request", ["objection"], "Ivica Perić", None, None, "svakodnevni jezik: prestanite slati",
  ("Ivica Perić", "ivica.peric@tportal-posta.example"), "dosta vise",
  """Bok,

prestanite mi slati te vaše reklame. Ne zanima me ništa od toga.

Ivica Perić""", cs="iso-8859-2", cte="quoted-printable"),
M("hr", "legal_anchor", "request", ["access", "portability"], "Marija Jurić", None, None, "čl. 15 i 20 Opće uredbe",
  ("Marija Jurić", "marija.juric@posta-hr.example"), "Zahtjev za pristup",
  """Poštovani,

temeljem članaka 15. i 20. Opće uredbe o zaštiti podataka (GDPR) tražim pristup svojim osobnim podacima i njihov prijenos u strojno čitljivom obliku.

Srdačan pozdrav,
Marija Jurić
Split"""),
M("hr", "employer", "request", ["erasure"], "Davor Babić", "Babić Gradnja d.o.o.", None, "poslodavac u potpisu d.o.o.",
  ("Davor Babić", "davor@babic-gradnja.example"), "Brisanje podataka",
  """Poštovani,

molim brisanje mojih osobnih podataka iz vašeg CRM sustava.

Davor Babić
voditelj prodaje
Babić Gradnja d.o.o.
Zagreb""", shape="alt", cs="windows-1250", cte="quoted-printable"),
M("hr", "multi_right", "request", ["withdraw_consent", "restriction"], "Ana Kovačević", None, None, "povlačenje privole + ograničenje",
  ("Ana Kovačević", "ana.kovacevic@posta-hr.example"), "Privola",
  """Poštovani,

povlačim privolu za obradu podataka i tražim ograničenje obrade dok ne riješimo spor oko točnosti podataka.

Ana Kovačević"""),
]

HU = [
M("hu", "plain_words", "request", ["access"], "Kovács István", None, None, "hétköznapi nyelv, családnév elöl",
  ("Kovács István", "kovacs.istvan@freemail-hu.example"), "mit tudnak rólam",
  """Jó napot!

Valami cég hívogat, és azt mondják, az önök rendszeréből van meg a számom. Mit tárolnak rólam, és honnan van?

Üdv.
Kovács István""", cs="iso-8859-2", cte="quoted-printable"),
M("hu", "legal_anchor", "request", ["erasure"], "Szabó Katalin", None, None, "GDPR 17. cikk és Infotv.",
  ("Dr. Szabó Katalin", "szabo.katalin@posta-hu.example"), "Törlési kérelem – GDPR 17. cikk",
  """Tisztelt Adatvédelmi Tisztviselő!

Az általános adatvédelmi rendelet (GDPR) 17. cikke alapján kérem a személyes adataim törlését.

Tisztelettel:
Dr. Szabó Katalin"""),
M("hu", "employer", "request", ["rectification"], "Nagy Péter", "Nagy és Társa Kft.", None, "munkáltató aláírásban Kft.",
  ("Nagy Péter", "nagy.peter@nagyestarsa.example"), "Adatok javítása",
  """Kedves Címzett!

Kérem, javítsák a telefonszámomat: +36 30 555 0123.

Üdvözlettel:
Nagy Péter
értékesítési vezető
Nagy és Társa Kft.
Debrecen""", shape="html", cs="iso-8859-2", cte="quoted-printable"),
M("hu", "names", "request", ["access"], "Horváth-Tóth Eszter Zsófia", None, None, "kettős családnév, családnév elöl",
  ("Horváth-Tóth Eszter", "htoth.eszter@posta-hu.example"), "Hozzáférés",
  """Tisztelt Cím!

Kérem, küldjék meg a rólam tárolt adatok másolatát.

Köszönettel:
Horváth-Tóth Eszter Zsófia"""),
]

RO = [
M("ro", "plain_words", "request", ["erasure"], "Gheorghe Popescu", None, None, "limbaj obișnuit, fără diacritice",
  ("Gheorghe Popescu", "gica.popescu@yahoo-posta.example"), "stergeti-ma",
  """Buna ziua,

ma suna o firma care zice ca are numarul meu din programul vostru. Stergeti-ma de acolo va rog.

Gheorghe Popescu"""),
M("ro", "legal_anchor", "request", ["access"], "Ioana Dumitrescu", None, None, "art. 15 GDPR, Legea 190/2018",
  ("Ioana Dumitrescu", "ioana.dumitrescu@posta-ro.example"), "Cerere de acces la date – art. 15 GDPR",
  """Stimate domn/Stimată doamnă,

În temeiul art. 15 din Regulamentul (UE) 2016/679, vă solicit confirmarea faptului că prelucrați date cu caracter personal care mă privesc și o copie a acestora.

Cu stimă,
Ioana Dumitrescu
București""", cte="quoted-printable"),
M("ro", "employer", "request", ["objection"], "Andrei Munteanu", "Transilvania Logistic S.R.L.", None, "angajator în semnătură S.R.L.",
  ("Andrei Munteanu", "andrei.munteanu@transilvania-logistic.example"), "Opoziție",
  """Bună ziua,

mă opun folosirii datelor mele pentru marketing și profilare.

Cu respect,
Andrei Munteanu
Manager vânzări
Transilvania Logistic S.R.L.
Cluj-Napoca""", shape="alt"),
M("ro", "not_request", "other", [], "Radu Stan", "SoftAudit Consulting SRL", None, "furnizor care cere DPA",
  ("Radu Stan", "radu.stan@softaudit.example"), "Acord de prelucrare a datelor",
  """Bună ziua,

Pentru clientul nostru avem nevoie de acordul dumneavoastră de prelucrare a datelor (DPA) și lista subprocesatorilor.

Mulțumesc,
Radu Stan
SoftAudit Consulting SRL"""),
]

BG = [
M("bg", "plain_words", "request", ["access"], "Стоян Петров", None, None, "разговорно: какво знаете за мен",
  ("Стоян Петров", "stoyan.petrov@abv-posta.example"), "какво имате за мен",
  """Здравейте,

някаква фирма ми звъни и казва, че номерът ми е от вашата система. Какво пазите за мен и откъде го имате?

Стоян Петров""", cs="windows-1251", cte="quoted-printable"),
M("bg", "legal_anchor", "request", ["erasure"], "Мария Георгиева", None, None, "чл. 17 ОРЗД",
  ("Мария Георгиева", "maria.georgieva@posta-bg.example"), "Искане за изтриване по чл. 17 от ОРЗД",
  """Уважаеми господа,

На основание чл. 17 от Общия регламент относно защитата на данните (ОРЗД) искам да изтриете всички мои лични данни.

С уважение,
Мария Георгиева
София""", cs="windows-1251", cte="base64"),
M("bg", "employer", "request", ["rectification"], "Николай Иванов", "Балкан Трейд ООД", None, "работодател в подпис ООД",
  ("Николай Иванов", "n.ivanov@balkantrade.example"), "Корекция на данни",
  """Здравейте,

Моля, коригирайте длъжността ми в системата – вече съм търговски директор.

Поздрави,
Николай Иванов
Търговски директор
Балкан Трейд ООД
Пловдив""", shape="html"),
M("bg", "form", "request", ["access"], "Елена Димитрова", "Софт Решения ЕАД", None, "уеб формуляр",
  ("Web Form", "forms@massistcrm-web.example"), "Ново искане за достъп",
  """Име: Елена Димитрова
Фирма: Софт Решения ЕАД
Имейл: e.dimitrova@softresheniya.example
Вид искане: Достъп до данни
Съобщение: Искам копие от данните ми.""", reply_to="e.dimitrova@softresheniya.example", hdrs={"Auto-Submitted": "auto-generated"}),
]

MAILS = PL + CS + SK + SL + HR + HU + RO + BG
