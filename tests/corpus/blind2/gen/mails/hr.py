from ._c import *

MAILS = [
dict(cls="plain_words", rights=["erasure"], name="Ivan Horvat", note="Croatian colloquial 'maknite me iz baze'", ua="none", cs="windows-1250", cte="quoted-printable",
 frm=("Ivan Horvat", "ivan.horvat@tportal-like.example"), subj="maknite me iz baze",
 body="""Pozdrav,

molim vas da me maknete iz svoje baze i obrišete sve što imate o meni. Nikad se nisam nigdje prijavio, a stalno mi stižu vaši mailovi.

Ivan Horvat
"""),

dict(cls="legal_anchor", rights=["access"], name="Ana Kovačević", emp="Jadranska brodogradnja d.o.o.", note="čl. 15 Opće uredbe o zaštiti podataka + Zakon o provedbi; d.o.o. in signature", ua="outlook", shape="alt", cs="iso-8859-2",
 frm=("Ana Kovačević", "ana.kovacevic@jadranska-brodogradnja.example"), subj="Zahtjev za pristup osobnim podacima",
 body="""Poštovani,

temeljem članka 15. Opće uredbe o zaštiti podataka (EU) 2016/679 i Zakona o provedbi Opće uredbe o zaštiti podataka, molim potvrdu obrađujete li moje osobne podatke te, ako da, presliku tih podataka.

Srdačan pozdrav,

Ana Kovačević
Voditeljica nabave
Jadranska brodogradnja d.o.o.
Split
"""),

dict(cls="names", rights=["rectification"], name="Marko Babić", note="č/ć confusion in surname; correct form in text and signature", ua="gmail", cs="utf-8",
 frm=("Marko Babic", "marko.babic@net-hr.example"), subj="Krivo prezime",
 body="""Poštovani,

u vašem sustavu piše da sam "Marko Babič", sa č. Ispravno je Marko Babić, s ć. Zbog toga mi računi i obavijesti dolaze na krivo ime i ne mogu ih knjižiti.

Molim ispravak.

Lijep pozdrav,
Marko Babić
"""),

dict(cls="multi_right", rights=["access", "portability", "restriction"], name="Petra Jurić", note="three rights in a list (pristup, prenosivost, ograničenje)", ua="thunderbird", cs="utf-8",
 frm=("Petra Jurić", "petra.juric@iskon-like.example"), subj="Nekoliko zahtjeva",
 body="""Poštovani,

molim vas:

a) kopiju svih osobnih podataka koje imate o meni;
b) izvoz podataka koje sam sama unijela u strojno čitljivom obliku;
c) da do završetka mog spora s poslodavcem ograničite obradu zapisa o mojim prodajnim rezultatima, tj. da ih ne brišete niti mijenjate.

Hvala,
Petra Jurić
"""),

dict(cls="not_request", kind="other", rights=[], name="Luka Marić", emp="Istra Digital d.o.o.", note="Croatian job application with consent, not a rights request", ua="gmail", cs="utf-8", shape="attach",
 att=[("Luka_Maric_CV.pdf", "application/pdf", FAKE_PDF)],
 frm=("Luka Marić", "luka.maric@post-hr.example"), subj="Prijava – Backend Developer",
 body="""Poštovani,

javljam se na oglas za poziciju Backend Developera. U privitku šaljem životopis.

Trenutno radim kao programer u tvrtki Istra Digital d.o.o. u Puli.

Suglasan sam da moje podatke čuvate godinu dana za buduće natječaje.

Srdačno,
Luka Marić
"""),
]
