from . import M, AR, FORM, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Mette Kjærgaard", None, None,
  "Danish colloquial: slet mig, typed with ae/oe in places",
  ("Mette Kjaergaard", "mette.kj@mail-dk.example"),
  "Slet mig",
  """
Hej

Jeg har faaet flere mails fra jer, og jeg har aldrig oprettet noget hos jer. Vil I ikke nok slette alt hvad I har om mig? Navn, mail, telefonnummer osv.

Mvh
Mette Kjærgaard
""", cs="iso-8859-1", cte="8bit"),

M("legal_anchor", "request", ["access"], "Rasmus Østergaard Holm", None, None,
  "Databeskyttelsesforordningens art. 15 + databeskyttelsesloven; formal Danish",
  ("Rasmus Østergaard Holm", "rasmus.holm@post-dk.example"),
  "Anmodning om indsigt, jf. databeskyttelsesforordningens artikel 15",
  """
Til den databeskyttelsesansvarlige

Jeg anmoder hermed om indsigt i de personoplysninger, som Innthink Technologies behandler om mig, jf. databeskyttelsesforordningens artikel 15 og databeskyttelsesloven.

Jeg beder om en kopi af oplysningerne samt oplysning om formålet med behandlingen, modtagere og hvor længe oplysningerne opbevares.

Svaret må gerne sendes elektronisk til denne adresse.

Med venlig hilsen
Rasmus Østergaard Holm
Aarhus C
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("form", "request", ["rectification"], "Birgitte Nørgaard", "Nørgaard & Søn ApS", None,
  "WordPress contact-form mail in Danish: Navn/Virksomhed/Henvendelse fields; Reply-To person",
  ("WordPress", "wordpress@massist-dk.example"),
  "[Massist Danmark] Ny henvendelse fra kontaktformular",
  """
Fra: Birgitte Nørgaard <birgitte@noergaard-soen.example>
Emne: Forkerte oplysninger

Navn: Birgitte Nørgaard
Virksomhed: Nørgaard & Søn ApS
Telefon: 23 55 50 11
Type af henvendelse: Ret til berigtigelse

Besked:
Mit efternavn er stavet forkert (Norgard) i jeres system, og min titel er forkert. Jeg er indehaver, ikke sælger. Ret det venligst.

--
Denne e-mail blev sendt fra en kontaktformular på Massist Danmark (https://massist-dk.example)
""", cs="utf-8", cte="8bit", headers=FORM, reply_to=("Birgitte Nørgaard", "birgitte@noergaard-soen.example")),

M("employer", "request", ["portability"], "Kasper Lund", "Fjordkraft Rådgivning A/S", None,
  "Name at sentence end followed by another sentence; employer in running text; wants own data exported",
  ("Kasper Lund", "kasper.lund@fjordkraft-raad.example"),
  "Udlevering af mine data",
  """
Hej,

Mit navn er Kasper Lund. Jeg arbejder hos Fjordkraft Rådgivning A/S, som bruger Massist CRM. Jeg stopper til månedsskiftet og vil gerne have mine egne data udleveret i et maskinlæsbart format (CSV eller Excel), så jeg kan tage dem med til mit nye job: mine kontaktpersoner, noter og kalender.

På forhånd tak.

Venlig hilsen
Kasper Lund
""", shape="html", style="apple", cs="iso-8859-15", cte="quoted-printable"),

M("footer_rights", "request", ["objection"], "Signe Bach", "Vejle Boligudlejning ApS", None,
  "Short objection to marketing above a long company footer listing GDPR rights (footer rights not counted)",
  ("Signe Bach", "sb@vejle-bolig.example"),
  "Nyhedsbreve",
  """
Hej,

Jeg vil ikke længere modtage jeres nyhedsbreve og tilbud på min arbejdsmail. Stop venligst al markedsføring til mig.

Tak.

Signe Bach
Administrationschef
Vejle Boligudlejning ApS
Tlf. 75 55 50 20

Persondata: Vejle Boligudlejning ApS behandler personoplysninger i overensstemmelse med databeskyttelsesforordningen. Du har ret til indsigt, berigtigelse, sletning, begrænsning, dataportabilitet og indsigelse. Læs mere på vejle-bolig.example/privatliv. Denne e-mail kan indeholde fortrolige oplysninger.
""", cs="windows-1252", cte="8bit"),

M("not_request", "auto_reply", [], "Lars Mikkelsen", None, None,
  "Danish vacation auto-reply (ferie)",
  ("Lars Mikkelsen", "lm@odense-el.example"),
  "Automatisk svar: Vedr. din henvendelse",
  """
Tak for din mail.

Jeg holder ferie til og med uge 31 og læser ikke mails i perioden. Ved hastesager kontakt venligst kontoret på 66 55 50 00.

Venlig hilsen
Lars Mikkelsen
""", cs="iso-8859-1", cte="quoted-printable", headers=AR()),
]
