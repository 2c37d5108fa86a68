from spec import M

MAILS = [
M(rights=["objection"], name="Andrei Popescu", cls="plain_words",
  note="everyday Romanian: no more sales messages and calls = objection",
  frm=("Andrei Popescu", "andrei.popescu@yahoo-ro.example"), subj="Nu mai vreau sa fiu sunat",
  cte="qp", client="android",
  body="""Bună ziua,

Vă rog să nu mă mai sunați și să nu-mi mai trimiteți oferte pe mail sau SMS. Nu am cerut niciodată așa ceva și nu sunt interesat.

Mulțumesc,
Andrei Popescu
"""),

M(rights=["rectification", "restriction"], name="Ioana Dumitrescu", employer="Carpați Logistic S.R.L.",
  cls="legal_anchor",
  note="arts. 16 and 18 of Reg. (EU) 2016/679; S.R.L. in signature",
  frm=("Ioana Dumitrescu", "ioana.dumitrescu@carpati-logistic.example"),
  subj="Cerere de rectificare și restricționare a prelucrării", cte="qp", client="outlook", shape="alt",
  style="outlook",
  body="""Stimate domnule/Stimată doamnă,

În temeiul art. 16 din Regulamentul (UE) 2016/679, vă solicit rectificarea datelor mele cu caracter personal înregistrate în Massist CRM: funcția corectă este „Director financiar”, nu „Contabil”, iar numărul de telefon corect este 0722 555 018.

Totodată, în temeiul art. 18 alin. (1) lit. a), vă solicit restricționarea prelucrării acestor date până la verificarea și corectarea lor.

Cu stimă,

Ioana Dumitrescu
Director financiar
Carpați Logistic S.R.L.
Brașov
"""),

M(rights=["portability"], name="Mihai Ionescu", employer="Dacia Print S.R.L.", cls="form",
  note="web form from a robot address (Reply-To the person), Company field; plain-words message asking for a file to import elsewhere",
  frm=("Massist Formulare", "noreply@formulare.massistcrm.example"), subj="Solicitare nouă: Altele",
  cs="iso-8859-2", cte="qp", client="form", hq="Q",
  hdr=["Auto-Submitted: auto-generated", ("Reply-To", ("Mihai Ionescu", "mihai.ionescu@daciaprint.example"))],
  body="""Formular de contact - solicitare nouă

Nume: Mihai Ionescu
E-mail: mihai.ionescu@daciaprint.example
Companie: Dacia Print S.R.L.
Tip solicitare: Altele

Mesaj:
Salut, plec din firmă la sfârşitul lunii şi trec pe alt program. Puteţi să-mi trimiteţi datele mele (profilul, contactele şi istoricul activităţilor mele) într-un fişier Excel sau CSV, ca să le pot importa direct acolo? Mersi!
"""),

M(rights=["erasure"], name="Ana-Maria Stan", agent="Elena Stan", cls="agent",
  note="mother writes for her minor daughter; simple language",
  frm=("Elena Stan", "elena.stan@mail-ro.example"), subj="Datele fiicei mele",
  cte="qp", client="apple",
  body="""Bună ziua,

Fiica mea, Ana-Maria Stan, are 15 ani și a fost înscrisă la clubul de înot care folosește programul dumneavoastră. De câteva săptămâni primește mailuri de la dumneavoastră.

Vă rog să ștergeți toate datele fiicei mele. Este minoră și nu am fost întrebată.

Elena Stan (mama)

Trimis de pe iPhone
"""),

M(kind="other", name="Cristina Marin", employer="Arhiva Digitală S.R.L.", cls="footer_rights",
  note="vendor sales mail above a GDPR footer listing all rights; no request",
  frm=("Cristina Marin", "cristina.marin@arhiva-digitala.example"), subj="Arhivare electronică pentru echipa dumneavoastră",
  cte="qp", client="outlook", shape="html", style="outlook",
  body="""Bună ziua,

Vă scriu pentru a vă prezenta serviciile noastre de arhivare electronică a documentelor, potrivite pentru companiile care folosesc un CRM. Ați fi disponibili pentru o discuție de 15 minute săptămâna viitoare?

Cu stimă,
Cristina Marin
Consultant vânzări
Arhiva Digitală S.R.L.

---
Acest mesaj poate conține informații confidențiale. Datele dumneavoastră cu caracter personal sunt prelucrate conform Regulamentului (UE) 2016/679. Aveți dreptul de acces, de rectificare, de ștergere, de restricționare a prelucrării, dreptul la portabilitatea datelor și dreptul de opoziție. Pentru exercitarea acestor drepturi scrieți la gdpr@arhiva-digitala.example.
"""),
]
