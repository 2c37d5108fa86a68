from common import m

# ---------------- Dutch
m('nl', 'plain_words', 'request', 'access', 'Henk Bosschaart', None, None,
  'gewone woorden: wat weten jullie van mij',
  ('Henk Bosschaart', 'henk.bosschaart@ziggo-mail.example'), 'wat hebben jullie van mij',
  """Goedemiddag,

Ik krijg mails van een bedrijf waar ik nooit klant ben geweest en die jullie systeem gebruikt. Wat hebben jullie allemaal van mij opgeslagen en hoe komen jullie daaraan?

Groet,
Henk Bosschaart
""", cs='iso-8859-1', cte='8bit', shape='plain')

m('nl', 'legal_anchor', 'request', 'erasure', 'Sanne Wijnhoven', None, None,
  'AVG artikel 17 en UAVG',
  ('Sanne Wijnhoven', 's.wijnhoven@kpn-mail.example'), 'Verzoek tot verwijdering op grond van artikel 17 AVG',
  """Geachte heer/mevrouw,

Hierbij verzoek ik u, op grond van artikel 17 van de Algemene verordening gegevensbescherming (AVG), alle persoonsgegevens die u van mij verwerkt te wissen.

Ik verzoek u mij binnen de wettelijke termijn van een maand schriftelijk te bevestigen dat mijn gegevens zijn verwijderd.

Met vriendelijke groet,

Sanne Wijnhoven
Kerkstraat 18
5211 ZZ 's-Hertogenbosch
""", shape='alt', style='outlook')

m('nl', 'names', 'request', 'access', 'Pieter-Jan van den Broecke', None, None,
  'tussenvoegsel van den, weergavenaam Familie, Voornaam',
  ('van den Broecke, Pieter-Jan', 'pj.vandenbroecke@telenet-mail.example'), 'Inzageverzoek',
  """Beste,

Graag had ik een overzicht ontvangen van alle persoonsgegevens die jullie over mij bijhouden (art. 15 AVG).

Met vriendelijke groeten,
Pieter-Jan van den Broecke
Gent
""")

m('nl', 'employer', 'request', 'rectification', 'Fatima el Idrissi', 'Groenrijk Hoveniers B.V.', None,
  'werkgever in handtekening, B.V.',
  ('Fatima el Idrissi', 'f.elidrissi@groenrijk-hoveniers.example'), 'Aanpassing gegevens',
  """Hoi,

Mijn achternaam staat verkeerd in jullie systeem ("El Idrisi"). Het moet zijn: el Idrissi. Willen jullie dat aanpassen?

Alvast bedankt!

Fatima el Idrissi
Planner buitendienst
Groenrijk Hoveniers B.V.
""")

m('nl', 'agent', 'request', 'access', 'Daan Verbeek', 'Logistiek Centrum Tilburg B.V.', 'Mariëlle de Graaf',
  'HR stuurt verzoek van werknemer door als bijlage',
  ('Mariëlle de Graaf', 'm.degraaf@lct-tilburg.example'), 'Doorgestuurd: inzageverzoek medewerker',
  """Beste DPO,

In de bijlage vindt u het inzageverzoek van onze medewerker Daan Verbeek. Omdat een deel van zijn gegevens in Massist CRM staat, vragen wij u ons te helpen die gegevens aan te leveren.

Met vriendelijke groet,
Mariëlle de Graaf
HR-adviseur
Logistiek Centrum Tilburg B.V.
""", shape='rfc822', inner=dict(frm=('Daan Verbeek', 'd.verbeek@lct-tilburg.example'), to='hr@lct-tilburg.example',
  subj='Inzageverzoek', body="""Hallo Mariëlle,

Ik wil graag inzage in alle gegevens die het bedrijf over mij heeft, ook in het CRM.

Groet,
Daan Verbeek
Teamleider expeditie | Logistiek Centrum Tilburg B.V.
"""))

