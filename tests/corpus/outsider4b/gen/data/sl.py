from . import M, AR, DPO

MAILS = [
M("plain_words", "request", ["objection"], "Matej Kovač", None, None,
  "Slovenian colloquial, partly without strešice: stop sending ads",
  ("Matej Kovac", "matej.kovac@siol-posta.example"),
  "nehajte mi posiljat reklame",
  """
Zdravo,

ze en mesec mi posiljate maile o vasem CRM-ju, pa se nikoli nisem prijavil. Prosim, nehajte mi posiljat reklame in me ne klicite vec.

Lp, Matej Kovač
""", cs="iso-8859-2", cte="8bit"),

M("legal_anchor", "request", ["access"], "Nina Zupančič", None, None,
  "15. člen Splošne uredbe o varstvu podatkov + ZVOP-2",
  ("Nina Zupančič", "nina.zupancic@t2-posta.example"),
  "Zahteva za dostop do osebnih podatkov",
  """
Spoštovani,

na podlagi 15. člena Splošne uredbe o varstvu podatkov (GDPR) in Zakona o varstvu osebnih podatkov (ZVOP-2) vas prosim za potrditev, ali obdelujete moje osebne podatke, ter za kopijo teh podatkov.

Odgovor prosim pošljite na ta e-naslov.

Lep pozdrav,
Nina Zupančič
Ljubljana
""", shape="alt", cs="utf-8", cte="quoted-printable"),

M("employer", "request", ["erasure"], "Rok Potočnik", "Kovinoplastika Novak d.o.o.", None,
  "Employer stated in text ('Zaposlen sem v podjetju ...'); delete old private data after leaving",
  ("Rok Potočnik", "rok.potocnik@posta-si.example"),
  "Izbris mojih podatkov",
  """
Pozdravljeni,

do marca sem bil zaposlen v podjetju Kovinoplastika Novak d.o.o., ki uporablja vaš CRM. Zdaj sem tam končal, v sistemu pa so še vedno moja zasebna telefonska številka, domači naslov in fotografija. Prosim, da te podatke izbrišete.

Hvala in lep pozdrav,
Rok Potočnik
""", cs="windows-1250", cte="quoted-printable"),

M("names", "request", ["rectification"], "Mojca Kranjc", None, "Bojan Kranjc",
  "Father writes for daughter; name in accusative (Mojco Kranjc) and nominative in data line",
  ("Bojan Kranjc", "bojan.kranjc@amis-posta.example"),
  "Napačni podatki moje hčere",
  """
Dober dan,

pišem v imenu hčere, ki je mladoletna. V vašem sistemu jo vodite kot Mojco Krajnc (z j), pravilno pa je Kranjc. Prosim, popravite.

Ime: Mojca Kranjc
Letnik: 2009

Bojan Kranjc, oče
""", shape="html", style="gmail", cs="utf-8", cte="8bit"),

M("multi_right", "request", ["portability", "restriction"], "Tjaša Vidmar", None, None,
  "Portability + restriction with bullets",
  ("Tjaša Vidmar", "tjasa.vidmar@posta-si.example"),
  "Prenos podatkov in omejitev obdelave",
  """
Pozdravljeni,

prosim za:
- izvoz podatkov, ki sem jih sama vnesla (stiki, zapiski), v strojno berljivi obliki, npr. CSV;
- omejitev obdelave mojih podatkov, dokler ne razjasnimo napačne opombe v mojem profilu.

Hvala,
Tjaša Vidmar
""", cs="iso-8859-2", cte="quoted-printable"),

M("not_request", "auto_reply", [], "Andreja Hribar", None, None,
  "Slovenian out-of-office",
  ("Andreja Hribar", "andreja.hribar@mariborski-vodovod.example"),
  "Samodejni odgovor: Re: Vaša zahteva",
  """
Pozdravljeni,

do 20. 8. sem na dopustu. V nujnih primerih pokličite 02 555 01 00.

Lep pozdrav,
Andreja Hribar
""", cs="utf-8", cte="8bit", headers=AR()),
]
