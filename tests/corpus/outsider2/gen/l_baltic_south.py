from mime import M

EL = [
M("el", "plain_words", "request", ["erasure"], "Γιώργος Παπαδόπουλος", None, None, "καθημερινή γλώσσα: σβήστε με",
  ("Γιώργος Παπαδόπουλος", "g.papadopoulos@otenet-mail.example"), "σβήστε με",
  """Καλησπέρα,

με παίρνουν τηλέφωνο από μια εταιρεία που λέει ότι έχει το νούμερό μου από το πρόγραμμά σας. Σβήστε με από εκεί, σας παρακαλώ.

Γιώργος Παπαδόπουλος""", cs="iso-8859-7", cte="quoted-printable"),
M("el", "legal_anchor", "request", ["access"], "Ελένη Κωνσταντίνου", None, None, "άρθρο 15 ΓΚΠΔ, ν. 4624/2019",
  ("Ελένη Κωνσταντίνου", "eleni.konst@posta-gr.example"), "Αίτημα πρόσβασης – άρθρο 15 ΓΚΠΔ",
  """Αξιότιμοι κύριοι,

Δυνάμει του άρθρου 15 του Γενικού Κανονισμού Προστασίας Δεδομένων (ΓΚΠΔ) και του ν. 4624/2019, ζητώ πρόσβαση στα προσωπικά μου δεδομένα που επεξεργάζεστε.

Με εκτίμηση,
Ελένη Κωνσταντίνου
Αθήνα""", cs="windows-1253", cte="base64"),
M("el", "plain_words", "request", ["access", "erasure"], "Nikos Alexiou", None, None, "Greeklish: τι έχετε για μένα + σβήστε",
  ("nikos alexiou", "nikalex@mail-gr.example"), "ta stoixeia mou",
  """Geia sas,

thelo na mou peite ti stoixeia exete gia mena kai meta na ta svisete ola. Den exo dosei pote adeia.

Euxaristo,
Nikos Alexiou"""),
M("el", "employer", "request", ["rectification"], "Δημήτρης Αντωνίου", "Αντωνίου Τεχνική Α.Ε.", None, "εργοδότης στην υπογραφή Α.Ε.",
  ("Δημήτρης Αντωνίου", "d.antoniou@antoniou-techniki.example"), "Διόρθωση στοιχείων",
  """Καλημέρα σας,

Παρακαλώ διορθώστε το κινητό μου στο σύστημα: 69 5555 0123.

Ευχαριστώ,
Δημήτρης Αντωνίου
Διευθυντής Πωλήσεων
Αντωνίου Τεχνική Α.Ε.
Θεσσαλονίκη""", shape="html", cs="iso-8859-7", cte="quoted-printable"),
M("el", "not_request", "auto_reply", [], "Μαρία Νικολάου", None, None, "αυτόματη απάντηση απουσίας",
  ("Μαρία Νικολάου", "m.nikolaou@nikolaou-law.example"), "Αυτόματη απάντηση: Το αίτημά σας",
  """Θα απουσιάζω από το γραφείο έως τις 26/10. Για επείγοντα θέματα καλέστε στο 210 5550100.

Μαρία Νικολάου""", hdrs={"Auto-Submitted": "auto-replied"}, cs="iso-8859-7", cte="8bit"),
]

ET = [
M("et", "plain_words", "request", ["erasure"], "Tõnu Kask", None, None, "igapäevakeel: kustutage mind",
  ("Tõnu Kask", "tonu.kask@neti-post.example"), "kustutage mind",
  """Tere

Mingi firma helistab mulle ja ütleb, et nad said mu numbri teie süsteemist. Kustutage mind sealt ära.

Tõnu Kask""", cs="iso-8859-15", cte="quoted-printable"),
M("et", "legal_anchor", "request", ["access"], "Kadri Tamm", None, None, "isikuandmete kaitse üldmääruse art 15",
  ("Kadri Tamm", "kadri.tamm@post-ee.example"), "Andmetega tutvumise taotlus",
  """Lugupeetud andmekaitsespetsialist

Isikuandmete kaitse üldmääruse artikli 15 alusel palun väljavõtet minu kohta töödeldavatest isikuandmetest.

Lugupidamisega
Kadri Tamm"""),
M("et", "employer", "request", ["objection"], "Margus Lepik", "Lepik Ehitus OÜ", None, "tööandja allkirjas OÜ",
  ("Margus Lepik", "margus@lepikehitus.example"), "Vastuväide",
  """Tere

Olen vastu, et minu andmeid kasutatakse turunduseks.

Parimat
Margus Lepik
Müügijuht, Lepik Ehitus OÜ
Tartu""", shape="alt"),
M("et", "negation", "request", ["rectification"], "Liis Saar", None, None, "ärge kustutage, ainult parandage",
  ("Liis Saar", "liis.saar@post-ee.example"), "Parandus",
  """Tere, palun mu kontot mitte kustutada! Soovin ainult, et mu perekonnanimi parandataks: Saar, mitte Saare.

Liis Saar"""),
]

