from spec import M

MAILS = [
M(rights=["objection", "access"], name="Åsa Lindqvist", cls="multi_right",
  note="everyday Swedish: stop calling + tell me what you have and where my number came from",
  frm=("Åsa Lindqvist", "asa.lindqvist@telia-post.example"), subj="Sluta ringa mig",
  cs="iso-8859-1", cte="qp", client="apple", hq="Q",
  body="""Hej!

Jag har fått tre samtal den här veckan från någon hos er som vill boka ett "kort möte" om ert system. Jag är inte intresserad och har aldrig varit kund.

Sluta ringa mig och skicka inga fler mejl med erbjudanden. Och berätta gärna vad ni har sparat om mig och var ni fick tag på mitt nummer.

Mvh
Åsa Lindqvist
"""),

M(rights=["portability"], name="Per-Olof Nilsson", cls="names",
  note="display name 'Family, Given' with hyphen; portability in everyday words",
  frm=("Nilsson, Per-Olof", "po.nilsson@bredband-post.example"), qd=True, subj="Flytta mina uppgifter",
  cte="8bit", client="outlook_web",
  body="""Hej,

Jag ska byta till ett annat CRM-program och undrar om ni kan skicka mina uppgifter – profil, kontakter och all historik jag har lagt in – i en fil som jag kan läsa in i det nya systemet. Excel eller CSV går bra.

Tack på förhand!
Per-Olof Nilsson
"""),

M(rights=["rectification"], name="Elin Forsberg", employer="Norrlands Trä AB", cls="employer",
  note="employer in signature under job title; wrong title and phone number",
  frm=("Elin Forsberg", "elin.forsberg@norrlandstra.example"), subj="Fel uppgifter i min profil",
  cte="qp", client="outlook", shape="html", style="outlook",
  body="""Hej,

I min användarprofil står det fortfarande att jag är innesäljare och ett mobilnummer som inte längre är mitt. Kan ni ändra till:

Titel: Försäljningschef
Mobil: 070-555 12 34

Vår administratör säger att hon inte kan ändra det själv.

Vänliga hälsningar
Elin Forsberg
Försäljningschef
Norrlands Trä AB
Umeå
"""),

M(kind="auto_reply", name="Karin Ek", cls="not_request", note="Swedish out-of-office (holiday) auto-reply",
  frm=("Karin Ek", "karin.ek@ekochson.example"), subj="Automatiskt svar: Begäran om registerutdrag",
  cs="iso-8859-1", cte="qp", client="outlook", hq="Q",
  hdr=["Auto-Submitted: auto-replied"],
  body="""Hej!

Jag har semester till och med vecka 32 och läser inte min e-post. Vid brådskande ärenden, kontakta kontoret på 08-555 123 00.

Hälsningar
Karin Ek
"""),

M(kind="other", name="Johan Berg", employer="Västkust Fastigheter AB", cls="not_request",
  note="customer asks for the processor agreement (PUB-avtal); no right exercised",
  frm=("Johan Berg", "johan.berg@vastkustfastigheter.example"), subj="Personuppgiftsbiträdesavtal?",
  cte="qp", client="outlook",
  body="""Hej,

Vi har precis börjat använda Massist CRM. Vår dataskyddsombud frågar efter ert personuppgiftsbiträdesavtal och en lista över underbiträden. Var hittar jag dem?

Mvh
Johan Berg
IT-ansvarig, Västkust Fastigheter AB
"""),

M(rights=["access"], name="Gunilla Sjöberg", cls="access_items",
  note="Swedish 'registerutdrag' with listed items (purpose, recipients, storage time, source) = access only",
  frm=("Gunilla Sjöberg", "gunilla.sjoberg@bahnhof-post.example"), subj="Begäran om registerutdrag",
  cte="qp", client="applemac",
  body="""Hej,

Jag vill begära ett registerutdrag enligt artikel 15 i dataskyddsförordningen. Jag vill veta:

- vilka personuppgifter ni har om mig,
- vad ni använder dem till,
- vilka ni har lämnat ut dem till,
- hur länge ni tänker spara dem, och
- var ni har fått dem ifrån om det inte var från mig.

Skicka gärna utdraget till den här adressen.

Vänliga hälsningar
Gunilla Sjöberg
"""),
]
