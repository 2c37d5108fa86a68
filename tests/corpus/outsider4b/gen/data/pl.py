from . import M, BULK, BOUNCE_PRE, DPO

MAILS = [
M("plain_words", "request", ["objection"], "Kamil Wójcik", None, None,
  "Polish typed without ogonki on phone: stop calling and mailing me",
  ("Kamil Wojcik", "kamil.wojcik92@wp-poczta.example"),
  "przestancie do mnie dzwonic",
  """
Dzien dobry,

od miesiaca dzwoni do mnie wasz handlowiec i dostaje maile o jakims CRM. Nigdy sie u was nie rejestrowalem. Prosze przestac do mnie dzwonic i pisac, nie jestem zainteresowany.

Pozdrawiam
Kamil Wójcik
""", cs="iso-8859-2", cte="8bit"),

M("access_items", "request", ["access"], "Agnieszka Zielińska", None, None,
  "RODO art. 15 with numbered items (cele, odbiorcy, okres, źródło, profilowanie, skarga do PUODO)",
  ("Agnieszka Zielińska", "a.zielinska@onet-poczta.example"),
  "Wniosek o dostęp do danych osobowych (art. 15 RODO)",
  """
Szanowni Państwo,

na podstawie art. 15 RODO wnoszę o:

1. potwierdzenie, czy przetwarzają Państwo moje dane osobowe;
2. przekazanie kopii tych danych;
3. informację o celach przetwarzania;
4. informację o odbiorcach lub kategoriach odbiorców, którym dane zostały ujawnione;
5. informację o okresie przechowywania danych;
6. informację o źródle danych, jeżeli nie zostały zebrane ode mnie;
7. informację o zautomatyzowanym podejmowaniu decyzji, w tym profilowaniu;
8. informację o prawie do wniesienia skargi do Prezesa UODO.

Z poważaniem
Agnieszka Zielińska
ul. Kwiatowa 17/4
60-101 Poznań
""", shape="html", style="outlook", cs="windows-1250", cte="quoted-printable"),

M("names", "request", ["rectification"], "Grzegorz Brzęczyszczykiewicz", None, None,
  "Polish surname inflected in genitive/dative in text; nominative only in signature",
  ("Grzegorz B.", "g.brzeczyszczykiewicz@interia-poczta.example"),
  "Błędne nazwisko w systemie",
  """
Dzień dobry,

w Państwa systemie nazwisko Grzegorza Brzęczyszczykiewicza jest zapisane jako "Brzeczyszczykiewic" – bez ę i bez z na końcu. Przez to faktury wystawiane Grzegorzowi Brzęczyszczykiewiczowi wracają z księgowości.

Proszę o poprawienie zapisu.

Pozdrawiam serdecznie
Grzegorz Brzęczyszczykiewicz
""", cs="utf-8", cte="quoted-printable"),

M("employer", "request", ["erasure"], "Małgorzata Lewandowska", "Transbud Sp. z o.o.", None,
  "Employee of Sp. z o.o. leaving the firm asks to delete private phone and photo; employer in text and signature",
  ("Małgorzata Lewandowska", "m.lewandowska@transbud.example"),
  "Usunięcie moich prywatnych danych",
  """
Dzień dobry,

jestem pracownikiem firmy Transbud Sp. z o.o., która korzysta z Massist CRM. Z końcem miesiąca odchodzę z firmy. Proszę o usunięcie z systemu mojego prywatnego numeru telefonu (601 555 773) oraz zdjęcia profilowego - zostały dodane bez mojej zgody.

Dziękuję,
Małgorzata Lewandowska
Specjalista ds. logistyki
Transbud Sp. z o.o.
""", shape="alt", cs="iso-8859-2", cte="quoted-printable"),

M("agent", "request", ["portability"], "Paweł Kowalczyk", "Hydro-Instal Sp. z o.o.", "Joanna Szymańska",
  "HR forwards employee's request attached as message/rfc822; portability",
  ("Joanna Szymańska - Kadry", "kadry@hydro-instal.example"),
  "PD: Wniosek o przeniesienie danych - P. Kowalczyk",
  """
Dzień dobry,

w załączeniu przesyłam wiadomość naszego pracownika, Pana Pawła Kowalczyka, z wnioskiem o przeniesienie danych. Dotyczy ona danych w Massist CRM, do których nie mamy pełnego dostępu administracyjnego. Proszę o realizację bezpośrednio do pracownika.

Z pozdrowieniami
Joanna Szymańska
Dział Kadr
Hydro-Instal Sp. z o.o.
""", shape="fwd822", cs="utf-8", cte="quoted-printable",
  inner=dict(frm=("Paweł Kowalczyk", "p.kowalczyk@hydro-instal.example"), to="kadry@hydro-instal.example",
             subj="Wniosek o przeniesienie danych", date="Mon, 17 Feb 2025 07:55:10 +0100",
             cs="iso-8859-2", cte="8bit", fname="wniosek_Kowalczyk",
             body="""
Pani Joanno,

zgodnie z art. 20 RODO proszę o przekazanie mi w formacie CSV wszystkich moich kontaktów, notatek i historii spotkań z CRM, które sam wprowadzałem.

Paweł Kowalczyk
przedstawiciel handlowy
Hydro-Instal Sp. z o.o.
""")),

M("not_request", "bounce", [], None, None, None,
  "Polish Exchange-style NDR (multipart/report)",
  ("Microsoft Outlook", "postmaster@poczta.firma-pl.example"),
  "Niedostarczone: Re: Wniosek o dostęp do danych osobowych (art. 15 RODO)",
  """
Nie można dostarczyć wiadomości do następujących adresatów:

a.zielinska@stara-poczta.example
Skrzynka pocztowa adresata nie istnieje lub została wyłączona. Sprawdź adres i spróbuj ponownie.

Informacje diagnostyczne dla administratorów:
Serwer generujący: poczta.firma-pl.example
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", cs="utf-8", cte="base64", shape="dsn", pre_headers=BOUNCE_PRE,
  headers=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="poczta.firma-pl.example", rcpt="a.zielinska@stara-poczta.example", status="5.1.10",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
  inner=dict(frm=("Innthink DPO", DPO), to="a.zielinska@stara-poczta.example",
             subj="Re: Wniosek o dostęp do danych osobowych (art. 15 RODO)",
             body="Szanowna Pani,\n\npotwierdzamy otrzymanie wniosku.\n", date="Tue, 4 Mar 2025 12:00:00 +0100")),

M("not_request", "bulk", [], None, None, None,
  "Polish newsletter mentioning RODO rights",
  ("Newsletter Prawo i Dane", "newsletter@prawoidane.example"),
  "Prawo i Dane #41: nowe wytyczne EROD i kary UODO",
  """
PRAWO I DANE - newsletter #41

W tym numerze:
- Prezes UODO nałożył kolejną karę za brak realizacji prawa dostępu (art. 15 RODO)
- Prawo do usunięcia danych a kopie zapasowe – praktyczne wskazówki
- Szkolenie online: „IOD w firmie SaaS” – 22 maja

Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter.
Wypisz się: https://prawoidane.example/wypisz?id=9921
""", shape="alt", cs="utf-8", cte="quoted-printable",
  headers=BULK("<newsletter.prawoidane.example>", "https://prawoidane.example/wypisz?id=9921")),
]
