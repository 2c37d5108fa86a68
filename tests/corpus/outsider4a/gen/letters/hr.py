from spec import M

MAILS = [
M(rights=["restriction"], name="Ivana Horvat", cls="plain_words",
  note="everyday Croatian: 'freeze my data until you check', don't delete = restriction",
  frm=("Ivana Horvat", "ivana.horvat@t-com-posta.example"), subj="Zamrznite moje podatke",
  cs="iso-8859-2", cte="qp", client="gmail", hq="Q",
  body="""Poštovani,

prošli tjedan sam vam javila da u vašem sustavu piše da imam neplaćen račun, a to nije točno. Dok to ne provjerite, molim vas da zamrznete moje podatke: nemojte ih koristiti, nemojte ih nikome slati i nemojte mi slati opomene.

Nemojte ih ni brisati, trebaju mi kao dokaz.

Lijep pozdrav,
Ivana Horvat
"""),

M(rights=["portability"], name="Marko Kovačević", employer="Jadran Tours d.o.o.", cls="legal_anchor",
  note="art. 20 GDPR (Croatian); d.o.o. in signature",
  frm=("Marko Kovačević", "marko.kovacevic@jadrantours.example"), subj="Zahtjev za prenosivost podataka (čl. 20. GDPR)",
  cs="windows-1250", cte="qp", client="outlook", shape="alt", style="outlook", hq="Q",
  body="""Poštovani,

temeljem članka 20. Opće uredbe o zaštiti podataka (GDPR) molim da mi dostavite osobne podatke koje sam kao korisnik unio u Massist CRM u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu, kako bih ih mogao prenijeti drugom pružatelju usluge.

S poštovanjem,

Marko Kovačević
voditelj prodaje
Jadran Tours d.o.o.
Split
"""),

M(rights=["objection"], name="Tomislav Babić", cls="plain_words",
  note="'stop calling me' = objection to direct marketing",
  frm=("Tomislav Babić", "tomo.babic@net-hr.example"), subj="prestanite me zvat",
  cte="8bit", client="android",
  body="""Bok,

već mjesec dana me zovete svaki tjedan i nudite neki program. Nisam zainteresiran. Prestanite me zvati i maknite moj broj s vaših popisa.

Tomislav Babić
"""),

M(rights=["access", "erasure"], name="Ana Marić", cls="multi_right",
  note="first a copy, then delete; in plain words",
  frm=("Ana Marić", "ana.maric@gmail-hr.example"), subj="Što imate o meni? I onda obrišite",
  cte="qp", client="gmail",
  body="""Pozdrav,

dvije stvari:
1. pošaljite mi sve što imate o meni (podatke, bilješke, mailove);
2. kad mi to pošaljete, sve obrišite.

Hvala,
Ana Marić
"""),

M(kind="other", name="Dario Jurić", employer="Jurić Gradnja d.o.o.", cls="not_request",
  note="existing customer asks where data is stored and for the sub-processor list; not a rights request",
  frm=("Dario Jurić", "dario.juric@juric-gradnja.example"), subj="Gdje se čuvaju naši podaci?",
  cs="iso-8859-2", cte="qp", client="outlook", hq="Q",
  body="""Poštovani,

koristimo Massist CRM od ove godine. Naš savjetnik za zaštitu podataka pita gdje se fizički čuvaju podaci (EU ili izvan EU) i imate li popis podizvršitelja obrade. Možete li mi to poslati?

Lijep pozdrav,
Dario Jurić
direktor
Jurić Gradnja d.o.o.
"""),
]
