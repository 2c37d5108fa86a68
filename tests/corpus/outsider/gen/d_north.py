from core import M

# ------------------------------------------------------------------ Danish
L = "da"
M(L, "request", "access", "Birthe Kjærgaard", None, None, "legal_anchor", "databeskyttelsesforordningens artikel 15, iso-8859-1 QP",
  frm=("Birthe Kjærgaard", "birthe.kjaergaard@jubii.example"), subj="Anmodning om indsigt efter artikel 15",
  cs="iso-8859-1", cte="quoted-printable", henc="Q",
  body="""Kære databeskyttelsesrådgiver

Jeg anmoder hermed om indsigt i de personoplysninger, I behandler om mig, jf. databeskyttelsesforordningens artikel 15 og databeskyttelsesloven. Jeg beder om en kopi af oplysningerne.

Med venlig hilsen
Birthe Kjærgaard
Aarhus
""")

M(L, "request", "erasure", "Mads", None, None, "plain_words", "'Slet mig', first name only",
  frm=("Mads", "mads.k.1992@gmail.example"), subj="slet mig",
  body="""Hej. Slet venligst min profil og alt hvad I har om mig. Tak
Mads
""")

M(L, "request", "objection", "Lars Henningsen", "Henningsen Maskinfabrik A/S", None, "employer", "A/S under title",
  frm=("Lars Henningsen", "lh@henningsen-maskin.example"), subj="Indsigelse mod markedsføring",
  body="""Hej

Jeg gør indsigelse mod, at mine oplysninger bruges til direkte markedsføring. Fjern mig venligst fra jeres lister.

Venlig hilsen
Lars Henningsen
Salgschef
Henningsen Maskinfabrik A/S
Odense
""")

M(L, "request", "access", "Anders Friis Holm", "Nordlys Energi A/S", "Pia Thomsen", "agent", "HR forwards employee mail as message/rfc822",
  frm=("Pia Thomsen", "pia.thomsen@nordlysenergi.example"), subj="VS: Indsigtsanmodning fra medarbejder",
  fmt="fwd", body="""Hej

Vedhæftet er en anmodning fra vores medarbejder Anders Friis Holm om indsigt i hans oplysninger. Da I er vores CRM-leverandør, vil I hjælpe med at trække data ud om ham?

Mvh
Pia Thomsen
HR-partner, Nordlys Energi A/S
""", inner=dict(frm=("Anders Friis Holm", "afh@nordlysenergi.example"), to=("HR", "hr@nordlysenergi.example"),
                subj="Indsigt i mine oplysninger", fname="Indsigt.eml", cs="iso-8859-1", cte="quoted-printable", henc="Q",
                body="""Hej HR

Jeg vil gerne have indsigt i alle personoplysninger, virksomheden har om mig, også i CRM-systemet.

Mvh Anders
"""))

M(L, "request", "withdraw_consent", "Mette Østergaard Kjær", None, None, "names", "'Mit navn er X.' sentence end",
  frm=("", "mettekj@hotmail.example"), subj="Samtykke",
  body="""Goddag. Mit navn er Mette Østergaard Kjær. Jeg trækker hermed mit samtykke til nyhedsbreve og tilfredshedsundersøgelser tilbage.

Venlig hilsen
""")

# ------------------------------------------------------------------ Swedish
L = "sv"
M(L, "request", "access", "Ulla-Britt Lindqvist", None, None, "legal_anchor", "registerutdrag enligt artikel 15 dataskyddsförordningen",
  frm=("Ulla-Britt Lindqvist", "ub.lindqvist@telia.example"), subj="Begäran om registerutdrag (artikel 15 GDPR)",
  cs="iso-8859-1", cte="quoted-printable", henc="Q",
  body="""Hej,

Med stöd av artikel 15 i dataskyddsförordningen (GDPR) begär jag ett registerutdrag över de personuppgifter ni behandlar om mig.

Vänliga hälsningar
Ulla-Britt Lindqvist
Västerås
""")

