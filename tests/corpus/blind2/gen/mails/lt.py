from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Tomas Kazlauskas", note="plain Lithuanian 'kokius mano duomenis turite'", ua="gmail", cs="utf-8",
 frm=("Tomas Kazlauskas", "tomas.kazlauskas@one-lt.example"), subj="Kokius mano duomenis turite?",
 body="""Laba diena,

man jau kelias savaites skambina paskolų įmonė ir sako, kad mano numerį gavo "iš Massist". Kokius mano duomenis jūs turite ir iš kur juos gavote?

Ačiū
Tomas Kazlauskas
"""),

dict(cls="legal_anchor", rights=["erasure"], name="Rūta Petrauskienė", emp='UAB "Baltijos logistika"', note='BDAR 17 str. + ADTAĮ; employer written UAB "..."; windows-1257', ua="outlook", shape="alt", cs="windows-1257",
 frm=("Rūta Petrauskienė", "ruta.petrauskiene@baltijos-logistika.example"), subj="Prašymas ištrinti asmens duomenis",
 body="""Laba diena,

vadovaudamasi Bendrojo duomenų apsaugos reglamento (BDAR) 17 straipsniu ir Lietuvos Respublikos asmens duomenų teisinės apsaugos įstatymu, prašau ištrinti visus mano asmens duomenis, surinktus per jūsų renginių registraciją.

Pagarbiai

Rūta Petrauskienė
Pardavimų vadovė
UAB "Baltijos logistika"
Klaipėda
"""),

dict(cls="names", rights=["objection"], name="Vytautas Žemaitis", note="vocative form 'Vytautai Žemaiti' quoted; nominative in signature", ua="thunderbird", cs="iso-8859-13", cte="quoted-printable",
 frm=("Vytautas Žemaitis", "v.zemaitis@takas-like.example"), subj="Nebesiųskite reklamos",
 body="""Sveiki,

jūsų laiškai prasideda "Gerb. Vytautai Žemaiti", bet aš niekada nesutikau jų gauti. Prieštarauju, kad mano duomenys būtų naudojami tiesioginei rinkodarai. Daugiau nebesiųskite.

Vytautas Žemaitis
"""),

dict(cls="form", rights=["portability"], name="Eglė Žukauskaitė", emp="UAB Vilniaus duona", note="Lithuanian form with Vardas, pavardė / Įmonė / Užklausos tipas fields", ua="robot", cs="utf-8", cte="quoted-printable",
 frm=("Massist CRM", "noreply@massistcrm-web.example"), subj="Nauja užklausa per svetainės formą",
 hdrs=form_hdrs("Eglė Žukauskaitė <egle.z@vilniaus-duona.example>"),
 body="""Vardas, pavardė: Eglė Žukauskaitė
Įmonė: UAB Vilniaus duona
El. paštas: egle.z@vilniaus-duona.example
Užklausos tipas: Duomenų perkeliamumas
Žinutė: Prašau atsiųsti mano paskyros duomenis (kontaktus, šablonus, pastabas) CSV formatu.
"""),

dict(cls="not_request", kind="other", rights=[], name="Mindaugas Stankevičius", emp="UAB Debesų sprendimai", note="vendor offering sub-processing, asks about DPA", ua="gmail", cs="utf-8",
 frm=("Mindaugas Stankevičius", "mindaugas@debesu-sprendimai.example"), subj="Duomenų tvarkymo sutartis",
 body="""Laba diena,

esame jūsų naujasis atsarginių kopijų paslaugų tiekėjas. Prieš pradedant darbus prašytume pasirašyti duomenų tvarkymo sutartį pagal BDAR 28 straipsnį. Ar galėtumėte nurodyti atsakingą asmenį?

Pagarbiai
Mindaugas Stankevičius
UAB Debesų sprendimai
"""),
]
