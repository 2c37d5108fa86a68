from . import M, AR, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Sanne de Vries", None, None,
  "Dutch everyday words: haal me uit jullie systeem; particle 'de'",
  ("Sanne de Vries", "sannedevries@ziggo-post.example"),
  "Graag uit jullie systeem",
  """
Hoi,

Ik krijg steeds mailtjes van jullie terwijl ik nooit iets heb aangevraagd. Kunnen jullie mij gewoon helemaal uit jullie systeem halen? Alles weg graag.

Groetjes,
Sanne de Vries
""", cs="iso-8859-1", cte="7bit"),

M("legal_anchor", "request", ["access"], "Wouter Claes", None, None,
  "Flemish writer, art. 15 AVG/GDPR and Belgian GBA mentioned",
  ("Wouter Claes", "wouter.claes@telenet-post.example"),
  "Verzoek tot inzage - artikel 15 AVG",
  """
Geachte heer, mevrouw,

Op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG/GDPR) verzoek ik u mij inzage te geven in alle persoonsgegevens die u over mij verwerkt, met een kopie van die gegevens.

Ik verwacht uw antwoord binnen de wettelijke termijn van één maand. Zo niet, dan zal ik mij wenden tot de Gegevensbeschermingsautoriteit.

Met vriendelijke groeten,
Wouter Claes
Kortrijksesteenweg 212
9000 Gent
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("names", "request", ["rectification"], "Pieter-Jan van den Berghe", "Van den Berghe Bouw B.V.", None,
  "'Family, Given' display name with particle; company named after family; fix misspelling",
  ("Van den Berghe, Pieter-Jan", "pj.vandenberghe@vdberghe-bouw.example"),
  "Verkeerde schrijfwijze naam",
  """
Goedemiddag,

In jullie CRM sta ik als "P. Vandenberg". Mijn naam is Pieter-Jan van den Berghe, los geschreven en met -he aan het eind. Willen jullie dat aanpassen? Het gaat om het contact dat aan ons bedrijf gekoppeld is.

Met vriendelijke groet,

ing. P.J. (Pieter-Jan) van den Berghe
Directeur
Van den Berghe Bouw B.V.
Zutphen
""", shape="html", style="outlook", cs="windows-1252", cte="quoted-printable"),

M("multi_right", "request", ["withdraw_consent", "objection"], "Fatima El Amrani", None, None,
  "Withdraws consent for newsletter and objects to profiling in one mail",
  ("Fatima El Amrani", "f.elamrani@kpn-post.example"),
  "RE: Uw bericht aan Innthink",
  """
Beste meneer/mevrouw,

Ik trek bij deze mijn toestemming in voor het ontvangen van jullie nieuwsbrief en webinaruitnodigingen.

Daarnaast maak ik bezwaar tegen het gebruik van mijn gegevens voor profilering en het bijhouden van welke mails ik open.

Alvast bedankt voor de bevestiging.

Met vriendelijke groet,
Fatima El Amrani
Utrecht

Van: Innthink Data Protection <dpo@massistcrm.com>
Verzonden: dinsdag 14 januari 2025 10:22
Aan: Fatima El Amrani <f.elamrani@kpn-post.example>
Onderwerp: Uw bericht aan Innthink

Beste mevrouw El Amrani,

Dank voor uw bericht. Kunt u aangeven wat u precies van ons verwacht?

Met vriendelijke groet,
Privacy Office Innthink Technologies
""", cs="utf-8", cte="8bit", headers=[("In-Reply-To", "<nl-4471@massistcrm.com>")]),

M("not_request", "auto_reply", [], "Joost Hendriks", None, None,
  "Dutch out-of-office with return date",
  ("Joost Hendriks", "j.hendriks@gemeente-almelo.example"),
  "Automatisch antwoord: Re: Uw verzoek",
  """
Beste afzender,

Tot en met 2 januari ben ik afwezig. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u bellen met 0546 555 000.

Met vriendelijke groet,
Joost Hendriks
""", cs="iso-8859-1", cte="quoted-printable", headers=AR()),

M("not_request", "other", [], "Emma Jansen", None, None,
  "Job application (sollicitatie) giving consent to keep CV; not a rights request",
  ("Emma Jansen", "emma.jansen.cv@postbus-nl.example"),
  "Open sollicitatie privacy officer",
  """
Geachte heer/mevrouw,

Met veel interesse volg ik Innthink Technologies. Graag stuur ik u mijn open sollicitatie voor een functie als privacy officer. Ik heb drie jaar ervaring bij een zorgverzekeraar, onder meer met het afhandelen van inzageverzoeken.

Ik geef toestemming om mijn cv een jaar te bewaren voor toekomstige vacatures.

Met vriendelijke groet,
Emma Jansen
06 5550 1882
""", shape="alt", cs="utf-8", cte="base64"),
]
