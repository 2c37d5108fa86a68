from core import M

# ------------------------------------------------------------------ Greek
L = "el"
M(L, "request", "access", "Ελένη Παπαδοπούλου", None, None, "legal_anchor", "Άρθρο 15 ΓΚΠΔ + ν. 4624/2019, iso-8859-7 QP",
  frm=("Ελένη Παπαδοπούλου", "eleni.papadopoulou@otenet.example"), subj="Αίτημα πρόσβασης – Άρθρο 15 ΓΚΠΔ",
  cs="iso-8859-7", cte="quoted-printable", henc="B",
  body="""Αξιότιμοι κύριοι,

Σύμφωνα με το Άρθρο 15 του Γενικού Κανονισμού Προστασίας Δεδομένων (ΓΚΠΔ) και τον ν. 4624/2019, παρακαλώ να μου γνωστοποιήσετε αν επεξεργάζεστε προσωπικά μου δεδομένα και να μου χορηγήσετε αντίγραφο αυτών.

Με εκτίμηση,
Ελένη Παπαδοπούλου
Θεσσαλονίκη
""")

M(L, "request", "erasure", "Kostas", None, None, "plain_words", "Greeklish (Greek in Latin letters), first name only",
  frm=("Kostas", "kostas_ath@yahoo.example"), subj="diagrafi",
  body="""Kalispera, thelo na diagrapsete ton logariasmo mou kai ola ta stoixeia mou apo to systima sas. Euxaristo
Kostas
""")

M(L, "request", "objection", "Νίκος Αντωνίου", "Αιγαίο Τρόφιμα Α.Ε.", None, "employer", "Α.Ε. under title, iso-8859-7",
  frm=("Νίκος Αντωνίου", "n.antoniou@aigaio-trofima.example"), subj="Εναντίωση στην επεξεργασία",
  cs="iso-8859-7", cte="8bit", henc="B",
  body="""Καλημέρα σας,

Αντιτίθεμαι στη χρήση των προσωπικών μου δεδομένων για σκοπούς απευθείας εμπορικής προώθησης.

Με φιλικούς χαιρετισμούς,
Νίκος Αντωνίου
Διευθυντής Προμηθειών
Αιγαίο Τρόφιμα Α.Ε.
Πειραιάς
""")

M(L, "request", "rectification", "Γεώργιος Παπαδάκης", None, None, "names", "'Ονομάζομαι X.' sentence end, iso-8859-7 base64",
  frm=("", "gpapadakis@hol.example"), subj="Διόρθωση στοιχείων",
  cs="iso-8859-7", cte="base64", henc="B",
  body="""Καλησπέρα. Ονομάζομαι Γεώργιος Παπαδάκης. Παρακαλώ να διορθώσετε τη διεύθυνσή μου: Λεωφόρος Κνωσού 22, Ηράκλειο 71306.

Ευχαριστώ.
""")

M(L, "request", "access erasure objection", "Μαρία Κωνσταντίνου", None, None, "multi_right", "πρόσβαση + διαγραφή + εναντίωση, multipart/alternative",
  frm=("Μαρία Κωνσταντίνου", "maria.konst@gmail.example"), subj="Αιτήματα για τα δεδομένα μου", fmt="alt",
  body="""Καλησπέρα,

Θα ήθελα πρώτα να μάθω ποια δεδομένα μου διατηρείτε (αντίγραφο). Στη συνέχεια ζητώ τη διαγραφή τους. Επίσης αντιτίθεμαι σε κάθε χρήση για διαφήμιση μέχρι τότε.

Μαρία Κωνσταντίνου
""")

M(L, "request", "erasure", "Δημήτρης Λαμπράκης", None, "Σοφία Λαμπράκη", "agent", "mother for minor son, iso-8859-7",
  frm=("Σοφία Λαμπράκη", "sofia.lamp@otenet.example"), subj="Λογαριασμός του γιου μου",
  cs="iso-8859-7", cte="quoted-printable", henc="B",
  body="""Καλημέρα,

Ο γιος μου, Δημήτρης Λαμπράκης, 13 ετών, δημιούργησε λογαριασμό χωρίς τη συγκατάθεσή μου. Ως μητέρα του ζητώ τη διαγραφή του λογαριασμού και όλων των δεδομένων του.

Σοφία Λαμπράκη
""")

