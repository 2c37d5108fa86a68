from spec import M

MAILS = [
M(rights=["erasure"], name="Mads Kristensen", cls="plain_words",
  note="everyday Danish: 'delete everything about me'",
  frm=("Mads Kristensen", "mads.k@jubii-post.example"), subj="slet mig",
  cte="8bit", client="android",
  body="""Hej

Jeg har aldrig brugt jeres system, men får alligevel mails fra jer. Slet alt hvad I har om mig, og lad være med at skrive igen.

Mvh Mads Kristensen
"""),

M(rights=["objection"], name="Mette Kjærgaard", cls="legal_anchor",
  note="GDPR art. 21 objection to profiling (Danish)",
  frm=("Mette Kjærgaard", "mette.kjaergaard@privat-mail.example"), subj="Indsigelse mod profilering (art. 21)",
  cs="iso-8859-1", cte="qp", client="thunderbird", hq="Q",
  body="""Kære databeskyttelsesrådgiver

Jeg gør hermed indsigelse i medfør af databeskyttelsesforordningens artikel 21 mod jeres behandling af mine personoplysninger til profilering, herunder den "engagement-score", som jeres marketingsystem beregner på baggrund af mine klik og besøg.

Jeg beder om en bekræftelse på, at behandlingen er ophørt.

Venlig hilsen
Mette Kjærgaard
"""),

M(rights=["rectification"], name="Søren Højgaard", employer="Nordisk Køl A/S", agent="Louise Brandt", cls="agent",
  note="HR forwards an employee's mail inline ('Oprindelig meddelelse'); A/S",
  frm=("Louise Brandt", "lb@nordiskkol.example"), subj="VS: Forkert navn i Massist",
  cs="iso-8859-1", cte="qp", client="outlook", hq="Q",
  body="""Hej

Jeg videresender en henvendelse fra vores medarbejder Søren Højgaard. Vi kan ikke selv rette i de felter, så vil I hjælpe?

Venlig hilsen
Louise Brandt
HR-partner, Nordisk Køl A/S

-----Oprindelig meddelelse-----
Fra: Søren Højgaard <sh@nordiskkol.example>
Sendt: 3. oktober 2024 08:12
Til: Louise Brandt <lb@nordiskkol.example>
Emne: Forkert navn i Massist

Hej Louise

Mit navn står som "Soren Hojgaard" alle steder i Massist, også på de tilbud der går ud til kunderne. Kan det blive rettet til Søren Højgaard med æ/ø/å?

Tak
Søren Højgaard
Servicetekniker
Nordisk Køl A/S
"""),

M(rights=["withdraw_consent"], name="Anders Møller", cls="plain_words",
  note="'I no longer want' my photo used, permission taken back = withdraw consent",
  frm=("Anders Møller", "anders.moller@mail-dk.example"), subj="Mit billede på jeres hjemmeside",
  cte="qp", client="applemac",
  body="""Hej

Sidste år sagde jeg ja til at være med i en kundehistorie på jeres hjemmeside med billede. Den tilladelse trækker jeg tilbage – jeg vil ikke længere have, at I bruger mit billede eller mit navn.

På forhånd tak.

Anders Møller
"""),

M(kind="auto_reply", name="Camilla Juhl", cls="not_request", note="Danish holiday auto-reply",
  frm=("Camilla Juhl", "cj@juhl-revision.example"), subj="Autosvar: Anmodning om indsigt",
  cs="iso-8859-1", cte="qp", client="outlook",
  hdr=["Auto-Submitted: auto-replied"],
  body="""Tak for din mail. Jeg holder ferie til og med den 12. august og har ikke adgang til mail.

Venlig hilsen
Camilla Juhl
"""),
]
