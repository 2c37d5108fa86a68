from ._c import *

MAILS = [
dict(cls="plain_words", rights=["erasure"], name="Jānis Bērziņš", note="plain Latvian 'izdzēsiet manus datus'; iso-8859-13", ua="none", cs="iso-8859-13", cte="8bit",
 frm=("Jānis Bērziņš", "janis.berzins@inbox-lv.example"), subj="Izdzēsiet manus datus",
 body="""Labdien,

lūdzu, izdzēsiet visus manus datus no jūsu sistēmas. Es nekad neesmu jums tos devis, bet man nāk jūsu reklāmas e-pasti.

Jānis Bērziņš
"""),

dict(cls="legal_anchor", rights=["access"], name="Ilze Kalniņa", emp='SIA "Rīgas Koks"', note='VDAR 15. pants + Fizisko personu datu apstrādes likums; employer written SIA "..."', ua="outlook", shape="alt", cs="windows-1257",
 frm=("Ilze Kalniņa", "ilze.kalnina@rigaskoks.example"), subj="Pieprasījums piekļūt personas datiem",
 body="""Labdien!

Pamatojoties uz Vispārīgās datu aizsardzības regulas (VDAR) 15. pantu un Fizisko personu datu apstrādes likumu, lūdzu apstiprināt, vai jūs apstrādājat manus personas datus, un izsniegt to kopiju.

Ar cieņu

Ilze Kalniņa
Finanšu direktore
SIA "Rīgas Koks"
"""),

dict(cls="names", rights=["rectification"], name="Andris Ozols", note="name appears inflected (genitive) in text, nominative in signature", ua="gmail", cs="utf-8",
 frm=("Andris Ozols", "andris.ozols@apollo-like.example"), subj="Kļūdains uzvārds",
 body="""Labdien!

Jūsu sistēmā Andra Ozola vietā ir ierakstīts "Andris Ozoliņš", tāpēc rēķini un paziņojumi nāk uz nepareizu vārdu. Lūdzu, izlabojiet manu uzvārdu.

Paldies,
Andris Ozols
"""),

dict(cls="agent", rights=["erasure"], name="Kārlis Liepa", agent="Dace Liepa", note="Latvian mother for minor son; son's name in genitive in text and nominative in a data line", ua="apple", cs="utf-8",
 frm=("Dace Liepa", "dace.liepa@inbox-lv.example"), subj="Mana dēla datu dzēšana",
 body="""Labdien,

rakstu sava dēla Kārļa Liepas vārdā – viņam ir 13 gadi. Sporta klubs, kurā viņš trenējās, izmanto jūsu sistēmu un tur joprojām glabājas viņa dati un fotogrāfijas.

Bērna vārds, uzvārds: Kārlis Liepa

Kā māte lūdzu visus šos datus dzēst.

Dace Liepa
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="Laura Zariņa", note="Latvian out-of-office", ua="outlook", cs="utf-8",
 frm=("Laura Zariņa", "laura.zarina@daugava-serviss.example"), subj="Automātiskā atbilde: Jūsu pieprasījums", hdrs=ooo_hdrs("exchange"),
 body="""Labdien!

Esmu atvaļinājumā līdz 15. jūlijam. Steidzamos jautājumos lūdzu zvaniet +371 6700 0000.

Ar cieņu
Laura Zariņa
"""),
]
