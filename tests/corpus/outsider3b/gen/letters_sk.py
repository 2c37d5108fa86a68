# Slovak letters (10).

LETTERS = [
# 001
dict(cls="plain_words", rights=["access"], name="Marek Hudak", emp=None, agent=None,
     note="phone mail without diacritics: what do you have about me",
     frm="marek.hudak88@postka.example", subj="moje udaje",
     cs="us-ascii", cte="7bit",
     body="""
dobry den
kolega z prace mi povedal ze nase firma ma vsetky kontakty u vas v tom CRM. chcel by som vediet co vsetko tam o mne je, mozete mi to poslat? adresa, telefon, poznamky, vsetko
dakujem
Marek Hudak

Odoslane z mobilu
"""),
# 002
dict(cls="plain_words", rights=["rectification"], name="Zuzana Kollárová", emp="Tatra Logistik s.r.o.", agent=None,
     note="misspelled surname and old address; employer in running text",
     frm=("Zuzana Kollárová", "kollarova@tatralogistik.example"), subj="Oprava mojich údajov",
     cs="windows-1250", cte="quoted-printable", hmode="Q",
     body="""
Dobrý deň,

pracujem v spoločnosti Tatra Logistik s.r.o., ktorá používa váš systém Massist. Všimla som si, že v ňom mám zle napísané priezvisko – je tam „Kolárová“ s jedným l, správne je Kollárová. Navyše tam stále figuruje moja stará adresa v Žiline, hoci už rok bývam na adrese Hlinkova 14, 040 01 Košice.

Prosím, opravte mi meno aj adresu, nech mi to prestane chodiť zle.

Ďakujem pekne
Zuzana Kollárová
"""),
# 003
dict(cls="plain_words", rights=["objection"], name="Rastislav Bednár", emp=None, agent=None,
     note="stop calling and no profiling/analytics, annoyed tone",
     frm=("Rastislav Bednár", "rbednar@zoznamka.example"), subj="Prestaňte mi volať",
     cs="iso-8859-2", cte="8bit",
     body="""
Dobrý deň,

už tretí týždeň mi volajú vaši obchodníci a ponúkajú mi nejaké ukážky systému. Nemám o to záujem a nikdy som vám nedal súhlas, aby ste mi volali.

Prestaňte mi volať a posielať reklamu. A nechcem ani to, aby ste moje údaje používali na nejaké analýzy, profilovanie a podobné veci. Nech ma váš systém neskóruje a neradí do žiadnych skupín.

Rastislav Bednár
"""),
# 004
dict(cls="multi_right", rights=["withdraw_consent", "erasure"], name="Veronika Šustrová", emp="Hotel Kriváň a.s.", agent=None,
     note="I no longer agree + wipe me; employer under job title",
     frm=("Veronika Šustrová", "veronika.sustrova@hotelkrivan.example"), subj="Súhlas a vymazanie",
     cs="utf-8", cte="quoted-printable", shape="alt",
     body="""
Dobrý deň,

pred dvoma rokmi som pri registrácii na váš webinár zaškrtla, že mi môžete posielať novinky a že moju fotku môžete použiť v prezentácii. S tým už nesúhlasím – svoj súhlas beriem späť.

A keďže váš produkt vlastne ani nepoužívam, prosím, moje údaje u vás úplne vymažte, nielen odhláste.

S pozdravom

Veronika Šustrová
recepčná
Hotel Kriváň a.s.
"""),
# 005
dict(cls="multi_right", rights=["access", "portability"], name="Tomáš Lukáč", emp=None, agent=None,
     note="copy + file I can take to another provider",
     frm=("Tomas Lukac", "tomas.lukac@webpost.example"), subj="Export mojich dát",
     cs="utf-8", cte="8bit",
     body="""
Ahojte,

som živnostník, Massist som mal ako malý balík pre seba. Prechádzam k inej firme, tak by som potreboval dve veci:

– poslať zoznam všetkého, čo o mne evidujete (kontakty, faktúry, poznámky zo supportu),
– a to isté aj ako súbor (CSV alebo Excel), ktorý si môžem nahrať k novému poskytovateľovi.

Vďaka,
Tomáš Lukáč
"""),
# 006
dict(cls="negation", rights=["restriction"], name="Ivana Gregorová", emp=None, agent=None,
     note="not deletion, only freeze until the dispute is checked",
     frm=("Ivana Gregorová", "ivana.gregorova@centrum-post.example"), subj="Pozastavenie spracovania",
     cs="windows-1250", cte="8bit",
     body="""
Dobrý deň,

moja poisťovňa u vás vedie záznam, podľa ktorého som vraj v marci nezaplatila poistné. To nie je pravda a reklamáciu už riešim priamo s nimi.

Nežiadam, aby ste niečo mazali – práve naopak, záznamy budú potrebné. Prosím však, aby ste moje údaje nepoužívali ani nikomu neposúvali, kým sa to nevyjasní. Nech to zatiaľ len leží zamknuté.

Ivana Gregorová
"""),
# 007
dict(cls="agent", rights=["access"], name="Lenka Šimková", emp="Agro Záhorie, s.r.o.", agent="Peter Baláž",
     note="attorney for a client; client's name only in genitive in prose, nominative in a subject line",
     frm=("JUDr. Peter Baláž", "balaz@akbalaz.example"), subj="Žiadosť o informácie – klientka Lenka Šimková",
     cs="iso-8859-2", cte="quoted-printable",
     body="""
Vážený pán / vážená pani,

v zastúpení mojej klientky, pani Lenky Šimkovej, bývalej zamestnankyne spoločnosti Agro Záhorie, s.r.o., Vás žiadam o poskytnutie kópie všetkých osobných údajov mojej klientky, ktoré vo Vašom systéme Massist spracúvate.

Plnomocenstvo prikladám v prílohe listu zaslaného poštou.

S úctou

JUDr. Peter Baláž
advokát
Advokátska kancelária Baláž, Nitra
"""),
# 008
dict(cls="names", rights=["erasure"], name="Jozef Vaľko", emp=None, agent=None,
     note="stacked academic titles before and after the name",
     frm=("Ing. Mgr. Jozef Vaľko, PhD.", "jvalko@univerzita-mail.example"), subj="Vymazanie",
     cs="iso-8859-2", cte="8bit",
     body="""
Dobrý deň,

prosím o vymazanie mojej osoby z Vašej databázy. Ide o adresu, z ktorej píšem, a o telefón 0905 123 456.

S pozdravom
Ing. Mgr. Jozef Vaľko, PhD.
"""),
# 009
dict(cls="legal_anchor", rights=["rectification", "restriction"], name="Miroslava Tkáčová", emp=None, agent=None,
     note="čl. 16 and 18 GDPR plus the Slovak act 18/2018 Z. z.",
     frm=("Miroslava Tkáčová", "m.tkacova@slovpost.example"), subj="Žiadosť podľa čl. 16 a 18 GDPR",
     cs="utf-8", cte="quoted-printable", shape="html", hstyle="outlook", hlang="sk",
     body="""
Vážení,

v súlade s článkom 16 Nariadenia (EÚ) 2016/679 (GDPR) a § 22 zákona č. 18/2018 Z. z. o ochrane osobných údajov žiadam o opravu nesprávneho dátumu narodenia, ktorý o mne spracúvate (uvádzate 4. 5. 1985, správne je 5. 4. 1985).

Zároveň podľa článku 18 ods. 1 písm. a) GDPR žiadam o obmedzenie spracúvania mojich osobných údajov počas obdobia, kým overíte ich správnosť.

S pozdravom
Miroslava Tkáčová
"""),
# 010
dict(cls="footer_rights", rights=["objection"], name="Andrej Černák", emp="Stavebniny Černák s.r.o.", agent=None,
     note="unsubscribe above a long GDPR footer listing every right",
     frm=("Andrej Černák", "andrej@stavebninycernak.example"), subj="Odhlásenie z newslettra",
     cs="windows-1250", cte="quoted-printable",
     body="""
Dobrý deň, prosím odhláste ma z vašich reklamných e-mailov, nič od vás nepotrebujem.

Andrej Černák
konateľ
Stavebniny Černák s.r.o.
Priemyselná 7, 911 01 Trenčín

Upozornenie: Spoločnosť Stavebniny Černák s.r.o. spracúva osobné údaje v súlade s GDPR. Dotknutá osoba má právo na prístup k údajom, na ich opravu, vymazanie, obmedzenie spracúvania, prenosnosť, právo namietať a právo kedykoľvek odvolať súhlas. Tento e-mail je dôverný.
"""),
]
