from spec import M

MAILS = [
M(rights=["withdraw_consent"], name="Lotte Peeters", cls="plain_words",
  note="Flemish, everyday: 'I no longer agree' to use of my photo = withdrawing consent",
  frm=("Lotte Peeters", "lotte.peeters@telenet-post.example"), subj="mijn foto op jullie site",
  cte="qp", client="apple",
  body="""Dag,

Vorig jaar heb ik toegestemd dat jullie mijn foto en een quote van mij gebruiken in een folder en op jullie website (klantenverhaal van onze vzw).

Ik ga daar niet meer mee akkoord. Mogen jullie mijn foto en naam vanaf nu niet meer gebruiken aub?

Merci,
Lotte Peeters

Verstuurd vanaf mijn iPhone
"""),

M(rights=["portability"], name="Pieter van den Berg", employer="Hollandse Kaas Export B.V.", cls="legal_anchor",
  note="AVG art. 20 (data portability); particle 'van den'; B.V. in signature",
  frm=("Pieter van den Berg", "p.vandenberg@hollandsekaas.example"), subj="Verzoek dataportabiliteit (art. 20 AVG)",
  cs="iso-8859-1", cte="qp", client="outlook", shape="alt", style="outlook",
  body="""Geachte heer, mevrouw,

Op grond van artikel 20 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u mij de persoonsgegevens die ik als gebruiker aan Massist CRM heb verstrekt, te verstrekken in een gestructureerde, gangbare en machineleesbare vorm, zodat ik deze kan overdragen aan een andere dienstverlener.

Het gaat met name om mijn profielgegevens en mijn eigen activiteitenhistorie (notities, taken, belregistraties).

Met vriendelijke groet,

Pieter van den Berg
Accountmanager Export
Hollandse Kaas Export B.V.
Edam
"""),

M(rights=["rectification", "objection"], name="Bram Jansen", cls="negation",
  note="account NOT to be closed; fix address and no more advertising",
  frm=("Bram Jansen", "bram.jansen@ziggo-post.example"), subj="Niet opzeggen, wel twee dingen",
  cte="8bit", client="gmail",
  body="""Hoi,

Even voor de duidelijkheid: ik wil mijn account NIET opzeggen of laten verwijderen.

Wel twee dingen:
- mijn adres klopt niet meer, het is nu Kastanjelaan 18, 3581 Utrecht;
- ik wil geen reclamemails en nieuwsbrieven meer van jullie krijgen.

Groetjes,
Bram Jansen
"""),

M(kind="auto_reply", name="Marieke Smit", cls="not_request", note="Dutch out-of-office auto-reply",
  frm=("Marieke Smit", "m.smit@smitadvies.example"), subj="Automatisch antwoord: Uw verzoek om inzage",
  cte="qp", client="outlook",
  hdr=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  body="""Bedankt voor uw bericht. Ik ben tot en met 14 oktober afwezig en lees mijn e-mail niet. Voor dringende zaken kunt u contact opnemen met info@smitadvies.example.

Met vriendelijke groet,
Marieke Smit
"""),

M(kind="bulk", cls="not_request", note="Dutch GDPR newsletter, no request",
  frm=("Privacy Actueel", "nieuwsbrief@privacyactueel.example"), subj="Privacy Actueel: wat de AP zegt over inzageverzoeken",
  cte="qp", client="none", shape="html", style="web",
  hdr=["List-Unsubscribe: <https://privacyactueel.example/afmelden/3321>", "Precedence: bulk"],
  body="""Privacy Actueel – week 41

De Autoriteit Persoonsgegevens publiceerde nieuwe uitleg over het recht op inzage en het recht op vergetelheid. Wat betekent dat voor uw organisatie?

Verder: checklist verwerkersovereenkomst en een gratis webinar.

Afmelden voor deze nieuwsbrief: https://privacyactueel.example/afmelden/3321
"""),
]
