from common import m

# ---------------- Czech
m('cs', 'plain_words', 'request', 'access', 'Jaroslav Kučera', None, None,
  'běžná řeč: co o mně máte',
  ('Jaroslav Kučera', 'jarda.kucera@seznam-mail.example'), 'Co o mně máte?',
  """Dobrý den,

chodí mi e-maily od nějaké firmy přes Váš systém. Rád bych věděl, co o mně všechno máte a odkud.

S pozdravem
Jaroslav Kučera
""", cs='iso-8859-2', cte='8bit', shape='plain')

m('cs', 'legal_anchor', 'request', 'erasure', 'Lucie Procházková', None, None,
  'GDPR čl. 17 a zákon č. 110/2019 Sb.',
  ('Lucie Procházková', 'lucie.prochazkova@centrum-mail.example'), 'Žádost o výmaz osobních údajů dle čl. 17 GDPR',
  """Vážení,

podle čl. 17 obecného nařízení o ochraně osobních údajů (GDPR) a zákona č. 110/2019 Sb. žádám o výmaz všech mých osobních údajů.

Děkuji za potvrzení.

S pozdravem
Lucie Procházková
""", shape='alt', style='outlook', cs='windows-1250')

m('cs', 'names', 'request', 'rectification', 'Jiří Dvořák', 'Strojírny Vysočina s.r.o.', None,
  'titul Ing. a JUDr. vypustit, skloňování',
  ('Ing. Jiří Dvořák', 'jiri.dvorak@strojirny-vysocina.example'), 'Oprava údajů',
  """Dobrý den,

u pana Jiřího Dvořáka (tj. u mě) máte chybně uvedenou funkci. Prosím o opravu na "vedoucí výroby".

S pozdravem

Ing. Jiří Dvořák
vedoucí výroby
Strojírny Vysočina s.r.o.
""")

m('cs', 'agent', 'request', 'access', 'Petra Horáková', None, 'Martin Veselý',
  'advokát za klientku, JUDr. vypustit',
  ('JUDr. Martin Veselý', 'vesely@ak-vesely.example'), 'Žádost o přístup – klientka Petra Horáková',
  """Vážení,

v zastoupení své klientky, paní Petry Horákové, na základě přiložené plné moci žádám o poskytnutí kopie veškerých jejích osobních údajů dle čl. 15 GDPR.

Klientka: Petra Horáková, nar. 1.1.1990

S pozdravem
JUDr. Martin Veselý, advokát
Advokátní kancelář Veselý, Brno
""")

m('cs', 'negation', 'request', 'objection', 'Tereza Marková', None, None,
  'nechce zrušit účet, jen reklamu',
  ('Tereza Marková', 'tereza.markova@email-mail.example'), 'reklama',
  """Dobrý den, účet mi prosím nerušte, ten potřebuji. Jen mi už neposílejte reklamní e-maily. Díky, Tereza Marková
""")

m('cs', 'not_request', 'auto_reply', '', 'Radek Novotný', None, None,
  'automatická odpověď o nepřítomnosti',
  ('Radek Novotný', 'radek.novotny@obec-example.example'), 'Automatická odpověď: Vaše žádost',
  """Dobrý den, do 10. 4. jsem mimo kancelář. V naléhavých případech volejte 500 000 000.
Radek Novotný
""", hdr=[('Auto-Submitted', 'auto-replied')])

# ---------------- Slovak
m('sk', 'plain_words', 'request', 'erasure', 'Marián Kováč', None, None,
  'bežná reč: vymažte ma',
  ('Marián Kováč', 'marian.kovac@zoznam-mail.example'), 'Vymažte ma',
  """Dobrý deň,

prosím vymažte ma zo všetkých vašich zoznamov, nič som si neobjednával.

Ďakujem
Marián Kováč
""", cs='windows-1250', cte='8bit', shape='plain')

