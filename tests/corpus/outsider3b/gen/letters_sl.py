# Slovenian letters (10).

LETTERS = [
# 001
dict(cls="plain_words", rights=["erasure"], name="Matej Kovačič", emp=None, agent=None,
     note="short and blunt 'zbrišite me', no legal terms",
     frm=("Matej Kovačič", "matej.kovacic@siolpost.example"), subj="zbrišite me",
     cs="utf-8", cte="8bit",
     body="""
Živjo,

nimam pojma, kako sem prišel v vašo bazo, ampak bi rad, da me zbrišete. Vse – ime, telefon, mail. Hvala.

Matej Kovačič
"""),
# 002
dict(cls="plain_words", rights=["rectification"], name="Nina Zupan", emp="Pekarna Zorec d.o.o.", agent=None,
     note="update my phone number and email; employer in signature",
     frm=("Nina Zupan", "nina.zupan@pekarnazorec.example"), subj="Nova telefonska številka",
     cs="windows-1250", cte="quoted-printable",
     body="""
Pozdravljeni,

prosim, posodobite mojo telefonsko številko in e-naslov v sistemu. Stara številka (041 222 333) ni več moja, nova je 031 456 789. Tudi zasebni e-naslov se je spremenil, zdaj je nina.zupan@dompost.example.

Lep pozdrav,
Nina Zupan
vodja izmene
Pekarna Zorec d.o.o.
"""),
# 003
dict(cls="plain_words", rights=["withdraw_consent"], name="Tjaša Mlakar", emp=None, agent=None,
     note="'ne strinjam se več' and 'prekličem dovoljenje' for SMS reminders",
     frm=("Tjaša Mlakar", "tjasa.mlakar@najmail.example"), subj="Preklic dovoljenja",
     cs="iso-8859-2", cte="8bit",
     body="""
Dober dan,

ob prijavi v vaš program zvestobe sem dovolila, da mi pošiljate SMS opomnike in da moje nakupe uporabljate za "osebna priporočila". S tem se ne strinjam več in dovoljenje prekličem. Od danes naprej tega ne želim.

Hvala za razumevanje,
Tjaša Mlakar
"""),
# 004
dict(cls="multi_right", rights=["access", "objection"], name="Gregor Potočnik", emp="Elektro Savinja d.o.o.", agent=None,
     note="what do you have + stop marketing + no analytics on me",
     frm=("Gregor Potočnik", "gregor.potocnik@elektrosavinja.example"), subj="Moji podatki pri vas",
     cs="utf-8", cte="quoted-printable", shape="alt", hstyle="outlook", hlang="sl",
     body="""
Spoštovani,

sem zaposlen v podjetju Elektro Savinja d.o.o., ki uporablja vaš CRM. Prosil bi:

1. da mi pošljete, kaj vse o meni hranite,
2. da mi nehate pošiljati reklamna sporočila in vabila na webinarje,
3. da mojih podatkov ne uporabljate za kakršnokoli analitiko ali ocenjevanje moje "aktivnosti".

Lep pozdrav
Gregor Potočnik
"""),
# 005
dict(cls="multi_right", rights=["rectification", "restriction"], name="Petra Vidmar", emp=None, agent=None,
     note="wrong address; don't use my data until it is fixed",
     frm=("Petra Vidmar", "petra.vidmar@arnespost.example"), subj="napačen naslov",
     cs="windows-1250", cte="8bit",
     body="""
Pozdravljeni,

na vseh računih, ki jih dobim od vaše stranke (fitnes center), je moj stari naslov na Celovški. Že eno leto živim na Trubarjevi 12, 1000 Ljubljana. Prosim, popravite.

In dokler tega ne uredite, prosim, da mojih podatkov ne uporabljate za nič drugega in jih nikomur ne pošiljate – en račun je že šel na stari naslov k neznanim ljudem.

Petra Vidmar
"""),
# 006
dict(cls="negation", rights=["objection"], name="Boštjan Rozman", emp=None, agent=None,
     note="explicitly not deletion, only stop calling",
     frm=("Boštjan Rozman", "bostjan.rozman@telemach-post.example"), subj="Klici",
     cs="iso-8859-2", cte="quoted-printable",
     body="""
Dober dan,

ne prosim za izbris računa - aplikacijo še uporabljam in jo bom še naprej. Prosim samo, da me nehate klicati s ponudbami za nadgradnjo. Trikrat v enem tednu je preveč.

Boštjan Rozman
"""),
# 007
dict(cls="agent", rights=["erasure"], name="Luka Novak", emp=None, agent="Mojca Novak",
     note="mother for her 13-year-old son; son named in genitive and nominative",
     frm=("Mojca Novak", "mojca.novak@dompost.example"), subj="Podatki mojega sina",
     cs="utf-8", cte="quoted-printable",
     body="""
Pozdravljeni,

moj sin Luka Novak (13 let) se je na vaši strani prijavil na brezplačni preizkus, ker je v šoli delal projekt. Vpisal je svojo telefonsko številko in naš domači naslov.

Ker je mladoleten in za to ni imel mojega dovoljenja, vas prosim, da vse podatke Luke Novaka pri vas izbrišete in mi to potrdite.

Mojca Novak (mama)
"""),
# 008
dict(cls="names", rights=["access"], name="Ana Marija Žagar Kranjc", emp=None, agent=None,
     note="double given name and double surname at the end of a sentence followed by another",
     frm=("Ana Marija Žagar Kranjc", "amzk@gmx-si.example"), subj="Vpogled v podatke",
     cs="windows-1250", cte="quoted-printable",
     body="""
Dober dan,

podpisana sem Ana Marija Žagar Kranjc. Prosim za izpis vseh podatkov, ki jih imate o meni, ker sem pred kratkim spremenila priimek in ne vem, pod katerim imenom me vodite.

Hvala,
A. M. Žagar Kranjc
"""),
# 009
dict(cls="form", rights=["objection"], name="Aleš Kranjec", emp="Kmetijska zadruga Dravsko polje z.o.o.", agent=None,
     note="Slovenian web form robot mail with fields and Reply-To",
     frm=("Spletni obrazec", "obrazec@zasebnost-portal.example"), subj="Nova zahteva: Ugovor",
     cs="utf-8", cte="quoted-printable",
     xh=[("Reply-To", ("Aleš Kranjec", "ales.kranjec@kz-dravsko.example")), ("Auto-Submitted", "auto-generated")],
     body="""
Prejeli ste novo zahtevo prek spletnega obrazca.

Ime in priimek: Aleš Kranjec
E-pošta: ales.kranjec@kz-dravsko.example
Podjetje: Kmetijska zadruga Dravsko polje z.o.o.
Vrsta zahteve: Ne želim več prejemati oglasnih sporočil
Sporočilo: Prosim, da mi ne pošiljate več e-novic in ponudb. Hvala.

Datum oddaje: 14. 5. 2026 09:12
"""),
# 010
dict(cls="access_items", rights=["access"], name="Urška Hribar", emp=None, agent=None,
     note="purposes, recipients, retention, source, automated decisions, complaint to the Information Commissioner",
     frm=("Urška Hribar", "urska.hribar@t2post.example"), subj="Zahteva za seznanitev z osebnimi podatki",
     cs="iso-8859-2", cte="quoted-printable",
     body="""
Spoštovani,

prosim, da mi posredujete:

- kopijo mojih osebnih podatkov, ki jih obdelujete,
- namene obdelave,
- komu ste podatke posredovali ali jih boste,
- koliko časa jih boste hranili,
- od kod ste jih dobili, če ne od mene,
- ali se na podlagi mojih podatkov sprejemajo avtomatizirane odločitve in kakšne so posledice,
- ter informacijo o pravici do pritožbe pri Informacijskem pooblaščencu.

Lep pozdrav,
Urška Hribar
Maribor
"""),
]
