from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Kovács Bence", note="Hungarian family-name-first, plain wording", ua="web", cs="iso-8859-2", cte="quoted-printable",
 frm=("Kovács Bence", "kovacs.bence@freemail-like.example"), subj="Milyen adataim vannak maguknál?",
 body="""Jó napot!

Egy ingatlaniroda folyamatosan hívogat, azt mondják, a számomat "a Massistból" szedték. Szeretném tudni, milyen adatokat tárolnak rólam, és honnan szerezték őket.

Köszönöm,
Kovács Bence
"""),

dict(cls="legal_anchor", rights=["erasure"], name="Szabó Katalin", emp="Tiszavidéki Agrár Kft.", note="GDPR 17. cikk + Infotv.; 'dr.' dropped; Kft. in signature", ua="outlook", shape="alt", cs="iso-8859-2",
 frm=("dr. Szabó Katalin", "szabo.katalin@tiszavideki-agrar.example"), subj="Törlési kérelem a GDPR 17. cikke alapján",
 body="""Tisztelt Adatvédelmi Tisztviselő!

Az Európai Parlament és a Tanács (EU) 2016/679 rendelete (GDPR) 17. cikke, valamint az információs önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvény alapján kérem, hogy a rólam a Massist partnerprogram keretében gyűjtött személyes adatokat (név, telefonszám, fénykép, rendezvényeken készült felvételek) haladéktalanul töröljék.

Kérem, hogy a törlés megtörténtéről írásban tájékoztassanak.

Tisztelettel:

dr. Szabó Katalin
jogi előadó
Tiszavidéki Agrár Kft.
Szolnok
"""),

dict(cls="names", rights=["objection"], name="Kissné Varga Erika", note="Hungarian married-name form 'Kissné Varga Erika'", ua="gmail", cs="utf-8",
 frm=("Kissné Varga Erika", "kissne.erika@citromail-like.example"), subj="Ne hívjanak többet",
 body="""Tisztelt Cím!

Kérem, hogy a telefonszámomat és az e-mail címemet ne használják többé reklámcélra. Hetente kétszer is hívnak a "prémium csomag" miatt, pedig már jeleztem, hogy nem érdekel.

Üdvözlettel:
Kissné Varga Erika
"""),

dict(cls="agent", rights=["access"], name="Horváth Gábor", emp="Dunai Logisztika Zrt.", agent="Molnár Judit", note="Hungarian HR inline-forward with Feladó/Elküldve/Címzett headers", ua="outlook", cs="windows-1250",
 frm=("Molnár Judit", "molnar.judit@dunai-logisztika.example"), subj="TOVÁBB: Adatigénylés",
 body="""Tisztelt Hölgyem/Uram!

Továbbítom kollégánk, Horváth Gábor kérését. A saját rendszerünkből kiexportáltuk, amit tudtunk, de ő a platform szintjén tárolt adatokat (bejelentkezési napló, hibajegyek) is kéri, amelyekhez nekünk nincs hozzáférésünk.

Üdvözlettel:
Molnár Judit
HR-generalista
Dunai Logisztika Zrt.

Feladó: Horváth Gábor <horvath.gabor@dunai-logisztika.example>
Elküldve: 2025. április 7., hétfő 8:45
Címzett: Molnár Judit <molnar.judit@dunai-logisztika.example>
Tárgy: Adatigénylés

Szia Judit!

Megkérnélek, hogy továbbítsd a Massist üzemeltetőjének: szeretnék másolatot kapni minden rólam tárolt adatról.

Köszi,
Gábor
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="Fekete Ádám", note="Hungarian out-of-office", ua="outlook", cs="utf-8",
 frm=("Fekete Ádám", "fekete.adam@balaton-borok.example"), subj="Házon kívül: Az Ön kérelme – DSR-2025-0571", hdrs=ooo_hdrs("exchange"),
 body="""Köszönöm levelét. Augusztus 18-ig szabadságon vagyok, e-mailjeimet nem olvasom. Sürgős ügyben kérem, hívja irodánkat a +36 1 000 0000 számon.

Üdvözlettel:
Fekete Ádám
"""),
]