m('sk', 'legal_anchor', 'request', 'access', 'Zuzana Baláž', None, None,
  'čl. 15 GDPR a zákon č. 18/2018 Z. z.',
  ('Zuzana Baláž', 'zuzana.balaz@azet-mail.example'), 'Žiadosť o prístup podľa čl. 15 GDPR',
  """Vážení,

v zmysle čl. 15 Nariadenia (EÚ) 2016/679 a zákona č. 18/2018 Z. z. o ochrane osobných údajov žiadam o potvrdenie, či spracúvate moje osobné údaje, a o ich kópiu.

S pozdravom
Zuzana Baláž
""", shape='alt', style='outlook')

m('sk', 'employer', 'request', 'rectification', 'Peter Hudák', 'Tatranská Logistika, s.r.o.', None,
  'zamestnávateľ v podpise, s.r.o.',
  ('Hudák Peter', 'peter.hudak@tatranska-logistika.example'), 'Oprava e-mailu',
  """Dobrý deň,

mám u vás nesprávne zapísaný e-mail. Správny je peter.hudak@tatranska-logistika.example.

S pozdravom
Peter Hudák
dispečer
Tatranská Logistika, s.r.o.
Poprad
""")

m('sk', 'multi_right', 'request', 'access portability erasure', 'Veronika Šimková', None, None,
  'viac práv v zozname',
  ('Veronika Šimková', 'veronika.simkova@post-mail.example'), 'Moje údaje',
  """Dobrý deň,
žiadam:
– o kópiu mojich údajov,
– o ich export v strojovo čitateľnom formáte,
– a potom o ich vymazanie.
Veronika Šimková
""")

m('sk', 'form', 'request', 'access', 'Lukáš Hrivnák', 'Agro Záhorie a.s.', None,
  'webový formulár, a.s.',
  ('Massist formulár', 'noreply@forms.massistcrm.example'), 'Nová žiadosť dotknutej osoby',
  """Meno: Lukáš Hrivnák
Spoločnosť: Agro Záhorie a.s.
E-mail: lukas.hrivnak@agrozahorie.example
Typ žiadosti: Prístup k údajom
Správa: Chcem vedieť, aké údaje o mne máte.
""", hdr=[('Reply-To', 'lukas.hrivnak@agrozahorie.example'), ('Auto-Submitted', 'auto-generated')], shape='plain')

m('sk', 'not_request', 'other', '', 'Michal Bartoš', None, None,
  'všeobecná otázka, nie žiadosť',
  ('Michal Bartoš', 'michal.bartos@slovanet-mail.example'), 'Otázka k GDPR',
  """Dobrý deň,

sme malá firma a zvažujeme Massist CRM. Máte servery v EÚ a viete nám poskytnúť zmluvu o spracúvaní?

Ďakujem, Michal Bartoš
""")

# ---------------- Hungarian
m('hu', 'plain_words', 'request', 'access', 'Nagy Zoltán', None, None,
  'hétköznapi: mit tudnak rólam; családnév elöl',
  ('Nagy Zoltán', 'nagy.zoltan@freemail-hu.example'), 'Mit tárolnak rólam?',
  """Jó napot!

Egy cégtől kapok leveleket, akikkel soha nem volt dolgom, az Önök rendszerén keresztül. Szeretném tudni, milyen adataim vannak Önöknél, és honnan szerezték.

Üdvözlettel:
Nagy Zoltán
""", cs='iso-8859-2', cte='8bit', shape='plain')

m('hu', 'legal_anchor', 'request', 'erasure', 'Szabó Krisztina', None, None,
  'GDPR 17. cikk és Infotv.',
  ('Szabó Krisztina', 'szabo.krisztina@citromail-hu.example'), 'Törlési kérelem a GDPR 17. cikke alapján',
  """Tisztelt Adatvédelmi Tisztviselő!

A GDPR 17. cikke, valamint az Infotv. alapján kérem a rám vonatkozó összes személyes adat haladéktalan törlését.

Tisztelettel:
Szabó Krisztina
""", shape='alt', style='outlook', cs='iso-8859-2')

m('hu', 'employer', 'request', 'rectification', 'Kovácsné Tóth Erzsébet', 'Dunamenti Fuvarozó Kft.', None,
  'asszonynév (-né), Kft. az aláírásban',
  ('Kovácsné Tóth Erzsébet', 'toth.erzsebet@dunamenti-fuvar.example'), 'Adataim javítása',
  """Tisztelt Címzett!

A rendszerükben a nevem hibásan szerepel ("Kovacsne Toth Erzsebet"). Kérem a helyesbítést ékezetekkel.

Köszönettel:
Kovácsné Tóth Erzsébet
bérszámfejtő
Dunamenti Fuvarozó Kft.
""")