# ------------------------------------------------------------------ Hungarian
L = "hu"
M(L, "request", "access", "Nagy Eszter", None, None, "legal_anchor", "GDPR 15. cikk + Infotv., Hungarian name order, iso-8859-2 QP",
  frm=("Nagy Eszter", "nagy.eszter@freemail.example"), subj="Hozzáférési kérelem (GDPR 15. cikk)",
  cs="iso-8859-2", cte="quoted-printable", henc="Q",
  body="""Tisztelt Adatvédelmi Tisztviselő!

Az általános adatvédelmi rendelet (GDPR) 15. cikke és az Infotv. alapján kérem, tájékoztassanak arról, hogy kezelik-e személyes adataimat, és bocsássák rendelkezésemre azok másolatát.

Tisztelettel:
Nagy Eszter
Debrecen
""")

M(L, "request", "erasure", "Tóth Bence", None, None, "plain_words", "plain Hungarian",
  frm=("Tóth Bence", "toth.bence@citromail.example"), subj="adatok törlése",
  body="""Jó napot, kérem töröljék az összes adatomat, nem kérek több levelet. Köszönöm
Tóth Bence
""")

M(L, "request", "objection", "Szabó Gergely", "Alföldi Gépgyártó Kft.", None, "employer", "Kft. under title, iso-8859-2",
  frm=("Szabó Gergely", "szabo.gergely@alfoldigep.example"), subj="Tiltakozás",
  cs="iso-8859-2", cte="8bit", henc="B",
  body="""Tisztelt Hölgyem/Uram!

Tiltakozom személyes adataim közvetlen üzletszerzési célú kezelése ellen.

Üdvözlettel:
Szabó Gergely
beszerzési vezető
Alföldi Gépgyártó Kft.
Kecskemét
""")

M(L, "request", "rectification", "Kovácsné Szabó Katalin", None, None, "names", "dr. dropped, married name form -né kept",
  frm=("dr. Kovácsné Szabó Katalin", "kovacsne.katalin@t-online.example"), subj="Név helyesbítése",
  body="""Tisztelt Cím!

Kérem, helyesbítsék a nevemet a nyilvántartásukban: helyesen Kovácsné Szabó Katalin.

Tisztelettel:
dr. Kovácsné Szabó Katalin
""")

M(L, "request", "access", "Horváth Péter", "Duna Faipari Zrt.", None, "form", "Hungarian form, Cég field Zrt.",
  frm=("Adatvédelmi űrlap", "urlap@massistcrm.example"), reply_to=("Horváth Péter", "horvath.peter@dunafaipari.example"),
  subj="Új érintetti kérelem", cs="iso-8859-2", cte="quoted-printable", henc="Q",
  body="""Név: Horváth Péter
E-mail: horvath.peter@dunafaipari.example
Cég: Duna Faipari Zrt.
Kérelem típusa: Hozzáférés a személyes adatokhoz
Üzenet: Kérem az adataim másolatát.
""")

M(L, "request", "portability", "Fekete Zsófia", None, None, "negation", "'nem kérem a törlést' + hordozhatóság",
  frm=("Fekete Zsófia", "fekete.zsofi@gmail.example"), subj="Adathordozhatóság",
  body="""Szia!

A fiókom törlését NEM kérem. Csak szeretném megkapni az adataimat géppel olvasható formátumban, hogy átvigyem egy másik szolgáltatóhoz.

Fekete Zsófia
""")

# ------------------------------------------------------------------ Romanian
L = "ro"
M(L, "request", "access", "Andreea Popescu", None, None, "legal_anchor", "art. 15 Regulamentul (UE) 2016/679, iso-8859-2 with cedilla ş/ţ",
  frm=("Andreea Popescu", "andreea.popescu@yahoo.example"), subj="Cerere de acces la date personale",
  cs="iso-8859-2", cte="quoted-printable", henc="Q",
  body="""Stimată doamnă / Stimate domn,

În temeiul art. 15 din Regulamentul (UE) 2016/679, vă rog să îmi comunicaţi dacă prelucraţi date cu caracter personal care mă privesc şi să îmi furnizaţi o copie a acestora.

Cu stimă,
Andreea Popescu
Cluj-Napoca
""")

M(L, "request", "erasure", "Mihai", None, None, "plain_words", "Romanian without diacritics",
  frm=("Mihai", "mihai.b.86@gmail.example"), subj="stergere cont",
  body="""Buna ziua, va rog sa imi stergeti contul si toate datele. Multumesc
Mihai
""")

M(L, "request", "withdraw_consent", "Cristina Dumitrescu", "Carpați Distribuție S.R.L.", None, "employer", "S.R.L. under title",
  frm=("Cristina Dumitrescu", "cristina.dumitrescu@carpati-distributie.example"), subj="Retragerea consimțământului",
  body="""Bună ziua,

Îmi retrag consimțământul pentru primirea de comunicări comerciale și sondaje.

Cu respect,
Cristina Dumitrescu
Director Financiar
Carpați Distribuție S.R.L.
Brașov
""")

