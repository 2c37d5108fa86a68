from . import M, FORM, BOUNCE_PRE, DPO

MAILS = [
M("plain_words", "request", ["access"], "Rūta Kazlauskienė", None, None,
  "Lithuanian everyday wording: what do you know about me",
  ("Ruta Kazlauskiene", "ruta.kaz@one-lt.example"),
  "Kokius mano duomenis turite?",
  """
Laba diena,

man jau kelis kartus skambino jūsų vadybininkas ir žinojo mano vardą, telefoną ir darbovietę. Norėčiau sužinoti, kokius duomenis apie mane turite ir iš kur juos gavote.

Ačiū
Rūta Kazlauskienė
""", cs="utf-8", cte="8bit"),

M("legal_anchor", "request", ["erasure"], "Darius Jankauskas", None, None,
  "BDAR 17 str. + Asmens duomenų teisinės apsaugos įstatymas (ADTAĮ), windows-1257",
  ("Darius Jankauskas", "darius.jankauskas@takas-post.example"),
  "Prašymas ištrinti asmens duomenis",
  """
Gerbiamieji,

vadovaudamasis Bendrojo duomenų apsaugos reglamento (BDAR) 17 straipsniu ir Lietuvos Respublikos asmens duomenų teisinės apsaugos įstatymu, prašau nedelsiant ištrinti visus mano asmens duomenis, kuriuos tvarko Innthink Technologies.

Atsakymą prašau pateikti šiuo el. pašto adresu.

Pagarbiai
Darius Jankauskas
Kaunas
""", cs="windows-1257", cte="quoted-printable"),

M("form", "request", ["portability"], "Eglė Stankevičiūtė", "UAB „Šiaurės vėjas“", None,
  "Form robot mail with Lithuanian labels; employer UAB with Lithuanian quotes",
  ("Massist formos", "forms@massist-lt.example"),
  "Nauja užklausa: Duomenų perkeliamumas",
  """
Gauta nauja užklausa per privatumo formą.

Vardas, pavardė: Eglė Stankevičiūtė
El. paštas: egle.stankeviciute@siauresvejas.example
Įmonė: UAB „Šiaurės vėjas“
Užklausos tipas: Teisė į duomenų perkeliamumą
Komentaras: Prašau atsiųsti mano įvestus kontaktus ir pastabas CSV formatu.

Šis laiškas sugeneruotas automatiškai.
""", cs="utf-8", cte="base64", headers=FORM,
  reply_to=("Eglė Stankevičiūtė", "egle.stankeviciute@siauresvejas.example")),

M("multi_right", "request", ["rectification", "objection"], "Jonas Petrauskas", None, None,
  "Name inflected (Jono Petrausko, Jonui) in text; nominative in signature; correct + stop marketing",
  ("Jonas Petrauskas", "jonas.petrauskas@zebra-post.example"),
  "Duomenų ištaisymas ir nesutikimas",
  """
Sveiki,

jūsų sistemoje Jono Petrausko adresas neteisingas - jau dveji metai gyvenu Klaipėdoje, Taikos pr. 88. Prašau pataisyti.

Be to, nebesiųskite Jonui Petrauskui jokių reklaminių laiškų - nesutinku, kad mano duomenys būtų naudojami tiesioginei rinkodarai.

Jonas Petrauskas
""", shape="alt", cs="iso-8859-13", cte="quoted-printable"),

M("not_request", "bounce", [], None, None, None,
  "Lithuanian NDR, multipart/report",
  ("Pašto sistema", "MAILER-DAEMON@pastas.lt-tinklas.example"),
  "Nepristatytas laiškas: Re: Prašymas ištrinti asmens duomenis",
  """
Deja, jūsų laiško nepavyko pristatyti šiam gavėjui:

d.jankauskas@senas-pastas.example

Priežastis: gavėjo pašto dėžutė neegzistuoja.

Tai automatinis pranešimas, į jį atsakyti nereikia.
""", cs="utf-8", cte="quoted-printable", shape="dsn", pre_headers=BOUNCE_PRE,
  headers=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="pastas.lt-tinklas.example", rcpt="d.jankauskas@senas-pastas.example", status="5.1.1",
           diag="550 5.1.1 Mailbox does not exist"),
  inner=dict(frm=("Innthink DPO", DPO), to="d.jankauskas@senas-pastas.example",
             subj="Re: Prašymas ištrinti asmens duomenis",
             body="Gerb. Dariau,\n\nJūsų prašymą gavome.\n", date="Fri, 11 Apr 2025 09:00:00 +0300")),

M("not_request", "other", [], None, None, None,
  "Lithuanian phishing with fake data-protection link",
  ("Duomenų apsaugos tarnyba", "noreply@duomenu-patikra.example"),
  "Jūsų paskyra bus ištrinta per 24 val.",
  """
Gerbiamas vartotojau,

gavome prašymą ištrinti jūsų paskyrą pagal BDAR. Jei to neprašėte, nedelsdami patvirtinkite savo tapatybę:

http://massist-lt-patvirtinimas.example/login

Priešingu atveju visi jūsų duomenys bus negrįžtamai ištrinti.

Saugumo komanda
""", shape="html", style="gmail", cs="utf-8", cte="base64"),
]
