from . import M, BULK, DPO

MAILS = [
M("plain_words", "request", ["access"], "Petra Nováková", None, None,
  "Czech everyday words, partly without háčky: what do you have about me and from where",
  ("Petra Novakova", "petra.novakova@seznam-posta.example"),
  "Co o me mate?",
  """
Dobry den,

volal mi vas obchodnik a znal moje jmeno, telefon i to, ze jsem loni byla na veletrhu v Brne. Chtela bych vedet, co vsechno o me mate ulozene a odkud to mate.

Dekuji
Petra Nováková
""", cs="utf-8", cte="8bit"),

M("legal_anchor", "request", ["portability"], "Jakub Procházka", None, None,
  "čl. 20 GDPR + zákon č. 110/2019 Sb.; machine-readable export",
  ("Jakub Procházka", "jakub.prochazka@email-cz.example"),
  "Žádost o přenositelnost údajů dle čl. 20 GDPR",
  """
Vážení,

v souladu s čl. 20 obecného nařízení o ochraně osobních údajů (GDPR) a zákonem č. 110/2019 Sb., o zpracování osobních údajů, Vás žádám o poskytnutí osobních údajů, které jsem Vám poskytl, ve strukturovaném, běžně používaném a strojově čitelném formátu (CSV nebo JSON).

Jde zejména o kontakty, poznámky a historii schůzek, které jsem do systému sám zadával.

S pozdravem
Jakub Procházka
Olomouc
""", cs="iso-8859-2", cte="quoted-printable"),

M("employer", "request", ["objection"], "Tomáš Dvořák", "Strojírny Hranice s.r.o.", None,
  "Ing. title dropped; inflected name in text (Tomáše Dvořáka); employer s.r.o. under job title",
  ("Ing. Tomáš Dvořák", "dvorak@strojirny-hranice.example"),
  "Námitka proti zpracování",
  """
Dobrý den,

naše firma používá Váš CRM systém. Zjistil jsem, že údaje o mně (Tomáše Dvořáka) využívá Vaše společnost i pro vlastní marketingové kampaně a zasílání newsletterů o nových funkcích na můj osobní mobil.

Proti tomuto zpracování pro účely přímého marketingu vznáším námitku. Pracovní účet ať zůstane, jak je.

S pozdravem

Ing. Tomáš Dvořák
vedoucí obchodního oddělení
Strojírny Hranice s.r.o.
Tovární 1021, 753 01 Hranice
""", shape="html", style="outlook", cs="windows-1250", cte="quoted-printable"),

M("negation", "request", ["automated_decision"], "Lenka Šťastná", None, None,
  "Reply with quoted DPO question; negated erasure next to contesting automated scoring, wants human review",
  ("Lenka Šťastná", "lenka.stastna@volny-posta.example"),
  "Re: Váš dotaz ze dne 3. 3. [DSR-2025-0311]",
  """
Dobrý den,

děkuji za odpověď. Ne, nechci rušit svůj účet ani mazat data, o to nejde. Jde mi o to, že mě Váš systém automaticky zařadil do kategorie „riziková klientka“ a kvůli tomu mi pojišťovací makléř odmítl nabídnout lepší tarif.

Nesouhlasím s tímto automatizovaným rozhodnutím. Žádám, aby ho přezkoumal člověk, a chci vědět, podle čeho bylo hodnocení provedeno.

Děkuji.
Lenka Šťastná

Dne 5. 3. 2025 v 9:12 Innthink Data Protection <dpo@massistcrm.com> napsal(a):
> Dobrý den, paní Šťastná,
>
> děkujeme za Vaši zprávu. Abychom ji mohli správně vyřídit, potřebujeme
> upřesnit: přejete si zrušení účtu a výmaz Vašich osobních údajů?
>
> S pozdravem
> Data Protection Office, Innthink Technologies
""", shape="alt", cs="utf-8", cte="quoted-printable",
  headers=[("In-Reply-To", "<dsr-2025-0311.1@massistcrm.com>"), ("References", "<dsr-2025-0311.1@massistcrm.com>")]),

M("not_request", "bulk", [], None, None, None,
  "Czech newsletter (webinar invite) mentioning GDPR rights",
  ("Akademie Ochrany Dat", "info@akademie-od.example"),
  "Pozvánka: Jak vyřizovat žádosti subjektů údajů",
  """
Dobrý den,

zveme Vás na webinář „Žádosti subjektů údajů v praxi“, který se koná 14. 11. od 10:00.

Program:
- právo na přístup a na výmaz – lhůty a výjimky
- právo vznést námitku proti přímému marketingu
- přenositelnost údajů v B2B prostředí

Registrace: https://akademie-od.example/webinar

Pokud již nechcete dostávat naše zprávy, odhlaste se zde: https://akademie-od.example/odhlasit
""", shape="alt", cs="utf-8", cte="base64",
  headers=BULK("<novinky.akademie-od.example>", "https://akademie-od.example/odhlasit")),

M("not_request", "other", [], "Radek Veselý", "CloudSklad a.s.", None,
  "Vendor asks about subprocessor agreement, not a rights request",
  ("Radek Veselý", "vesely@cloudsklad.example"),
  "Smlouva o zpracování osobních údajů",
  """
Dobrý den,

jsme poskytovatel úložiště a rádi bychom s Vámi uzavřeli smlouvu o zpracování osobních údajů jako subdodavatel. Můžete mi prosím poslat kontakt na osobu, která má tuto agendu na starosti, případně Váš vzor smlouvy?

Děkuji a přeji hezký den

Radek Veselý
obchodní manažer
CloudSklad a.s.
""", cs="iso-8859-2", cte="8bit"),
]
