from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Seán Ó Briain", note="plain Irish; name with Ó particle", ua="gmail", cs="iso-8859-1", cte="quoted-printable",
 frm=("Seán Ó Briain", "sean.obriain@eircom-like.example"), subj="Cén t-eolas atá agaibh fúm?",
 body="""Dia dhaoibh,

Tá comhlacht árachais ag glaoch orm le coicís agus deir siad gur fuair siad m'uimhir "ó Massist". Cén t-eolas atá agaibh fúm, agus cá bhfuair sibh é? Cuirigí chugam é, le bhur dtoil.

Go raibh maith agaibh,
Seán Ó Briain
"""),

dict(cls="names", rights=["erasure"], name="Aoife Ní Bhriain", note="Irish particle 'Ní', display 'Ní Bhriain, Aoife'", ua="outlook", cs="utf-8",
 frm=("Ní Bhriain, Aoife", "aoife.nibhriain@gaillimh-mail.example"), subj="Scriosadh mo chuntais",
 body="""A chara,

Ba mhaith liom go scriosfaí mo chuntas trialach agus gach sonra a bhaineann liom as bhur gcórais. Níor úsáid mé an táirge riamh i ndáiríre.

Le meas,
Aoife Ní Bhriain
"""),

dict(cls="legal_anchor", rights=["access"], name="Pádraig Mac Suibhne", emp="Bia Chonamara Teo.", note="Airteagal 15 RGCS + Acht um Chosaint Sonraí 2018; Teo. employer", ua="thunderbird", cs="utf-8",
 frm=("Pádraig Mac Suibhne", "padraig@biachonamara.example"), subj="Iarratas ar rochtain faoi Airteagal 15",
 body="""A chara,

Faoi Airteagal 15 den Rialachán Ginearálta maidir le Cosaint Sonraí agus faoin Acht um Chosaint Sonraí 2018, iarraim oraibh a dheimhniú an bhfuil sonraí pearsanta fúm á bpróiseáil agaibh, agus cóip díobh a chur chugam.

Is mise bainisteoir díolacháin Bia Chonamara Teo., atá ag úsáid Massist CRM.

Is mise le meas,
Pádraig Mac Suibhne
"""),

dict(cls="negation", rights=["objection"], name="Máire Nic Giolla Phádraig", note="account should not be deleted; only stop marketing", ua="apple", cs="utf-8",
 frm=("Máire Nic Giolla Phádraig", "maire.nicgp@post-ie.example"), subj="Fógraíocht",
 body="""Dia dhuit,

Níl mé ag iarraidh go scriosfaí mo chuntas – tá sé de dhíth orm don obair. Ach ná seolaigí ríomhphoist mhargaíochta chugam níos mó, le bhur dtoil. Níor iarr mé riamh iad.

Máire Nic Giolla Phádraig
"""),
]
