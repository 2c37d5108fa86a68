from . import M, AR, FORM, BOUNCE_PRE, DPO

MAILS = [
M("plain_words", "request", ["erasure"], "Tóth Bence", None, None,
  "Informal Hungarian (tegezés, ékezetek nélkül részben), family name first",
  ("Toth Bence", "toth.bence95@freemail-hu.example"),
  "toroljetek az adataimat",
  """
Sziasztok!

Hetek ota hivogat egy ertekesitotok es irogattok nekem, pedig sose regisztraltam nalatok. Toroljetek legyszi mindent amit rolam tarolni. Koszi!

Tóth Bence
""", cs="iso-8859-2", cte="8bit"),

M("legal_anchor", "request", ["access"], "Nagy Erzsébet", None, None,
  "GDPR 15. cikk + Infotv., formal Hungarian, ő/ű in iso-8859-2, name family-first",
  ("Nagy Erzsébet", "nagy.erzsebet@t-online-hu.example"),
  "Hozzáférési kérelem (GDPR 15. cikk)",
  """
Tisztelt Adatvédelmi Tisztviselő!

Az általános adatvédelmi rendelet (GDPR) 15. cikke, valamint az információs önrendelkezési jogról és az információszabadságról szóló 2011. évi CXII. törvény (Infotv.) alapján kérem, hogy tájékoztassanak arról, kezelik-e személyes adataimat, és ha igen, küldjék meg részemre azok másolatát.

Válaszukat elektronikus úton kérem erre a címre.

Tisztelettel:
Nagy Erzsébet
Debrecen
""", cs="iso-8859-2", cte="quoted-printable"),

M("names", "request", ["rectification", "portability"], "Szabó-Kertész Judit", "Dunamenti Gépgyártó Kft.", None,
  "Hungarian double family name first, dr. dropped, inflected form (Szabó-Kertész Juditot) in text; employer Kft.",
  ("dr. Szabó-Kertész Judit", "szabo-kertesz.judit@dunamenti-gep.example"),
  "Adataim helyesbítése és kiadása",
  """
Tisztelt Cím!

A rendszerükben Szabó-Kertész Juditot „Kertész Judit” néven tartják nyilván, kérem a teljes nevem helyesbítését.

Ezenkívül kérem, hogy az általam feltöltött ügyféllistát és jegyzeteimet géppel olvasható formátumban (CSV) adják ki részemre, mivel munkahelyet váltok.

Köszönettel:

dr. Szabó-Kertész Judit
jogi előadó
Dunamenti Gépgyártó Kft.
2400 Dunaújváros, Ipari út 7.
""", shape="html", style="outlook", cs="windows-1250", cte="quoted-printable"),

M("form", "request", ["withdraw_consent"], "Farkas Zoltán", "Alföldi Agrár Zrt.", None,
  "Web form robot, Hungarian field labels, 'Hozzájárulás visszavonása'",
  ("Massist Ügyfélportál", "noreply@portal.massist-hu.example"),
  "Új adatvédelmi kérelem érkezett (#HU-2025-0913)",
  """
Új kérelem érkezett az adatvédelmi űrlapon keresztül.

Név: Farkas Zoltán
E-mail: farkas.zoltan@alfoldi-agrar.example
Cég: Alföldi Agrár Zrt.
Kérelem típusa: Hozzájárulás visszavonása
Üzenet: A hírlevelekre és a termékbemutató meghívókra adott hozzájárulásomat visszavonom.

Ez egy automatikusan generált üzenet.
""", cs="utf-8", cte="base64", headers=FORM, reply_to=("Farkas Zoltán", "farkas.zoltan@alfoldi-agrar.example")),

M("not_request", "auto_reply", [], "Kiss Anikó", None, None,
  "Hungarian out-of-office, name family-first",
  ("Kiss Anikó", "kiss.aniko@pecsi-vizmu.example"),
  "Automatikus válasz: Re: Kérelmével kapcsolatban",
  """
Köszönöm levelét!

Szabadságon vagyok, augusztus 25-én térek vissza. Sürgős ügyben kérem, keresse kollégámat, Horváth Pétert: horvath.peter@pecsi-vizmu.example.

Üdvözlettel:
Kiss Anikó
""", cs="iso-8859-2", cte="quoted-printable", headers=AR()),

M("not_request", "bounce", [], None, None, None,
  "Hungarian NDR from Exchange-like server, multipart/report",
  ("Microsoft Outlook", "postmaster@levelezes.magyarposta-net.example"),
  "Kézbesíthetetlen: Re: Hozzáférési kérelem (GDPR 15. cikk)",
  """
Az üzenetet nem sikerült kézbesíteni az alábbi címzettnek:

erzsebet.nagy@regi-szolgaltato.example
A címzett e-mail-címe nem létezik. Ellenőrizze a címet, és próbálja meg újra elküldeni az üzenetet.

Diagnosztikai információk a rendszergazdák számára:
Generáló kiszolgáló: levelezes.magyarposta-net.example
Távoli kiszolgáló válasza: 550 5.1.1 User unknown
""", cs="utf-8", cte="base64", shape="dsn", pre_headers=BOUNCE_PRE,
  headers=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="levelezes.magyarposta-net.example", rcpt="erzsebet.nagy@regi-szolgaltato.example",
           status="5.1.1", remote="mx.regi-szolgaltato.example", diag="550 5.1.1 User unknown"),
  inner=dict(frm=("Innthink DPO", DPO), to="erzsebet.nagy@regi-szolgaltato.example",
             subj="Re: Hozzáférési kérelem (GDPR 15. cikk)",
             body="Tisztelt Nagy Erzsébet!\n\nKérelmét megkaptuk.\n\nInnthink Technologies\n",
             cs="iso-8859-2", date="Thu, 6 Mar 2025 08:40:00 +0100")),
]
