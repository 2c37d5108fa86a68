from spec import M

# ------------------------------------------------------------------ Polish
L = "pl"

M(L, "request", "plain_words", ["access"], "Grzegorz Kowalczyk", None, None,
  "przypomnienie (ponaglenie) do wcześniejszej prośby, potocznie: 'co macie na mój temat'; oryginał zacytowany",
  ("Grzegorz Kowalczyk", "grzes.kowalczyk@poczta-pl.example"), "Re: co macie na mój temat?",
  """Dzień dobry,

ponawiam moją prośbę z 4 czerwca, do dziś nie dostałem żadnej odpowiedzi. Proszę o informację, jakie dane na mój temat macie.

Grzegorz Kowalczyk

W dniu 4.06.2024 o 19:22, Grzegorz Kowalczyk pisze:
> Dzień dobry,
>
> dzwonią do mnie jacyś handlowcy i mówią, że mają mój numer "z systemu Massist". Chciałbym wiedzieć, co w ogóle macie na mój temat i skąd. Proszę o przesłanie tego na maila.
>
> Pozdrawiam
> Grzegorz
""", charset="iso-8859-2", cte="quoted-printable", in_reply_to="<a81f-0406@poczta-pl.example>")

M(L, "request", "footer_rights", ["erasure", "objection"], "Agnieszka Zielińska-Mróz", "Przedsiębiorstwo Handlowe Mróz Sp. z o.o.", None,
  "RODO art. 17 i 21 nad klauzulą informacyjną w stopce wymieniającą wszystkie prawa; nazwisko dwuczłonowe",
  ("Agnieszka Zielińska-Mróz", "a.zielinska@phmroz.example"), "Żądanie usunięcia danych i sprzeciw (art. 17 i 21 RODO)",
  """Szanowni Państwo,

na podstawie art. 17 ust. 1 RODO żądam usunięcia moich danych osobowych przetwarzanych w systemie Massist CRM, w szczególności prywatnego numeru telefonu i adresu zamieszkania.

Jednocześnie, na podstawie art. 21 ust. 2 RODO, wnoszę sprzeciw wobec przetwarzania moich danych na potrzeby marketingu bezpośredniego.

Z poważaniem
Agnieszka Zielińska-Mróz
Kierownik ds. zakupów
Przedsiębiorstwo Handlowe Mróz Sp. z o.o.
ul. Składowa 7, 61-897 Poznań
KRS 0000123456, NIP 000-000-00-00

Klauzula informacyjna: Administratorem danych osobowych jest Przedsiębiorstwo Handlowe Mróz Sp. z o.o. Przysługuje Pani/Panu prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia danych, wniesienia sprzeciwu oraz cofnięcia zgody, a także prawo wniesienia skargi do Prezesa UODO.
""", charset="windows-1250", cte="quoted-printable")

M(L, "request", "agent", ["access"], "Krzysztof Nowak", "Hurtownia Farmaceutyczna Zdrowie S.A.", "Joanna Kamińska",
  "radca prawny w imieniu mocodawcy; imię w dopełniaczu w tekście, mianownik w linii 'Mocodawca'",
  ("mec. Joanna Kamińska", "j.kaminska@kancelaria-kaminska.example"), "Wniosek o dostęp do danych – Krzysztof Nowak",
  """Szanowni Państwo,

działając w imieniu i na rzecz Pana Krzysztofa Nowaka, zatrudnionego w Hurtowni Farmaceutycznej Zdrowie S.A., na podstawie pełnomocnictwa w załączeniu, wnoszę o udzielenie informacji oraz przekazanie kopii danych osobowych Mocodawcy zgodnie z art. 15 RODO.

Mocodawca: Krzysztof Nowak
Pracodawca: Hurtownia Farmaceutyczna Zdrowie S.A.

Z wyrazami szacunku
radca prawny Joanna Kamińska
Kancelaria Radcy Prawnego Joanna Kamińska
Łódź
""", shape="alt", html_style="outlook", order="outlook", accept_lang="pl-PL, en-US", content_lang="pl-PL",
  charset="utf-8", cte="quoted-printable")

