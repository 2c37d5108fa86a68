from spec import M

MAILS = [
M(rights=["withdraw_consent"], name="Zuzana Horváthová", cls="plain_words",
  note="ordinary words: 'I no longer agree' to offers = withdrawing consent",
  frm=("Zuzana Horváthová", "zuzka.horvathova@azet-posta.example"), subj="Už nesúhlasím",
  cs="iso-8859-2", cte="qp", client="android", hq="Q",
  body="""Dobrý deň,

pri registrácii na váš webinár som zaškrtla, že mi môžete posielať novinky a ponuky. Už s tým nesúhlasím, beriem to späť.

Ďakujem,
Zuzana Horváthová
"""),

M(rights=["erasure", "objection"], name="Ján Kováč", employer="Tatranská mliekareň a.s.", cls="legal_anchor",
  note="GDPR arts. 17 and 21 and Slovak Act 18/2018 cited; a.s. in signature",
  frm=("Ján Kováč", "jan.kovac@tatranska-mliekaren.example"), subj="Žiadosť o vymazanie a námietka",
  cs="windows-1250", cte="qp", client="outlook", hq="Q",
  body="""Dobrý deň,

v zmysle čl. 17 nariadenia (EÚ) 2016/679 (GDPR) a zákona č. 18/2018 Z. z. o ochrane osobných údajov Vás žiadam o vymazanie mojich osobných údajov z Vašej marketingovej databázy.

Zároveň podávam námietku podľa čl. 21 ods. 2 GDPR proti spracúvaniu mojich osobných údajov na účely priameho marketingu.

S pozdravom

Ján Kováč
vedúci nákupu
Tatranská mliekareň a.s.
Kežmarok
"""),

M(rights=["rectification"], name="Lukáš Baláž", cls="negation",
  note="explicitly does NOT want the account closed, only fix e-mail and address",
  frm=("Lukáš Baláž", "lukas.balaz@post-sk.example"), subj="Oprava údajov (nie zrušenie!)",
  cte="8bit", client="gmail",
  body="""Dobrý deň,

aby nedošlo k omylu – nechcem zrušiť účet ani nič vymazať.

Chcem len opraviť svoje údaje: nová adresa je Hlavná 22, 040 01 Košice a e-mail lukas.balaz@post-sk.example (starý už nepoužívam).

Vďaka
Lukáš Baláž
"""),

M(rights=["portability"], name="Veronika Šimková", employer="Dunajská logistika s.r.o.", cls="form",
  note="form from a noreply address; request type 'data transfer'; Company field",
  frm=("Massist formulár", "noreply@formulare.massistcrm.example"), subj="Nová žiadosť: Prenos údajov",
  cte="qp", client="form",
  hdr=["Auto-Submitted: auto-generated", ("Reply-To", ("Veronika Šimková", "v.simkova@dunajska-logistika.example"))],
  body="""Nová žiadosť z formulára

Meno a priezvisko: Veronika Šimková
E-mail: v.simkova@dunajska-logistika.example
Spoločnosť: Dunajská logistika s.r.o.
Typ žiadosti: Prenos údajov

Správa:
Prosím o export mojich údajov a histórie aktivít do súboru, aby som ich mohla presunúť do iného systému.
"""),

M(kind="bounce", cls="not_request", note="Slovak Exchange NDR (recipient mailbox full)",
  frm=("Microsoft Outlook", "postmaster@molnar-stavby.example"), subj="Nedoručiteľné: RE: Žiadosť o prístup k údajom",
  cs="windows-1250", cte="qp", client="none", shape="dsn", hq="Q",
  hdr=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "],
  body="""Správu nebolo možné doručiť týmto príjemcom alebo skupinám:

peter.molnar@molnar-stavby.example
Poštová schránka príjemcu je plná a momentálne nemôže prijímať správy. Skúste správu odoslať neskôr alebo kontaktujte príjemcu priamo.

Diagnostické informácie pre správcov:

Generujúci server: DB9PR02MB6600.molnar-stavby.example
Vzdialený server vrátil '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
""",
  dsn=dict(mta="DB9PR02MB6600.molnar-stavby.example", rcpts=["peter.molnar@molnar-stavby.example"], status="5.2.2",
           diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
           orig=dict(frm=("Massist Privacy", "dpo@massistcrm.com"), to=("", "peter.molnar@molnar-stavby.example"),
                     subj="RE: Žiadosť o prístup k údajom", cte="qp",
                     body="Dobrý deň,\n\nv prílohe Vám posielame kópiu údajov.\n"))),
]
