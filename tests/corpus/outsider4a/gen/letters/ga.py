from spec import M

MAILS = [
M(rights=["erasure"], name="Aoife Ní Bhriain", cls="plain_words",
  note="everyday Irish; particle 'Ní' in the name; labelled iso-8859-1 but bytes are windows-1252 (en dash)",
  frm=("Aoife Ní Bhriain", "aoife.nibhriain@eir-post.example"), subj="Scrios m'eolas le bhur dtoil",
  cs="iso-8859-1", cte="qp", client="gmail", hq="Q",
  body="""Dia duit,

Tá ríomhphoist ag teacht chugam uaibh le cúpla mí anuas, cé nár chláraigh mé libh riamh. Ba mhaith liom go scriosfadh sibh gach eolas atá agaibh fúm – m'ainm, mo sheoladh ríomhphoist, gach rud.

Go raibh maith agaibh,
Aoife Ní Bhriain
""", real="windows-1252"),

M(rights=["access"], name="Seán Mac Giolla Phádraig", cls="legal_anchor",
  note="GDPR (RGCS) art. 15 in Irish; name with 'Mac Giolla'",
  frm=("Seán Mac Giolla Phádraig", "sean.macgiollaphadraig@post-ie.example"), subj="Iarratas ar rochtain – Airteagal 15 RGCS",
  cte="qp", client="thunderbird",
  body="""A chara,

Faoi Airteagal 15 den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS), iarraim oraibh a dhearbhú an bhfuil sonraí pearsanta fúm á bpróiseáil agaibh agus, más ea, cóip de na sonraí sin a chur chugam.

Is mise, le meas,
Seán Mac Giolla Phádraig
Gaillimh
"""),

M(rights=["objection"], name="Cathal Ó Conaill", employer="Comharchumann Chléire Teo.", cls="employer",
  note="employer eclipsed in text ('i gComharchumann'), base form in signature; stop calls/ads = objection",
  frm=("Cathal Ó Conaill", "cathal@comharchumann-chleire.example"), subj="Glaonna díolacháin",
  cs="iso-8859-1", cte="8bit", client="outlook", hq="Q",
  body="""Dia dhaoibh,

Oibrím i gComharchumann Chléire Teo. agus d'úsáideamar leagan trialach de bhur gcóras anuraidh. Ó shin i leith tá glaonna díolacháin agus ríomhphoist fógraíochta ag teacht chugam gach seachtain.

Ná glaoigh orm níos mó agus ná seol aon ábhar margaíochta chugam, le bhur dtoil.

Le dea-mhéin,
Cathal Ó Conaill
Bainisteoir Oifige
Comharchumann Chléire Teo.
"""),

M(kind="auto_reply", name="Róisín Nic Dhonnacha", cls="not_request", note="Irish out-of-office auto-reply",
  frm=("Róisín Nic Dhonnacha", "roisin@udaras-pobail.example"), subj="Freagra uathoibríoch: Iarratas ar shonraí",
  cte="qp", client="outlook",
  hdr=["Auto-Submitted: auto-replied"],
  body="""Go raibh maith agat as do ríomhphost. Táim as an oifig go dtí an 2 Meán Fómhair. Má tá ábhar práinneach agat, déan teagmháil le oifig@udaras-pobail.example.

Róisín Nic Dhonnacha
"""),
]
