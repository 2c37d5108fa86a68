from common import m

# ---------------- Romanian
m('ro', 'plain_words', 'request', 'access', 'Mihai Constantinescu', None, None,
  'limbaj obișnuit: ce aveți despre mine',
  ('Mihai Constantinescu', 'mihai.constantinescu@yahoo-ro.example'), 'Ce date aveți despre mine?',
  """Bună ziua,

Primesc emailuri de la o firmă pe care nu o cunosc, prin sistemul dumneavoastră. Aș vrea să știu ce date aveți despre mine și de unde le aveți.

Mulțumesc,
Mihai Constantinescu
""", cs='utf-8', cte='8bit', shape='plain')

m('ro', 'legal_anchor', 'request', 'erasure', 'Ioana Dumitrescu', None, None,
  'art. 17 din Regulamentul (UE) 2016/679 și Legea 190/2018',
  ('Ioana Dumitrescu', 'ioana.dumitrescu@rdslink-mail.example'), 'Cerere de ștergere conform art. 17 GDPR',
  """Stimate domn/Stimată doamnă,

În temeiul art. 17 din Regulamentul (UE) 2016/679 și al Legii nr. 190/2018, vă solicit ștergerea tuturor datelor mele cu caracter personal.

Cu stimă,
Ioana Dumitrescu
""", shape='alt', style='outlook')

m('ro', 'employer', 'request', 'rectification', 'Andrei Popescu', 'Transilvania Agro S.R.L.', None,
  'angajator în semnătură, S.R.L.',
  ('Popescu Andrei', 'andrei.popescu@transilvania-agro.example'), 'Corectare date',
  """Bună ziua,

Numărul meu de telefon este greșit în CRM. Cel corect este 0740 000 123. Vă rog să îl corectați.

Mulțumesc,
Andrei Popescu
Director Vânzări
Transilvania Agro S.R.L.
Cluj-Napoca
""", cs='iso-8859-16')

m('ro', 'multi_right', 'request', 'access objection portability', 'Elena Stănescu', None, None,
  'mai multe drepturi, listă',
  ('Elena Stănescu', 'elena.stanescu@posta-mail.example'), 'Solicitare drepturi',
  """Bună ziua,

Vă rog:
1. să-mi trimiteți o copie a datelor mele;
2. să nu-mi mai trimiteți mesaje de marketing;
3. să-mi exportați datele într-un fișier CSV.

Elena Stănescu
""")

m('ro', 'not_request', 'auto_reply', '', 'Cristina Georgescu', None, None,
  'răspuns automat de absență',
  ('Cristina Georgescu', 'cristina.georgescu@primaria-exemplu.example'), 'Răspuns automat: Solicitarea dvs.',
  """Sunt în concediu până pe 15 aprilie. Pentru urgențe, vă rog contactați secretariatul la 021 000 0000.

Cristina Georgescu
""", hdr=[('Auto-Submitted', 'auto-replied')])

m('ro', 'negation', 'request', 'objection', 'Radu Munteanu', None, None,
  'nu vrea ștergerea contului, doar fără reclame',
  ('radu munteanu', 'radu.munteanu@clicknet-mail.example'), 'fara reclame',
  """Salut, nu vreau sa imi stergeti contul, doar sa nu mai primesc reclame si newslettere. Mersi. Radu Munteanu
""", cs='us-ascii', cte='7bit')

# ---------------- Bulgarian
m('bg', 'plain_words', 'request', 'access', 'Георги Петров', None, None,
  'всекидневен език: какво имате за мен',
  ('Георги Петров', 'georgi.petrov@abv-mail.example'), 'Какви данни имате за мен?',
  """Здравейте,

Получавам имейли от фирма, с която нямам нищо общо, чрез вашата система. Искам да знам какви данни имате за мен и откъде сте ги взели.

Поздрави,
Георги Петров
""", cs='windows-1251', cte='8bit', shape='plain')

m('bg', 'legal_anchor', 'request', 'erasure', 'Мария Иванова', None, None,
  'чл. 17 от ОРЗД и ЗЗЛД',
  ('Мария Иванова', 'maria.ivanova@mail-bg.example'), 'Искане за изтриване по чл. 17 от ОРЗД',
  """Уважаеми госпожи и господа,

На основание чл. 17 от Общия регламент относно защитата на данните (ОРЗД) и Закона за защита на личните данни (ЗЗЛД), моля да изтриете всички мои лични данни.

С уважение,
Мария Иванова
""", shape='alt', style='outlook')

