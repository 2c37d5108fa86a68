from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Joseph Borg", note="plain Maltese question about stored data", ua="gmail", cs="utf-8",
 frm=("Joseph Borg", "joseph.borg@melita-like.example"), subj="X'informazzjoni għandkom fuqi?",
 body="""Bonġu,

Ilni xahar nirċievi telefonati minn kumpanija tal-assigurazzjoni li qaluli li n-numru tiegħi ħaduh "mill-Massist". X'informazzjoni għandkom fuqi u minn fejn ġibtuha? Ibagħtuhieli b'email jekk jogħġobkom.

Grazzi
Joseph Borg
"""),

dict(cls="legal_anchor", rights=["erasure"], name="Maria Camilleri", emp="Farrugia Imports Ltd", note="Art. 17 GDPR + Kap. 586; Ltd employer in signature", ua="outlook", shape="alt", cs="utf-8",
 frm=("Maria Camilleri", "maria.camilleri@farrugia-imports.example"), subj="Talba għat-tħassir tad-data personali",
 body="""Għażiż/a Uffiċjal tal-Protezzjoni tad-Data,

Skont l-Artikolu 17 tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data (UE) 2016/679 u l-Att dwar il-Protezzjoni tad-Data (Kap. 586 tal-Liġijiet ta' Malta), nitlob li titħassar id-data personali kollha tiegħi miġbura permezz tal-webinars tagħkom.

Id-data pproċessata f'isem min iħaddimni mhix parti minn din it-talba.

Tislijiet,

Maria Camilleri
Maniġer tal-Akkwisti
Farrugia Imports Ltd
Il-Marsa
"""),

dict(cls="employer", rights=["rectification"], name="Karl Vella", emp="Xlendi Boat Services Ltd", note="employer in running text 'naħdem ma''", ua="apple", cs="utf-8",
 frm=("Karl Vella", "karl.vella@xlendiboats.example"), subj="Indirizz żbaljat",
 body="""Bongu,

Jien naħdem ma' Xlendi Boat Services Ltd f'Għawdex u nużaw il-Massist. L-indirizz tad-dar tiegħi fil-profil huwa żbaljat – għandu jkun Triq il-Port, Xlendi, mhux Triq il-Knisja. Tista' tirranġah jekk jogħġbok?

Grazzi,
Karl Vella
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="Rita Grech", note="Maltese out-of-office", ua="outlook", cs="utf-8",
 frm=("Rita Grech", "rita.grech@sliema-travel.example"), subj="Tweġiba awtomatika: It-talba tiegħek", hdrs=ooo_hdrs("exchange"),
 body="""Grazzi tal-email tiegħek. Jien barra mill-uffiċċju sal-20 ta' Awwissu. Għal kwistjonijiet urġenti ċempel 2100 0000.

Rita Grech
"""),
]
