# Estonian letters (10).

LETTERS = [
# 001
dict(cls="plain_words", rights=["access"], name="Kadri Tamm", emp=None, agent=None,
     note="'mis infot te minu kohta hoiate', short and friendly",
     frm=("Kadri Tamm", "kadri.tamm@hot-ee.example"), subj="Minu andmed",
     cs="iso-8859-15", cte="quoted-printable",
     body="""
Tere!

Sain teada, et minu tööandja kasutab teie CRM-i ja seal on ka minu andmed. Mis infot te minu kohta täpselt hoiate? Palun saatke mulle see kõik ülevaatamiseks.

Aitäh ette!
Kadri Tamm
"""),
# 002
dict(cls="plain_words", rights=["objection"], name="Margus Kask", emp=None, agent=None,
     note="stop sending ads + don't use my data for analysis, grumpy",
     frm=("Margus Kask", "margus.kask@elion-post.example"), subj="Jätke mind rahule",
     cs="windows-1257", cte="8bit",
     body="""
Tere.

Iga nädal tuleb teilt mingi „pakkumine“ või „uudiskiri“. Ma pole neid kunagi tellinud. Lõpetage mulle reklaami saatmine.

Ja ärge kasutage minu andmeid mingiteks analüüsideks ega selleks, et mulle midagi „soovitada“. Ma ei taha, et mind niimoodi uuritakse.

Margus Kask
"""),
# 003
dict(cls="plain_words", rights=["rectification"], name="Liis Sepp", emp="Saare Kala AS", agent=None,
     note="surname misspelled and old address; employer in running text",
     frm=("Liis Sepp", "liis.sepp@saarekala.example"), subj="vale nimi ja aadress",
     cs="utf-8", cte="quoted-printable", shape="alt",
     body="""
Tere,

töötan Saare Kala AS-is ja meie kliendisüsteem on teie oma. Seal on minu perekonnanimi kirjas kui "Sep" ühe p-ga – õige on Sepp. Lisaks on mul seal endiselt vana aadress Kuressaares, aga elan nüüd Tallinnas, Pärnu mnt 41-7.

Palun parandage need ära.

Tänan,
Liis Sepp
"""),
# 004
dict(cls="multi_right", rights=["withdraw_consent", "erasure"], name="Rein Mägi", emp=None, agent=None,
     note="'ma ei ole enam nõus' + delete everything",
     frm=("Rein Mägi", "rein.magi@neti-mail.example"), subj="Nõusoleku tagasivõtmine ja kustutamine",
     cs="iso-8859-13", cte="8bit",
     body="""
Tere,

kunagi andsin loa, et võite mulle SMS-e saata ja mu telefoninumbrit turunduseks kasutada. Ma ei ole sellega enam nõus ja võtan oma loa tagasi.

Ühtlasi palun kõik minu andmed teie süsteemist kustutada. Mul ei ole teiega mingit asjaajamist enam.

Lugupidamisega
Rein Mägi
"""),
# 005
dict(cls="negation", rights=["portability"], name="Triin Kuusk", emp="Kuusk Raamatupidamine OÜ", agent=None,
     note="not closing the account; wants a file for another provider",
     frm=("Triin Kuusk", "triin@kuuskraamatupidamine.example"), subj="Andmed failina",
     cs="utf-8", cte="quoted-printable",
     body="""
Tere!

Ma EI palu oma kontot sulgeda ega midagi kustutada – kasutan Massisti edasi. Aga proovin paralleelselt ka teist teenusepakkujat ja tahaksin oma andmed saada failina (CSV või Excel), mille saan sinna üle viia.

Tervitades
Triin Kuusk
Kuusk Raamatupidamine OÜ
"""),
# 006
dict(cls="agent", rights=["access"], name="Mari Saar", emp=None, agent="Andres Saar",
     note="father for a 15-year-old daughter",
     frm=("Andres Saar", "andres.saar@perepost.example"), subj="Tütre andmed",
     cs="windows-1257", cte="quoted-printable",
     body="""
Tere,

minu tütar Mari Saar (15) registreeris ennast teie prooviversiooni kooli projekti jaoks. Ma olen tema isa ja tahaksin teada, milliseid tema andmeid te hoiate ja kellele neid olete edastanud.

Vajadusel saan saata sünnitunnistuse koopia.

Andres Saar
"""),
# 007
dict(cls="names", rights=["erasure"], name="Ülle-Triin Õunapuu-Kivisild", emp=None, agent=None,
     note="double hyphenated name with Õ/Ü; display name lowercase 'family, given'",
     frm=("õunapuu-kivisild, ülle-triin", "ulle.triin@online-ee.example"), subj="kustutamine",
     cs="iso-8859-15", cte="quoted-printable",
     body="""
Tere,

palun eemaldage minu andmed oma süsteemist täielikult.

Ülle-Triin Õunapuu-Kivisild
"""),
# 008
dict(cls="form", rights=["rectification"], name="Kristo Laur", emp="Tartu Puidutööstus OÜ", agent=None,
     note="Estonian web form robot mail with fields",
     frm=("Veebivorm", "vorm@andmekaitse-portaal.example"), subj="Uus taotlus: andmete parandamine",
     cs="utf-8", cte="quoted-printable",
     xh=[("Reply-To", ("Kristo Laur", "kristo.laur@tartupuit.example")), ("Auto-Submitted", "auto-generated")],
     body="""
Veebivormi kaudu on esitatud uus taotlus.

Nimi: Kristo Laur
E-post: kristo.laur@tartupuit.example
Ettevõte: Tartu Puidutööstus OÜ
Taotluse liik: Andmete parandamine
Sõnum: Minu ametinimetus on vale (praegu "laotööline", õige on "laojuhataja") ja telefoninumber on vana. Uus number: 5123 4567.

Esitatud: 03.06.2026 14:22
"""),
# 009
dict(cls="access_items", rights=["access"], name="Piret Raudsepp", emp=None, agent=None,
     note="access items incl. complaint to the Data Protection Inspectorate",
     frm=("Piret Raudsepp", "piret.raudsepp@eesti-post.example"), subj="Teabenõue minu isikuandmete kohta",
     cs="iso-8859-13", cte="quoted-printable",
     body="""
Lugupeetud andmekaitsespetsialist

Palun edastage mulle:
1) koopia minu kohta töödeldavatest isikuandmetest;
2) mis eesmärgil neid töödeldakse;
3) kellele neid on edastatud või edastatakse;
4) kui kaua neid säilitatakse;
5) kust need on saadud, kui mitte minult;
6) kas nende põhjal tehakse automaatseid otsuseid või profiilianalüüsi;
7) ning teave minu õiguse kohta esitada kaebus Andmekaitse Inspektsioonile.

Lugupidamisega
Piret Raudsepp
"""),
# 010
dict(cls="not_request", kind="auto_reply", rights=[], name="Kristjan Lepik", emp="Baltic Forest Tech OÜ", agent=None,
     note="Estonian out-of-office reply",
     frm=("Kristjan Lepik", "kristjan.lepik@balticforest.example"), subj="Automaatvastus: Re: Andmetöötlusleping",
     cs="utf-8", cte="quoted-printable",
     xh=[("Auto-Submitted", "auto-replied")],
     body="""
Tere!

Olen puhkusel kuni 3. augustini ja ei loe e-kirju. Kiireloomulistes küsimustes palun pöörduge kolleegi poole: info@balticforest.example.

Kristjan Lepik
Baltic Forest Tech OÜ
"""),
]