m('hu', 'names', 'request', 'access', 'Horváth-Kiss Balázs', None, None,
  'title dr. before a family-first double name, dropped from gold',
  ('dr. Horváth-Kiss Balázs', 'hkb@t-online-hu.example'), 'Hozzáférési kérelem',
  """Tisztelt Hölgyem/Uram!

Kérem, küldjék meg a rólam kezelt személyes adatok másolatát.

Üdvözlettel:
dr. Horváth-Kiss Balázs
""")

m('hu', 'multi_right', 'request', 'objection withdraw_consent', 'Fekete Réka', None, None,
  'tiltakozás és hozzájárulás visszavonása',
  ('Fekete Réka', 'fekete.reka@gmail-hu.example'), 'Hozzájárulás visszavonása',
  """Szia!

Visszavonom a hírlevélhez adott hozzájárulásomat, és tiltakozom az ellen, hogy reklámcélra használjátok az adataimat.

Fekete Réka
""")

m('hu', 'not_request', 'auto_reply', '', 'Molnár Gábor', None, None,
  'automatikus válasz, szabadság',
  ('Molnár Gábor', 'molnar.gabor@pecsi-epito.example'), 'Automatikus válasz: Adatkezelési kérelem',
  """Köszönöm levelét. Április 12-ig szabadságon vagyok, leveleimet nem olvasom. Sürgős ügyben hívja a +36 1 000 0000 számot.

Molnár Gábor
""", hdr=[('Auto-Submitted', 'auto-replied')])

# ---------------- Slovenian
m('sl', 'plain_words', 'request', 'erasure', 'Matej Kranjc', None, None,
  'vsakdanji jezik: zbrišite me',
  ('Matej Kranjc', 'matej.kranjc@siol-mail.example'), 'zbrišite me',
  """Pozdravljeni,

nenehno dobivam maile od neke firme prek vašega sistema. Prosim, zbrišite vse moje podatke.

Lep pozdrav,
Matej Kranjc
""", cs='windows-1250', cte='8bit', shape='plain')

m('sl', 'legal_anchor', 'request', 'access', 'Nataša Žagar', None, None,
  'člen 15 Splošne uredbe in ZVOP-2',
  ('Nataša Žagar', 'natasa.zagar@t2-mail.example'), 'Zahteva za dostop po 15. členu Splošne uredbe',
  """Spoštovani,

na podlagi 15. člena Splošne uredbe o varstvu podatkov in ZVOP-2 zahtevam potrditev, ali obdelujete moje osebne podatke, ter kopijo teh podatkov.

Lep pozdrav,
Nataša Žagar
""", shape='alt', style='outlook')

m('sl', 'employer', 'request', 'rectification', 'Andrej Potočnik', 'Alpski Les d.o.o.', None,
  'delodajalec v podpisu, d.o.o.',
  ('Andrej Potočnik', 'andrej.potocnik@alpskiles.example'), 'Popravek podatkov',
  """Pozdravljeni,

v vašem sistemu imam napačno telefonsko številko. Pravilna je 041 000 123.

Hvala in lep pozdrav,
Andrej Potočnik
vodja prodaje
Alpski Les d.o.o.
""")

m('sl', 'negation', 'request', 'access', 'Špela Horvat', None, None,
  'ne želi izbrisa, le kopijo',
  ('Špela Horvat', 'spela.horvat@amis-mail.example'), 'Kopija podatkov',
  """Živjo,

računa NE želim izbrisati, potrebujem ga za službo. Želim pa kopijo podatkov, ki jih imate o meni.

Špela Horvat
""")

