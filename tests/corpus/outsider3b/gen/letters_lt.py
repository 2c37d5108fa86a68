# Lithuanian letters (11).

LETTERS = [
# 001
dict(cls="plain_words", rights=["access"], name="Tomas Kazlauskas", emp=None, agent=None,
     note="'ką jūs apie mane turite' from a phone, no diacritics in parts",
     frm=("Tomas Kazlauskas", "tomas.kazlauskas@one-lt.example"), subj="ka turit apie mane",
     cs="utf-8", cte="8bit",
     body="""
Sveiki,

gavau skambutį iš įmonės, kurios nepažįstu, sakė kad mano numeris yra jų CRM sistemoje, o ta sistema jūsų. Ką jūs apie mane turite? Atsiųskit viską ką turit, noriu pamatyt.

Tomas Kazlauskas

Siųsta iš mano telefono
"""),
# 002
dict(cls="plain_words", rights=["objection"], name="Rūta Petrauskienė", emp=None, agent=None,
     note="no more ads + no analysis of my data, polite",
     frm=("Rūta Petrauskienė", "ruta.petrauskiene@takas-post.example"), subj="Reklamos",
     cs="windows-1257", cte="quoted-printable",
     body="""
Laba diena,

prašau man nebesiųsti jokių reklaminių laiškų ir pasiūlymų. Taip pat nenoriu, kad mano duomenys būtų naudojami kokiems nors tyrimams, analizei ar „pirkėjo profiliui“ sudaryti.

Ačiū už supratingumą,
Rūta Petrauskienė
"""),
# 003
dict(cls="plain_words", rights=["restriction"], name="Darius Jankauskas", emp=None, agent=None,
     note="'freeze my data while you check' about a disputed complaint record",
     frm=("Darius Jankauskas", "darius.jankauskas@zebra-mail.example"), subj="Prašau kol kas nenaudoti mano duomenų",
     cs="iso-8859-13", cte="8bit",
     body="""
Laba diena,

jūsų sistemoje pas vieną internetinę parduotuvę esu pažymėtas kaip „probleminis klientas“, nes neva grąžinau sugadintą prekę. Tai netiesa, dabar tai aiškinamės.

Kol viskas bus patikrinta, prašau mano duomenų niekam nenaudoti ir neperduoti - tiesiog užšaldykite juos.

Darius Jankauskas
"""),
# 004
dict(cls="multi_right", rights=["access", "erasure", "objection"], name="Aistė Žukauskaitė", emp=None, agent=None,
     note="numbered list: what you have, stop marketing, then delete",
     frm=("Aistė Žukauskaitė", "aiste.zukauskaite@gmail-lt.example"), subj="Keli prašymai",
     cs="utf-8", cte="quoted-printable", shape="alt", hstyle="webmail",
     body="""
Laba diena,

turiu keletą prašymų:

1. Atsiųskite, kokius mano duomenis turite ir iš kur juos gavote.
2. Nustokite siųsti man reklaminius laiškus ir SMS.
3. Kai atsiųsite informaciją – viską apie mane ištrinkite.

Pagarbiai
Aistė Žukauskaitė
"""),
# 005
dict(cls="multi_right", rights=["rectification", "withdraw_consent"], name="Mindaugas Urbonas", emp="UAB Baltijos Statyba", agent=None,
     note="wrong job title + I no longer agree to call recordings; employer under title",
     frm=("Mindaugas Urbonas", "m.urbonas@baltijosstatyba.example"), subj="Mano duomenys",
     cs="windows-1257", cte="8bit",
     body="""
Sveiki,

1) sistemoje mano pareigos nurodytos neteisingai – esu projektų vadovas, ne inžinierius. Prašau pataisyti.
2) anksčiau sutikau, kad mano pokalbiai su jūsų palaikymo komanda būtų įrašomi. Daugiau su tuo nesutinku.

Mindaugas Urbonas
Projektų vadovas
UAB Baltijos Statyba
"""),
# 006
dict(cls="negation", rights=["erasure"], name="Jurgita Kavaliauskienė", emp=None, agent=None,
     note="no copy needed, just delete",
     frm=("Jurgita Kavaliauskienė", "jurgita.kav@post-lt.example"), subj="Ištrinkite",
     cs="iso-8859-13", cte="quoted-printable",
     body="""
Laba diena,

man nereikia jokios mano duomenų kopijos ar ataskaitų - nieko nesiųskite. Tiesiog ištrinkite viską, kas apie mane yra jūsų sistemoje.

Jurgita Kavaliauskienė
"""),
# 007
dict(cls="agent", rights=["access"], name="Vaida Stankevičiūtė", emp="UAB Vilniaus Baldai", agent="Giedrė Paulauskienė",
     note="HR forwards the employee's mail attached as message/rfc822",
     frm=("Giedrė Paulauskienė", "giedre.paulauskiene@vilniausbaldai.example"), subj="PRSL: Prašymas dėl duomenų",
     cs="utf-8", cte="quoted-printable", shape="rfc822", inner_name="Prasymas.eml",
     body="""
Laba diena,

persiunčiu mūsų darbuotojos Vaidos Stankevičiūtės prašymą (prisegtas laiškas). Ji nori gauti informaciją, kokie jos duomenys saugomi Massist sistemoje.

Pagarbiai
Giedrė Paulauskienė
Personalo skyrius
UAB Vilniaus Baldai
""",
     inner=dict(frm=("Vaida Stankevičiūtė", "vaida.stankeviciute@vilniausbaldai.example"),
                to=("Giedrė Paulauskienė", "giedre.paulauskiene@vilniausbaldai.example"),
                subj="Prašymas dėl duomenų", cs="windows-1257", cte="quoted-printable",
                body="""
Giedre, labas,

ar galėtum paprašyti Massist, kad atsiųstų, ką jie apie mane turi? Ypač domina vertinimai ir pastabos apie mano darbą.

Ačiū,
Vaida Stankevičiūtė
""")),
# 008
dict(cls="names", rights=["rectification"], name="Jonas Petraitis", emp=None, agent=None,
     note="display name in capitals family-first; genitive 'Jono Petraičio' in text",
     frm=("PETRAITIS JONAS", "jpetraitis@mail-lt.example"), subj="Klaida varde",
     cs="windows-1257", cte="quoted-printable",
     body="""
Laba diena,

jūsų sąskaitose rašoma „Jono Petraicio“ be lietuviškų raidžių ir su klaida. Teisingai – Jonas Petraitis. Prašau ištaisyti.

Ačiū
"""),
# 009
dict(cls="legal_anchor", rights=["objection"], name="Simona Navickaitė", emp=None, agent=None,
     note="BDAR 21 str. and the Lithuanian ADTAĮ",
     frm=("Simona Navickaitė", "simona.navickaite@teise-mail.example"), subj="Prieštaravimas pagal BDAR 21 straipsnį",
     cs="utf-8", cte="quoted-printable",
     body="""
Gerbiamas duomenų apsaugos pareigūne,

vadovaudamasi Bendrojo duomenų apsaugos reglamento (BDAR) 21 straipsnio 1 ir 2 dalimis bei Lietuvos Respublikos asmens duomenų teisinės apsaugos įstatymu (ADTAĮ), nesutinku, kad mano asmens duomenys būtų tvarkomi tiesioginės rinkodaros ir profiliavimo tikslais.

Prašau nedelsiant nutraukti tokį tvarkymą ir per vieną mėnesį pateikti atsakymą raštu.

Simona Navickaitė
"""),
# 010
dict(cls="access_items", rights=["access"], name="Paulius Gintalas", emp=None, agent=None,
     note="access items incl. complaint to the State Data Protection Inspectorate",
     frm=("Paulius Gintalas", "paulius.gintalas@inbox-lt.example"), subj="Prašymas susipažinti su duomenimis",
     cs="iso-8859-13", cte="quoted-printable",
     body="""
Laba diena,

prašau pateikti:
- mano asmens duomenų kopiją;
- kokiais tikslais jie tvarkomi;
- kam jie buvo ar bus perduoti;
- kiek laiko jie bus saugomi;
- iš kur jie gauti;
- ar priimami automatizuoti sprendimai ir kokia jų logika;
- informaciją apie teisę pateikti skundą Valstybinei duomenų apsaugos inspekcijai.

Pagarbiai
Paulius Gintalas
"""),
# 011
dict(cls="not_request", kind="other", rights=[], name="Eglė Vasiliauskaitė", emp="UAB Kauno Duomenys", agent=None,
     note="job application with a consent sentence, not a request",
     frm=("Eglė Vasiliauskaitė", "egle.vasiliauskaite@gmail-lt.example"), subj="CV – duomenų apsaugos specialistės pozicija",
     cs="utf-8", cte="base64", shape="att",
     att=("Egle_Vasiliauskaite_CV.pdf", "application/pdf", b"%PDF-1.4\n% placeholder CV\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
     body="""
Laba diena,

pamačiau jūsų skelbimą dėl duomenų apsaugos specialisto pozicijos ir norėčiau pretenduoti. Šiuo metu dirbu UAB Kauno Duomenys teisininke, turiu 4 metų patirtį su BDAR.

Prisegu savo CV. Sutinku, kad mano asmens duomenys būtų tvarkomi šios atrankos tikslais.

Pagarbiai
Eglė Vasiliauskaitė
+370 612 34567
"""),
]