m('nl', 'multi_right', 'request', 'access objection erasure', 'Yvonne Kuipers', None, None,
  'meerdere rechten in opsomming',
  ('Yvonne Kuipers', 'yvonne.kuipers@xs4all-mail.example'), 'Mijn gegevens',
  """Goedendag,

Ik wil:
* weten welke gegevens jullie van mij hebben;
* dat jullie stoppen met het sturen van reclame;
* daarna dat alles wordt verwijderd.

Yvonne Kuipers
""")

m('nl', 'negation', 'request', 'rectification', 'Bram Hoekstra', None, None,
  'geen verwijdering, alleen correctie e-mailadres',
  ('Bram Hoekstra', 'bram.hoekstra@planet-mail.example'), 'Niet verwijderen aub',
  """Hallo,

Jullie helpdesk stelde voor mijn account te verwijderen, maar dat wil ik juist niet. Ik wil alleen dat mijn e-mailadres wordt aangepast naar bram.hoekstra@planet-mail.example.

Bram Hoekstra
""")

m('nl', 'not_request', 'auto_reply', '', 'Joost Lammers', None, None,
  'afwezigheidsbericht',
  ('Joost Lammers', 'joost.lammers@gemeente-westland.example'), 'Automatisch antwoord: Uw verzoek',
  """Dank voor uw bericht. Ik ben tot en met 3 april afwezig. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u bellen met 0174 000 000.

Met vriendelijke groet,
Joost Lammers
""", hdr=[('Auto-Submitted', 'auto-replied')], shape='html', style='outlook')

m('nl', 'footer_rights', 'request', 'erasure', 'Ilse Vermeulen', 'Vermeulen Accountants', None,
  'verwijderverzoek boven disclaimer met AVG-rechten',
  ('Ilse Vermeulen', 'ilse@vermeulen-accountants.example'), 'Gegevens verwijderen',
  """Beste,

Wij zijn geen klant meer van jullie klant Hollandia Print. Graag mijn contactgegevens verwijderen.

Groet,
Ilse Vermeulen
Vermeulen Accountants

Dit bericht is uitsluitend bestemd voor de geadresseerde. Op grond van de AVG heeft u recht op inzage, correctie, verwijdering en bezwaar; zie vermeulen-accountants.example/privacy.
""")

# ---------------- Polish
m('pl', 'plain_words', 'request', 'access', 'Zbigniew Wróblewski', None, None,
  'potocznie: co macie na mój temat',
  ('Zbigniew Wróblewski', 'zbyszek.wroblewski@onet-mail.example'), 'Skąd macie moje dane?',
  """Dzień dobry,

dostaję maile od firmy, z którą nie mam nic wspólnego, a pod spodem jest Wasze logo. Co macie na mój temat i skąd to macie?

Pozdrawiam
Zbigniew Wróblewski
""", cs='iso-8859-2', cte='8bit', shape='plain')

m('pl', 'legal_anchor', 'request', 'erasure', 'Katarzyna Jabłońska', None, None,
  'RODO art. 17',
  ('Katarzyna Jabłońska', 'k.jablonska@wp-mail.example'), 'Żądanie usunięcia danych – art. 17 RODO',
  """Szanowni Państwo,

na podstawie art. 17 ust. 1 RODO żądam niezwłocznego usunięcia wszystkich moich danych osobowych przetwarzanych przez Państwa firmę.

Proszę o potwierdzenie wykonania żądania w terminie miesiąca.

Z poważaniem
Katarzyna Jabłońska
ul. Lipowa 4/12
31-000 Kraków
""", shape='alt', style='outlook', cs='windows-1250')

m('pl', 'names', 'request', 'rectification', 'Grzegorz Brzęczyszczykiewicz', None, None,
  'odmienione nazwisko w tekście, mianownik w podpisie',
  ('Grzegorz Brzęczyszczykiewicz', 'g.brzeczyszczykiewicz@interia-mail.example'), 'Błędne nazwisko',
  """Dzień dobry,

w Państwa systemie Grzegorza Brzęczyszczykiewicza zapisano jako "Brzeczyszczykiewicz" bez ogonka. Proszę o poprawienie pisowni mojego nazwiska.

Dziękuję,
Grzegorz Brzęczyszczykiewicz
""")

