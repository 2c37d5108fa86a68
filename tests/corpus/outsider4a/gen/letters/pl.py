from spec import M

MAILS = [
M(rights=["rectification"], name="Anna Kowalczyk", cls="plain_words",
  note="colloquial Polish; surname in genitive in text, nominative in signature; labelled iso-8859-1 but bytes are iso-8859-2",
  frm=("Anna Kowalczyk", "anna.kowalczyk@wp-poczta.example"), subj="Błędne nazwisko w systemie",
  cs="iso-8859-1", real="iso-8859-2", hcs="iso-8859-2", cte="8bit", client="roundcube", hq="Q",
  body="""Dzień dobry,

od pół roku w każdym mailu od Państwa jestem "Anna Kowalczykowa". Nie wiem skąd to się wzięło, ale to nie jest moje nazwisko. Proszę poprawić dane Anny Kowalczyk w Państwa systemie, bo tak to wychodzi też na fakturach firmy.

Pozdrawiam
Anna Kowalczyk
"""),

M(rights=["restriction"], name="Tomasz Wiśniewski", employer="Przedsiębiorstwo Handlowe Wisła Sp. z o.o.",
  cls="legal_anchor",
  note="RODO art. 18(1)(c) restriction for legal claims; Sp. z o.o. in signature",
  frm=("Tomasz Wiśniewski", "t.wisniewski@ph-wisla.example"), subj="Żądanie ograniczenia przetwarzania – art. 18 RODO",
  cs="windows-1250", cte="qp", client="outlook", shape="alt", style="outlook", hq="Q",
  body="""Szanowni Państwo,

na podstawie art. 18 ust. 1 lit. c rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO) żądam ograniczenia przetwarzania moich danych osobowych zapisanych w systemie Massist CRM, w szczególności historii rozmów i notatek handlowych z lat 2022–2024.

Dane te są mi potrzebne do ustalenia i dochodzenia roszczeń w toczącym się sporze z byłym kontrahentem, dlatego proszę o ich nieusuwanie, a jednocześnie o niewykorzystywanie ich do żadnych innych celów.

Z poważaniem

Tomasz Wiśniewski
Kierownik Działu Sprzedaży
Przedsiębiorstwo Handlowe Wisła Sp. z o.o.
ul. Portowa 5, 80-555 Gdańsk
"""),

M(rights=["erasure", "objection"], name="Kacper Nowak", agent="Magdalena Nowak", cls="agent",
  note="mother writes for her son; child's name inflected in text, nominative on a 'Dane dziecka' line",
  frm=("Magdalena Nowak", "magda.nowak@onet-poczta.example"), subj="Dane mojego syna",
  cs="windows-1250", cte="qp", client="android", hq="B",
  body="""Dzień dobry,

piszę w sprawie mojego syna Kacpra Nowaka (12 lat). Jego szkoła tańca korzysta z Państwa programu i syn zaczął dostawać od Państwa maile z reklamami.

Proszę o usunięcie wszystkich danych mojego syna i o to, żeby nie wysyłać mu żadnych reklam.

Dane dziecka: Kacper Nowak, ur. 2012
Matka: Magdalena Nowak

Pozdrawiam
"""),

M(kind="bounce", cls="not_request", note="Polish Exchange NDR (mailbox full), multipart/report",
  frm=("Microsoft Outlook", "postmaster@zielinski-transport.example"), subj="Niedostarczalne: RE: Wniosek o dostęp do danych",
  cs="iso-8859-2", cte="qp", client="none", shape="dsn", hq="Q",
  hdr=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "],
  body="""Nie można dostarczyć wiadomości do tych adresatów lub grup:

k.zielinski@zielinski-transport.example
Skrzynka pocztowa adresata jest pełna i nie może teraz przyjmować wiadomości. Spróbuj ponownie wysłać wiadomość później lub skontaktuj się bezpośrednio z adresatem.

Informacje diagnostyczne dla administratorów:

Serwer generujący: AM9PR07MB7001.zielinski-transport.example
Serwer zdalny zwrócił '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
""",
  dsn=dict(mta="AM9PR07MB7001.zielinski-transport.example", rcpts=["k.zielinski@zielinski-transport.example"],
           status="5.2.2", diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
           orig=dict(frm=("Massist Privacy", "dpo@massistcrm.com"), to=("", "k.zielinski@zielinski-transport.example"),
                     subj="RE: Wniosek o dostęp do danych", cte="qp", cs="iso-8859-2",
                     body="Szanowny Panie,\n\nw załączeniu przesyłamy kopię danych.\n"))),

M(kind="other", name="Katarzyna Lewandowska", cls="not_request",
  note="job application with the Polish recruitment consent clause; no request",
  frm=("Katarzyna Lewandowska", "k.lewandowska.cv@interia-poczta.example"), subj="Aplikacja – Specjalista ds. ochrony danych",
  cte="b64", client="gmail",
  body="""Szanowni Państwo,

w odpowiedzi na ogłoszenie przesyłam swoją aplikację na stanowisko Specjalisty ds. ochrony danych osobowych.

Wyrażam zgodę na przetwarzanie moich danych osobowych przez Innthink Technologies dla potrzeb niezbędnych do realizacji procesu rekrutacji zgodnie z RODO. Wyrażam również zgodę na przetwarzanie moich danych w przyszłych procesach rekrutacyjnych.

Z wyrazami szacunku
Katarzyna Lewandowska
"""),

M(rights=["access"], name="Paweł Mazur", cls="access_items",
  note="RODO art. 15: copy plus purposes, recipients, retention, source, profiling = access only",
  frm=("Paweł Mazur", "pawel.mazur@o2-poczta.example"), subj="Wniosek o dostęp do danych (art. 15 RODO)",
  cs="iso-8859-2", cte="qp", client="thunderbird", hq="Q",
  body="""Szanowni Państwo,

na podstawie art. 15 RODO proszę o:

1. potwierdzenie, czy przetwarzają Państwo moje dane osobowe, oraz przekazanie ich kopii;
2. informację o celach przetwarzania i kategoriach danych;
3. informację o odbiorcach, którym dane ujawniono;
4. okres przechowywania danych;
5. źródło danych, jeśli nie pochodzą ode mnie;
6. informację, czy dane są wykorzystywane do profilowania.

Z poważaniem
Paweł Mazur
"""),
]
