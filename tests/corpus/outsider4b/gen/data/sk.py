from . import M, AR, BULK, FORM, DPO

MAILS = [
M("plain_words", "request", ["access"], "Martin Horváth", None, None,
  "Slovak without diacritics: what do you have on me",
  ("Martin Horvath", "martin.horvath@azet-posta.example"),
  "ake udaje o mne mate",
  """
Dobry den,

volal mi vas obchodnik a vedel o mne dost vela. Chcem vediet ake vsetky udaje o mne mate a odkial ste ich zobrali.

Dakujem
Martin Horváth
""", cs="iso-8859-2", cte="8bit"),

M("legal_anchor", "request", ["erasure"], "Peter Baláž", None, None,
  "čl. 17 GDPR + zákon č. 18/2018 Z. z.; formal Slovak; ä, ô, ľ in windows-1250",
  ("Peter Baláž", "peter.balaz@post-sk.example"),
  "Žiadosť o vymazanie osobných údajov",
  """
Vážení,

v zmysle čl. 17 Nariadenia Európskeho parlamentu a Rady (EÚ) 2016/679 a § 23 zákona č. 18/2018 Z. z. o ochrane osobných údajov Vás žiadam o bezodkladné vymazanie všetkých mojich osobných údajov, ktoré spracúvate.

Odpoveď mi prosím zašlite na túto e-mailovú adresu.

S pozdravom
Peter Baláž
Žilina
""", cs="windows-1250", cte="quoted-printable"),

M("names", "request", ["rectification"], "Zuzana Kováčová", None, None,
  "Slovak female surname inflected (Zuzany Kováčovej) in text; Mgr. dropped",
  ("Mgr. Zuzana Kováčová", "zuzana.kovacova@gmail-sk.example"),
  "Oprava mena",
  """
Dobrý deň,

v systéme máte uvedené meno Zuzany Kováčovej ako „Zuzana Kovacova“ a navyše so starou adresou v Nitre. Prosím o opravu – správna adresa je Hlavná 45, 040 01 Košice.

Ďakujem.

S pozdravom
Mgr. Zuzana Kováčová
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("form", "request", ["withdraw_consent"], "Ľubomír Kráľ", "Stavmont, s.r.o.", None,
  "Form robot mail with Slovak fields; Ľ/ľ characters; employer 'Stavmont, s.r.o.'",
  ("Massist formulár", "noreply@formular.massist-sk.example"),
  "Nová žiadosť dotknutej osoby",
  """
Meno a priezvisko: Ľubomír Kráľ
E-mail: lubomir.kral@stavmont.example
Spoločnosť: Stavmont, s.r.o.
Typ žiadosti: Odvolanie súhlasu
Správa: Odvolávam súhlas so zasielaním noviniek a pozvánok na webináre.

-- Táto správa bola vygenerovaná automaticky --
""", cs="iso-8859-2", cte="quoted-printable", headers=FORM,
  reply_to=("Ľubomír Kráľ", "lubomir.kral@stavmont.example")),

M("not_request", "auto_reply", [], "Jana Mikulová", None, None,
  "Slovak out-of-office",
  ("Jana Mikulová", "jana.mikulova@tatravoda.example"),
  "Automatická odpoveď: Re: Vaša žiadosť",
  """
Dobrý deň,

do 4. 11. som na dovolenke. V naliehavých prípadoch kontaktujte kolegu Michala Sedláka (michal.sedlak@tatravoda.example).

Jana Mikulová
""", cs="utf-8", cte="base64", headers=AR()),

M("not_request", "bulk", [], None, None, None,
  "Slovak newsletter with GDPR mention",
  ("GDPR Novinky", "novinky@gdpr-novinky.example"),
  "Novinky z ochrany osobných údajov – október",
  """
NOVINKY Z OCHRANY OSOBNÝCH ÚDAJOV

- Úrad na ochranu osobných údajov SR zverejnil výročnú správu
- Ako vybaviť žiadosť o prístup do 30 dní
- Seminár v Bratislave: zodpovedná osoba v praxi

Odhlásiť sa môžete tu: https://gdpr-novinky.example/odhlasit
""", shape="alt", cs="utf-8", cte="quoted-printable",
  headers=BULK("<novinky.gdpr-novinky.example>", "https://gdpr-novinky.example/odhlasit")),
]
