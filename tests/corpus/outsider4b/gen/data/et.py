from . import M, BOUNCE_PRE, DPO

MAILS = [
M("plain_words", "request", ["access"], "Kadri Tamm", None, None,
  "Estonian everyday wording, lowercase, no legal terms: what data do you have",
  ("kadri tamm", "kadri.tamm@hot-ee.example"),
  "mis andmed teil minu kohta on?",
  """
tere

mulle helistati teie süsteemi kaudu ja teati mu nime ja töökohta. tahaks teada mis andmed teil minu kohta üldse on ja kust te need saite?

aitäh
Kadri Tamm
""", cs="utf-8", cte="8bit"),

M("legal_anchor", "request", ["erasure"], "Margus Kask", None, None,
  "IKÜM art 17 + isikuandmete kaitse seadus, formal Estonian, iso-8859-15",
  ("Margus Kask", "margus.kask@eesti-post.example"),
  "Taotlus isikuandmete kustutamiseks",
  """
Lugupeetud andmekaitseametnik

Palun kustutada kõik minu isikuandmed, mida Innthink Technologies töötleb, tuginedes isikuandmete kaitse üldmääruse (IKÜM) artiklile 17 ning isikuandmete kaitse seadusele.

Minu andmeid pole enam vaja eesmärgil, milleks need koguti, ning ma ei ole andnud nõusolekut nende edasiseks kasutamiseks.

Palun kinnitage kustutamine kirjalikult.

Lugupidamisega
Margus Kask
Tartu
""", cs="iso-8859-15", cte="quoted-printable"),

M("employer", "request", ["rectification"], "Liis Saar", "Põhjala Puit OÜ", None,
  "Employer inflected in text (OÜ-s), plain form in signature; wrong job title",
  ("Liis Saar", "liis.saar@pohjalapuit.example"),
  "Vale ametinimetus süsteemis",
  """
Tere!

Töötan Põhjala Puit OÜ-s ja meie firma kasutab Massist CRM-i. Minu profiilis on ametinimetuseks märgitud „praktikant“, kuigi olen müügijuht juba kolmandat aastat. Palun parandage see ära, kuna see paistab ka klientidele.

Tänan!

Liis Saar
müügijuht
Põhjala Puit OÜ
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("multi_right", "request", ["restriction", "objection"], "Andres Mägi", None, None,
  "Restriction during dispute + objection to use for marketing, bullet list",
  ("Andres Mägi", "andres.magi@neti-post.example"),
  "Andmete töötlemise piiramine ja vastuväide",
  """
Tere,

Teie süsteemis on minu kohta märkus, et olen „makseraskustes“. See ei vasta tõele.

- Palun piirake minu andmete töötlemist, kuni see asi on selgeks tehtud.
- Lisaks esitan vastuväite minu andmete kasutamisele otseturunduse eesmärgil.

Andres Mägi
""", cs="iso-8859-13", cte="8bit"),

M("agent", "request", ["access", "grievance"], "Tiit Rebane", "Läänemere Kalatööstus AS", "Kristiina Lepp",
  "Attorney-at-law (vandeadvokaat) for client: access + formal complaint; client's employer stated",
  ("Kristiina Lepp", "kristiina.lepp@lepp-partnerid.example"),
  "Kliendi Tiit Rebase nõue ja kaebus",
  """
Lugupeetud andmekaitseametnik

Esindan Tiit Rebast (volikiri lisatud eraldi kirjaga), kes töötab Läänemere Kalatööstus AS-is. Teie klient on kasutanud Massist CRM-i andmeid tema töötulemuste hindamiseks viisil, millest teda ei teavitatud.

Minu klient Tiit Rebane palub:
1. koopiat kõigist tema kohta töödeldavatest isikuandmetest (IKÜM art 15);
2. käsitleda käesolevat kirja ametliku kaebusena Innthink Technologies'le selle kohta, et tema varasemale pöördumisele ei vastatud kahe kuu jooksul.

Lugupidamisega
Kristiina Lepp
vandeadvokaat
Lepp & Partnerid Advokaadibüroo
""", shape="html", style="outlook", cs="windows-1257", cte="quoted-printable"),

M("not_request", "bounce", [], None, None, None,
  "Estonian-language NDR, multipart/report with original",
  ("Postiserver", "MAILER-DAEMON@smtp.eesti-post.example"),
  "Kohaletoimetamata: Re: Taotlus isikuandmete kustutamiseks",
  """
Teie kirja ei õnnestunud kohale toimetada järgmisele adressaadile:

    m.kask@vana-domeen.example

Põhjus: adressaadi domeeni ei leitud (DNS-kirje puudub).

See on automaatne teade, palun ärge sellele vastake.
""", cs="utf-8", cte="quoted-printable", shape="dsn", pre_headers=BOUNCE_PRE,
  headers=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="smtp.eesti-post.example", rcpt="m.kask@vana-domeen.example", status="5.1.2",
           diag="550 5.1.2 Host unknown (Name server: vana-domeen.example: host not found)"),
  inner=dict(frm=("Innthink Data Protection", DPO), to="m.kask@vana-domeen.example",
             subj="Re: Taotlus isikuandmete kustutamiseks",
             body="Tere, hr Kask,\n\nKinnitame teie taotluse kättesaamist.\n\nInnthink Technologies\n",
             date="Mon, 2 Jun 2025 14:20:05 +0300")),
]
