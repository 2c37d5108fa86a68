from . import M, BOUNCE_PRE, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Johanna Lindqvist", None, None,
  "Swedish everyday: ta bort mig, casual",
  ("Johanna Lindqvist", "johanna.lindqvist@telia-post.example"),
  "Ta bort mig",
  """
Hej!

Jag får mejl från er hela tiden men har aldrig registrerat mig. Kan ni ta bort allt ni har om mig? Tack!

/Johanna Lindqvist
""", cs="iso-8859-1", cte="8bit"),

M("legal_anchor", "request", ["access"], "Per-Olof Söderberg", None, None,
  "Artikel 15 dataskyddsförordningen (GDPR) + registerutdrag wording",
  ("Per-Olof Söderberg", "perolof.soderberg@bredband-post.example"),
  "Begäran om registerutdrag enligt artikel 15 GDPR",
  """
Hej,

Jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR). Jag vill veta vilka personuppgifter ni behandlar om mig, för vilka ändamål och till vem de har lämnats ut.

Svaret får gärna skickas till den här e-postadressen.

Med vänliga hälsningar
Per-Olof Söderberg
Uppsala
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("employer", "request", ["objection"], "Elin Nyström", "Norrlands Trävaror AB", None,
  "Employer (AB) in signature; objects to her data being used for Innthink's own marketing",
  ("Elin Nyström", "elin.nystrom@norrlandstra.example"),
  "Invändning mot marknadsföring",
  """
Hej,

Vi använder Massist CRM på jobbet, och nu har jag börjat få er marknadsföring till min privata mobil. Jag invänder mot att mina uppgifter används för direktmarknadsföring. Sluta skicka sms och mejl till mig.

Hälsningar
Elin Nyström
Inköpsansvarig
Norrlands Trävaror AB
Sundsvall
""", shape="html", style="outlook", cs="windows-1252", cte="quoted-printable"),

M("negation", "request", ["portability"], "Oskar Bergström", None, None,
  "Negated erasure ('jag vill inte att ni raderar') + portability request",
  ("Oskar Bergström", "oskar.bergstrom@comhem-post.example"),
  "SV: Din begäran [ärende 8812]",
  """
Hej!

Tack för snabbt svar. För att det inte ska bli missförstånd: jag vill INTE att ni raderar mitt konto eller några uppgifter.

Däremot vill jag få ut de kontakter och anteckningar jag själv har lagt in, i ett maskinläsbart format (CSV), så att jag kan flytta dem till ett annat system.

Mvh
Oskar Bergström

Från: Innthink Data Protection <dpo@massistcrm.com>
Skickat: den 11 februari 2025 14:03
Till: Oskar Bergström <oskar.bergstrom@comhem-post.example>
Ämne: Din begäran [ärende 8812]

Hej Oskar,

Vi har tagit emot ditt meddelande. Menar du att du vill att vi raderar ditt konto och alla uppgifter, eller gäller det något annat?

Vänliga hälsningar
Innthink Technologies, dataskydd
""", cs="iso-8859-15", cte="quoted-printable",
  headers=[("In-Reply-To", "<arende-8812@massistcrm.com>"), ("References", "<arende-8812@massistcrm.com>"), ("Thread-Topic", "Din begaran [arende 8812]")]),

M("not_request", "bounce", [], None, None, None,
  "Swedish NDR (multipart/report)",
  ("Leveranssystem", "MAILER-DAEMON@smtp.svensk-post.example"),
  "Ej levererat: Re: Begäran om registerutdrag enligt artikel 15 GDPR",
  """
Ditt meddelande kunde inte levereras till följande mottagare:

p.soderberg@gammal-doman.example

Orsak: Mottagarens brevlåda är full.

Detta är ett automatiskt meddelande.
""", cs="iso-8859-1", cte="quoted-printable", shape="dsn", pre_headers=BOUNCE_PRE,
  headers=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="smtp.svensk-post.example", rcpt="p.soderberg@gammal-doman.example", status="5.2.2",
           diag="552 5.2.2 Mailbox full", headers_only=True),
  inner=dict(frm=("Innthink DPO", DPO), to="p.soderberg@gammal-doman.example",
             subj="Re: Begäran om registerutdrag enligt artikel 15 GDPR", body="Hej,\n",
             date="Wed, 19 Mar 2025 11:11:11 +0100")),

M("not_request", "other", [], "Hanna Ek", None, None,
  "Job application mentioning consent to store CV (samtycke)",
  ("Hanna Ek", "hanna.ek.cv@post-se.example"),
  "Spontanansökan – dataskyddsjurist",
  """
Hej,

Jag heter Hanna Ek och är jurist med inriktning på dataskydd. Jag skickar härmed en spontanansökan till Innthink. Mitt CV finns bifogat.

Jag samtycker till att ni sparar mina uppgifter i 12 månader för framtida rekryteringar.

Vänliga hälsningar
Hanna Ek
""", cs="utf-8", cte="8bit"),
]