M(L, "request", "access erasure", "Jonas Berg", None, None, "plain_words", "'vad har ni om mig' + 'ta bort mig'",
  frm=("Jonas Berg", "jonasberg@spray.example"), subj="vad har ni om mig?",
  body="""Hej!
Vad har ni för uppgifter om mig egentligen? Skicka över det och ta sen bort mig helt.
/Jonas Berg

Skickat från min iPhone
""")

M(L, "request", "rectification", "Elin Sjöberg", "Sjöberg & Ek Redovisning AB", None, "employer", "AB employer under title",
  frm=("Elin Sjöberg", "elin.sjoberg@sjobergek.example"), subj="Felaktiga uppgifter",
  body="""Hej,

Mitt efternamn är felstavat i era utskick ("Sjoberg"). Vänligen rätta det till Sjöberg.

Med vänlig hälsning
Elin Sjöberg
Auktoriserad redovisningskonsult
Sjöberg & Ek Redovisning AB
""")

M(L, "request", "erasure", "Oskar Nyström", "Norrskog Trävaror AB", None, "form", "Swedish form robot, Typ av begäran: Radering",
  frm=("Integritetsformulär", "no-reply@forms.massistcrm.example"), reply_to=("Oskar Nyström", "oskar.nystrom@norrskog.example"),
  subj="Ny begäran från registrerad",
  body="""Namn: Oskar Nyström
E-post: oskar.nystrom@norrskog.example
Företag: Norrskog Trävaror AB
Typ av begäran: Radering av personuppgifter
Meddelande: Jag har slutat som kontaktperson, radera mina uppgifter.

Detta meddelande skickades automatiskt.
""")

M(L, "request", "objection", "Karin Åberg", None, None, "negation", "'vill inte att ni raderar mitt konto' + invändning direktreklam",
  frm=("Karin Åberg", "karin.aberg@bredband.example"), subj="Direktreklam",
  body="""Hej,

Jag vill INTE att ni raderar mitt konto. Men jag invänder mot att mina uppgifter används för direktreklam och profilering.

Karin Åberg
""")

M(L, "request", "access", "Per-Olof Strand", None, None, "access_items", "ändamål, mottagare, lagringstid, källa, automatiserat beslutsfattande listed",
  frm=("Per-Olof Strand", "postrand@outlook.example"), subj="Begäran om information", fmt="alt",
  body="""Hej,

Jag begär information om:
• ändamålen med behandlingen
• vilka mottagare som fått mina uppgifter
• hur länge uppgifterna sparas
• varifrån ni fått uppgifterna
• om automatiserat beslutsfattande, inklusive profilering, förekommer
• min rätt att klaga hos IMY

samt en kopia av uppgifterna.

Hälsningar
Per-Olof Strand
""")

M(L, "bulk", "", None, None, None, "not_request", "Swedish newsletter mentioning GDPR and avregistrering",
  frm=("Digitala Affärer", "nyhetsbrev@digitalaaffarer.example"), subj="Nyhetsbrev vecka 42: GDPR-böter och AI",
  hdrs={"List-Unsubscribe": "<https://digitalaaffarer.example/avregistrera?id=77>", "Precedence": "list"},
  fmt="alt", cte="quoted-printable",
  body="""Digitala Affärer – vecka 42

IMY har delat ut nya sanktionsavgifter enligt GDPR. Vi går igenom vad det betyder för ditt företag och hur du hanterar begäran om registerutdrag.

Läs mer: https://digitalaaffarer.example/artikel/4411

Du får detta nyhetsbrev eftersom du prenumererar. Avregistrera dig här: https://digitalaaffarer.example/avregistrera?id=77
""")

# ------------------------------------------------------------------ Norwegian
L = "no"
M(L, "request", "access", "Torbjørn Haugen", None, None, "legal_anchor", "personopplysningsloven + artikkel 15 innsyn",
  frm=("Torbjørn Haugen", "torbjorn.haugen@online.example"), subj="Krav om innsyn etter personvernforordningen artikkel 15",
  body="""Hei,

Jeg krever innsyn i personopplysningene dere behandler om meg, jf. personopplysningsloven og personvernforordningen artikkel 15.

Med vennlig hilsen
Torbjørn Haugen
Bergen
""")

