from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Andrei Popescu", note="Romanian plain wording, comma-below diacritics", ua="gmail", cs="utf-8",
 frm=("Andrei Popescu", "andrei.popescu91@posta-ro.example"), subj="Ce date aveți despre mine?",
 body="""Bună ziua,

Mă sună de o lună o firmă de credite care zice că are numărul meu "din Massist". Vreau să știu ce date aveți despre mine și de unde le-ați luat.

Mulțumesc,
Andrei Popescu
"""),

dict(cls="legal_anchor", rights=["erasure"], name="Ioana Mureşan", emp="Transilvania Textile S.R.L.", note="art. 17 GDPR + Legea 190/2018; legacy cedilla ş in iso-8859-2", ua="outlook", cs="iso-8859-2", cte="quoted-printable",
 frm=("Ioana Mureşan", "ioana.muresan@transilvania-textile.example"), subj="Cerere de ştergere a datelor personale (art. 17 GDPR)",
 body="""Stimată doamnă / Stimate domn,

În temeiul art. 17 din Regulamentul (UE) 2016/679 şi al Legii nr. 190/2018, vă rog să ştergeţi datele mele cu caracter personal colectate prin programul de recomandări Massist, la care nu m-am înscris niciodată.

Datele prelucrate în numele angajatorului meu nu fac obiectul acestei cereri.

Cu stimă,
Ioana Mureşan
Şef birou achiziţii
Transilvania Textile S.R.L., Cluj-Napoca
"""),

dict(cls="employer", rights=["portability"], name="Mihai Dumitrescu", emp="Carpați Software SRL", note="employer in running text 'lucrez la'", ua="thunderbird", cs="utf-8",
 frm=("Mihai Dumitrescu", "mihai.d@carpati-software.example"), subj="Export date profil",
 body="""Salut,

Lucrez la Carpați Software SRL și plec din firmă luna viitoare. Aș vrea să primesc datele din profilul meu de utilizator (contactele importate de mine, șabloanele de e-mail și notițele) într-un format structurat, CSV sau JSON, ca să le pot folosi în alt instrument.

Mersi,
Mihai Dumitrescu
"""),

dict(cls="form", rights=["objection"], name="Elena Stan", emp="Delta Farm S.A.", note="form with Nume/Companie/Tip cerere: opoziție", ua="robot", cs="utf-8", cte="quoted-printable",
 frm=("Massist CRM", "wordpress@massistcrm-web.example"), subj="[Massist] Cerere nouă GDPR",
 hdrs=form_hdrs("Elena Stan <elena.stan@deltafarm.example>"),
 body="""Nume: Elena Stan
Companie: Delta Farm S.A.
E-mail: elena.stan@deltafarm.example
Tip cerere: Opoziție la prelucrare
Mesaj: Nu mai doresc să primesc e-mailuri de marketing și invitații la evenimente. Vă rog să nu-mi mai folosiți datele în acest scop.

--
Acest e-mail a fost trimis prin formularul de contact de pe massistcrm-web.example
"""),

dict(cls="not_request", kind="bulk", rights=[], note="Romanian newsletter about GDPR; bulk", ua="none", shape="alt", cs="utf-8",
 frm=("Newsletter Conformitate GDPR", "stiri@conformitate-gdpr.example"), subj="Săptămâna GDPR: amenzi ANSPDCP și dreptul la ștergere",
 hdrs=bulk_hdrs("<stiri.conformitate-gdpr.example>", "https://conformitate-gdpr.example/dezabonare?id=7731"),
 body="""Săptămâna GDPR – ediția 44

• ANSPDCP a amendat un operator pentru că nu a răspuns la o cerere de acces în termen.
• Ghid practic: cum răspundeți la o cerere de ștergere primită pe WhatsApp.
• Webinar gratuit joi, ora 11:00.

Primiți acest mesaj deoarece v-ați abonat pe conformitate-gdpr.example. Dezabonare: https://conformitate-gdpr.example/dezabonare?id=7731
"""),
]