M(L, "request", "erasure", "Vlad Ionescu", None, "Ioana Stănescu", "agent", "avocat for client",
  frm=("Av. Ioana Stănescu", "ioana.stanescu@cabinet-stanescu.example"), subj="Client Vlad Ionescu – cerere de ștergere",
  body="""Stimate domn / Stimată doamnă,

În calitate de avocat al domnului Vlad Ionescu, în baza împuternicirii avocațiale anexate, vă solicit ștergerea tuturor datelor cu caracter personal ale clientului meu, conform art. 17 GDPR.

Cu stimă,
Av. Ioana Stănescu
Cabinet de avocat Ioana Stănescu, Baroul București
""")

M(L, "request", "rectification", "Radu Georgescu", "Dunărea Soft S.A.", None, "footer_rights", "footer lists all GDPR rights; request is only correction",
  frm=("Radu Georgescu", "radu.georgescu@dunareasoft.example"), subj="Corectare număr de telefon",
  body="""Bună ziua,

Vă rog să corectați numărul meu de telefon în sistem: 0722 555 310.

Mulțumesc,
Radu Georgescu
Dunărea Soft S.A.

Informare GDPR: Persoanele vizate au dreptul de acces, rectificare, ștergere, restricționare, portabilitate și opoziție, precum și dreptul de a depune plângere la ANSPDCP.
""")

M(L, "other", "", "Elena Marinescu", "Transilvania Cloud S.R.L.", None, "not_request", "vendor asking about DPA and sub-processors",
  frm=("Elena Marinescu", "elena.marinescu@transcloud.example"), subj="Acord de prelucrare a datelor",
  body="""Bună ziua,

Vă rugăm să ne transmiteți acordul de prelucrare a datelor (DPA) actualizat și lista subprocesatorilor, pentru auditul nostru anual.

Mulțumim,
Elena Marinescu
Compliance Officer, Transilvania Cloud S.R.L.
""")

# ------------------------------------------------------------------ Irish
L = "ga"
M(L, "request", "access", "Siobhán Ó Ceallaigh", None, None, "legal_anchor", "Airteagal 15 den RGCS in Irish",
  frm=("Siobhán Ó Ceallaigh", "siobhan.oceallaigh@eircom.example"), subj="Iarratas ar rochtain – Airteagal 15 RGCS",
  cs="iso-8859-1", cte="quoted-printable", henc="Q",
  body="""A chara,

Faoi Airteagal 15 den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS), iarraim cóip de na sonraí pearsanta go léir atá agaibh fúm.

Is mise le meas,
Siobhán Ó Ceallaigh
Gaillimh
""")

M(L, "request", "erasure", "Cormac", None, None, "plain_words", "short Irish, first name",
  frm=("Cormac", "cormac.mb@gmail.example"), subj="Scrios mo chuntas",
  body="""Dia dhuit, scrios mo chuntas agus gach rud atá agaibh fúm, le do thoil. Go raibh maith agat.
Cormac
""")

M(L, "request", "objection", "Saoirse Ní Bhriain", None, None, "names", "'Is mise X.' particle Ní",
  frm=("", "saoirse.nb@outlook.example"), subj="Margaíocht dhíreach",
  body="""Dia daoibh. Is mise Saoirse Ní Bhriain. Ní theastaíonn uaim go n-úsáidfí mo shonraí le haghaidh margaíocht dhíreach, agus cuirim ina choinne sin.

Go raibh maith agaibh.
""")

M(L, "request", "access", "Pádraig Mac Giolla Phádraig", "Gaelchló Teoranta", None, "employer", "Teoranta company form in Irish signature",
  frm=("Pádraig Mac Giolla Phádraig", "padraig@gaelchlo.example"), subj="Mo chuid sonraí",
  body="""A chara,

Ba mhaith liom a fháil amach cad iad na sonraí pearsanta atá agaibh fúm, agus cóip díobh a fháil.

Le gach dea-ghuí,
Pádraig Mac Giolla Phádraig
Bainisteoir Díolacháin
Gaelchló Teoranta
Baile Átha Cliath
""")

# ------------------------------------------------------------------ Maltese
L = "mt"
M(L, "request", "access", "Marija Borg", None, None, "legal_anchor", "Artikolu 15 tal-GDPR in Maltese",
  frm=("Marija Borg", "marija.borg@maltanet.example"), subj="Talba għal aċċess – Artikolu 15 GDPR",
  body="""Għażiż Uffiċjal għall-Protezzjoni tad-Data,

Skont l-Artikolu 15 tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR), qed nitlob kopja tad-data personali kollha li għandkom dwari.

Grazzi,
Marija Borg
Ħaż-Żabbar
""")