m('bg', 'employer', 'request', 'rectification', 'Стефан Димитров', 'Балкан Софтуер ЕООД', None,
  'работодател в подписа, ЕООД',
  ('Стефан Димитров', 'stefan.dimitrov@balkansoft.example'), 'Корекция на данни',
  """Здравейте,

Моля, коригирайте длъжността ми в системата – вече съм „Ръководител проекти“.

Поздрави,
Стефан Димитров
Ръководител проекти
Балкан Софтуер ЕООД
София
""")

m('bg', 'names', 'request', 'access', 'Десислава Кънчева-Томова', None, None,
  'двойно фамилно име на кирилица, латиница в адреса',
  ('Desislava Kancheva-Tomova', 'd.kancheva@abv-mail.example'), 'Достъп до лични данни',
  """Добър ден,

Моля да ми предоставите копие от личните данни, които обработвате за мен.

Благодаря,
Десислава Кънчева-Томова
""")

m('bg', 'multi_right', 'request', 'access erasure', 'Николай Стоянов', None, None,
  'достъп и след това изтриване',
  ('Николай Стоянов', 'n.stoyanov@gbg-mail.example'), 'Моите данни',
  """Здравейте,

Първо искам да видя какво имате за мен, а после да изтриете всичко.

Николай Стоянов
""", cs='windows-1251', cte='base64')

m('bg', 'not_request', 'bounce', '', None, None, None,
  'отказ за доставка на български',
  ('Пощенска система', 'mailer-daemon@mx.massistcrm.com'), 'Недоставено съобщение',
  """Съобщението ви не можа да бъде доставено до следния получател:

ivan.kolev@starafirma.example
Пощенската кутия не съществува.
""", shape='dsn', dsn=dict(mta='mx.massistcrm.com', rcpt='ivan.kolev@starafirma.example', diag='550 5.1.1 Mailbox unavailable'))

# ---------------- Greek
m('el', 'plain_words', 'request', 'access', 'Γιώργος Παπαδόπουλος', None, None,
  'καθημερινή γλώσσα: τι έχετε για μένα',
  ('Γιώργος Παπαδόπουλος', 'g.papadopoulos@otenet-mail.example'), 'Τι στοιχεία έχετε για μένα;',
  """Καλησπέρα σας,

Μου έρχονται email από μια εταιρεία που δεν ξέρω, μέσω του συστήματός σας. Θέλω να μάθω τι στοιχεία έχετε για μένα και από πού τα πήρατε.

Ευχαριστώ,
Γιώργος Παπαδόπουλος
""", cs='iso-8859-7', cte='8bit', shape='plain')

m('el', 'legal_anchor', 'request', 'erasure', 'Αικατερίνη Νικολάου', None, None,
  'άρθρο 17 ΓΚΠΔ και ν. 4624/2019',
  ('Αικατερίνη Νικολάου', 'a.nikolaou@forthnet-mail.example'), 'Αίτημα διαγραφής βάσει άρθρου 17 ΓΚΠΔ',
  """Αξιότιμοι κύριοι,

Με βάση το άρθρο 17 του Γενικού Κανονισμού Προστασίας Δεδομένων (ΓΚΠΔ) και τον ν. 4624/2019, ζητώ τη διαγραφή όλων των προσωπικών μου δεδομένων.

Με εκτίμηση,
Αικατερίνη Νικολάου
""", shape='alt', style='outlook', cs='windows-1253')

m('el', 'plain_words', 'request', 'objection', 'Kostas', None, None,
  'Greeklish, μόνο μικρό όνομα',
  ('kostas', 'kostas.kr@hotmail-gr.example'), 'stamatiste ta mail',
  """Kalispera, stamatiste na mou stelnete diafimistika mail, den exw zitisei tipota. Vgalte me apo tis listes sas.

Kostas
""", cs='us-ascii', cte='7bit')

m('el', 'employer', 'request', 'rectification', 'Δημήτρης Αλεξίου', 'Αιγαίον Ναυτιλιακή Α.Ε.', None,
  'εργοδότης στην υπογραφή, Α.Ε.',
  ('Δημήτρης Αλεξίου', 'd.alexiou@aigaion-naftiliaki.example'), 'Διόρθωση στοιχείων',
  """Καλημέρα,

Το τηλέφωνό μου είναι λάθος στο σύστημα. Το σωστό είναι 210 000 0000.

Φιλικά,
Δημήτρης Αλεξίου
Υπεύθυνος Προμηθειών
Αιγαίον Ναυτιλιακή Α.Ε.
Πειραιάς
""")

