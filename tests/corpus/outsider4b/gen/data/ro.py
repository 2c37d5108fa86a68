from . import M, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Andrei Popa", None, None,
  "Romanian without diacritics (typical typing): delete my data",
  ("Andrei Popa", "andrei.popa89@yahoo-ro.example"),
  "stergeti-mi datele",
  """
Buna ziua,

primesc de cateva saptamani mailuri de la voi si m-a sunat si un agent de vanzari. Nu mi-am facut niciodata cont la voi. Va rog sa stergeti toate datele mele din sistem.

Multumesc,
Andrei Popa
""", cs="us-ascii", cte="7bit"),

M("access_items", "request", ["access"], "Ioana Munteanu", None, None,
  "Art. 15 GDPR + Legea 190/2018 with items list; cedilla diacritics (ş ţ) in iso-8859-2",
  ("Ioana Munteanu", "ioana.munteanu@rdslink-mail.example"),
  "Cerere de acces la datele personale (art. 15 GDPR)",
  """
Stimată doamnă / Stimate domn,

În temeiul art. 15 din Regulamentul (UE) 2016/679 şi al Legii nr. 190/2018, vă rog să-mi comunicaţi:

- dacă prelucraţi date cu caracter personal care mă privesc şi o copie a acestora;
- scopurile prelucrării;
- destinatarii cărora le-au fost dezvăluite datele;
- perioada de stocare;
- sursa datelor, dacă nu au fost colectate de la mine;
- existenţa unui proces decizional automatizat, inclusiv crearea de profiluri;
- dreptul de a depune o plângere la ANSPDCP.

Cu stimă,
Ioana Munteanu
Cluj-Napoca
""", cs="iso-8859-2", cte="quoted-printable"),

M("employer", "request", ["rectification"], "Mihai Dumitrescu", "SC Agroind Bărăgan SRL", None,
  "Employer 'SC ... SRL' in signature under job title; comma-below diacritics in UTF-8",
  ("Mihai Dumitrescu", "mihai.dumitrescu@agroind-baragan.example"),
  "Corectare date în CRM",
  """
Bună ziua,

În sistemul vostru apare funcția mea greșit („șofer” în loc de „șef de depozit”), iar numărul de telefon este cel vechi. Vă rog să corectați:

Funcție: șef de depozit
Telefon: 0722 555 381

Mulțumesc,
Mihai Dumitrescu
Șef de depozit
SC Agroind Bărăgan SRL
Slobozia, jud. Ialomița
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("agent", "request", ["erasure", "grievance"], "Elena Constantinescu", None, "Radu Vasilescu",
  "Lawyer (Av.) for client; erasure + formal complaint (plângere) to company about earlier non-response",
  ("Cabinet Avocat Radu Vasilescu", "office@vasilescu-avocat.example"),
  "Notificare - clienta Elena Constantinescu",
  """
Stimate domnule/Stimată doamnă,

Subsemnatul, av. Radu Vasilescu, în calitate de reprezentant al doamnei Elena Constantinescu, conform împuternicirii avocațiale anexate, vă notific următoarele:

Clienta mea a solicitat la 10 ianuarie ștergerea datelor sale personale, fără a primi vreun răspuns. Prin prezenta, reiterăm cererea de ștergere (art. 17 GDPR) și formulăm plângere oficială către societatea dumneavoastră pentru nerespectarea termenului legal.

Cu stimă,
Av. Radu Vasilescu
Baroul București
""", shape="html", style="outlook", cs="utf-8", cte="base64"),

M("multi_right", "request", ["restriction", "portability", "objection"], "Cristina Ionescu", None, None,
  "Three rights enumerated: restriction, portability, objection to profiling",
  ("Cristina Ionescu", "cristina.ionescu@posta-ro.example"),
  "Mai multe cereri privind datele mele",
  """
Bună ziua,

Am trei solicitări:

1. Restricţionarea prelucrării datelor mele până la clarificarea unor informaţii greşite din profil.
2. Transmiterea datelor pe care vi le-am furnizat, într-un format structurat (CSV sau JSON).
3. Mă opun folosirii datelor mele pentru profilare şi marketing.

Mulţumesc anticipat,
Cristina Ionescu
""", cs="windows-1250", cte="8bit"),

M("not_request", "other", [], "Sorin Marinescu", "DataSafe Solutions SRL", None,
  "Romanian vendor offering DPO-as-a-service, no rights",
  ("Sorin Marinescu", "sorin@datasafe-solutions.example"),
  "Ofertă servicii DPO externalizat",
  """
Bună ziua,

Suntem o firmă specializată în conformitate GDPR și oferim servicii de responsabil cu protecția datelor (DPO) externalizat, audit și instruire. Dacă sunteți interesați, vă pot trimite o ofertă personalizată.

O zi bună,
Sorin Marinescu
Consultant
DataSafe Solutions SRL
""", cs="utf-8", cte="8bit"),
]
