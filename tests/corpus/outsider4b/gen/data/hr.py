from . import M, BOUNCE_PRE, DPO

MAILS = [
M("plain_words", "request", ["objection"], "Ivan Horvat", None, None,
  "Croatian typed without diacritics on phone: stop sending me mails",
  ("ivan horvat", "ivan.horvat.st@tportal-mail.example"),
  "prestanite mi slati mailove",
  """
Postovani,

vec mjesec dana mi stizu vasi mailovi o nekakvom CRM-u. Nisam se nigdje prijavio. Molim vas prestanite mi slati te reklame i nemojte me vise zvati.

Hvala
Ivan Horvat
""", cs="us-ascii", cte="7bit"),

M("legal_anchor", "request", ["erasure"], "Marija Kovačević", None, None,
  "čl. 17. Opće uredbe o zaštiti podataka + Zakon o provedbi OUZP, iso-8859-2",
  ("Marija Kovačević", "marija.kovacevic@net-hr.example"),
  "Zahtjev za brisanje osobnih podataka",
  """
Poštovani,

temeljem članka 17. Opće uredbe o zaštiti podataka (EU) 2016/679 te Zakona o provedbi Opće uredbe o zaštiti podataka (NN 42/18), tražim da bez nepotrebnog odgađanja izbrišete sve moje osobne podatke koje obrađujete.

Molim da mi odgovor dostavite na ovu e-mail adresu u roku od 30 dana.

S poštovanjem,
Marija Kovačević
Zagreb
""", cs="iso-8859-2", cte="quoted-printable"),

M("agent", "request", ["erasure"], "Lucija Babić", None, "Zrinka Babić",
  "Mother writes for 14-year-old daughter; child's name inflected in text, nominative in 'Ime djeteta'",
  ("Zrinka Babić", "zrinka.babic@gmail-hr.example"),
  "Podaci moje kćeri",
  """
Dobar dan,

moja kći je na ljetnoj praksi u jednoj turističkoj agenciji ispunila neki obrazac i od tada dobiva pozive i poruke. Ona je maloljetna (14 godina) i nitko nije tražio moju suglasnost. Tražim da se svi podaci moje kćeri Lucije Babić izbrišu iz vašeg sustava.

Ime djeteta: Lucija Babić
Datum rođenja: 03.05.2011.

Ja sam njezina majka i zakonska zastupnica, mogu poslati presliku osobne iskaznice ako treba.

Lijep pozdrav,
Zrinka Babić
Split
""", shape="alt", cs="utf-8", cte="8bit"),

M("access_items", "request", ["access"], "Tomislav Jurić", "Jadran Trgovina d.o.o.", None,
  "Access request enumerating purposes, recipients, storage, source, automated decisions; employer d.o.o.",
  ("Jurić Tomislav", "tomislav.juric@jadran-trgovina.example"),
  "Zahtjev za pristup podacima - čl. 15. GDPR",
  """
Poštovani,

kao zaposlenik tvrtke Jadran Trgovina d.o.o., koja koristi vaš Massist CRM, molim da mi na temelju čl. 15. GDPR-a dostavite:

1. kopiju svih mojih osobnih podataka;
2. svrhe obrade;
3. primatelje kojima su podaci otkriveni;
4. razdoblje pohrane;
5. izvor podataka, ako ih niste prikupili od mene;
6. informaciju postoji li automatizirano donošenje odluka ili izrada profila;
7. informaciju o pravu na podnošenje prigovora Agenciji za zaštitu osobnih podataka.

Unaprijed zahvaljujem.

Tomislav Jurić
voditelj skladišta
Jadran Trgovina d.o.o., Rijeka
""", shape="html", style="outlook", cs="windows-1250", cte="quoted-printable"),

M("multi_right", "request", ["rectification", "restriction"], "Ana-Marija Šimunović", None, None,
  "Correct wrong data and restrict use until corrected",
  ("Ana-Marija Šimunović", "am.simunovic@posta-hr.example"),
  "Ispravak i ograničenje obrade",
  """
Pozdrav,

u vašem sustavu stoji da sam iz Osijeka i da sam "nezainteresirana za suradnju". Oboje je netočno. Molim:

- da ispravite adresu (Vukovarska 18, Vinkovci);
- da do ispravka ne koristite moje podatke ni za što, odnosno da ograničite obradu.

Hvala,
Ana-Marija Šimunović
""", cs="windows-1250", cte="8bit"),

M("not_request", "bounce", [], None, None, None,
  "Croatian-language NDR (multipart/report) for DPO's reply; text/rfc822-headers",
  ("Sustav za isporuku pošte", "postmaster@mail.hrvatska-net.example"),
  "Neisporučeno: Re: Zahtjev za brisanje osobnih podataka",
  """
Vaša poruka nije isporučena primatelju.

Primatelj: m.kovacevic@hrvatska-net.example
Razlog: poštanski sandučić primatelja je pun i trenutačno ne može primati poruke.

Poruka je bila u redu čekanja 5 dana i sustav je odustao od pokušaja isporuke.

Dijagnostički podaci za administratore:
Poslužitelj: mail.hrvatska-net.example
Status: 5.2.2
""", cs="iso-8859-2", cte="quoted-printable", shape="dsn", pre_headers=BOUNCE_PRE,
  headers=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="mail.hrvatska-net.example", rcpt="m.kovacevic@hrvatska-net.example", status="5.2.2",
           diag="552 5.2.2 Mailbox full", headers_only=True),
  inner=dict(frm=("Innthink DPO", DPO), to="m.kovacevic@hrvatska-net.example",
             subj="Re: Zahtjev za brisanje osobnih podataka", body="Poštovana gospođo Kovačević,\n...\n",
             date="Wed, 9 Apr 2025 10:02:11 +0000")),
]