m('pl', 'employer', 'request', 'access', 'Agnieszka Dudek', 'Przedsiębiorstwo Budowlane Dudek i Syn Sp. z o.o.', None,
  'pracodawca w stopce, Sp. z o.o.',
  ('Agnieszka Dudek', 'a.dudek@pb-dudek.example'), 'Prośba o kopię danych',
  """Dzień dobry,

proszę o przesłanie kopii moich danych osobowych, które znajdują się w Państwa systemie CRM.

Z wyrazami szacunku

Agnieszka Dudek
Specjalista ds. kadr
Przedsiębiorstwo Budowlane Dudek i Syn Sp. z o.o.
ul. Przemysłowa 3, 60-000 Poznań
""")

m('pl', 'agent', 'request', 'access erasure', 'Tomasz Kaczmarek', None, 'Joanna Wiśniewska',
  'radca prawny w imieniu klienta',
  ('r.pr. Joanna Wiśniewska', 'kancelaria@wisniewska-legal.example'), 'Pan Tomasz Kaczmarek – wniosek RODO',
  """Szanowni Państwo,

działając w imieniu Pana Tomasza Kaczmarka (pełnomocnictwo w załączeniu), wnoszę o:
1) udostępnienie kopii danych osobowych mojego Mocodawcy (art. 15 RODO),
2) a następnie ich usunięcie (art. 17 RODO).

Mocodawca: Tomasz Kaczmarek

Z poważaniem
radca prawny Joanna Wiśniewska
Kancelaria Radcy Prawnego, Warszawa
""")

m('pl', 'multi_right', 'request', 'restriction objection', 'Marek Zieliński', None, None,
  'ograniczenie i sprzeciw razem',
  ('Marek Zieliński', 'marek.zielinski@o2-mail.example'), 'Sprzeciw i ograniczenie przetwarzania',
  """Dzień dobry,

wnoszę sprzeciw wobec przetwarzania moich danych w celach marketingowych. Jednocześnie, do czasu wyjaśnienia skąd Państwo macie mój numer telefonu, proszę o ograniczenie przetwarzania (art. 18 RODO).

Marek Zieliński
""")

m('pl', 'negation', 'request', 'objection', 'Ewa Sikorska', None, None,
  'nie usuwać konta, tylko bez reklam; windows-1250 labelled iso-8859-2',
  ('Ewa Sikorska', 'ewa.sikorska@gazeta-mail.example'), 'reklamy',
  """Witam, nie chcę usuwać konta, ale proszę nie wysyłać mi już żadnych reklam ani ofert, są męczące. Dzięki.

Ewa Sikorska
""", cs='mis:iso-8859-2:windows-1250', cte='quoted-printable')

m('pl', 'not_request', 'other', '', 'Paweł Nowicki', 'DataSafe Polska S.A.', None,
  'dostawca pyta o umowę powierzenia',
  ('Paweł Nowicki', 'p.nowicki@datasafe.example'), 'Umowa powierzenia przetwarzania danych',
  """Dzień dobry,

w związku z planowaną współpracą prosimy o przesłanie projektu umowy powierzenia przetwarzania danych osobowych (art. 28 RODO).

Pozdrawiam
Paweł Nowicki
Dyrektor Handlowy
DataSafe Polska S.A.
""")

m('pl', 'access_items', 'request', 'access', 'Wojciech Lewandowski', None, None,
  'art. 15: cele, odbiorcy, okres, źródło, profilowanie',
  ('Wojciech Lewandowski', 'w.lewandowski@poczta-mail.example'), 'Wniosek o dostęp do danych (art. 15 RODO)',
  """Szanowni Państwo,

proszę o informację:
- w jakich celach przetwarzają Państwo moje dane,
- komu je udostępniono,
- jak długo będą przechowywane,
- skąd je pozyskano,
- czy wobec mnie stosowane jest zautomatyzowane podejmowanie decyzji, w tym profilowanie,
oraz o kopię danych.

Wojciech Lewandowski
""", shape='html', style='gmail')
