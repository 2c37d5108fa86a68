from spec import M

MAILS = [
M(rights=["rectification"], name="Nina Kranjc", cls="plain_words",
  note="everyday Slovenian: surname wrong, fix it",
  frm=("Nina Kranjc", "nina.kranjc@siol-posta.example"), subj="Narobe priimek",
  cs="iso-8859-2", cte="qp", client="thunderbird", hq="Q",
  body="""Pozdravljeni,

v vašem sistemu imate moj priimek napisan kot "Kranjec", pravilno pa je Kranjc. Tako pride tudi na vse račune in ponudbe.

Ali lahko to popravite?

Hvala in lep pozdrav,
Nina Kranjc
"""),

M(rights=["withdraw_consent"], name="Maja Zupančič", employer="Alpska Pekarna d.o.o.", cls="employer",
  note="employer in prose ('zaposlena sem v podjetju'); withdraws consent to call recording",
  frm=("Maja Zupančič", "maja.zupancic@alpska-pekarna.example"), subj="Snemanje mojih klicev",
  cs="windows-1250", cte="qp", client="outlook", hq="Q",
  body="""Pozdravljeni,

zaposlena sem v podjetju Alpska Pekarna d.o.o., ki uporablja vaš CRM. Ob uvedbi sem se strinjala, da se moji klici s strankami snemajo. S tem se ne strinjam več in svojo privolitev preklicujem.

Lep pozdrav,
Maja Zupančič
"""),

M(rights=["objection"], name="Matej Novak", cls="legal_anchor",
  note="art. 21 GDPR and ZVOP-2; objection to profiling",
  frm=("Matej Novak", "matej.novak@amis-posta.example"), subj="Ugovor na podlagi 21. člena Splošne uredbe",
  cte="qp", client="gmail", shape="alt", style="gmail",
  body="""Spoštovani,

na podlagi 21. člena Splošne uredbe o varstvu podatkov (GDPR) in Zakona o varstvu osebnih podatkov (ZVOP-2) ugovarjam obdelavi mojih osebnih podatkov za namene profiliranja in ciljnega oglaševanja.

Prosim za pisno potrditev.

Lep pozdrav,
Matej Novak
"""),

M(rights=["erasure"], name="Luka Potočnik", employer="Gorenjska gradnja d.o.o.", cls="form",
  note="web form from a robot address; Company field; erasure",
  frm=("Obrazec Massist", "noreply@obrazci.massistcrm.example"), subj="Nova zahteva: Izbris podatkov",
  cs="iso-8859-2", cte="qp", client="form", hq="Q",
  hdr=["Auto-Submitted: auto-generated", ("Reply-To", ("Luka Potočnik", "luka.potocnik@gorenjska-gradnja.example"))],
  body="""Nov vnos v obrazcu

Ime in priimek: Luka Potočnik
E-pošta: luka.potocnik@gorenjska-gradnja.example
Podjetje: Gorenjska gradnja d.o.o.
Vrsta zahteve: Izbris podatkov

Sporočilo:
Iz podjetja odhajam konec meseca. Prosim, izbrišite moj uporabniški profil in vse moje kontaktne podatke.
"""),

M(kind="bulk", cls="not_request", note="Slovenian data protection newsletter, no request",
  frm=("Varstvo podatkov danes", "novice@varstvo-danes.example"), subj="E-novice: pravica do dostopa v praksi",
  cte="qp", client="none", shape="alt", style="web",
  hdr=["List-Unsubscribe: <https://varstvo-danes.example/odjava/402>", "Precedence: bulk"],
  body="""E-NOVICE

Pravica do dostopa, izbrisa in ugovora: kaj pravi Informacijski pooblaščenec v zadnjih odločbah.

Odjava: https://varstvo-danes.example/odjava/402
"""),
]