LV = [
M("lv", "plain_words", "request", ["access"], "Jānis Bērziņš", None, None, "ikdienas valoda",
  ("Jānis Bērziņš", "janis.berzins@inbox-lv.example"), "ko jūs par mani zināt",
  """Labdien!

Man zvana kaut kāda firma un saka, ka numurs ņemts no jūsu sistēmas. Ko jūs par mani glabājat?

Jānis Bērziņš""", cs="iso-8859-13", cte="quoted-printable"),
M("lv", "legal_anchor", "request", ["erasure"], "Ilze Ozola", None, None, "VDAR 17. pants",
  ("Ilze Ozola", "ilze.ozola@pasts-lv.example"), "Pieprasījums dzēst datus",
  """Labdien,

Saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 17. pantu lūdzu dzēst visus manus personas datus.

Ar cieņu
Ilze Ozola
Rīga""", cs="windows-1257", cte="quoted-printable"),
M("lv", "employer", "request", ["rectification"], "Andris Kalniņš", "Baltijas Loģistika SIA", None, "darba devējs parakstā SIA",
  ("Andris Kalniņš", "andris@baltlog.example"), "Datu labošana",
  """Labdien,

lūdzu izlabot manu tālruņa numuru sistēmā uz +371 2555 0134.

Ar cieņu,
Andris Kalniņš
Pārdošanas vadītājs
Baltijas Loģistika SIA""", shape="html"),
M("lv", "not_request", "bulk", [], None, None, None, "jaunumu vēstule par VDAR",
  ("Datu Ziņas", "jaunumi@datuzinas.example"), "Jaunumi: VDAR sodi 2026. gadā",
  """DATU ZIŅAS — oktobris

Šomēnes: kā atbildēt uz piekļuves pieprasījumiem un tiesības tikt aizmirstam.

Atteikties no jaunumiem: https://datuzinas.example/atteikties""", shape="alt",
  hdrs={"List-Unsubscribe": "<https://datuzinas.example/atteikties>", "Precedence": "bulk"}),
]

LT = [
M("lt", "plain_words", "request", ["erasure"], "Vytautas Kazlauskas", None, None, "kasdienė kalba: ištrinkite mane",
  ("Vytautas Kazlauskas", "vytas.kazlauskas@one-pastas.example"), "istrinkite mane",
  """Laba diena,

neaišku iš kur turit mano numerį. Ištrinkit mane iš savo sistemos.

Vytautas Kazlauskas""", cs="windows-1257", cte="8bit"),
M("lt", "legal_anchor", "request", ["access"], "Rūta Petrauskienė", None, None, "BDAR 15 straipsnis",
  ("Rūta Petrauskienė", "ruta.petrauskiene@pastas-lt.example"), "Prašymas susipažinti su duomenimis",
  """Laba diena,

Vadovaudamasi BDAR 15 straipsniu, prašau pateikti informaciją apie mano asmens duomenų tvarkymą ir jų kopiją.

Pagarbiai
Rūta Petrauskienė
Vilnius""", cs="iso-8859-13", cte="quoted-printable"),
M("lt", "employer", "request", ["objection", "erasure"], "Mindaugas Jankauskas", "Nemuno Statyba UAB", None, "darbdavys parašu UAB",
  ("Mindaugas Jankauskas", "mindaugas@nemunostatyba.example"), "Nesutikimas",
  """Sveiki,

nesutinku, kad mano duomenys būtų naudojami rinkodarai, ir prašau juos ištrinti.

Mindaugas Jankauskas
Projektų vadovas
Nemuno Statyba UAB"""),
M("lt", "agent", "request", ["access"], "Gabija Stankevičiūtė", None, "Aušra Stankevičienė", "motina už nepilnametę dukrą",
  ("Aušra Stankevičienė", "ausra.stank@pastas-lt.example"), "Dukros duomenys",
  """Laba diena,

esu Gabijos Stankevičiūtės mama. Prašau pranešti, kokius dukros duomenis turite ir iš kur juos gavote.

Duomenų subjektas: Gabija Stankevičiūtė (14 m.)
Aušra Stankevičienė"""),
]

