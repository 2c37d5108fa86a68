from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Kadri Tamm", note="plain Estonian 'mis andmeid te minu kohta hoiate'", ua="gmail", cs="utf-8",
 frm=("Kadri Tamm", "kadri.tamm@hot-ee.example"), subj="Mis andmeid te minu kohta hoiate?",
 body="""Tere!

Mulle helistab juba mitu nädalat üks kinnisvarafirma ja ütleb, et mu number on "Massistist". Mis andmeid te minu kohta hoiate ja kust te need saite?

Aitäh
Kadri Tamm
"""),

dict(cls="legal_anchor", rights=["erasure"], name="Margus Kask", emp="Saaremaa Puit OÜ", note="isikuandmete kaitse üldmääruse art. 17 + IKS; OÜ in signature; windows-1257", ua="outlook", shape="alt", cs="windows-1257",
 frm=("Margus Kask", "margus.kask@saaremaapuit.example"), subj="Isikuandmete kustutamise taotlus",
 body="""Lugupeetud andmekaitseametnik

Palun kustutada isikuandmete kaitse üldmääruse (EL) 2016/679 artikli 17 ja isikuandmete kaitse seaduse alusel kõik minu isikuandmed, mis on kogutud teie partneriprogrammi ja veebiseminaride kaudu.

Tööandja nimel töödeldavaid andmeid see taotlus ei puuduta.

Lugupidamisega

Margus Kask
müügijuht
Saaremaa Puit OÜ
Kuressaare
"""),

dict(cls="employer", rights=["rectification"], name="Liis Saar", emp="Tallinna Tarkvaralahendused AS", note="employer in running text 'töötan ettevõttes'", ua="thunderbird", cs="iso-8859-15", cte="quoted-printable",
 frm=("Liis Saar", "liis.saar@ttl.example"), subj="Vale telefoninumber",
 body="""Tere,

töötan ettevõttes Tallinna Tarkvaralahendused AS, mis kasutab Massisti. Minu profiilis on vale telefoninumber ja teavitused lähevad võõrale inimesele. Õige number on +372 5000 0000.

Palun parandage.

Liis Saar
"""),

dict(cls="multi_right", rights=["access", "portability", "objection"], name="Jaan Mets", note="three rights numbered in Estonian", ua="web", cs="utf-8",
 frm=("Jaan Mets", "jaan.mets@online-ee.example"), subj="Mitu soovi minu andmete kohta",
 body="""Tere

Mul on kolm soovi:
1) saatke mulle koopia kõigist minu kohta käivatest andmetest;
2) andke mulle minu enda sisestatud kontaktid ja märkmed masinloetaval kujul (CSV);
3) lõpetage minu andmete kasutamine "kaasatuse skoori" arvutamiseks – ma olen sellele vastu.

Jaan Mets
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="Kristi Lepp", note="Estonian out-of-office", ua="outlook", cs="utf-8",
 frm=("Kristi Lepp", "kristi.lepp@tartu-meditsiin.example"), subj="Automaatne vastus: Teie päring", hdrs=ooo_hdrs("exchange"),
 body="""Tere!

Olen puhkusel kuni 4. augustini ja e-kirju ei loe. Kiireloomulistes küsimustes palun helistage +372 700 0000.

Parimate soovidega
Kristi Lepp
"""),
]
