"""Plain words for the rarer rights in en de fr es pt it nl ca (outsider4 families), in our own sentences."""

from __future__ import annotations

import pytest

from intake.understand.extract import extract
from intake.understand.parse import parse
from intake.understand.rights import find


def mail(body: str, subject: str = "Hello", html: bool = False) -> bytes:
    kind = "text/html" if html else "text/plain"
    head = f"From: Jane Doe <jane.doe@example.com>\r\nTo: dpo@massistcrm.com\r\nSubject: {subject}\r\n"
    return (head + f"MIME-Version: 1.0\r\nContent-Type: {kind}; charset=utf-8\r\n\r\n" + body).encode()


# (language, sentence, rights it asks for). Written for this file; one family per line.
PLAIN = [
    ("en", "So what do you really have on me, and where did you find my number?", ["access"]),
    ("en", "Please stop tracking me and stop using my browsing to pick what you send.", ["objection"]),
    ("en", "Could you please take me off whatever list sends these invitations?", ["objection"]),
    ("en", "Until the dispute is settled I don't want those notes used for appraisals.", ["restriction"]),
    ("en", "We withdraw any consent he gave you for the photo shoot.", ["withdraw_consent"]),
    ("en", "I'd like the rating reviewed by a real person, not the tool.", ["automated_decision"]),
    ("en", "Please have it exported as a spreadsheet for my records.", ["portability"]),
    ("en", "I still need the correction made to my job title.", ["rectification"]),
    ("en", "I don't want my details sold or shared, ever.", ["opt_out_sale"]),
    ("en", "I don't want any more questionnaires from your team.", ["objection"]),
    ("de", "Bitte hören Sie auf, meine Klickdaten für Ihre Statistiken zu verwenden.", ["objection"]),
    ("de", "Ich möchte, dass eine Mitarbeiterin die Einstufung noch einmal prüft.", ["automated_decision"]),
    ("de", "Hiermit lege ich ausdrücklich Beschwerde ein.", ["grievance"]),
    ("de", "Bitte löschen Sie alles, was über mich gespeichert ist.", ["erasure"]),
    ("fr", "Je voudrais que vous cessiez de me cibler avec vos segments.", ["objection"]),
    ("fr", "Je veux qu'une personne réexamine mon dossier.", ["automated_decision"]),
    ("fr", "Pouvez-vous effectuer la correction de mon prénom ?", ["rectification"]),
    ("es", "Tienen mal mi apellido, ¿me lo pueden corregir?", ["rectification"]),
    ("es", "Quiero revocar la autorización que les di para las encuestas.", ["withdraw_consent"]),
    ("es", "Dejo constancia de un reclamo formal por la demora.", ["grievance"]),
    ("pt", "Por favor, parem de me telefonar à hora de jantar.", ["objection"]),
    ("pt", "Até que isto seja esclarecido, peço que não usem os meus dados.", ["restriction"]),
    ("it", "Smettetela di telefonarmi ogni settimana.", ["objection"]),
    ("it", "Vi chiedo di congelare i miei dati finché non è tutto chiarito.", ["restriction"]),
    ("nl", "Kan ik een kopie krijgen van alles wat er over mij bekend is?", ["access"]),
    ("nl", "Mijn achternaam staat er verkeerd in, het is Dijkstra.", ["rectification"]),
    ("ca", "Em podeu canviar el meu cognom? Ho podeu arreglar aviat?", ["rectification"]),
    ("ca", "Mentre no ho aclariu, us demano que no feu servir les meves dades.", ["restriction"]),
    ("ca", "Quan em mori, la meva germana decidirà si s'esborren les dades.", ["nomination"]),
]


@pytest.mark.parametrize(("language", "text", "expected"), PLAIN)
def test_plain_words_ask_for_their_right(language: str, text: str, expected: list[str]) -> None:
    assert sorted(find(text, [language]).rights) == expected


# What must stay refused: a restriction's spelled-out don'ts, a reported request, a job applicant's experience.
REFUSED = [
    ("it", "Congelate i miei dati: non usateli e non mandatemi niente finché non avete verificato.", ["restriction"]),
    ("de", "Löschen sollen Sie bitte nichts, ich brauche die Unterlagen noch.", []),
    ("en", "Re: Your erasure request has been completed", []),
    ("nl", "Ik heb ervaring met het afhandelen van inzageverzoeken.", []),
    ("fr", "Merci pour la copie de mes données reçue hier.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), REFUSED)
def test_what_is_no_request_stays_refused(language: str, text: str, expected: list[str]) -> None:
    assert sorted(find(text, [language]).rights) == expected


def test_a_pending_request_lure_with_its_link_only_in_the_html_is_no_request() -> None:
    body = (
        "<p>Une demande d'accès aux données est en attente. Sans réponse dans les 24 heures, le dossier sera transmis."
        '</p><p><a href="http://verify.example/login">Vérifier la demande</a></p>'
    )
    assert extract(parse(mail(body, "Demande d'accès en attente", html=True))).kind == "other"


def test_an_iso_8859_1_label_over_windows_quotes_keeps_the_apostrophe() -> None:
    raw = (
        b"From: Paul <paul@example.com>\r\nTo: dpo@massistcrm.com\r\nSubject: Pub\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\nBonjour,\r\nje m\x92oppose \xe0 ce que vous "
        b"utilisiez ma photo.\r\nPaul\r\n"
    )
    result = extract(parse(raw))
    assert result.kind == "request" and result.rights == ["objection"]
