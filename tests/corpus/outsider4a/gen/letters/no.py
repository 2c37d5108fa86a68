from spec import M

MAILS = [
M(rights=["erasure"], name="Kari Haugen", cls="plain_words",
  note="everyday Bokmål: delete me from your system",
  frm=("Kari Haugen", "kari.haugen@online-no.example"), subj="Slett meg",
  cs="iso-8859-1", cte="qp", client="apple", hq="Q",
  body="""Hei

Jeg har aldri vært kunde hos dere, men får likevel e-post fra dere hver uke. Slett meg fra systemet deres og alt dere har om meg, takk.

Hilsen Kari Haugen

Sendt fra min iPhone
"""),

M(rights=["restriction"], name="Espen Solberg", cls="plain_words",
  note="'freeze my data until the case is settled, but don't delete' = restriction",
  frm=("Espen Solberg", "espen.solberg@altibox-post.example"), subj="Frys opplysningene mine",
  cte="8bit", client="gmail",
  body="""Hei,

Jeg har klaget på en faktura som står registrert på meg i systemet deres, men som gjelder et firma jeg ikke jobber i lenger. Inntil saken er avklart ber jeg dere fryse opplysningene om meg: ikke bruk dem, ikke send dem videre og ikke send meg purringer.

Ikke slett noe ennå – jeg trenger historikken.

Mvh
Espen Solberg
"""),

M(rights=["portability"], name="Ingrid Dahl", employer="Vestlandske Rør AS", cls="legal_anchor",
  note="GDPR art. 20 / Norwegian personal data act; AS in signature",
  frm=("Ingrid Dahl", "ingrid.dahl@vestlandskeror.example"), subj="Krav om dataportabilitet, artikkel 20",
  cs="iso-8859-1", cte="qp", client="outlook", shape="alt", style="outlook", hq="Q",
  body="""Hei,

Med hjemmel i personopplysningsloven og personvernforordningen artikkel 20 ber jeg om å få utlevert personopplysningene jeg har gitt dere som bruker av Massist CRM, i et strukturert, alminnelig anvendt og maskinlesbart format, slik at jeg kan overføre dem til en annen leverandør.

Med vennlig hilsen

Ingrid Dahl
Innkjøpssjef
Vestlandske Rør AS
Bergen
"""),

M(rights=["erasure", "objection"], name="Sunniva Aase", agent="Turid Aase", cls="agent",
  note="Nynorsk; mother writes for her 14-year-old daughter: delete and no ads",
  frm=("Turid Aase", "turid.aase@fjordmail.example"), subj="Dottera mi sine opplysningar",
  cte="qp", client="android",
  body="""Hei,

Eg skriv på vegner av dottera mi, Sunniva Aase, som er 14 år. Handballklubben hennar brukar systemet dykkar, og no får ho reklame frå dykk på e-posten sin.

Eg vil at de slettar alt de har om henne, og at de sluttar å sende henne reklame.

Helsing
Turid Aase
"""),

M(kind="auto_reply", name="Øyvind Berg", cls="not_request", note="Norwegian holiday auto-reply",
  frm=("Øyvind Berg", "oyvind.berg@berg-regnskap.example"), subj="Automatisk svar: Innsynsbegjæring",
  cs="iso-8859-1", cte="qp", client="outlook", hq="Q",
  hdr=["Auto-Submitted: auto-replied"],
  body="""Hei,

jeg har ferie til og med 9. august og leser ikke e-post. Ved hastesaker, kontakt post@berg-regnskap.example.

Øyvind Berg
"""),
]
