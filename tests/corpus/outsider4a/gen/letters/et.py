from spec import M

MAILS = [
M(rights=["rectification"], name="Kadri Tamm", cls="plain_words",
  note="everyday Estonian: name wrong, fix it; name inflected in text, nominative in signature",
  frm=("Kadri Tamm", "kadri.tamm@hot-post.example"), subj="Nimi on valesti",
  cs="iso-8859-15", cte="qp", client="thunderbird", hq="Q",
  body="""Tere,

teie süsteemis on minu nimi kirjas kui "Kati Tamm". Kõik arved ja kirjad tulevad Kati Tammele, aga mina olen Kadri. Palun parandage ära.

Aitäh!
Kadri Tamm
"""),

M(rights=["portability"], name="Rasmus Kask", cls="plain_words",
  note="portability in simple words: as a file to move to another system",
  frm=("Rasmus Kask", "rasmus.kask@mail-ee.example"), subj="Minu andmed failina",
  cte="8bit", client="gmail",
  body="""Tere,

lähen kuu lõpus üle teisele CRM-ile. Kas saaksite saata minu andmed – profiili, kontaktid ja tegevuste ajaloo – Exceli või CSV-failina, et saaksin need uude süsteemi üle viia?

Tänan
Rasmus Kask
"""),

M(rights=["erasure"], name="Marko Sepp", employer="Saare Kalatööstus OÜ", cls="legal_anchor",
  note="GDPR (IKÜM) art. 17; OÜ in signature",
  frm=("Marko Sepp", "marko.sepp@saarekala.example"), subj="Andmete kustutamise taotlus (IKÜM art 17)",
  cs="windows-1257", cte="qp", client="outlook", hq="Q",
  body="""Lugupeetud andmekaitsespetsialist

Palun kustutage isikuandmete kaitse üldmääruse (IKÜM) artikli 17 alusel kõik minu isikuandmed, mida töötlete turunduse eesmärgil.

Lugupidamisega
Marko Sepp
müügijuht
Saare Kalatööstus OÜ
Kuressaare
"""),

M(rights=["objection"], name="Liis Mägi", cls="negation",
  note="does NOT want the account deleted, only stop advertising mails",
  frm=("Liis Mägi", "liis.magi@online-ee.example"), subj="Ärge kustutage, lihtsalt ilma reklaamita",
  cte="qp", client="applemac",
  body="""Tere,

et kohe selge oleks: ma ei taha oma kontot kustutada, kasutan seda iga päev.

Aga reklaamikirjad ja "eripakkumised" palun lõpetage. Ma ei soovi neid enam saada.

Liis Mägi
"""),

M(kind="other", cls="not_request", note="Estonian phishing disguised as a pending data request, with a login link",
  frm=("Andmekaitse Teenus", "teavitus@andmekaitse-portaal.example"), subj="Teie andmepäring ootab kinnitamist",
  cte="qp", client="none", shape="html", style="web",
  html="""<html><body>
<p>Lugupeetud andmekaitsespetsialist!</p>
<p>Teie organisatsioonile on esitatud andmesubjekti päring, mis <b>ootab kinnitamist 24 tunni jooksul</b>. Kinnitamata päringu korral edastatakse juhtum järelevalveasutusele.</p>
<p><a href="http://andmekaitse-portaal.example/kinnita?id=99120">Vaata ja kinnita päring</a></p>
<p>Sisselogimiseks kasutage oma Microsoft 365 kontot.</p>
<p>Andmekaitse Teenus</p>
</body></html>
""", body="(html)"),
]
