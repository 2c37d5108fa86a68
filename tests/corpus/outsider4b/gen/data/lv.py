from . import M, AR, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Ilze Ozola", None, None,
  "Latvian typed without garumzīmes (phone): delete my data",
  ("Ilze Ozola", "ilze.ozola@inbox-lv.example"),
  "izdzesiet manus datus",
  """
Labdien,

man zvana un raksta no jusu firmas, bet es nekur neesmu registrejusies. Ludzu izdzesiet visus manus datus no jusu sistemas.

Paldies
Ilze Ozola
""", cs="us-ascii", cte="7bit"),

M("legal_anchor", "request", ["access"], "Edgars Kalniņš", None, None,
  "VDAR 15. pants + Fizisko personu datu apstrādes likums; iso-8859-13",
  ("Edgars Kalniņš", "edgars.kalnins@apollo-post.example"),
  "Pieprasījums piekļūt personas datiem",
  """
Labdien!

Pamatojoties uz Vispārīgās datu aizsardzības regulas (VDAR) 15. pantu un Fizisko personu datu apstrādes likumu, lūdzu sniegt informāciju, vai Innthink Technologies apstrādā manus personas datus, un izsniegt šo datu kopiju.

Atbildi lūdzu sūtīt uz šo e-pasta adresi.

Ar cieņu
Edgars Kalniņš
Rīga
""", cs="iso-8859-13", cte="quoted-printable"),

M("names", "request", ["rectification"], "Jānis Bērziņš", None, None,
  "Latvian name inflected in genitive (Jāņa Bērziņa) and dative; nominative in signature",
  ("Jānis Bērziņš", "janis.berzins@latnet-post.example"),
  "Kļūda vārdā",
  """
Sveiki,

Jūsu sistēmā Jāņa Bērziņa vārds ir uzrakstīts kā "Janis Berzins" bez garumzīmēm, un rēķinos Jānim Bērziņam uzvārds ir sajaukts ar "Bērziņa". Lūdzu, izlabojiet uz pareizo rakstību.

Paldies!
Jānis Bērziņš
""", shape="alt", cs="utf-8", cte="base64"),

M("employer", "request", ["objection", "withdraw_consent"], "Laura Liepiņa", "SIA \"Baltijas Koks\"", None,
  "Employer SIA with quoted name in signature; objection + withdraw consent",
  ("Laura Liepiņa", "laura.liepina@baltijaskoks.example"),
  "Mārketinga ziņojumi",
  """
Labdien,

Lūdzu vairs nesūtīt man mārketinga ziņojumus. Iebilstu pret savu datu izmantošanu tiešajā mārketingā, un atsaucu piekrišanu, ko devu konferencē pagājušajā gadā.

Ar cieņu,
Laura Liepiņa
Iepirkumu speciāliste
SIA "Baltijas Koks"
Brīvības iela 201, Rīga
""", shape="html", style="outlook", cs="windows-1257", cte="quoted-printable"),

M("negation", "request", ["restriction"], "Kristaps Zariņš", None, None,
  "Negation: does not ask deletion, only restriction while he disputes a note",
  ("Kristaps Zariņš", "kristaps.zarins@posts-lv.example"),
  "Apstrādes ierobežošana",
  """
Labdien,

Es nelūdzu dzēst savu kontu vai datus. Tomēr mans bijušais darba devējs jūsu sistēmā ir ierakstījis piezīmi, ar kuru nepiekrītu. Kamēr tiek pārbaudīts, vai tā ir pareiza, lūdzu ierobežot manu datu apstrādi.

Kristaps Zariņš
""", cs="iso-8859-13", cte="8bit"),

M("not_request", "auto_reply", [], "Dace Kalna", None, None,
  "Latvian auto-reply with Russian line",
  ("Dace Kalna", "dace.kalna@valmieras-udens.example"),
  "Automātiskā atbilde: Re: Jūsu pieprasījums",
  """
Labdien!

Esmu atvaļinājumā līdz 15. jūlijam. Steidzamos jautājumos lūdzu zvanīt 64 555 100.

Я в отпуске до 15 июля.

Dace Kalna
""", cs="utf-8", cte="quoted-printable", headers=AR()),
]
