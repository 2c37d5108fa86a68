from spec import M

MAILS = [
M(rights=["erasure"], name="Jānis Bērziņš", cls="names",
  note="everyday Latvian; name in genitive in text, nominative in signature",
  frm=("Jānis Bērziņš", "janis.berzins@inbox-lv.example"), subj="Izdzēsiet mani",
  cs="iso-8859-13", cte="qp", client="android", hq="Q",
  body="""Labdien!

Jūsu sistēmā ir Jāņa Bērziņa dati, lai gan es nekad neesmu bijis jūsu klients. Lūdzu, izdzēsiet visu, kas jums par mani ir, un vairs nerakstiet.

Paldies,
Jānis Bērziņš
"""),

M(rights=["withdraw_consent"], name="Ilze Kalniņa", cls="plain_words",
  note="'I no longer agree' = withdrawing consent",
  frm=("Ilze Kalniņa", "ilze.kalnina@mail-lv.example"), subj="Vairs nepiekrītu",
  cte="qp", client="gmail",
  body="""Sveiki!

Reģistrējoties jūsu vebināram, ieķeksēju, ka drīkstat sūtīt man piedāvājumus. Es vairs tam nepiekrītu un savu piekrišanu atsaucu.

Ar cieņu,
Ilze Kalniņa
"""),

M(rights=["rectification"], name="Kristaps Ozols", employer='SIA "Baltijas Koks"', cls="employer",
  note="employer in prose with SIA and quotes; wrong job title and phone",
  frm=("Kristaps Ozols", "kristaps.ozols@baltijaskoks.example"), subj="Nepareizi dati profilā",
  cs="windows-1257", cte="qp", client="outlook", hq="Q",
  body="""Labdien,

strādāju SIA "Baltijas Koks", mēs lietojam jūsu CRM. Manā profilā joprojām ir norādīts vecais amats un tālrunis. Lūdzu, izlabojiet:

Amats: pārdošanas vadītājs
Tālrunis: +371 2955 5012

Ar cieņu
Kristaps Ozols
"""),

M(rights=["restriction"], name="Laura Liepa", cls="legal_anchor",
  note="GDPR (VDAR) art. 18; restriction while accuracy is verified",
  frm=("Laura Liepa", "laura.liepa@apollo-mail.example"), subj="Apstrādes ierobežošana (VDAR 18. pants)",
  cte="qp", client="thunderbird",
  body="""Labdien!

Pamatojoties uz Vispārīgās datu aizsardzības regulas (VDAR) 18. panta 1. punkta a) apakšpunktu, lūdzu ierobežot manu personas datu apstrādi, kamēr jūs pārbaudāt manis apstrīdēto datu (dzīvesvietas adreses un dzimšanas datuma) precizitāti.

Ar cieņu,
Laura Liepa
"""),

M(kind="bulk", cls="not_request", note="Latvian data protection newsletter",
  frm=("Datu Aizsardzības Ziņas", "zinas@datu-zinas.example"), subj="Jaunumi: piekļuves tiesības praksē",
  cte="qp", client="none", shape="alt", style="web",
  hdr=["List-Unsubscribe: <https://datu-zinas.example/atteikties/77>", "Precedence: bulk"],
  body="""DATU AIZSARDZĪBAS ZIŅAS

Piekļuves, labošanas un dzēšanas tiesības: ko jaunu saka Datu valsts inspekcija.

Atteikties no jaunumiem: https://datu-zinas.example/atteikties/77
"""),
]