M(L, "request", "erasure", "Silje", None, None, "plain_words", "short, first name only",
  frm=("Silje", "silje.b@live.example"), subj="slett kontoen min",
  body="""hei, kan dere slette kontoen min og alt dere har om meg? takk
mvh Silje
""")

M(L, "request", "objection", "Geir Olav Nilsen", "Fjordkraft Service AS", None, "employer", "AS under title; 'Sendt fra min iPhone'",
  frm=("Geir Olav Nilsen", "geir.nilsen@fjordservice.example"), subj="Reservasjon mot markedsføring",
  cs="iso-8859-1", cte="8bit", henc="Q",
  body="""Hei

Jeg protesterer mot at opplysningene mine brukes til markedsføring. Vennligst fjern meg fra alle lister.

Geir Olav Nilsen
Innkjøpssjef
Fjordkraft Service AS
Stavanger

Sendt fra min iPhone
""")

M(L, "request", "portability", "Ingrid Solberg Haugland", None, None, "names", "'Jeg heter X.' double surname",
  frm=("", "ingrid.sh@gmail.example"), subj="Dataportabilitet",
  body="""Hei. Jeg heter Ingrid Solberg Haugland. Jeg ønsker å få utlevert mine data i et maskinlesbart format, slik at jeg kan flytte dem til en annen leverandør.

Hilsen Ingrid
""")

M(L, "request", "access rectification restriction", "Håkon Eriksen", None, None, "multi_right", "innsyn + retting + begrensning",
  frm=("Håkon Eriksen", "hakon.eriksen@altibox.example"), subj="Innsyn, retting og begrensning", cte="base64",
  body="""Hei,

Jeg ber om innsyn i opplysningene dere har om meg. Adressen min er feil og må rettes (ny adresse: Storgata 15, 9008 Tromsø). Inntil dette er rettet, ber jeg om at behandlingen begrenses.

Vennlig hilsen
Håkon Eriksen
""")

# ------------------------------------------------------------------ Finnish
L = "fi"
M(L, "request", "access", "Aino Virtanen", None, None, "legal_anchor", "tietosuoja-asetuksen 15 artikla, iso-8859-15",
  frm=("Aino Virtanen", "aino.virtanen@elisa.example"), subj="Tarkastusoikeuspyyntö (EU:n tietosuoja-asetus 15 artikla)",
  cs="iso-8859-15", cte="quoted-printable", henc="Q",
  body="""Hei,

Pyydän EU:n yleisen tietosuoja-asetuksen 15 artiklan nojalla saada tietää, mitä henkilötietoja minusta käsittelette, sekä jäljennöksen tiedoista.

Ystävällisin terveisin
Aino Virtanen
Tampere
""")

M(L, "request", "erasure", "Jukka Mäkinen", None, None, "plain_words", "plain Finnish",
  frm=("Jukka Mäkinen", "jukka.makinen@suomi24.example"), subj="tietojen poisto",
  body="""Moi, poistakaa kaikki minun tiedot teidän järjestelmästä. En ole ikinä tilannut mitään.
Jukka Mäkinen
""")

M(L, "request", "objection", "Riikka Laaksonen", "Pohjolan Puutuote Oy", None, "employer", "Oy under title",
  frm=("Riikka Laaksonen", "riikka.laaksonen@pohjolanpuu.example"), subj="Vastustan suoramarkkinointia",
  body="""Hei,

Vastustan henkilötietojeni käyttöä suoramarkkinointiin.

Terveisin
Riikka Laaksonen
Ostopäällikkö
Pohjolan Puutuote Oy
Oulu
""")

M(L, "request", "erasure", "Eetu Korhonen", None, "Sanna Korhonen", "agent", "mother for 11-year-old",
  frm=("Sanna Korhonen", "sanna.korhonen@kolumbus.example"), subj="Lapseni tilin poisto",
  body="""Hei,

Poikani Eetu Korhonen (11 v.) on luonut tilin ilman lupaani. Pyydän huoltajana poistamaan hänen tilinsä ja kaikki hänen tietonsa.

Sanna Korhonen
""")

