from spec import M

MAILS = [
M(rights=["erasure"], name="Maria Camilleri", cls="plain_words",
  note="everyday Maltese: delete everything about me",
  frm=("Maria Camilleri", "maria.camilleri@melita-post.example"), subj="Ħassru d-dettalji tiegħi",
  cte="qp", client="apple",
  body="""Bonġu,

Qed nirċievi emails mingħandkom għal dawn l-aħħar xhur, għalkemm qatt ma kont klijenta tagħkom. Nixtieq li tħassru l-informazzjoni kollha li għandkom dwari u ma tibagħtuli xejn aktar.

Grazzi,
Maria Camilleri
"""),

M(rights=["rectification"], name="Joseph Borg", employer="Ħal Qormi Bakery Ltd", cls="employer",
  note="employer in prose ('naħdem ma''); wrong address and mobile",
  frm=("Joseph Borg", "joseph.borg@qormibakery.example"), subj="Dettalji żbaljati fil-profil",
  cte="8bit", client="outlook",
  body="""Bonġu,

Naħdem ma' Ħal Qormi Bakery Ltd u nużaw is-CRM tagħkom għall-ordnijiet. L-indirizz u n-numru tal-mowbajl tiegħi fil-profil huma żbaljati. Jekk jogħġobkom ikkoreġuhom hekk:

Indirizz: 14, Triq il-Kbira, Ħal Qormi
Mowbajl: 7955 5123

Grazzi
Joseph Borg
"""),

M(rights=["objection"], name="Rita Vella", cls="legal_anchor",
  note="GDPR art. 21(2) in Maltese; objection to direct marketing",
  frm=("Rita Vella", "rita.vella@go-mail-mt.example"), subj="Oġġezzjoni taħt l-Artikolu 21 tal-GDPR",
  cte="qp", client="thunderbird",
  body="""Għażiż Uffiċjal għall-Protezzjoni tad-Data,

Skont l-Artikolu 21(2) tar-Regolament Ġenerali dwar il-Protezzjoni tad-Data (GDPR), qed noġġezzjona għall-ipproċessar tad-data personali tiegħi għal skopijiet ta' kummerċjalizzazzjoni diretta.

Nitlob konferma bil-miktub.

Dejjem tiegħek,
Rita Vella
"""),

M(kind="auto_reply", name="Mark Azzopardi", cls="not_request", note="Maltese out-of-office auto-reply",
  frm=("Mark Azzopardi", "mark.azzopardi@azzopardi-co.example"), subj="Risposta awtomatika: Talba għal aċċess",
  cte="qp", client="outlook",
  hdr=["Auto-Submitted: auto-replied"],
  body="""Grazzi tal-email tiegħek. Jien barra mill-uffiċċju sal-15 ta' Settembru. Għal affarijiet urġenti ikkuntattja lil info@azzopardi-co.example.

Mark Azzopardi
"""),
]
