from ._c import *

MAILS = [
dict(cls="plain_words", rights=["objection"], name="Matej Zupan", note="Slovenian 'nehajte mi pošiljati' = objection to marketing", ua="apple", cs="utf-8",
 frm=("Matej Zupan", "matej.zupan@siol-like.example"), subj="Nehajte mi pošiljati",
 body="""Pozdravljeni,

nehajte mi pošiljati vaše novice in vabila na webinarje. Nikoli se nisem prijavil. Odstranite me s seznamov, prosim.

Matej Zupan
"""),

dict(cls="legal_anchor", rights=["access"], name="Nina Kranjc", emp="Alpska mlekarna d.o.o.", note="15. člen Splošne uredbe + ZVOP-2; d.o.o. in signature", ua="outlook", shape="alt", cs="windows-1250",
 frm=("Nina Kranjc", "nina.kranjc@alpska-mlekarna.example"), subj="Zahteva za dostop do osebnih podatkov",
 body="""Spoštovani,

na podlagi 15. člena Splošne uredbe o varstvu podatkov (GDPR) in Zakona o varstvu osebnih podatkov (ZVOP-2) vas prosim za potrditev, ali obdelujete moje osebne podatke, in za kopijo teh podatkov.

Lep pozdrav,

Nina Kranjc
vodja prodaje
Alpska mlekarna d.o.o.
Kranj
"""),

dict(cls="employer", rights=["rectification"], name="Rok Novak", emp="Kovinoplast d.d.", note="employer in running text 'zaposlen sem v podjetju'", ua="gmail", cs="utf-8",
 frm=("Rok Novak", "rok.novak@kovinoplast.example"), subj="Napačen naslov",
 body="""Pozdravljeni,

zaposlen sem v podjetju Kovinoplast d.d., ki uporablja Massist. V mojem profilu je napačen domači naslov (Cesta 4. julija 10 namesto Cesta 4. julija 100), zato je kurir paket že dvakrat odnesel drugam.

Prosim za popravek.

Rok Novak
"""),

dict(cls="negation", rights=["withdraw_consent"], name="Tjaša Vidmar", note="no deletion wanted; only withdraws consent for call recording", ua="thunderbird", cs="iso-8859-2", cte="8bit",
 frm=("Tjaša Vidmar", "tjasa.vidmar@t2-like.example"), subj="Preklic privolitve za snemanje klicev",
 body="""Pozdravljeni,

ne želim izbrisa računa in ne potrebujem kopije podatkov. Preklicujem le privolitev, da se moji klici snemajo in prepisujejo v Massistu.

Hvala,
Tjaša Vidmar
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="Urška Kos", note="Slovenian out-of-office", ua="outlook", cs="utf-8",
 frm=("Urška Kos", "urska.kos@ljubljanska-tiskarna.example"), subj="Samodejni odgovor: Vaša zahteva", hdrs=ooo_hdrs("exchange"),
 body="""Pozdravljeni,

do 2. 9. sem na dopustu. V nujnih primerih pokličite +386 1 000 00 00.

Lep pozdrav,
Urška Kos
"""),
]
