from ._c import *

MAILS = [
dict(cls="plain_words", rights=["erasure"], name="Marek Kováč", note="short Slovak 'vymažte ma'", ua="apple", cs="iso-8859-2", cte="quoted-printable",
 frm=("Marek Kováč", "marek.kovac@azet-like.example"), subj="vymazte ma",
 body="""Dobrý deň,

vymažte ma prosím z vašej databázy. Neviem, ako ste sa k mojim údajom dostali, ale nechcem, aby ste ich mali.

Marek Kováč
"""),

dict(cls="legal_anchor", rights=["access"], name="Zuzana Horváthová", emp="Tatranská mliekareň a.s.", note="čl. 15 GDPR + § 21 zákona 18/2018 Z. z.; employer in running text", ua="outlook", cs="windows-1250", shape="alt",
 frm=("Horváthová Zuzana", "zuzana.horvathova@tatranska-mliekaren.example"), subj="Žiadosť o prístup k osobným údajom",
 body="""Dobrý deň,

v zmysle čl. 15 Nariadenia Európskeho parlamentu a Rady (EÚ) 2016/679 a § 21 zákona č. 18/2018 Z. z. o ochrane osobných údajov žiadam o potvrdenie, či spracúvate moje osobné údaje, a ak áno, o poskytnutie ich kópie.

Som zamestnankyňou spoločnosti Tatranská mliekareň a.s., ktorá využíva Massist CRM, a zároveň som sa zúčastnila na vašom školení pre administrátorov.

S pozdravom
Zuzana Horváthová
"""),

dict(cls="agent", rights=["access", "erasure"], name="Ján Šimko", emp="Stavmont s.r.o.", agent="Peter Baláž", note="advokát for client; client name inflected in text, nominative in 'Klient:' line; JUDr. dropped", ua="outlook", cs="utf-8", shape="attach",
 att=[("plnomocenstvo_Simko.pdf", "application/pdf", FAKE_PDF)],
 frm=("JUDr. Peter Baláž", "balaz@advokat-balaz.example"), subj="Klient Ján Šimko – žiadosť o prístup a vymazanie",
 body="""Vážení,

v mene môjho klienta Jána Šimka, bývalého zamestnanca spoločnosti Stavmont s.r.o., Vás na základe priloženého plnomocenstva žiadam:

1. o poskytnutie kópie všetkých osobných údajov, ktoré o ňom spracúvate (čl. 15 GDPR),
2. o vymazanie týchto údajov, pokiaľ neexistuje zákonný dôvod na ich ďalšie uchovávanie (čl. 17 GDPR).

Klient: Ján Šimko, nar. 1984

Odpoveď prosím zasielajte výlučne mojej advokátskej kancelárii.

S úctou
JUDr. Peter Baláž
advokát, Banská Bystrica
"""),

dict(cls="negation", rights=["rectification"], name="Katarína Lukáčová", note="account must not be closed; only surname change after marriage", ua="gmail", cs="utf-8",
 frm=("Katarína Lukáčová", "katka.lukacova@gmail-like.example"), subj="Zmena priezviska",
 body="""Dobrý deň,

nechcem zrušiť účet ani nič vymazať. Len som sa vydala a potrebujem opraviť priezvisko – teraz Lukáčová, predtým Benková. V profile a vo všetkých podpisoch stále svieti to staré.

Ďakujem pekne
Katarína Lukáčová
"""),

dict(cls="not_request", kind="other", rights=[], name="Michaela Vargová", emp="Považská strojáreň s.r.o.", note="Slovak job application with consent to keep CV", ua="gmail", cs="utf-8", shape="attach",
 att=[("Vargova_zivotopis.pdf", "application/pdf", FAKE_PDF)],
 frm=("Michaela Vargová", "michaela.vargova@post-sk.example"), subj="Žiadosť o zamestnanie – Customer Success Manager",
 body="""Dobrý deň,

reagujem na Vašu ponuku na pozíciu Customer Success Manager v Bratislave. V prílohe posielam životopis.

V súčasnosti pracujem ako key account manažérka v spoločnosti Považská strojáreň s.r.o.

Súhlasím so spracovaním mojich osobných údajov na účely výberového konania a s ich uchovaním na dva roky.

S pozdravom
Michaela Vargová
"""),
]
