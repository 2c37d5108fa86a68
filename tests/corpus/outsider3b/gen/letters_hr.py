# Croatian letters (11).

LETTERS = [
# 001
dict(cls="plain_words", rights=["access"], name="Ivana Horvat", emp=None, agent=None,
     note="'what have you got on me' casual, from a phone",
     frm=("Ivana Horvat", "ivana.horvat92@tportal-mail.example"), subj="sto imate o meni?",
     cs="utf-8", cte="8bit",
     body="""
Bok,

dobila sam poruku od neke firme za koju nikad nisam čula i kažu da su moje podatke dobili "iz CRM-a". Pretpostavljam da je to vaš sustav. Što sve imate o meni i odakle vam to? Pošaljite mi molim vas sve što piše.

Ivana Horvat

Poslano s mog Samsung Galaxy pametnog telefona.
"""),
# 002
dict(cls="plain_words", rights=["objection"], name="Damir Babić", emp=None, agent=None,
     note="stop calling + no analytics/profiling in everyday words",
     frm=("Damir Babić", "dbabic@net-hr.example"), subj="Dosta više poziva",
     cs="windows-1250", cte="8bit",
     body="""
Poštovani,

već mjesec dana me zovu vaši prodavači i nude "besplatnu prezentaciju". Molim vas da me više ne zovete i da mi ne šaljete nikakve ponude.

Isto tako ne želim da moje podatke provlačite kroz bilo kakve analize, bodovanja ili "profile kupaca". Ostavite me na miru.

Damir Babić
"""),
# 003
dict(cls="plain_words", rights=["portability"], name="Marina Jurić", emp="Jurić savjetovanje j.d.o.o.", agent=None,
     note="file I can move to another provider, small business owner",
     frm=("Marina Jurić", "marina@juric-savjetovanje.example"), subj="Prelazak na drugi sustav",
     cs="iso-8859-2", cte="quoted-printable",
     body="""
Dobar dan,

imam malu tvrtku Jurić savjetovanje j.d.o.o. i do sada sam koristila vaš Massist. Prelazim kod drugog pružatelja usluga pa bih trebala svoje podatke u obliku datoteke (CSV ili Excel) koju mogu jednostavno prebaciti u novi program. PDF izvještaj mi ne pomaže.

Hvala unaprijed,
Marina Jurić
"""),
# 004
dict(cls="multi_right", rights=["withdraw_consent", "erasure"], name="Goran Vuković", emp=None, agent=None,
     note="take back permission for photos and then delete everything",
     frm=("Goran Vuković", "goran.vukovic@iskon-mail.example"), subj="povlačim dozvolu",
     cs="utf-8", cte="quoted-printable", shape="alt",
     body="""
Poštovani,

prije dvije godine sam na jednom vašem događaju potpisao da smijete koristiti moje fotografije i izjavu za reklame. Tu dozvolu povlačim, više se s tim ne slažem.

Također molim da sve moje podatke obrišete iz svojih evidencija, jer s vama više nemam nikakve veze.

Lijep pozdrav,
Goran Vuković
"""),
# 005
dict(cls="multi_right", rights=["access", "rectification"], name="Kristina Šimunović", emp="Dalmacija Vino d.o.o.", agent=None,
     note="copy + surname misspelled, in windows-1250 HTML from Outlook",
     frm=("Kristina Šimunović", "k.simunovic@dalmacijavino.example"), subj="Krivo prezime",
     cs="windows-1250", cte="quoted-printable", shape="html", hstyle="outlook", hlang="hr",
     body="""
Poštovani,

u sustavu naše tvrtke (Dalmacija Vino d.o.o.) moje prezime piše kao "Simonović". Ispravno je Šimunović, sa Š i u. Molim ispravak.

Uz to bih voljela dobiti kopiju svega što o meni imate zapisano, da vidim ima li još grešaka.

Srdačan pozdrav,
Kristina Šimunović
voditeljica prodaje
"""),
# 006
dict(cls="negation", rights=["access"], name="Josip Matić", emp=None, agent=None,
     note="unsubscribe already done (reported); now only a copy",
     frm=("Josip Matić", "josip.matic@hi-post.example"), subj="Re: Odjava s newslettera",
     cs="utf-8", cte="quoted-printable",
     body="""
Hvala, odjava s newslettera je prošla, više ništa ne dobivam.

Sad bih samo htio vidjeti koje sve podatke o meni još držite. Ne tražim brisanje, samo popis.

Josip Matić

-----Izvorna poruka-----
Od: Massist podrška
Poslano: 2. ožujka 2026.
Predmet: Odjava s newslettera

Poštovani, odjavljeni ste s našeg newslettera.
"""),
# 007
dict(cls="agent", rights=["access"], name="Tomislav Kovačević", emp="Jadran Tekstil d.d.", agent="Sanja Marić",
     note="HR forwards the employee's request inline with Fwd: and quoted headers",
     frm=("Sanja Marić", "sanja.maric@jadrantekstil.example"), subj="Fwd: Zahtjev za uvid u podatke",
     cs="windows-1250", cte="quoted-printable",
     body="""
Poštovani,

prosljeđujem zahtjev našeg djelatnika Tomislava Kovačevića. On traži uvid u podatke koje sustav Massist vodi o njemu. Molim da mu odgovorite izravno ili preko nas.

Sanja Marić
Odjel ljudskih potencijala
Jadran Tekstil d.d.

---------- Proslijeđena poruka ----------
Od: Tomislav Kovačević <tomislav.kovacevic@jadrantekstil.example>
Datum: pon, 9. velj 2026. u 08:14
Predmet: Zahtjev za uvid u podatke
Za: Sanja Marić <sanja.maric@jadrantekstil.example>

Sanja, možeš li zatražiti od onih iz Massista da mi pošalju sve što imaju o meni? Zanima me posebno što je upisano za moje bolovanje.
Hvala, Tomislav
"""),
# 008
dict(cls="names", rights=["rectification"], name="Ante Knežević", emp=None, agent=None,
     note="display name surname-first in capitals, title dr. sc. dropped",
     frm=("KNEŽEVIĆ Ante", "ante.knezevic@fer-mail.example"), subj="Ispravak datuma rođenja",
     cs="iso-8859-2", cte="8bit",
     body="""
Poštovani,

u vašoj evidenciji imam krivi datum rođenja (15. 8. 1971.), a ispravan je 18. 5. 1971. Molim ispravak.

S poštovanjem,
dr. sc. Ante Knežević
"""),
# 009
dict(cls="employer", rights=["erasure"], name="Maja Pavlović", emp="Slavonija Mlin d.o.o.", agent=None,
     note="employer in a letterhead line above the text",
     frm=("Maja Pavlović", "maja.pavlovic@slavonijamlin.example"), subj="Brisanje mojih podataka",
     cs="utf-8", cte="quoted-printable",
     body="""
SLAVONIJA MLIN d.o.o. | Industrijska zona 4, 31000 Osijek | OIB 12345678901

Poštovani,

radim u računovodstvu u Slavonija Mlin d.o.o. i u vašem sustavu sam upisana kao kontakt osoba. Od 1. listopada prelazim na drugo radno mjesto izvan firme pa vas molim da izbrišete moj privatni mobitel i privatnu adresu koje su tamo upisane.

Maja Pavlović
"""),
# 010
dict(cls="footer_rights", rights=["erasure"], name="Zoran Tomić", emp="Autoprijevoz Tomić d.o.o.", agent=None,
     note="request above a GDPR footer that lists rights",
     frm=("Zoran Tomić", "zoran@autoprijevoz-tomic.example"), subj="molba",
     cs="windows-1250", cte="quoted-printable",
     body="""
Molim da me maknete iz svoje baze kontakata, ne želim biti u njoj.

Zoran Tomić
Autoprijevoz Tomić d.o.o.

Ova poruka i privici su povjerljivi. Sukladno Općoj uredbi o zaštiti podataka (GDPR) imate pravo na pristup, ispravak, brisanje, ograničenje obrade, prenosivost podataka i prigovor te pravo povući privolu u bilo kojem trenutku.
"""),
# 011
dict(cls="not_request", kind="other", rights=[], name="Marko Perić", emp=None, agent=None,
     note="phishing dressed as a data request with a link to 'the documents'",
     frm=("Marko Perić", "m.peric@secure-docs-share.example"), subj="HITNO: zahtjev za brisanje podataka – dokumenti",
     cs="utf-8", cte="quoted-printable", shape="html", hstyle="simple",
     html="""<html><body>
<p>Poštovani,</p>
<p>u prilogu se nalazi službeni zahtjev za brisanje osobnih podataka s punomoći. Zbog veličine datoteke dokumenti su dostupni samo putem sigurne poveznice ispod.</p>
<p><a href="http://docs-verify-login.example/hr/zahtjev?id=88120">PREGLEDAJTE DOKUMENTE (potrebna prijava s poslovnim računom)</a></p>
<p>Poveznica istječe za 24 sata.</p>
<p>Marko Perić<br>pravni odjel</p>
</body></html>
""",
     body=""),
]
