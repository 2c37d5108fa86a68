from ._c import *

MAILS = [
dict(cls="plain_words", rights=["objection"], name="Johan Lindberg", note="'sluta skicka reklam' = objection to marketing", ua="none", cs="iso-8859-1", cte="8bit",
 frm=("Johan Lindberg", "johan.lindberg@telia-like.example"), subj="Sluta skicka reklam",
 body="""Hej,

sluta skicka reklam och inbjudningar till mig. Jag har aldrig anmält mig till något av era utskick. Ta bort mig från era listor.

/Johan Lindberg
"""),

dict(cls="legal_anchor", rights=["access"], name="Elin Håkansson", emp="Norrlandsfrakt AB", note="artikel 15 dataskyddsförordningen; AB employer in signature", ua="outlook", shape="alt", cs="utf-8",
 frm=("Elin Håkansson", "elin.hakansson@norrlandsfrakt.example"), subj="Begäran om registerutdrag enligt artikel 15 GDPR",
 body="""Hej,

Med stöd av artikel 15 i dataskyddsförordningen (GDPR) begär jag ett registerutdrag, det vill säga en bekräftelse på om ni behandlar personuppgifter om mig och i så fall en kopia av dessa.

Med vänlig hälsning

Elin Håkansson
Ekonomichef
Norrlandsfrakt AB
Umeå
"""),

dict(cls="negation", rights=["portability"], name="Oskar Nyström", note="does not want account deleted; only a file export; English subject, Swedish body", ua="gmail", cs="utf-8",
 frm=("Oskar Nyström", "oskar.nystrom@bredband-like.example"), subj="Data export - NOT deletion",
 body="""Hej!

Jag vill INTE att mitt konto raderas. Jag vill bara få ut mina egna uppgifter – kontakterna jag har lagt in, mina mallar och anteckningar – i en fil som går att läsa in i ett annat system, typ CSV.

Tack!
Oskar Nyström
"""),

dict(cls="access_items", rights=["access"], name="Karin Ek", note="Swedish list of Art. 15 items ending with right to complain to IMY", ua="thunderbird", cs="utf-8",
 frm=("Karin Ek", "karin.ek@post-se.example"), subj="Registerutdrag",
 body="""Hej,

Jag vill veta om ni behandlar personuppgifter om mig. Om ni gör det vill jag ha:

– en kopia av uppgifterna,
– ändamålen med behandlingen,
– vilka mottagare som fått del av uppgifterna,
– hur länge uppgifterna sparas,
– varifrån ni fått uppgifterna,
– om ni använder automatiserat beslutsfattande eller profilering,
– information om min rätt att klaga hos Integritetsskyddsmyndigheten (IMY).

Vänliga hälsningar
Karin Ek
"""),

dict(cls="not_request", kind="auto_reply", rights=[], name="Anders Berg", note="Swedish out-of-office", ua="outlook", cs="utf-8",
 frm=("Anders Berg", "anders.berg@goteborgs-verktyg.example"), subj="Automatiskt svar: Ert ärende DSR-2025-0844", hdrs=ooo_hdrs("exchange"),
 body="""Hej,

Jag är på semester till och med den 11 augusti och läser inte min e-post. Vid brådskande ärenden, ring växeln på 031-000 00 00.

Hälsningar
Anders Berg
"""),
]
