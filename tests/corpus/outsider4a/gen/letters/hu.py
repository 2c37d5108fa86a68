from spec import M

MAILS = [
M(rights=["erasure"], name="Kovács Péter", cls="plain_words",
  note="everyday Hungarian; family name first",
  frm=("Kovács Péter", "kovacs.peter@freemail-hu.example"), subj="Töröljék az adataimat",
  cs="iso-8859-2", cte="qp", client="android", hq="Q",
  body="""Jó napot!

Sosem regisztráltam önöknél, mégis kapom a leveleket. Kérem, töröljenek ki mindenhonnan, és minden adatomat dobják ki.

Köszönöm.
Kovács Péter
"""),

M(rights=["rectification"], name="Szabó-Nagy Eszter", cls="names",
  note="'Dr.' dropped, double family name first; name with suffix in text",
  frm=("Dr. Szabó-Nagy Eszter", "szabonagy.eszter@citromail-hu.example"), subj="Hibás név",
  cs="windows-1250", cte="qp", client="outlook", hq="B",
  body="""Tisztelt Hölgyem/Uram!

A rendszerükben Szabó-Nagy Eszternek csak az első családneve szerepel, így minden levél "Dr. Szabó Eszter" néven érkezik. Kérem, javítsák a nevemet a teljes, kötőjeles alakra.

Üdvözlettel:
Dr. Szabó-Nagy Eszter
"""),

M(rights=["objection"], name="Tóth Gábor", employer="Pannon Agrár Kft.", cls="employer",
  note="employer with a case suffix in text ('Kft.-nél'); 'don't analyse my usage' = objection",
  frm=("Tóth Gábor", "toth.gabor@pannonagrar.example"), subj="Ne elemezzék a munkámat",
  cte="8bit", client="outlook",
  body="""Jó napot kívánok!

A Pannon Agrár Kft.-nél dolgozom, nálunk az önök CRM-jét használjuk. Láttam, hogy a rendszer minden felhasználóról "aktivitási pontszámot" számol, és ezt az önök termékfejlesztése is felhasználja.

Nem szeretném, hogy az én használati adataimat erre használják. Kérem, hagyják abba ezt velem kapcsolatban.

Üdvözlettel:
Tóth Gábor
"""),

M(rights=["restriction"], name="Horváth Katalin", cls="legal_anchor",
  note="GDPR art. 18(1)(a) restriction while accuracy is contested",
  frm=("Horváth Katalin", "horvath.katalin@t-mail-hu.example"), subj="Adatkezelés korlátozása - GDPR 18. cikk",
  cs="iso-8859-2", cte="qp", client="thunderbird", hq="Q",
  body="""Tisztelt Adatvédelmi Tisztviselő!

Az általános adatvédelmi rendelet (GDPR) 18. cikk (1) bekezdés a) pontja alapján kérem személyes adataim kezelésének korlátozását arra az időtartamra, amíg ellenőrzik az általam vitatott adatok (lakcím, születési dátum) pontosságát.

Tisztelettel:
Horváth Katalin
"""),

M(kind="bulk", cls="not_request", note="Hungarian data protection newsletter, no request",
  frm=("Adatvédelmi Hírlevél", "hirlevel@adatvedelmi-hirek.example"), subj="Hírlevél: az érintetti jogok gyakorlata 2024-ben",
  cs="iso-8859-2", cte="qp", client="none", shape="alt", style="web", hq="Q",
  hdr=["List-Unsubscribe: <https://adatvedelmi-hirek.example/leiratkozas/19>", "Precedence: bulk"],
  body="""ADATVÉDELMI HÍRLEVÉL

Hozzáférés, helyesbítés, törlés, tiltakozás: összefoglaltuk a NAIH legfrissebb döntéseit az érintetti jogok gyakorlásáról.

Leiratkozás: https://adatvedelmi-hirek.example/leiratkozas/19
"""),
]
