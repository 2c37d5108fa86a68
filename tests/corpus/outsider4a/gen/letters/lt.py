from spec import M

MAILS = [
M(rights=["objection"], name="Tomas Kazlauskas", cls="plain_words",
  note="everyday Lithuanian: no more ads or calls = objection",
  frm=("Tomas Kazlauskas", "tomas.kazlauskas@one-mail.example"), subj="Nebesiųskite man reklamų",
  cs="windows-1257", cte="qp", client="android", hq="Q",
  body="""Laba diena,

prašau nebesiųsti man reklaminių laiškų ir neskambinti su pasiūlymais. Niekada nesu užsisakęs jūsų naujienų.

Ačiū,
Tomas Kazlauskas
"""),

M(rights=["portability"], name="Rūta Petrauskienė", employer="UAB „Baltijos prekyba“", cls="legal_anchor",
  note="GDPR (BDAR) art. 20; UAB with Lithuanian quotes in signature",
  frm=("Rūta Petrauskienė", "ruta.petrauskiene@baltijos-prekyba.example"), subj="Prašymas dėl duomenų perkeliamumo",
  cs="windows-1257", cte="qp", client="outlook", shape="alt", style="outlook", hq="Q",
  body="""Laba diena,

vadovaudamasi Bendrojo duomenų apsaugos reglamento (BDAR) 20 straipsniu, prašau pateikti man asmens duomenis, kuriuos pateikiau naudodamasi Massist CRM, susistemintu, įprastai naudojamu ir kompiuterio skaitomu formatu, kad galėčiau juos perduoti kitam paslaugų teikėjui.

Pagarbiai

Rūta Petrauskienė
Pardavimų vadovė
UAB „Baltijos prekyba“
Vilnius
"""),

M(rights=["rectification"], name="Eglė Jankauskienė", cls="plain_words",
  note="surname change after marriage; old name mentioned, new one is the subject's name",
  frm=("Eglė Jankauskienė", "egle.jankauskiene@gmail-lt.example"), subj="Pasikeitė pavardė",
  cte="8bit", client="gmail",
  body="""Sveiki,

ištekėjau ir pasikeičiau pavardę. Jūsų sistemoje vis dar esu Eglė Vaitkutė. Prašau pakeisti į Eglė Jankauskienė.

Ačiū!
Eglė Jankauskienė
"""),

M(rights=["restriction"], name="Mindaugas Paulauskas", cls="plain_words",
  note="'don't use it for now, but don't delete' = restriction",
  frm=("Mindaugas Paulauskas", "mindaugas.p@takas-mail.example"), subj="Kol kas nenaudokite mano duomenų",
  cs="iso-8859-13", cte="qp", client="thunderbird", hq="Q",
  body="""Laba diena,

pranešiau jums, kad sistemoje man priskirta skola, kurios neturiu. Kol to neišsiaiškinsite, prašau niekam nenaudoti mano duomenų ir jų niekur neperduoti. Bet neištrinkite jų, jų gali prireikti.

Mindaugas Paulauskas
"""),

M(kind="other", name="Jurgita Stankevičienė", cls="not_request",
  note="Lithuanian job application with consent to keep the CV; no right exercised",
  frm=("Jurgita Stankevičienė", "jurgita.stankeviciene@one-mail.example"), subj="Gyvenimo aprašymas – duomenų apsaugos specialistė",
  cs="windows-1257", cte="qp", client="gmail", hq="Q",
  body="""Laba diena,

siunčiu savo gyvenimo aprašymą dėl duomenų apsaugos specialisto pareigų.

Sutinku, kad mano asmens duomenys būtų tvarkomi atrankos tikslais ir saugomi vienus metus būsimoms atrankoms.

Pagarbiai
Jurgita Stankevičienė
"""),
]