M(L, "request", "erasure", "Ġorġ", None, None, "plain_words", "short Maltese, first name",
  frm=("Ġorġ", "gorg.c@gmail.example"), subj="ħassar il-kont",
  body="""Bonġu, jekk jogħġbok ħassru l-kont tiegħi u d-data kollha. Grazzi
Ġorġ
""")

M(L, "request", "objection", "Josmar Camilleri", "Kummerċ Ħal Qormi Ltd", None, "employer", "Maltese Ltd under title",
  frm=("Josmar Camilleri", "josmar@kummerchalqormi.example"), subj="Oġġezzjoni għall-marketing",
  body="""Bonġu,

Noġġezzjona għall-użu tad-data tiegħi għal skopijiet ta' marketing dirett.

Josmar Camilleri
Maniġer tax-Xiri
Kummerċ Ħal Qormi Ltd
""")

M(L, "request", "access rectification", "Rita Vella", None, None, "multi_right", "aċċess + korrezzjoni, Maltese with English words",
  frm=("Rita Vella", "rita.vella@go.example"), subj="data tiegħi",
  body="""Hi,

Nixtieq kopja tad-data li għandkom fuqi. Barra minn hekk l-indirizz tiegħi ħażin, jekk jogħġbok ikkoreġuh: 12, Triq il-Kbira, Ħ'Attard.

Thanks,
Rita Vella
""")

# ------------------------------------------------------------------ Turkish
L = "tr"
M(L, "request", "access", "Elif Şahin", None, None, "legal_anchor", "KVKK md. 11 bilgi talebi, iso-8859-9 QP",
  frm=("Elif Şahin", "elif.sahin@hotmail.example"), subj="KVKK md. 11 kapsamında başvuru",
  cs="iso-8859-9", cte="quoted-printable", henc="Q",
  body="""Sayın Yetkili,

6698 sayılı Kişisel Verilerin Korunması Kanunu'nun (KVKK) 11. maddesi uyarınca kişisel verilerimin işlenip işlenmediğini öğrenmek ve işlenmişse buna ilişkin bilgi talep etmek istiyorum.

Saygılarımla,
Elif Şahin
İzmir
""")

M(L, "request", "erasure", "Burak", None, None, "plain_words", "Turkish without special letters",
  frm=("Burak", "burak.k.34@gmail.example"), subj="bilgilerimi silin",
  body="""merhaba, sistemdeki tum bilgilerimi silin lutfen, bir daha mesaj atmayin
Burak
""")

M(L, "request", "objection", "Mehmet Kaya", "Anadolu Tekstil A.Ş.", None, "employer", "A.Ş. under title, iso-8859-9",
  frm=("Mehmet Kaya", "mehmet.kaya@anadolutekstil.example"), subj="Ticari ileti itirazı",
  cs="iso-8859-9", cte="8bit", henc="B",
  body="""Merhaba,

Kişisel verilerimin pazarlama amacıyla kullanılmasına itiraz ediyorum.

Saygılarımla,
Mehmet Kaya
Satın Alma Müdürü
Anadolu Tekstil A.Ş.
Bursa
""")

M(L, "request", "rectification", "Ayşe Nur Yıldırım", None, None, "names", "'Adım X.' sentence end",
  frm=("", "aysenur.y@yandex.example"), subj="isim düzeltme",
  body="""Merhaba. Adım Ayşe Nur Yıldırım. Lütfen sisteminizdeki soyadımı düzeltin, "Yildirim" olarak yazılmış.
""")

M(L, "request", "access erasure rectification", "Can Öztürk", None, None, "multi_right", "KVKK 11 enumerated rights, windows-1254 base64",
  frm=("Can Öztürk", "can.ozturk@superonline.example"), subj="KVKK başvurusu",
  cs="windows-1254", cte="base64", henc="B",
  body="""Sayın İlgili,

KVKK'nın 11. maddesi kapsamında:
a) hakkımda işlenen kişisel verilerin bir kopyasını,
b) eksik/yanlış işlenen adres bilgimin düzeltilmesini,
c) pazarlama amaçlı tutulan verilerimin silinmesini
talep ediyorum.

Can Öztürk
""")

M(L, "auto_reply", "", "Zeynep Arslan", None, None, "not_request", "Turkish/English out-of-office without Auto-Submitted",
  frm=("Zeynep Arslan", "zeynep.arslan@marmaralojistik.example"), subj="Otomatik yanıt: KVKK başvurunuz hk.",
  body="""Merhaba,
15 Ağustos'a kadar izindeyim. Acil konular için kvkk@marmaralojistik.example adresine yazabilirsiniz.

I am on leave until 15 August.

Zeynep Arslan
""")
