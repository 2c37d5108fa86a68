from ._c import *

MAILS = [
dict(cls="plain_words", rights=["access"], name="Tomasz Wiśniewski", note="informal Polish, name in nominative after 'nazywam się'", ua="web", cs="iso-8859-2", cte="quoted-printable",
 frm=("Tomasz Wiśniewski", "tomek.wisniewski@poczta-pl.example"), subj="Co macie na mój temat?",
 body="""Dzień dobry,

nazywam się Tomasz Wiśniewski. Od miesiąca dzwoni do mnie firma ubezpieczeniowa, która twierdzi, że ma mój numer "z systemu Massist". Chciałbym wiedzieć, co właściwie macie na mój temat i skąd to wzięliście.

Pozdrawiam
"""),

dict(cls="legal_anchor", rights=["access", "portability"], name="Katarzyna Zielińska", emp="Mleczarnia Podlasie Sp. z o.o.", note="RODO art. 15 and 20; Sp. z o.o. employer in signature", ua="outlook", shape="alt", cs="windows-1250",
 frm=("Zielińska Katarzyna", "k.zielinska@mleczarnia-podlasie.example"), subj="Wniosek na podstawie art. 15 i 20 RODO",
 body="""Szanowni Państwo,

na podstawie art. 15 ust. 1 i 3 RODO wnoszę o potwierdzenie, czy przetwarzają Państwo moje dane osobowe, oraz o przekazanie ich kopii.

Jednocześnie, na podstawie art. 20 RODO, proszę o przekazanie danych, które sama dostarczyłam (profil użytkownika, szablony wiadomości, notatki), w ustrukturyzowanym formacie nadającym się do odczytu maszynowego.

Z poważaniem

Katarzyna Zielińska
Kierownik Działu Sprzedaży
Mleczarnia Podlasie Sp. z o.o.
ul. Mleczna 0, 15-000 Białystok
"""),

dict(cls="names", rights=["objection"], name="Paweł Krawczyk", emp="Politechnika Opolska", note="academic titles 'dr hab. inż.' and 'prof. uczelni' dropped", ua="thunderbird", cs="utf-8",
 frm=("dr hab. inż. Paweł Krawczyk, prof. uczelni", "p.krawczyk@po-uczelnia.example"), subj="Sprzeciw – wykorzystywanie danych do celów marketingowych",
 body="""Szanowni Państwo,

wyrażam sprzeciw wobec przetwarzania moich danych osobowych w celach marketingowych, w tym wobec profilowania na podstawie aktywności na Państwa stronie. Od kilku miesięcy otrzymuję zaproszenia na webinary sprzedażowe, na które się nie zapisywałem.

Z wyrazami szacunku
dr hab. inż. Paweł Krawczyk, prof. uczelni
Katedra Automatyki
Politechnika Opolska
"""),

dict(cls="agent", rights=["erasure"], name="Zuzanna Kamińska", agent="Magdalena Kamińska", note="mother for daughter; daughter's name inflected in text, nominative in a 'Dane dziecka' line", ua="gmail", cs="utf-8",
 frm=("Magdalena Kamińska", "magda.kaminska@poczta-pl.example"), subj="Usunięcie danych mojej córki",
 body="""Dzień dobry,

piszę w imieniu mojej córki Zuzanny Kamińskiej, która ma 14 lat. Szkoła tańca, na którą chodziła do czerwca, korzysta z Państwa systemu i nadal ma tam jej dane: imię i nazwisko, datę urodzenia, PESEL, zdjęcia z występów.

Córka już tam nie chodzi, dlatego jako matka proszę o usunięcie wszystkich jej danych.

Dane dziecka: Zuzanna Kamińska, ur. 2011
Opiekun prawny: Magdalena Kamińska

Pozdrawiam serdecznie
Magdalena Kamińska
"""),

dict(cls="multi_right", rights=["rectification", "restriction", "objection"], name="Michał Dąbrowski", emp="Transbud-Kielce S.A.", note="three rights in prose: sprostowanie, ograniczenie, sprzeciw", ua="outlook", cs="iso-8859-2", cte="8bit",
 frm=("Michał Dąbrowski", "michal.dabrowski@transbud-kielce.example"), subj="Sprostowanie danych i ograniczenie przetwarzania",
 body="""Dzień dobry,

pracuję w firmie Transbud-Kielce S.A. jako kierowca-dyspozytor. W systemie widnieje adnotacja, że dwukrotnie spóźniłem się z dostawą w marcu, co jest nieprawdą (mam potwierdzenia odbioru z godzinami).

Proszę o sprostowanie tych wpisów, a do czasu wyjaśnienia sprawy o ograniczenie ich przetwarzania. Poza tym sprzeciwiam się wykorzystywaniu moich danych do automatycznego rankingu kierowców.

Michał Dąbrowski
"""),

dict(cls="not_request", kind="other", rights=[], name="Joanna Lis", emp="Chmurex Sp. z o.o.", note="vendor asking about data processing agreement (umowa powierzenia)", ua="gmail", cs="utf-8", shape="alt",
 frm=("Joanna Lis", "joanna.lis@chmurex.example"), subj="Umowa powierzenia przetwarzania danych – Chmurex",
 body="""Dzień dobry,

w nawiązaniu do rozmów z Państwa działem zakupów przesyłam projekt umowy powierzenia przetwarzania danych osobowych (art. 28 RODO) dotyczącej usług hostingu kopii zapasowych.

Czy mogą Państwo wskazać osobę, która zajmie się jej weryfikacją po Państwa stronie?

Pozdrawiam
Joanna Lis
Specjalistka ds. zgodności
Chmurex Sp. z o.o.
"""),
dict(cls="footer_rights", rights=["rectification"], name="Agnieszka Wróbel", emp="Hurtownia Farmaceutyczna Medix Sp. z o.o.", note="correction request above a Polish RODO information clause listing all rights", ua="outlook", shape="alt", cs="iso-8859-2",
 frm=("Wróbel Agnieszka", "a.wrobel@medix-hurtownia.example"), subj="Błędne dane w profilu",
 body="""Dzień dobry,

w moim profilu w Massist widnieje błędny numer telefonu służbowego (kończy się na 417, a powinien na 471). Proszę o poprawienie.

Pozdrawiam
Agnieszka Wróbel
Specjalista ds. zaopatrzenia
Hurtownia Farmaceutyczna Medix Sp. z o.o.
ul. Składowa 0, 60-000 Poznań

Administratorem danych osobowych jest Hurtownia Farmaceutyczna Medix Sp. z o.o. z siedzibą w Poznaniu. Przysługuje Pani/Panu prawo dostępu do swoich danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania, prawo do wniesienia sprzeciwu, prawo do przenoszenia danych oraz prawo wniesienia skargi do Prezesa UODO. Treść tej wiadomości jest poufna.
"""),
]