MT = [
M("mt", "plain_words", "request", ["erasure"], "Joseph Camilleri", None, None, "lingwa ta' kuljum: ħassruni",
  ("Joseph Camilleri", "joe.camilleri@melitamail.example"), "ħassruni",
  """Bongu,

qed iċemplu kumpanija u jgħidu li n-numru tiegħi ħaduh mis-sistema tagħkom. Ħassruni minn hemm jekk jogħġobkom.

Joseph Camilleri"""),
M("mt", "legal_anchor", "request", ["access"], "Maria Borg", None, None, "Artikolu 15 tal-GDPR, Kap. 586",
  ("Maria Borg", "maria.borg@posta-mt.example"), "Talba għal aċċess",
  """Għażiż Uffiċjal tal-Protezzjoni tad-Data,

Skont l-Artikolu 15 tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data u l-Kap. 586, nitlob kopja tad-data personali tiegħi.

Dejjem tiegħek,
Maria Borg
Ħal Qormi""", cte="quoted-printable"),
M("mt", "employer", "request", ["rectification"], "Kevin Zammit", "Zammit Imports Limited", None, "min iħaddem fil-firma",
  ("Kevin Zammit", "kevin@zammitimports.example"), "Korrezzjoni",
  """Għaxija t-tajba,

in-numru tal-mowbajl tiegħi huwa ħażin fis-sistema. Jekk jogħġobkom ikkoreġuh għal 7955 0123.

Grazzi,
Kevin Zammit
Sales Manager
Zammit Imports Limited
Il-Marsa""", shape="alt"),
M("mt", "not_request", "other", [], "Daniel Farrugia", None, None, "applikazzjoni għal xogħol b'kunsens",
  ("Daniel Farrugia", "dan.farrugia@melitamail.example"), "Applikazzjoni",
  """Bongu,

qed nibgħat is-CV tiegħi għall-pożizzjoni ta' Privacy Analyst. Nagħti l-kunsens tiegħi biex iżżommu d-data tiegħi għal sitt xhur.

Daniel Farrugia"""),
]

GA = [
M("ga", "plain_words", "request", ["erasure"], "Seán Ó Catháin", None, None, "gnáthchaint: bainigí mé",
  ("Seán Ó Catháin", "sean.ocathain@eirpost.example"), "bainigí mé de bhur liostaí",
  """Dia dhaoibh,

Níor thug mé cead d'aon duine m'uimhir a chur isteach in bhur gcóras. Bainigí mé as, le bhur dtoil.

Seán Ó Catháin""", cs="iso-8859-1", cte="quoted-printable"),
M("ga", "legal_anchor", "request", ["access"], "Áine Nic Giolla Phádraig", None, None, "Airteagal 15 RGCS, ainm le Nic",
  ("Áine Nic Giolla Phádraig", "aine.nicgp@post-ie.example"), "Iarratas rochtana ar shonraí",
  """A chara,

Faoi Airteagal 15 den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS), iarraim cóip de na sonraí pearsanta go léir atá agaibh fúm.

Is mise le meas,
Áine Nic Giolla Phádraig
Gaillimh"""),
M("ga", "employer", "request", ["rectification"], "Pádraig Mac Suibhne", "Mac Suibhne Tógálaithe Teoranta", None, "fostóir sa síniú (Teoranta)",
  ("Pádraig Mac Suibhne", "padraig@macsuibhne-tog.example"), "Ceartú",
  """Dia dhuit,

Tá mo sheoladh mícheart sa chóras. Ceartaígí é, le bhur dtoil: 12 Bóthar na Trá, Gaillimh.

Le gach dea-ghuí,
Pádraig Mac Suibhne
Bainisteoir Díolacháin
Mac Suibhne Tógálaithe Teoranta""", shape="html", cs="windows-1252", cte="quoted-printable"),
M("ga", "negation", "request", ["objection"], "Niamh Ní Bhriain", None, None, "ná scrios, ach stop fógraíocht",
  ("Niamh Ní Bhriain", "niamh.nibhriain@eirpost.example"), "Fógraíocht",
  """A chara, níl mé ag iarraidh go scriosfaí mo chuntas. Ní theastaíonn uaim ach nach gcuirfí ríomhphoist fógraíochta chugam a thuilleadh.

Niamh Ní Bhriain"""),
]

MAILS = EL + ET + LV + LT + MT + GA