M(L, "auto_reply", "", "Marko Heikkinen", None, None, "not_request", "Finnish vacation reply, Auto-Submitted",
  frm=("Marko Heikkinen", "marko.heikkinen@kuntayhtyma.example"), subj="Automaattinen vastaus: Tietopyyntö",
  hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
  body="""Olen kesälomalla 28.7. asti. Kiireellisissä asioissa ota yhteyttä tietosuoja@kuntayhtyma.example.

I am on summer holiday until 28 July.

Marko Heikkinen
""")

# ------------------------------------------------------------------ Estonian
L = "et"
M(L, "request", "access", "Kristiina Saar", None, None, "legal_anchor", "isikuandmete kaitse üldmääruse artikkel 15",
  frm=("Kristiina Saar", "kristiina.saar@hot.example"), subj="Taotlus tutvuda isikuandmetega",
  body="""Tere

Palun andke mulle isikuandmete kaitse üldmääruse artikli 15 alusel teave minu kohta töödeldavate isikuandmete kohta ning nende koopia.

Lugupidamisega
Kristiina Saar
Tartu
""")

M(L, "request", "erasure", "Rasmus", None, None, "plain_words", "very short, first name",
  frm=("Rasmus", "rasmus.k@mail.example"), subj="kustutamine",
  body="""Tere, palun kustutage minu andmed ja konto. Aitäh
Rasmus
""")

M(L, "request", "withdraw_consent", "Tiit Kask", "Läänemere Logistika OÜ", None, "employer", "OÜ under title",
  frm=("Tiit Kask", "tiit.kask@laanemerelogistika.example"), subj="Nõusoleku tagasivõtmine",
  cs="iso-8859-15", cte="quoted-printable", henc="Q",
  body="""Tere

Võtan tagasi oma nõusoleku turundusteadete saamiseks.

Parimate soovidega
Tiit Kask
Müügijuht
Läänemere Logistika OÜ
Tallinn
""")

M(L, "request", "rectification", "Kadri-Liis Tamm", None, None, "names", "'Minu nimi on X.' sentence end, hyphenated first name",
  frm=("", "kadriliis.t@gmail.example"), subj="Nime parandus",
  body="""Tere. Minu nimi on Kadri-Liis Tamm. Palun parandage mu nimi teie süsteemis, praegu on kirjas "Kadri Tamm".
""")

M(L, "request", "access portability", "Margus Lepp", None, None, "multi_right", "juurdepääs + ülekandmine",
  frm=("Margus Lepp", "margus.lepp@online.example"), subj="Andmete koopia ja ülekandmine",
  body="""Tere

Soovin saada koopiat kõigist minu andmetest ning lisaks soovin, et edastaksite minu esitatud andmed masinloetavas vormingus (CSV), et saaksin need teise teenusepakkuja juurde üle viia.

Margus Lepp
""")

# ------------------------------------------------------------------ Latvian
L = "lv"
M(L, "request", "access", "Ilze Bērziņa", None, None, "legal_anchor", "VDAR 15. pants, iso-8859-13",
  frm=("Ilze Bērziņa", "ilze.berzina@inbox.example"), subj="Pieprasījums piekļūt personas datiem",
  cs="iso-8859-13", cte="quoted-printable", henc="Q",
  body="""Labdien!

Saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 15. pantu lūdzu sniegt informāciju par maniem personas datiem, ko apstrādājat, un to kopiju.

Ar cieņu
Ilze Bērziņa
Rīga
""")

M(L, "request", "erasure", "Jānis Kalniņš", None, None, "plain_words", "plain Latvian",
  frm=("Jānis Kalniņš", "janis.kalnins@tvnet.example"), subj="dzēst datus",
  body="""Sveiki, lūdzu izdzēsiet manus datus un kontu. Paldies
Jānis Kalniņš
""")

M(L, "request", "objection", "Līga Ozola", "Baltijas Koks SIA", None, "employer", "SIA under title",
  frm=("Līga Ozola", "liga.ozola@baltijaskoks.example"), subj="Iebildums pret tiešo mārketingu",
  body="""Labdien,

iebilstu pret savu personas datu izmantošanu tiešajā mārketingā.

Ar cieņu
Līga Ozola
Iepirkumu vadītāja
Baltijas Koks SIA
""")

