from spec import M

MAILS = [
M(rights=["objection", "access"], name="Petr Dvořák", cls="multi_right",
  note="colloquial Czech: stop calling me + where did you get my number and what else do you have",
  frm=("Petr Dvořák", "petr.dvorak@seznam-posta.example"), subj="Přestaňte mi volat",
  cs="iso-8859-2", cte="qp", client="thunderbird", hq="Q",
  body="""Dobrý den,

už potřetí tento měsíc mi volá někdo od vás a nabízí mi "rozšíření licence". Žádnou licenci nemám a nechci.

Přestaňte mi prosím volat a posílat nabídky, ani e-mailem, ani SMS. A napište mi, odkud máte moje číslo a co všechno o mně ještě evidujete.

Petr Dvořák
"""),

M(rights=["erasure"], name="Jana Nováková", cls="names",
  note="title 'Ing.' not part of the name; name inflected in text (paní Novákové), nominative in signature",
  frm=("Ing. Jana Nováková", "jana.novakova@centrum-posta.example"), subj="Výmaz údajů",
  cs="windows-1250", cte="qp", client="outlook", hq="B",
  body="""Dobrý den,

obracím se na Vás s prosbou o výmaz všech údajů, které o mně vedete. Ve Vašem systému jsou zřejmě uloženy údaje paní Novákové z doby, kdy jsem pracovala pro Vašeho zákazníka, ale u něj již dva roky nepracuji.

Prosím o smazání a krátké potvrzení.

S pozdravem
Ing. Jana Nováková
"""),

M(rights=["portability"], name="Martin Svoboda", employer="Strojírny Hradec s.r.o.", cls="employer",
  note="employer stated in prose ('pracuji ve společnosti ...'); portability in ordinary words",
  frm=("Martin Svoboda", "m.svoboda@strojirny-hradec.example"), subj="Export mých dat",
  cte="8bit", client="outlook",
  body="""Dobrý den,

pracuji ve společnosti Strojírny Hradec s.r.o., která používá Váš CRM. Od ledna přecházím do jiné firmy, kde mají jiný systém.

Mohli byste mi poslat moje vlastní záznamy – profil, poznámky, úkoly a historii hovorů, které jsem zadal – v souboru, který půjde nahrát do jiného programu (CSV, Excel)?

Děkuji.
Martin Svoboda
"""),

M(rights=["access", "restriction"], name="Lucie Marešová", agent="Pavel Kučera", cls="agent",
  note="lawyer (JUDr.) for a client: access and restriction; client's name inflected",
  frm=("JUDr. Pavel Kučera", "kucera@ak-kucera.example"), subj="Žádost klientky Lucie Marešové",
  cs="iso-8859-2", cte="qp", client="outlook", shape="alt", style="outlook", hq="Q",
  body="""Vážení,

v zastoupení své klientky, paní Lucie Marešové, nar. 3. 4. 1985, bytem Brno, Kounicova 14 (plná moc v příloze), Vás žádám:

1. o sdělení, jaké osobní údaje o ní zpracováváte, a o jejich kopii (čl. 15 GDPR);
2. o omezení zpracování těchto údajů do doby, než bude vyřešen spor mezi mou klientkou a jejím bývalým zaměstnavatelem (čl. 18 GDPR). Údaje prosím nemažte.

S pozdravem

JUDr. Pavel Kučera, advokát
Advokátní kancelář Kučera

Klientka: Lucie Marešová
"""),

M(kind="bulk", cls="not_request", note="Czech GDPR newsletter, no request",
  frm=("GDPR Zpravodaj", "zpravodaj@gdpr-novinky.example"), subj="Zpravodaj: Jak správně vyřídit žádost o přístup",
  cs="windows-1250", cte="qp", client="none", shape="alt", style="web",
  hdr=["List-Unsubscribe: <https://gdpr-novinky.example/odhlasit/88a>", "Precedence: bulk"],
  body="""GDPR ZPRAVODAJ – říjen

Právo na přístup, výmaz, opravu či přenositelnost: co dělat, když žádost přijde e-mailem na obecnou adresu?

Pozvánka: online seminář pro pověřence, čtvrtek 14:00.

Odhlášení z odběru: https://gdpr-novinky.example/odhlasit/88a
"""),
]