M(L, "bounce", "not_request", [], None, None, None,
  "polski zwrot poczty jako zwykły tekst, bez multipart/report i bez Auto-Submitted",
  ("Administrator poczty", "postmaster@poczta-firmowa.example"), "Zwrot: Wiadomość niedostarczona",
  """To jest automatyczna wiadomość serwera poczty.

Nie udało się dostarczyć Twojej wiadomości do odbiorcy:

   p.lewandowski@bud-mar.example

Powód: skrzynka odbiorcy jest pełna (552 5.2.2 Quota exceeded).
Serwer ponawiał próby przez 5 dni.

----- Nagłówki oryginalnej wiadomości -----
From: dpo@massistcrm.com
To: p.lewandowski@bud-mar.example
Subject: Odpowiedź na wniosek z art. 15 RODO
Date: Mon, 12 Aug 2024 09:14:02 +0000
""", charset="iso-8859-2", cte="quoted-printable")

M(L, "other", "not_request", [], "Tomasz Wróbel", "RODO Audyt Sp. z o.o.", None,
  "oferta handlowa (audyt RODO) – nie jest żądaniem",
  ("Tomasz Wróbel", "t.wrobel@rodoaudyt.example"), "Audyt RODO dla Innthink – propozycja",
  """Dzień dobry,

nazywam się Tomasz Wróbel i reprezentuję RODO Audyt Sp. z o.o. Pomagamy firmom SaaS przygotować się do kontroli UODO oraz usprawnić obsługę wniosków osób, których dane dotyczą.

Czy znajdzie Pan/Pani 15 minut na krótką rozmowę w przyszłym tygodniu?

Pozdrawiam serdecznie
Tomasz Wróbel
""", charset="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ Czech
L = "cs"

M(L, "request", "plain_words", ["rectification"], "Jana Nováková", None, None,
  "běžná řeč: 'máte tam špatnou adresu, opravte to'",
  ("Jana Nováková", "jana.novakova@seznam-like.example"), "špatná adresa",
  """Dobrý den,

máte u mě špatnou adresu, pořád mi chodí dopisy na starou. Správně je Husova 12, 602 00 Brno. Opravte to prosím.

Děkuji
Jana Nováková
""", charset="iso-8859-2", cte="quoted-printable")

M(L, "request", "legal_anchor", ["access"], "Petr Dvořák", "Strojírny Vysočina, a.s.", None,
  "čl. 15 GDPR + zákon č. 110/2019 Sb.; 'Ing.' vypuštěno; a.s. v podpisu",
  ("Ing. Petr Dvořák", "petr.dvorak@strojirny-vysocina.example"), "Žádost o přístup k osobním údajům dle čl. 15 GDPR",
  """Vážení,

v souladu s čl. 15 obecného nařízení o ochraně osobních údajů (GDPR) a zákonem č. 110/2019 Sb., o zpracování osobních údajů, Vás žádám o potvrzení, zda zpracováváte mé osobní údaje, a o poskytnutí jejich kopie.

S pozdravem

Ing. Petr Dvořák
vedoucí nákupu
Strojírny Vysočina, a.s.
Jihlava
""", charset="windows-1250", cte="quoted-printable")

M(L, "request", "agent", ["erasure"], "Lucie Horáková", "Pekárna Zlatý klas s.r.o.", "Martina Pokorná",
  "HR přeposílá žádost zaměstnankyně jako přiložený message/rfc822",
  ("Martina Pokorná", "pokorna@zlatyklas.example"), "Fw: Výmaz údajů - Lucie Horáková",
  """Dobrý den,

v příloze posílám žádost naší zaměstnankyně paní Lucie Horákové o výmaz údajů z Massistu. Prosím o vyřízení přímo s ní.

Děkuji,
Martina Pokorná
personální oddělení
Pekárna Zlatý klas s.r.o.
""", shape="rfc822", charset="iso-8859-2", cte="quoted-printable",
  inner=dict(frm=("Lucie Horáková", "horakova@zlatyklas.example"), subj="Výmaz mých údajů",
             to="personalni@zlatyklas.example", lang="cs", charset="iso-8859-2", cte="quoted-printable",
             filename="Vymaz mych udaju.eml",
             body="""Dobrý den, paní Pokorná,

v Massistu jsou u mě pořád uložené moje soukromé telefonní číslo a fotka z firemního večírku. Chtěla bych, aby to bylo smazáno.

Lucie Horáková
"""))

M(L, "auto_reply", "not_request", [], "Tomáš Procházka", None, None,
  "automatická odpověď (mimo kancelář)",
  ("Tomáš Procházka", "t.prochazka@ucetni-firma.example"), "Automatická odpověď: Vaše žádost",
  """Dobrý den,

do 23. 8. jsem mimo kancelář s omezeným přístupem k e-mailu. V naléhavých případech volejte 777 000 111.

Tomáš Procházka
""", charset="utf-8", cte="quoted-printable",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

M(L, "bounce", "not_request", [], None, None, None,
  "česká zpráva o nedoručení, multipart/report",
  ("Mail Delivery Subsystem", "mailer-daemon@mx.posta-cz.example"), "Nedoručitelná zpráva",
  """Vaši zprávu nebylo možné doručit následujícímu příjemci:

  k.vesela@posta-cz.example
  Důvod: schránka neexistuje (550 5.1.1)

Tato zpráva byla vytvořena automaticky.
""", shape="dsn", charset="iso-8859-2", cte="quoted-printable",
  dsn=dict(mta="mx.posta-cz.example", rcpt="k.vesela@posta-cz.example", status="5.1.1",
           diag="smtp; 550 5.1.1 Mailbox does not exist",
           orig=dict(frm=("DPO Innthink", "dpo@massistcrm.com"), to="k.vesela@posta-cz.example",
                     subj="Odpověď na Vaši žádost", lang="cs", charset="utf-8", cte="quoted-printable",
                     body="Vážená paní Veselá,\n\nv příloze ...\n")))

# ------------------------------------------------------------------ Slovak
L = "sk"

M(L, "request", "plain_words", ["objection"], "Zuzana Kováčová", None, None,
  "hovorovo: 'prestaňte mi posielať reklamy'",
  ("Zuzana Kováčová", "zuzana.kovacova@azet-like.example"), "reklamy",
  """Dobrý deň,

prestaňte mi prosím posielať reklamné maily a ponuky, už ma to naozaj otravuje. Nikdy som o ne nežiadala.

Ďakujem
Zuzana Kováčová
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "names", ["erasure"], "Martin Horváth", "Tatra Stavebniny, s.r.o.", None,
  "titul JUDr. a PhD. vypustiť; zákon č. 18/2018 Z. z. a čl. 17 GDPR",
  ("JUDr. Martin Horváth, PhD.", "horvath@tatrastavebniny.example"), "Žiadosť o vymazanie osobných údajov",
  """Vážení,

podľa čl. 17 nariadenia (EÚ) 2016/679 a zákona č. 18/2018 Z. z. o ochrane osobných údajov Vás žiadam o vymazanie mojich osobných údajov zo systému Massist CRM, ktoré už nie sú potrebné na účel, na ktorý boli získané.

S pozdravom

JUDr. Martin Horváth, PhD.
konateľ
Tatra Stavebniny, s.r.o.
""", charset="windows-1250", cte="quoted-printable")

M(L, "request", "multi_right", ["access", "rectification", "portability"], "Michal Baláž", "Podtatranské pivovary, a.s.", None,
  "tri práva v zozname; zamestnávateľ v texte",
  ("Michal Baláž", "michal.balaz@podtatranske.example"), "Moje údaje v Massiste",
  """Dobrý deň,

pracujem ako obchodný zástupca v spoločnosti Podtatranské pivovary, a.s. Chcel by som:

1. kópiu všetkých osobných údajov, ktoré o mne máte,
2. opraviť moje priezvisko (v systéme je "Balaz" bez diakritiky),
3. dostať moje kontakty a poznámky v strojovo čitateľnom formáte, aby som si ich mohol preniesť.

Vďaka
Michal Baláž
""", charset="utf-8", cte="8bit")

M(L, "auto_reply", "not_request", [], "Katarína Šimková", None, None,
  "automatická odpoveď bez štandardných hlavičiek – osoba už nepracuje na úrade",
  ("Katarína Šimková", "simkova@mesto-like.example"), "Automatická odpoveď: Vaša žiadosť",
  """Dobrý deň,

od 1. júla už nepracujem na mestskom úrade. Táto schránka sa nečíta. S požiadavkami sa obráťte na podatelna@mesto-like.example.

Katarína Šimková
""", charset="windows-1250", cte="8bit")

M(L, "other", "not_request", [], "Róbert Tóth", None, None,
  "bezpečnostný výskumník hlási zraniteľnosť – nie je to žiadosť",
  ("Róbert Tóth", "robert.toth@bezpecnost-sk.example"), "Zraniteľnosť XSS vo vašom portáli",
  """Dobrý deň,

pri testovaní som našiel reflektované XSS na prihlasovacej stránke portálu Massist (parameter "redirect"). Rád vám pošlem podrobnosti a PoC. Máte program na zodpovedné zverejňovanie zraniteľností? Koho mám kontaktovať?

S pozdravom
Róbert Tóth
""", charset="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ Hungarian
L = "hu"

M(L, "request", "plain_words", ["access"], "Kovács Péter", None, None,
  "köznyelv: 'mit tudnak rólam'; családnév elöl",
  ("Kovács Péter", "kovacs.peter@freemail-hu.example"), "Mit tudnak rólam?",
  """Jó napot!

Egy cég felhívott, és azt mondták, hogy az Önök rendszeréből van meg a telefonszámom. Szeretném tudni, mit tárolnak rólam, és honnan van. Kérem, küldjék el.

Üdvözlettel:
Kovács Péter
""", charset="iso-8859-2", cte="quoted-printable")

M(L, "request", "legal_anchor", ["erasure"], "Szabó Erzsébet", "Duna Logisztika Kft.", None,
  "GDPR 17. cikk + Infotv.; 'dr.' elhagyva; Kft. az aláírásban",
  ("dr. Szabó Erzsébet", "szabo.erzsebet@dunalog.example"), "Törlési kérelem a GDPR 17. cikke alapján",
  """Tisztelt Adatvédelmi Tisztviselő!

Az általános adatvédelmi rendelet (GDPR) 17. cikke, valamint az információs önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvény (Infotv.) alapján kérem a Massist CRM rendszerben rólam tárolt személyes adatok törlését.

Tisztelettel:
dr. Szabó Erzsébet
jogi igazgató
Duna Logisztika Kft.
Budapest
""", charset="windows-1250", cte="quoted-printable")

M(L, "request", "names", ["withdraw_consent"], "Horváthné Kiss Andrea", "Mátra Pékség Zrt.", None,
  "asszonynév (-né) családnév elöl; hozzájárulás visszavonása; Zrt. az aláírásban",
  ("Horváthné Kiss Andrea", "kiss.andrea@matrapekseg.example"), "Hozzájárulás visszavonása",
  """Tisztelt Hölgyem/Uram!

Visszavonom a hozzájárulásomat ahhoz, hogy a fényképemet és a születésnapomat a Massist ügyfélprofilomban megjelenítsék.

Köszönöm.

Horváthné Kiss Andrea
értékesítési asszisztens
Mátra Pékség Zrt.
""", charset="utf-8", cte="quoted-printable")

M(L, "auto_reply", "not_request", [], "Varga Gábor", None, None,
  "házon kívül üzenet",
  ("Varga Gábor", "varga.gabor@epito-hu.example"), "Házon kívül: Az Ön kérelme",
  """Köszönöm levelét. Augusztus 26-ig szabadságon vagyok, visszatérésem után válaszolok.

Varga Gábor
""", charset="iso-8859-2", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

M(L, "bulk", "not_request", [], None, None, None,
  "adatvédelmi hírlevél, GDPR-t és jogokat említ",
  ("Adatvédelmi Hírlevél", "hirlevel@adatvedelmi-hirek.example"), "Adatvédelmi Hírlevél - 2024/9: NAIH-határozatok a hozzáférési jogról",
  """ADATVÉDELMI HÍRLEVÉL - 2024/9

- A NAIH újabb bírságot szabott ki a késedelmes hozzáférési kérelmek miatt
- Gyakorlati útmutató: törlési kérelmek kezelése
- Rendezvény: Adatvédelmi tisztviselők szakmai napja, október 17.

Leiratkozás: https://adatvedelmi-hirek.example/leiratkozas
""", shape="alt", html_style="web", charset="iso-8859-2", cte="quoted-printable",
  headers=[("List-Unsubscribe", "<https://adatvedelmi-hirek.example/leiratkozas?id=771>"), ("Precedence", "bulk")])

# ------------------------------------------------------------------ Slovenian
L = "sl"

M(L, "request", "plain_words", ["access"], "Mojca Kranjc", None, None,
  "vsakdanji jezik: 'kaj imate o meni'",
  ("Mojca Kranjc", "mojca.kranjc@siol-like.example"), "Kaj imate o meni?",
  """Pozdravljeni,

poklical me je prodajalec, ki je rekel, da ima moje podatke iz vašega sistema. Zanima me, kaj vse imate o meni. Mi lahko to pošljete?

Hvala,
Mojca Kranjc
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "legal_anchor", ["erasure"], "Matej Zupančič", "Gorenjska Lesnina d.o.o.", None,
  "17. člen Splošne uredbe o varstvu podatkov + ZVOP-2; d.o.o. v podpisu",
  ("Matej Zupančič", "matej.zupancic@gorenjska-lesnina.example"), "Zahteva za izbris osebnih podatkov",
  """Spoštovani,

na podlagi 17. člena Splošne uredbe o varstvu podatkov (GDPR) in ZVOP-2 zahtevam izbris vseh mojih osebnih podatkov iz sistema Massist CRM.

Lep pozdrav,
Matej Zupančič
vodja prodaje
Gorenjska Lesnina d.o.o.
""", charset="windows-1250", cte="quoted-printable")

M(L, "request", "agent", ["access", "erasure"], "Nika Horvat", None, "Tanja Horvat",
  "mama piše za mladoletno hčer",
  ("Tanja Horvat", "tanja.horvat@siol-like.example"), "Podatki moje hčerke",
  """Pozdravljeni,

sem mama Nike Horvat, ki je stara 13 let. Na šolskem sejmu je vpisala svoje podatke v obrazec enega od vaših strank. Želim vedeti, katere podatke imate o njej, in nato prosim, da jih izbrišete.

Hči: Nika Horvat

Hvala,
Tanja Horvat
""", charset="utf-8", cte="8bit")

M(L, "other", "not_request", [], "Luka Novak", None, None,
  "zahvala po potrjenem izbrisu; citirani odgovor DPO (pravica že uveljavljena)",
  ("Luka Novak", "luka.novak@gmail-like.example"), "Re: Potrditev izbrisa osebnih podatkov",
  """Najlepša hvala za hiter odgovor in potrditev. Vse je v redu.

Lep pozdrav,
Luka Novak

V sre., 11. sep. 2024 ob 14:05 je Innthink DPO <dpo@massistcrm.com> napisal:
> Spoštovani g. Novak,
> potrjujemo, da smo vaše osebne podatke izbrisali iz sistema Massist CRM,
> kot ste zahtevali 2. septembra.
> Lep pozdrav, pooblaščena oseba za varstvo podatkov
""", charset="utf-8", cte="quoted-printable", in_reply_to="<sl-izbris-0911@massistcrm.com>")

# ------------------------------------------------------------------ Croatian
L = "hr"

M(L, "request", "plain_words", ["objection"], "Ivana Babić", None, None,
  "svakodnevno: 'maknite me s vaših popisa'",
  ("Ivana Babić", "ivana.babic@t-com-like.example"), "maknite me",
  """Poštovani,

maknite me s vaših popisa za slanje reklama, ne želim više primati vaše ponude ni pozive.

Ivana Babić
""", charset="windows-1250", cte="quoted-printable")

M(L, "request", "access_items", ["access"], "Dario Kovačević", "Dalmatinska Trgovina d.o.o.", None,
  "čl. 15. Opće uredbe: svrha, primatelji, razdoblje pohrane, izvor, automatizirano odlučivanje",
  ("Dario Kovačević", "dario.kovacevic@dalmatinska-trgovina.example"), "Zahtjev za pristup osobnim podacima",
  """Poštovani,

temeljem članka 15. Opće uredbe o zaštiti podataka (GDPR) i Zakona o provedbi Opće uredbe o zaštiti podataka molim da mi dostavite:

- kopiju osobnih podataka koje obrađujete o meni,
- svrhe obrade,
- primatelje kojima su podaci otkriveni,
- predviđeno razdoblje pohrane,
- izvor podataka, ako nisu prikupljeni od mene,
- informaciju o postojanju automatiziranog donošenja odluka.

S poštovanjem,
Dario Kovačević
voditelj nabave
Dalmatinska Trgovina d.o.o., Split
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "form", ["erasure"], "Marko Perić", "Zagrebački Građevinski Centar d.o.o.", None,
  "web obrazac robot s poljima Ime i prezime/Tvrtka/Vrsta zahtjeva",
  ("Web obrazac", "obrasci@massist-site.example"), "Novi zahtjev s web obrasca",
  """Novi zahtjev zaprimljen putem web obrasca:

Ime i prezime: Marko Perić
E-mail: marko.peric@zgc.example
Tvrtka: Zagrebački Građevinski Centar d.o.o.
Vrsta zahtjeva: Brisanje podataka
Poruka: Više ne radim u prodaji, molim brisanje mog korisničkog profila.
""", charset="utf-8", cte="quoted-printable",
  reply_to="marko.peric@zgc.example", headers=[("Auto-Submitted", "auto-generated")])

M(L, "auto_reply", "not_request", [], "Petra Jurić", None, None,
  "automatski odgovor (godišnji odmor)",
  ("Petra Jurić", "petra.juric@luka-like.example"), "Automatski odgovor: Vaš zahtjev",
  """Poštovani,

na godišnjem sam odmoru do 26. kolovoza. Vašu poruku pročitat ću po povratku.

Petra Jurić
""", charset="iso-8859-2", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

M(L, "other", "not_request", [], "Ante Šarić", "Adriatic Cloud d.o.o.", None,
  "dobavljač pita o ugovoru o obradi (DPA) – nije zahtjev ispitanika",
  ("Ante Šarić", "ante.saric@adriaticcloud.example"), "Upit – ugovor o obradi podataka",
  """Pozdrav,

mi smo Adriatic Cloud d.o.o., razmatramo partnerstvo s vama za hosting u regiji. Možete li nam poslati predložak ugovora o obradi podataka (čl. 28. GDPR) i popis podizvršitelja?

Lijep pozdrav,
Ante Šarić
direktor
""", charset="utf-8", cte="quoted-printable")

# ------------------------------------------------------------------ Romanian
L = "ro"

M(L, "request", "plain_words", ["erasure"], "Andreea Popescu", None, None,
  "limbaj simplu: 'ștergeți-mă din baza de date'",
  ("Andreea Popescu", "andreea.popescu@mail-ro.example"), "stergeti-ma",
  """Bună ziua,

Vă rog să mă ștergeți din baza voastră de date. Nu am lucrat niciodată cu voi și primesc mesaje de la firme care spun că au datele mele de la Massist.

Mulțumesc,
Andreea Popescu
""", charset="utf-8", cte="quoted-printable")

M(L, "request", "legal_anchor", ["access", "portability"], "Ştefan Munteanu", "Transilvania Agro S.R.L.", None,
  "art. 15 și 20 GDPR; diacritice cu sedilă (windows-1250); S.R.L. în semnătură",
  ("Ştefan Munteanu", "stefan.munteanu@transagro.example"), "Cerere de acces şi portabilitate (art. 15 şi 20 GDPR)",
  """Stimate domnule/stimată doamnă,

În temeiul art. 15 şi art. 20 din Regulamentul (UE) 2016/679, vă rog să îmi comunicaţi o copie a datelor mele cu caracter personal prelucrate în Massist CRM şi să mi le transmiteţi într-un format structurat, utilizat în mod curent şi care poate fi citit automat.

Cu stimă,
Ştefan Munteanu
Director vânzări
Transilvania Agro S.R.L.
Cluj-Napoca
""", charset="windows-1250", cte="quoted-printable")

M(L, "request", "agent", ["grievance", "erasure"], "Gheorghe Ionescu", "Carpați Distribuție S.A.", "Ioana Radu",
  "avocată pentru client: plângere formală la companie + ștergere; 'av.' eliminat",
  ("Av. Ioana Radu", "ioana.radu@cabinet-radu.example"), "Plângere şi cerere de ştergere – dl Gheorghe Ionescu",
  """Stimaţi domni,

În calitate de avocat al domnului Gheorghe Ionescu, angajat al Carpați Distribuție S.A., formulez prin prezenta o plângere formală adresată companiei dumneavoastră cu privire la modul în care a fost tratată cererea clientului meu din luna mai, la care nu s-a primit niciun răspuns.

Totodată, solicit ştergerea datelor clientului meu din sistemul Massist CRM, în temeiul art. 17 GDPR.

Anexez împuternicirea avocaţială.

Cu deosebită consideraţie,
Av. Ioana Radu
Cabinet de avocat Ioana Radu, Bucureşti
""", charset="utf-8", cte="quoted-printable")

M(L, "auto_reply", "not_request", [], "Elena Stoica", None, None,
  "răspuns automat de concediu",
  ("Elena Stoica", "elena.stoica@primarie-like.example"), "Răspuns automat: Solicitarea dvs.",
  """Bună ziua,

sunt în concediu până pe 2 septembrie. Voi răspunde la mesaj după întoarcere.

Elena Stoica
""", charset="utf-8", cte="quoted-printable", headers=[("Auto-Submitted", "auto-replied")])

M(L, "other", "not_request", [], "Radu Constantin", "Brașov Tools S.R.L.", None,
  "întrebare generală despre perioada de păstrare după reziliere – nu cere nimic pentru datele proprii",
  ("Radu Constantin", "radu.constantin@brasovtools.example"), "Întrebare despre păstrarea datelor",
  """Bună ziua,

Suntem client Massist (Brașov Tools S.R.L.) și ne gândim să reziliem contractul anul viitor. Cât timp păstrați datele clienților noștri după încetarea contractului și cum se face ștergerea? Întreb doar ca să știm cum planificăm.

Mulțumesc,
Radu Constantin
administrator IT
""", charset="utf-8", cte="8bit")
