from . import M, BULK, DPO

MAILS = [
M("plain_words", "request", ["access"], "Máire Ní Bhriain", None, None,
  "Irish everyday wording: what have you got on me and where from; particle Ní",
  ("Máire Ní Bhriain", "maire.nibhriain@eircom-post.example"),
  "Cad atá agaibh fúm?",
  """
Dia dhuit,

Fuair mé glao gutháin ó dhuine de bhur lucht díolacháin inné agus bhí m'ainm agus m'uimhir fóin póca aige. Níor thug mé iad daoibh riamh. Ba mhaith liom a fháil amach cad atá agaibh fúm agus cá bhfuair sibh é.

Go raibh maith agat,
Máire Ní Bhriain
Gaillimh
""", cs="iso-8859-1", cte="8bit"),

M("legal_anchor", "request", ["erasure"], "Pádraig Ó Súilleabháin", None, None,
  "Airteagal 17 RGCS + An tAcht um Chosaint Sonraí 2018, formal Irish; particle Ó",
  ("Padraig O Suilleabhain", "posuilleabhain@post-ie.example"),
  "Iarratas ar scriosadh sonraí (Airteagal 17 RGCS)",
  """
A chara,

Faoi Airteagal 17 den Rialachán Ginearálta maidir le Cosaint Sonraí (RGCS) agus faoin Acht um Chosaint Sonraí 2018, iarraim oraibh na sonraí pearsanta go léir a bhaineann liom a scriosadh gan mhoill mhíchuí.

Níl na sonraí sin riachtanach a thuilleadh don chuspóir ar bailíodh iad, agus níor thug mé toiliú riamh dá n-úsáid.

Is mise, le meas,
Pádraig Ó Súilleabháin
Baile Átha Cliath 8
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("names", "request", ["rectification"], "Seán Mac Giolla Phádraig", None, None,
  "Irish genitive with lenition (Sheáin Mhic Giolla Phádraig) in text; nominative in signature",
  ("Seán Mac Giolla Phádraig", "sean.macgiollaphadraig@meon-post.example"),
  "Ainm mícheart i bhur gcóras",
  """
Dia daoibh,

Tá ainm Sheáin Mhic Giolla Phádraig (is mise é) scríofa mar "Sean McGillpatrick" in bhur gcóras, agus is mar sin atá sé ag teacht ar gach litir agus sonrasc. Ceartaígí é, le bhur dtoil, go dtí an leagan ceart Gaeilge.

Le gach dea-ghuí,
Seán Mac Giolla Phádraig
""", cs="utf-8", cte="8bit"),

M("employer", "request", ["objection"], "Caoimhe Ní Fhlaithearta", "Comhlacht Iascaireachta Árainn Teo.", None,
  "Irish objection to direct marketing; employer with 'Teo.' (Teoranta) under job title",
  ("Caoimhe Ní Fhlaithearta", "caoimhe@iascaireacht-arainn.example"),
  "Ríomhphoist margaíochta",
  """
A chara,

Oibrím le Comhlacht Iascaireachta Árainn Teo., a úsáideann Massist CRM. Tá sibh ag seoladh ríomhphoist margaíochta chuig mo sheoladh oibre le roinnt míonna anuas. Cuirim i gcoinne úsáid mo shonraí le haghaidh margaíochta dírí; stopaigí iad, le bhur dtoil.

Go raibh maith agaibh,

Caoimhe Ní Fhlaithearta
Bainisteoir Oifige
Comhlacht Iascaireachta Árainn Teo.
Cill Rónáin, Árainn
""", shape="html", style="outlook", cs="windows-1252", cte="quoted-printable"),

M("multi_right", "request", ["restriction", "portability"], "Ciarán Mac Conmara", None, None,
  "Two rights: restrict processing + machine-readable copy",
  ("Ciaran Mac Conmara", "ciaran.macconmara@post-ie.example"),
  "Srian ar phróiseáil agus cóip de mo shonraí",
  """
Dia dhuit,

Tá dhá rud á n-iarraidh agam:

1. Go gcuirfí srian ar phróiseáil mo shonraí go dtí go mbeidh an t-aighneas faoin seoladh mícheart réitithe.
2. Cóip de na sonraí a thug mé féin daoibh, i bhformáid struchtúrtha inléite ag meaisín (CSV, mar shampla).

Go raibh míle maith agat,
Ciarán Mac Conmara
Inis, Co. an Chláir
""", cs="iso-8859-15", cte="quoted-printable"),

M("not_request", "bulk", [], None, None, None,
  "Irish-language business newsletter mentioning RGCS",
  ("Gréasán Gnó", "nuacht@greasan-gno.example"),
  "Nuachtlitir Mhí na Bealtaine: RGCS agus do ghnó",
  """
NUACHTLITIR GRÉASÁN GNÓ - Bealtaine

San eagrán seo:
- RGCS: cad is gá do ghnólachtaí beaga a dhéanamh?
- Ceardlann: cearta na ndaoine a bhfuil sonraí á bpróiseáil fúthu
- Imeachtaí i nGaillimh agus i gCorcaigh

Chun díliostáil: https://greasan-gno.example/diliostail
""", shape="alt", cs="utf-8", cte="base64",
  headers=BULK("<nuacht.greasan-gno.example>", "https://greasan-gno.example/diliostail")),
]