m('sl', 'not_request', 'bulk', '', None, None, None,
  'novičnik o GDPR',
  ('Novice Zasebnost', 'novice@zasebnost-info.example'), 'Novičnik: Informacijski pooblaščenec o pravici do dostopa',
  """Novičnik Zasebnost – marec

Informacijski pooblaščenec je objavil nove smernice o pravici do dostopa in izbrisa. Preberite povzetek na naši strani.

Odjava: https://zasebnost-info.example/odjava
""", hdr=[('List-Unsubscribe', '<https://zasebnost-info.example/odjava>'), ('Precedence', 'bulk')], shape='html', style='web')

m('sl', 'multi_right', 'request', 'rectification restriction', 'Boštjan Zupan', None, None,
  'popravek in omejitev obdelave',
  ('Boštjan Zupan', 'bostjan.zupan@volja-mail.example'), 'Napačni podatki',
  """Pozdravljeni,

moj naslov pri vas je napačen. Prosim za popravek (Cankarjeva 5, 1000 Ljubljana) in da do popravka mojih podatkov ne uporabljate za nič drugega.

Boštjan Zupan
""")

# ---------------- Croatian
m('hr', 'plain_words', 'request', 'access', 'Ivica Barišić', None, None,
  'svakodnevno: što imate o meni',
  ('Ivica Barišić', 'ivica.barisic@net-mail.example'), 'Što imate o meni?',
  """Poštovani,

dobivam mailove od neke tvrtke preko vašeg sustava. Zanima me što sve imate o meni i odakle vam.

Pozdrav,
Ivica Barišić
""", cs='windows-1250', cte='8bit', shape='plain')

m('hr', 'legal_anchor', 'request', 'erasure', 'Marija Jurić', None, None,
  'članak 17. Opće uredbe o zaštiti podataka',
  ('Marija Jurić', 'marija.juric@htnet-mail.example'), 'Zahtjev za brisanje prema članku 17. OUZP-a',
  """Poštovani,

temeljem članka 17. Opće uredbe o zaštiti podataka (OUZP) zahtijevam brisanje svih mojih osobnih podataka.

S poštovanjem,
Marija Jurić
""", shape='alt', style='outlook')

m('hr', 'employer', 'request', 'rectification', 'Tomislav Knežević', 'Jadranska Brodogradnja d.d.', None,
  'poslodavac u potpisu, d.d.',
  ('Tomislav Knežević', 'tomislav.knezevic@jadranska-brod.example'), 'Ispravak podataka',
  """Poštovani,

molim ispravak moje e-mail adrese i radnog mjesta u vašem sustavu.

Srdačan pozdrav,
Tomislav Knežević
voditelj nabave
Jadranska Brodogradnja d.d.
Rijeka
""")

m('hr', 'agent', 'request', 'erasure', 'Luka Perić', None, 'Ana Perić',
  'roditelj za maloljetno dijete',
  ('Ana Perić', 'ana.peric@iskon-mail.example'), 'Podaci mog sina',
  """Poštovani,

moj sin Luka Perić ima 12 godina i njegovi su podaci greškom upisani u vaš sustav preko sportskog kluba. Kao majka tražim da ih obrišete.

Ana Perić
""")

m('hr', 'footer_rights', 'request', 'objection', 'Dario Vuković', 'Vuković Nekretnine j.d.o.o.', None,
  'prigovor na marketing iznad podnožja s pravima',
  ('Dario Vuković', 'dario@vukovic-nekretnine.example'), 'Odjava',
  """Pozdrav, molim da mi više ne šaljete promotivne poruke.

Dario Vuković
Vuković Nekretnine j.d.o.o.

Ova poruka je povjerljiva. Imate pravo na pristup, ispravak, brisanje, ograničenje obrade, prenosivost i prigovor sukladno OUZP-u.
""")

m('hr', 'not_request', 'other', '', None, None, None,
  'phishing kao zahtjev s poveznicom',
  ('Sigurnosni tim', 'obavijest@gdpr-portal-hr.example'), 'Hitno: zahtjev ispitanika čeka potvrdu',
  """Poštovani službeniče za zaštitu podataka,

ispitanik je podnio zahtjev za brisanje. Dokumenti su dostupni na portalu. Prijavite se u roku od 24 sata:
http://gdpr-portal-hr.example/prijava

Sigurnosni tim
""", shape='html', style='web')