M(L, "request", "access", "Andris Liepiņš", "Liepiņš un partneri SIA", None, "form", "Latvian form robot with Uzņēmums field",
  frm=("Datu pieprasījumu forma", "forma@massistcrm.example"), reply_to=("Andris Liepiņš", "andris@liepins-partneri.example"),
  subj="Jauns datu subjekta pieprasījums",
  body="""Vārds, uzvārds: Andris Liepiņš
E-pasts: andris@liepins-partneri.example
Uzņēmums: Liepiņš un partneri SIA
Pieprasījuma veids: Piekļuve datiem
Ziņojums: Vēlos saņemt savu datu kopiju.
""")

M(L, "request", "withdraw_consent", "Dace Krūmiņa", None, None, "negation", "'nelūdzu dzēst kontu' + atsaucu piekrišanu",
  frm=("Dace Krūmiņa", "dace.krumina@apollo.example"), subj="Piekrišanas atsaukšana",
  cs="windows-1257", cte="8bit",
  body="""Labdien!

Es nelūdzu dzēst savu kontu. Es tikai atsaucu savu piekrišanu jaunumu vēstulēm un aptaujām.

Dace Krūmiņa
""")

# ------------------------------------------------------------------ Lithuanian
L = "lt"
M(L, "request", "erasure", "Rūta Kazlauskienė", None, None, "legal_anchor", "BDAR 17 straipsnis, windows-1257",
  frm=("Rūta Kazlauskienė", "ruta.kazlauskiene@one.example"), subj="Prašymas ištrinti asmens duomenis",
  cs="windows-1257", cte="quoted-printable", henc="Q",
  body="""Laba diena,

vadovaudamasi Bendrojo duomenų apsaugos reglamento (BDAR) 17 straipsniu, prašau ištrinti visus mano asmens duomenis.

Pagarbiai
Rūta Kazlauskienė
Vilnius
""")

M(L, "request", "access", "Mantas", None, None, "plain_words", "'ką jūs apie mane žinote'",
  frm=("Mantas", "mantas.p@gmail.example"), subj="klausimas",
  body="""Sveiki, ką jūs apie mane žinote? Iš kur gavote mano el. paštą?
Mantas
""")

M(L, "request", "restriction", "Tomas Petrauskas", "UAB Baltic Trans Group", None, "employer", "UAB prefix form",
  frm=("Tomas Petrauskas", "tomas.petrauskas@baltictrans.example"), subj="Duomenų tvarkymo apribojimas",
  body="""Laba diena,

prašau apriboti mano asmens duomenų tvarkymą, kol bus patikrintas jų tikslumas.

Pagarbiai
Tomas Petrauskas
Logistikos vadovas
UAB Baltic Trans Group
Kaunas
""")

M(L, "request", "access", "Jurgita Žukauskaitė", None, "Vytautas Stankevičius", "agent", "advokatas for client",
  frm=("Vytautas Stankevičius", "v.stankevicius@advokatai.example"), subj="Kliento prašymas dėl duomenų",
  body="""Laba diena,

atstovaudamas savo klientei Jurgitai Žukauskaitei (įgaliojimas pridedamas), prašau pateikti jos asmens duomenų kopiją pagal BDAR 15 straipsnį.

Duomenų subjektas: Jurgita Žukauskaitė, el. paštas jurgita.zuk@gmail.example

Pagarbiai
Advokatas Vytautas Stankevičius
""")

M(L, "other", "", "Greta Vaitkutė", None, None, "not_request", "job application with consent sentence",
  frm=("Greta Vaitkutė", "greta.vaitkute@gmail.example"), subj="CV – duomenų apsaugos specialistė",
  body="""Laba diena,

siunčiu savo gyvenimo aprašymą duomenų apsaugos specialisto pozicijai. Sutinku, kad mano asmens duomenys būtų tvarkomi atrankos tikslais.

Pagarbiai
Greta Vaitkutė
""")