m('el', 'agent', 'request', 'access', 'Ελένη Μαυρίδου', None, 'Νίκος Σταματίου',
  'δικηγόρος για πελάτισσα, γενική πτώση στο κείμενο',
  ('Νίκος Σταματίου', 'stamatiou@dikigoros-mail.example'), 'Αίτημα πρόσβασης για λογαριασμό πελάτισσας',
  """Αξιότιμοι κύριοι,

Ως πληρεξούσιος δικηγόρος της κας Ελένης Μαυρίδου, ζητώ, σύμφωνα με το άρθρο 15 ΓΚΠΔ, αντίγραφο των προσωπικών δεδομένων της.

Εντολέας: Ελένη Μαυρίδου

Με τιμή,
Νίκος Σταματίου
Δικηγόρος Αθηνών
""")

m('el', 'not_request', 'auto_reply', '', 'Σοφία Καραγιάννη', None, None,
  'αυτόματη απάντηση απουσίας',
  ('Σοφία Καραγιάννη', 's.karagianni@dimos-example.example'), 'Αυτόματη απάντηση: Το αίτημά σας',
  """Απουσιάζω από το γραφείο έως τις 18 Απριλίου. Για επείγοντα θέματα επικοινωνήστε στο 210 000 1111.

Σοφία Καραγιάννη
""", hdr=[('Auto-Submitted', 'auto-replied')])

# ---------------- Estonian
m('et', 'plain_words', 'request', 'access', 'Margus Tamm', None, None,
  'tavakeel: mis andmed teil minu kohta on',
  ('Margus Tamm', 'margus.tamm@hot-ee.example'), 'Mis andmed teil minust on?',
  """Tere,

Saan kirju firmalt, keda ma ei tunne, teie süsteemi kaudu. Mis andmed teil minu kohta on ja kust need saite?

Lugupidamisega
Margus Tamm
""", cs='iso-8859-15', cte='8bit', shape='plain')

m('et', 'legal_anchor', 'request', 'erasure', 'Kadri Saar', None, None,
  'isikuandmete kaitse üldmääruse art 17',
  ('Kadri Saar', 'kadri.saar@neti-mail.example'), 'Andmete kustutamise taotlus (IKÜM art 17)',
  """Lugupeetud andmekaitseametnik,

Palun isikuandmete kaitse üldmääruse artikli 17 alusel kustutada kõik minu isikuandmed.

Lugupidamisega
Kadri Saar
""", shape='alt', style='outlook')

m('et', 'employer', 'request', 'rectification', 'Rein Kask', 'Põhjala Puit OÜ', None,
  'tööandja allkirjas, OÜ',
  ('Rein Kask', 'rein.kask@pohjalapuit.example'), 'Andmete parandus',
  """Tere!

Minu ametinimetus on teil vale. Palun muutke see "tootmisjuht".

Parimat
Rein Kask
tootmisjuht
Põhjala Puit OÜ
Tartu
""")

m('et', 'negation', 'request', 'access', 'Liis Mägi', None, None,
  'ei soovi kustutamist, ainult koopiat',
  ('Liis Mägi', 'liis.magi@online-ee.example'), 'Koopia andmetest',
  """Tere,

Ma EI soovi oma kontot kustutada. Soovin ainult koopiat andmetest, mis teil minu kohta on.

Liis Mägi
""")

m('et', 'not_request', 'auto_reply', '', 'Tõnu Lepp', None, None,
  'automaatvastus',
  ('Tõnu Lepp', 'tonu.lepp@linnavalitsus-ee.example'), 'Automaatvastus: Teie päring',
  """Olen puhkusel kuni 20. aprillini. Kiireloomulistes küsimustes palun kirjutage info@linnavalitsus-ee.example.

Tõnu Lepp
""", hdr=[('Auto-Submitted', 'auto-replied')])

# ---------------- Latvian
m('lv', 'plain_words', 'request', 'erasure', 'Jānis Bērziņš', None, None,
  'ikdienas valoda: izdzēsiet mani',
  ('Jānis Bērziņš', 'janis.berzins@inbox-lv.example'), 'Izdzēsiet mani',
  """Labdien,

Man nāk e-pasti no firmas, ar kuru man nav nekāda sakara. Lūdzu, izdzēsiet visus manus datus.

Jānis Bērziņš
""", cs='iso-8859-13', cte='8bit', shape='plain')

