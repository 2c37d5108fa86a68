from . import M, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Rita Zammit", None, None,
  "Maltese typed without dots/bars (phone): delete everything you have on me",
  ("Rita Zammit", "rita.zammit@maltanet-post.example"),
  "hassru d-data tieghi",
  """
Bongu,

qed nircievi emails minghandkom kull gimgha u ma nafx minn fejn gibtu l-indirizz tieghi. Jekk joghgbok hassru kollox li ghandkom fuqi.

Grazzi
Rita Zammit
""", cs="us-ascii", cte="7bit"),

M("legal_anchor", "request", ["access"], "Mariella Borg", None, None,
  "Artikolu 15 GDPR + Kap. 586 (Att dwar il-Protezzjoni tad-Data), formal Maltese",
  ("Mariella Borg", "mariella.borg@go-post.example"),
  "Talba għal aċċess għad-data personali (Artikolu 15 GDPR)",
  """
Għażiż Uffiċjal għall-Protezzjoni tad-Data,

Skont l-Artikolu 15 tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR) u l-Att dwar il-Protezzjoni tad-Data (Kap. 586 tal-Liġijiet ta' Malta), qed nitlob kopja tad-data personali kollha li għandkom dwari, flimkien mal-għanijiet tal-ipproċessar u lil min intbagħtet.

Nistenna tweġiba fi żmien xahar.

Dejjem tiegħek,
Mariella Borg
Ħal Balzan
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("employer", "request", ["rectification"], "Kevin Sciberras", "Camilleri Bros Ltd", None,
  "Employer stated in text (naħdem ma' ...), surname misspelled in CRM",
  ("Kevin Sciberras", "kevin.s@camilleribros.example"),
  "Żball fl-isem tiegħi",
  """
Għaslama,

Naħdem ma' Camilleri Bros Ltd u nużaw is-sistema tagħkom. L-isem tiegħi miktub ħażin: "Kevin Sciberas" b'r waħda minflok Sciberras. Jekk jogħġbok ikkoreġuh għax il-klijenti ma jsibunix.

Grazzi ħafna,
Kevin Sciberras
""", cs="utf-8", cte="8bit"),

M("agent", "request", ["erasure", "withdraw_consent"], "Luke Farrugia", None, "Doris Farrugia",
  "Mother for 15-year-old son: withdraws consent given by minor + erase",
  ("Doris Farrugia", "doris.farrugia@melita-post.example"),
  "Data ta' ibni minorenni",
  """
Bonġu,

Jiena omm Luke Farrugia, li għandu 15-il sena. Is-sajf li għadda għamel internship qasir ma' kumpanija li tuża s-sistema tagħkom u ffirma formola tal-kunsens mingħajr ma staqsiena.

Bħala ġenitur tiegħu, nirtira dak il-kunsens u nitlob li tħassru d-data personali kollha ta' Luke Farrugia.

Grazzi,
Doris Farrugia
Ħaż-Żabbar
""", shape="html", style="gmail", cs="utf-8", cte="quoted-printable"),

M("footer_rights", "request", ["objection"], "Jonathan Grech", "Malta Freight Services Ltd", None,
  "Short objection to marketing above a bilingual disclaimer listing GDPR rights",
  ("Jonathan Grech", "jgrech@maltafreight.example"),
  "Reklami",
  """
Saħħa,

M'iniex interessat nirċievi aktar reklami mingħandkom. Jekk jogħġbok tibagħtuli xejn aktar għal skopijiet ta' marketing.

Jonathan Grech
Operations Supervisor
Malta Freight Services Ltd
Triq il-Port, Il-Marsa

Avviż: Din l-email hija kunfidenzjali. Malta Freight Services Ltd tipproċessa d-data personali skont il-GDPR. Għandek id-dritt ta' aċċess, rettifika, tħassir u oġġezzjoni - ara maltafreight.example/privatezza.
""", cs="utf-8", cte="base64"),

M("not_request", "other", [], "Charlene Micallef", None, None,
  "General question in Maltese about Maltese-language interface; not a rights request",
  ("Charlene Micallef", "charlene.micallef@post-mt.example"),
  "Mistoqsija dwar il-lingwa tal-app",
  """
Bonġu,

Xogħlna qed jikkunsidra li jixtri Massist CRM. Għandkom verżjoni bil-Malti jew l-Ingliż biss? U l-informazzjoni dwar il-privatezza hija disponibbli bil-Malti?

Grazzi,
Charlene Micallef
""", cs="utf-8", cte="8bit"),
]
