# Latvian letters (10).

LETTERS = [
# 001
dict(cls="plain_words", rights=["erasure"], name="Jānis Bērziņš", emp=None, agent=None,
     note="'izdzēsiet mani' short; written without a greeting",
     frm=("Jānis Bērziņš", "janis.berzins@inbox-lv.example"), subj="dzēst manus datus",
     cs="windows-1257", cte="8bit",
     body="""
Lūdzu izdzēsiet visu, kas jums par mani ir – vārdu, telefonu, e-pastu. Neesmu jūsu klients un nekad neesmu bijis.

Jānis Bērziņš
"""),
# 002
dict(cls="plain_words", rights=["withdraw_consent"], name="Ilze Kalniņa", emp=None, agent=None,
     note="'es vairs nepiekrītu' and 'atsaucu atļauju' for photos on the website",
     frm=("Ilze Kalniņa", "ilze.kalnina@apollo-post.example"), subj="Atsaucu savu atļauju",
     cs="iso-8859-13", cte="quoted-printable",
     body="""
Labdien!

Pagājušajā gadā parakstīju, ka jūs drīkstat izmantot manu fotogrāfiju un atsauksmi savā mājaslapā. Es vairs tam nepiekrītu un savu atļauju atsaucu. Lūdzu, turpmāk to vairs neizmantojiet.

Ar cieņu,
Ilze Kalniņa
"""),
# 003
dict(cls="plain_words", rights=["automated_decision"], name="Edgars Ozols", emp=None, agent=None,
     note="rejected by the system automatically, wants a person to review",
     frm=("Edgars Ozols", "edgars.ozols@tvnet-mail.example"), subj="Mani noraidīja dators",
     cs="utf-8", cte="quoted-printable",
     body="""
Labdien,

pieteicos darbam loģistikas uzņēmumā, kas izmanto jūsu sistēmu. Atteikumu saņēmu pēc piecām minūtēm, naktī. Uzņēmumā man pateica, ka "sistēma pati atlasa kandidātus" pēc punktiem.

Es negribu, lai par mani lemj tikai programma. Lūdzu, lai mana pieteikuma izvērtēšanu pārskata īsts cilvēks.

Edgars Ozols
"""),
# 004
dict(cls="multi_right", rights=["access", "rectification"], name="Laura Liepiņa", emp="SIA Zaļā Aptieka", agent=None,
     note="copy + old phone number and misspelled name",
     frm=("Laura Liepiņa", "laura.liepina@zalaaptieka.example"), subj="Mani dati sistēmā",
     cs="utf-8", cte="8bit", shape="alt",
     body="""
Sveiki!

Strādāju SIA Zaļā Aptieka. Man ir divi lūgumi:

1) atsūtiet, lūdzu, visu, kas par mani ir saglabāts jūsu sistēmā;
2) izlabojiet manu uzvārdu (tur rakstīts "Liepina" bez mīkstinājuma zīmes) un tālruņa numuru – vecais 29 111 222 vairs nav mans, jaunais ir 26 333 444.

Paldies!
Laura Liepiņa
"""),
# 005
dict(cls="multi_right", rights=["erasure", "objection"], name="Raimonds Vītols", emp=None, agent=None,
     note="stop calls + delete, in an annoyed reply-style mail",
     frm=("Raimonds Vītols", "raimonds.vitols@lattelecom-mail.example"), subj="Re: Piedāvājums jūsu uzņēmumam",
     cs="windows-1257", cte="quoted-printable",
     body="""
Pārtrauciet man zvanīt un sūtīt piedāvājumus. Esmu to jau divreiz lūdzis pa telefonu.

Un izdzēsiet manus datus no saviem sarakstiem pavisam.

R. Vītols
Raimonds Vītols

> Labdien! Vēlamies jums piedāvāt Massist CRM bezmaksas demonstrāciju...
"""),
# 006
dict(cls="negation", rights=["rectification"], name="Dace Ozoliņa", emp=None, agent=None,
     note="account must not be deleted; only update phone number",
     frm=("Dace Ozoliņa", "dace.ozolina@inbox-lv.example"), subj="Jauns telefona numurs",
     cs="iso-8859-13", cte="8bit",
     body="""
Labdien,

lūdzu, NEDZĒSIET manu kontu un neatrakstiet mani no ziņām - tās man noder. Vienīgi nomainiet, lūdzu, manu tālruņa numuru uz 27 555 908. Vecais vairs nedarbojas.

Paldies,
Dace Ozoliņa
"""),
# 007
dict(cls="agent", rights=["erasure"], name="Andris Kalniņš", emp=None, agent="Inese Priede",
     note="sworn advocate for a client; client in genitive in prose, nominative in a reference line",
     frm=("Inese Priede", "priede@advokati-priede.example"), subj="Klienta Andra Kalniņa pieprasījums",
     cs="utf-8", cte="quoted-printable", shape="html", hstyle="outlook", hlang="lv",
     body="""
Godātie kungi un kundzes!

Rakstu sava klienta Andra Kalniņa vārdā, pamatojoties uz pilnvaru (pielikumā).

Datu subjekts: Andris Kalniņš, dzim. 1983. gadā.

Mans klients lūdz dzēst visus viņa personas datus, kas tiek glabāti jūsu sistēmā, un rakstiski apstiprināt dzēšanu.

Ar cieņu,
zvērināta advokāte Inese Priede
"""),
# 008
dict(cls="names", rights=["access"], name="Mārtiņš Krūmiņš", emp=None, agent=None,
     note="display name family-first; name at sentence end followed by another sentence",
     frm=("Krūmiņš Mārtiņš", "mkrumins@e-pasts.example"), subj="Informācija par mani",
     cs="windows-1257", cte="quoted-printable",
     body="""
Labdien!

Esmu Mārtiņš Krūmiņš. Gribētu zināt, kādi dati par mani jums ir, un saņemt to kopiju.

Paldies
"""),
# 009
dict(cls="employer", rights=["objection"], name="Sandra Bērziņa", emp="SIA Baltijas Kokmateriāli", agent=None,
     note="employer in a signature with a job title; opt-out of marketing",
     frm=("Sandra Bērziņa", "sandra.berzina@baltkok.example"), subj="Atteikšanās no jaunumiem",
     cs="iso-8859-13", cte="quoted-printable",
     body="""
Labdien,

lūdzu, nesūtiet man vairs reklāmas e-pastus un ielūgumus uz semināriem.

Ar cieņu
Sandra Bērziņa
Iepirkumu vadītāja
SIA Baltijas Kokmateriāli
Rīga, Krasta iela 77
"""),
# 010
dict(cls="footer_rights", rights=["access"], name="Kārlis Zariņš", emp="SIA Zariņš un partneri", agent=None,
     note="request above a confidentiality and GDPR rights footer",
     frm=("Kārlis Zariņš", "karlis@zarinsunpartneri.example"), subj="Pieprasījums",
     cs="utf-8", cte="quoted-printable",
     body="""
Labdien, lūdzu atsūtiet man, kādi mani personas dati jums ir.

Kārlis Zariņš
SIA Zariņš un partneri

Šis e-pasts ir konfidenciāls. Saskaņā ar Vispārīgo datu aizsardzības regulu jums ir tiesības piekļūt saviem datiem, labot tos, pieprasīt dzēšanu, ierobežot apstrādi, iebilst pret apstrādi un atsaukt piekrišanu.
"""),
]