m('lv', 'legal_anchor', 'request', 'access', 'Ilze Kalniņa', None, None,
  'VDAR 15. pants un Fizisko personu datu apstrādes likums',
  ('Ilze Kalniņa', 'ilze.kalnina@apollo-mail.example'), 'Piekļuves pieprasījums saskaņā ar VDAR 15. pantu',
  """Labdien!

Saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 15. pantu lūdzu sniegt informāciju par maniem personas datiem, kurus apstrādājat, un to kopiju.

Ar cieņu,
Ilze Kalniņa
""", shape='alt', style='outlook', cs='windows-1257')

m('lv', 'employer', 'request', 'rectification', 'Andris Ozols', 'Baltijas Kokrūpniecība SIA', None,
  'darba devējs parakstā, SIA',
  ('Andris Ozols', 'andris.ozols@baltkoks.example'), 'Datu labošana',
  """Labdien,

Jūsu sistēmā ir nepareizs mans tālruņa numurs. Pareizais ir 20 000 000.

Ar cieņu,
Andris Ozols
iepirkumu vadītājs
Baltijas Kokrūpniecība SIA
""")

m('lv', 'multi_right', 'request', 'access objection', 'Līga Krūmiņa', None, None,
  'piekļuve un iebildums pret mārketingu',
  ('Līga Krūmiņa', 'liga.krumina@tvnet-mail.example'), 'Mani dati',
  """Sveiki,
gribu zināt, kādi dati par mani jums ir, un lūdzu vairs nesūtīt reklāmas.
Līga Krūmiņa
""")

m('lv', 'not_request', 'bulk', '', None, None, None,
  'jaunumu vēstule par VDAR',
  ('Datu Jaunumi', 'jaunumi@datu-jaunumi.example'), 'Datu Jaunumi: DVI skaidro piekļuves tiesības',
  """Datu Jaunumi – aprīlis

Datu valsts inspekcija publicējusi skaidrojumu par piekļuves un dzēšanas tiesībām.

Atrakstīties: https://datu-jaunumi.example/atrakstities
""", hdr=[('List-Unsubscribe', '<https://datu-jaunumi.example/atrakstities>'), ('Precedence', 'bulk')], shape='html', style='web')

# ---------------- Lithuanian
m('lt', 'plain_words', 'request', 'access', 'Tomas Kazlauskas', None, None,
  'kasdienė kalba: ką apie mane turite',
  ('Tomas Kazlauskas', 'tomas.kazlauskas@one-lt.example'), 'Ką turite apie mane?',
  """Laba diena,

Gaunu laiškus iš įmonės, kurios nepažįstu, per jūsų sistemą. Norėčiau sužinoti, kokius duomenis apie mane turite ir iš kur.

Tomas Kazlauskas
""", cs='windows-1257', cte='8bit', shape='plain')

m('lt', 'legal_anchor', 'request', 'erasure', 'Rūta Petrauskienė', None, None,
  'BDAR 17 straipsnis',
  ('Rūta Petrauskienė', 'ruta.petrauskiene@takas-mail.example'), 'Prašymas ištrinti duomenis pagal BDAR 17 str.',
  """Gerbiamieji,

Vadovaudamasi Bendrojo duomenų apsaugos reglamento (BDAR) 17 straipsniu, prašau ištrinti visus mano asmens duomenis.

Pagarbiai
Rūta Petrauskienė
""", shape='alt', style='outlook')

m('lt', 'employer', 'request', 'rectification', 'Mindaugas Jankauskas', 'Baltic Grain Logistics UAB', None,
  'darbdavys parašo bloke, UAB',
  ('Mindaugas Jankauskas', 'm.jankauskas@bgl-uab.example'), 'Duomenų taisymas',
  """Sveiki,

Prašau pataisyti mano pareigas sistemoje į „Pardavimų vadovas“.

Mindaugas Jankauskas
Pardavimų vadovas
Baltic Grain Logistics UAB
Klaipėda
""")

m('lt', 'agent', 'request', 'erasure', 'Gabija Vaitkutė', None, 'Asta Vaitkienė',
  'mama už nepilnametę dukrą',
  ('Asta Vaitkienė', 'asta.vaitkiene@zebra-mail.example'), 'Dukros duomenys',
  """Laba diena,

Mano dukra Gabija Vaitkutė (14 m.) per sporto klubą pateko į jūsų sistemą. Kaip motina prašau ištrinti jos duomenis.

Asta Vaitkienė
""")

m('lt', 'not_request', 'other', '', 'Darius Stankevičius', None, None,
  'bendras klausimas apie duomenų saugojimą',
  ('Darius Stankevičius', 'darius.st@gmail-lt.example'), 'Klausimas',
  """Sveiki, kur laikomi Massist CRM duomenys – ES ar JAV? Ačiū, Darius Stankevičius
""")
