"""Everyday wording in Central and Eastern European languages, Finnish, Estonian and Greek, in our own sentences."""

from __future__ import annotations

import pytest

from intake.understand.extract import extract
from intake.understand.parse import parse


def mail(
    body: str, subject: str = "Dotaz", sender: str = "Jana Horakova <jana.h@example.com>", head: str = ""
) -> bytes:
    top = f"From: {sender}\r\nTo: dpo@massistcrm.com\r\nSubject: {subject}\r\n{head}"
    return (top + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode()


# (sentence, rights it asks for): one family per line, typed with and without diacritics where people do.
EVERYDAY = [
    ("Prosze juz do mnie nie dzwonic, tylko przestancie wreszcie pisac te maile.", ["objection"]),
    ("Proszę usunąć konto córki i zadbać o to, żeby nie wysyłać jej już ofert.", ["erasure", "objection"]),
    ("Nie chcę, żeby moje dane z kalendarza były dalej używane do raportów.", ["objection"]),
    ("Nie zgadzam się, żebyście sprzedawali mój numer innym firmom.", ["opt_out_sale"]),
    ("Zajímalo by mě, co vsechno o me mate a odkud to mate.", ["access"]),
    ("Chci, aby tu zamítnutou žádost přezkoumal člověk, ne program.", ["automated_decision"]),
    ("Chcela by som vediet, ake udaje o mne mate v systeme.", ["access"]),
    ("Prosím, chcem si opraviť svoje telefónne číslo, to staré už neplatí.", ["rectification"]),
    ("Prestante mi uz prosim volat s ponukami.", ["objection"]),
    ("Potrebujem kontakty vyexportovať, aby som ich mohol presunúť do iného systému.", ["portability"]),
    ("Prosim, nehajte me klicat ob vikendih.", ["objection"]),
    ("Снимките ми на сайта ви — вече не съм съгласен с това.", ["withdraw_consent"]),
    ("Оттеглям разрешението си за записване на разговорите.", ["withdraw_consent"]),
    ("Адресът ми е стар, моля да го поправите.", ["rectification"]),
    ("Θα ήθελα να μάθω ποια στοιχεία μου κρατάτε και από πού τα βρήκατε.", ["access"]),
    ("Kalispera, stamatiste na mou stelnete sms kathe mera, sas parakalw. Den endiaferomai.", ["objection"]),
    ("Tahaksin teada, mis andmed teil minu kohta on.", ["access"]),
    ("Palun saatke mu kontaktid, et saaksin need uude süsteemi üle viia.", ["portability"]),
    ("Uudiskirjad ja reklaamid palun lõpetage.", ["objection"]),
    ("Kuni vaidlus kestab, palun piirake minu andmete töötlemist.", ["restriction"]),
    ("Mitä tietoja teillä oikein on musta?", ["access"]),
    ("Haluan, että hylkäävän päätöksen tarkistaa ihminen eikä ohjelma.", ["automated_decision"]),
    ("Nem szeretném, hogy a böngészési adataimat bármire felhasználják.", ["objection"]),
    ("Toroljetek a fiokomat legyszi.", ["erasure"]),
    ("Po vestuvių prašau pakeisti mano pavardę sistemoje.", ["rectification"]),
    ("Ludzu izdzesiet manu kontu.", ["erasure"]),
    ("Vreau ca un om, nu un algoritm, să se uite din nou la cererea mea de credit.", ["automated_decision"]),
    ("Vă rog să tratați acest mesaj ca pe o plângere oficială privind modul în care mi-ați răspuns.", ["grievance"]),
    ("Я передумал и больше не разрешаю звонить мне с предложениями.", ["withdraw_consent"]),
    ("Хочу знати, що у вас є про мене.", ["access"]),
    ("Поки триває перевірка, призупиніть обробку моїх даних.", ["restriction"]),
    ("Надішліть мої контакти в машинозчитуваному форматі.", ["portability"]),
]


@pytest.mark.parametrize(("text", "expected"), EVERYDAY)
def test_everyday_words_ask_for_their_right(text: str, expected: list[str]) -> None:
    got = extract(parse(mail(text)))
    assert sorted(got.rights) == expected, (text, got.rights, got.language)
    assert got.kind == "request"


def test_a_greek_no_in_capitals_negates_the_deletion_beside_it() -> None:
    got = extract(parse(mail("Θέλω μόνο ένα αντίγραφο με όσα στοιχεία έχετε για μένα.", "Αντίγραφο, ΟΧΙ διαγραφή")))
    assert got.rights == ["access"]


def test_receiving_data_in_a_machine_readable_form_is_portability_only_in_finnish() -> None:
    text = "Haluan saada henkilötietoni koneellisesti luettavassa muodossa, jotta voin siirtää ne toiseen palveluun."
    assert extract(parse(mail(text))).rights == ["portability"]


def test_a_russian_footer_listing_the_subjects_rights_asks_for_none() -> None:
    body = (
        "Прошу прекратить присылать мне рекламу.\n\nИван Петров\n--\nСубъект персональных данных вправе требовать "
        "уточнения или уничтожения своих данных, а также отозвать согласие на их обработку.\n"
    )
    assert extract(parse(mail(body))).rights == ["objection"]


@pytest.mark.parametrize(
    "text",
    [
        "Предлагаме ви одит на съответствието с ОРЗД и обработката на искания за изтриване. Кога имате време?",
        "Oferujemy audyt zgodności z RODO, w tym procedur usuwania danych. Czy możemy porozmawiać?",
        "Cât timp păstrați datele după rezilierea contractului și cum se face ștergerea? Întreb doar, nu e urgent.",
        "Je smazání dat po ukončení smlouvy automatické? Jen se ptám kvůli interní směrnici.",
    ],
)
def test_vendors_and_questions_that_name_a_right_ask_for_none(text: str) -> None:
    assert extract(parse(mail(text))).kind == "other"


def test_a_question_cue_that_names_the_request_is_still_a_request() -> None:
    text = "Nie je to žiadosť o vymazanie, ale o opravu: prosím opravte moje priezvisko."
    got = extract(parse(mail(text)))
    assert got.kind == "request" and "rectification" in got.rights


def test_a_confirm_your_identity_lure_with_a_link_is_no_request() -> None:
    text = "Получихме искане за изтриване на профила Ви. Потвърдете самоличността си: http://example.com/x"
    assert extract(parse(mail(text))).kind == "other"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Vardas, pavardė: Rūta Petraitytė\nEl. paštas: ruta@example.com\nUžklausos tipas: Duomenų perkeliamumas\n",
            ["portability"],
        ),
        (
            "Ім'я та прізвище: Іван Коваль\nЕл. пошта: ivan@example.com\nТип звернення: Відмова від розсилки\n",
            ["objection"],
        ),
        ("Meno a priezvisko: Ján Novák\nE-mail: jan@example.com\nTyp žiadosti: Prenos údajov\n", ["portability"]),
    ],
)
def test_a_robots_form_in_these_languages_relays_the_persons_request(body: str, expected: list[str]) -> None:
    got = extract(
        parse(mail(body, "Nový formulár", "Forms <noreply@example.com>", "Auto-Submitted: auto-generated\r\n"))
    )
    assert got.kind == "request" and got.rights == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Podľa § 22 zákona č. 18/2018 Z. z. žiadam o zmenu dátumu narodenia.", ["rectification"]),
        ("Відповідно до статті 16 Закону України «Про захист персональних даних» прошу надати доступ.", ["access"]),
        ("Відповідно до статей 17 і 21 GDPR вимагаю видалення.", ["erasure", "objection"]),
    ],
)
def test_national_laws_number_rights_their_own_way(text: str, expected: list[str]) -> None:
    assert sorted(extract(parse(mail(text))).rights) == expected
