from . import M, BULK, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Kristian Haugen", None, None,
  "Bokmål colloquial: slett meg, ikke ta kontakt",
  ("Kristian Haugen", "kristian.haugen@online-post.example"),
  "Slett meg fra systemet deres",
  """
Hei

Aner ikke hvordan dere har fått tak i e-posten min, men jeg vil at dere sletter alt dere har om meg. Har aldri vært kunde hos dere.

Hilsen Kristian Haugen
""", cs="iso-8859-1", cte="8bit"),

M("legal_anchor", "request", ["access"], "Ingrid Øvrebø", None, None,
  "Nynorsk: innsyn etter personopplysningslova og GDPR artikkel 15",
  ("Ingrid Øvrebø", "ingrid.ovrebo@nynorsk-post.example"),
  "Krav om innsyn",
  """
Hei,

Eg ber med dette om innsyn i personopplysningane de har om meg, jf. personopplysningslova og personvernforordninga (GDPR) artikkel 15. Eg vil gjerne ha ein kopi av opplysningane og vite kva de brukar dei til og kven de har delt dei med.

Venleg helsing
Ingrid Øvrebø
Voss
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("employer", "request", ["rectification"], "Sindre Aasland", "Vestlandsfisk AS", None,
  "Employer AS in text and signature; correct title and phone",
  ("Sindre Aasland", "sindre.aasland@vestlandsfisk.example"),
  "Feil i kontaktinfo",
  """
Hei,

Jeg jobber i Vestlandsfisk AS, og vi bruker Massist CRM. Der står jeg oppført med feil stillingstittel og gammelt mobilnummer. Riktig er:

Tittel: salgssjef
Mobil: 915 55 021

Takk!
Sindre Aasland
Salgssjef, Vestlandsfisk AS
""", shape="html", style="apple", cs="iso-8859-15", cte="quoted-printable"),

M("multi_right", "request", ["portability", "erasure"], "Marte Solberg", None, None,
  "Export then delete, ordered list",
  ("Marte Solberg", "marte.solberg@post-no.example"),
  "Eksport og sletting",
  """
Hei,

Jeg avslutter bruken av kontoen min og ønsker:

1) å få utlevert dataene jeg har lagt inn (kontakter, notater) i et maskinlesbart format, f.eks. CSV
2) deretter at alle opplysninger om meg slettes

Vennlig hilsen
Marte Solberg
""", cs="windows-1252", cte="8bit"),

M("agent", "request", ["withdraw_consent"], "Emil Johansen", None, "Tone Johansen",
  "Parent withdraws consent given by 13-year-old son",
  ("Tone Johansen", "tone.johansen@post-no.example"),
  "Samtykke gitt av sønnen min",
  """
Hei,

Sønnen min, Emil Johansen (13 år), har meldt seg på et nyhetsbrev og gitt samtykke til markedsføring via et skjema som bruker systemet deres. Han er for ung til å samtykke. Jeg trekker herved tilbake samtykket på hans vegne.

Mvh Tone Johansen (mor)
""", cs="utf-8", cte="base64"),

M("not_request", "bulk", [], None, None, None,
  "Norwegian newsletter mentioning personvern rights",
  ("Personvernbloggen", "nyhetsbrev@personvernbloggen.example"),
  "Nyhetsbrev: Datatilsynets nye veileder om innsyn",
  """
PERSONVERNBLOGGEN - nyhetsbrev

- Datatilsynet har publisert ny veileder om innsynsrett
- Slik håndterer du krav om sletting i CRM-systemer
- Kurs i Bergen 4. september

Meld deg av: https://personvernbloggen.example/avmeld
""", shape="alt", cs="utf-8", cte="quoted-printable",
  headers=BULK("<nyhetsbrev.personvernbloggen.example>", "https://personvernbloggen.example/avmeld")),
]
