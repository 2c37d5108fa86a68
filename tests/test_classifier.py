"""The statistical second reader: where it speaks, what it says, and what it never does."""

from __future__ import annotations

import pytest

from intake.understand import classifier
from intake.understand.extract import extract
from intake.understand.parse import parse


def mail(body: str, subject: str = "My data", sender: str = "Kim Doe <kim@home.example>") -> bytes:
    head = f"From: {sender}\r\nTo: dpo@example.com\r\nSubject: {subject}\r\nMessage-ID: <t@home.example>\r\n"
    return f"{head}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}".encode()


def test_ngrams_stay_inside_words_and_pad_them():
    grams = classifier.ngrams("Hé, DATA!")
    assert " h" in grams and "hé " in grams and " da" in grams and "data " in grams
    assert not any("," in g or "!" in g for g in grams)
    assert "é d" not in grams  # never across two words


def test_the_package_ships_a_model_for_the_frequent_rights():
    model = classifier.model()
    assert model is not None
    assert {"access", "erasure", "rectification", "objection"} <= set(model.weights)
    assert all(0.0 < t < 1.0 for t in model.threshold.values())


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Please remove me from everything, I want my information gone.", "erasure"),
        ("Send me whatever you keep on me, all of it.", "access"),
        ("Bitte schicken Sie mir alles, was bei Ihnen über mich gespeichert ist.", "access"),
        ("Your records show the wrong surname for me, it is Smith now.", "rectification"),
    ],
)
def test_it_reads_everyday_wording_of_the_frequent_rights(text, right):
    assert [r.right for r in classifier.read(text)] == [right]


def test_it_speaks_only_where_the_tables_read_nothing(monkeypatch):
    monkeypatch.setattr(classifier, "read", lambda text: [classifier.Reading("access", 0.9, "a sentence")])
    # The tables read this erasure; the model is not asked and no flag is set.
    got = extract(parse(mail("Please delete my account and all my personal data.\n\nKim Doe")))
    assert got.rights == ["erasure"]
    assert "rights_model" not in got.flags


QUIET = "Hello,\n\nthe thing with the street on the card again, same as last spring. Sort it please.\n\nKim Doe"


def test_a_reading_is_flagged_weaker_than_a_table_and_carries_its_sentence(monkeypatch):
    sentence = "the thing with the street on the card again, same as last spring."
    monkeypatch.setattr(classifier, "read", lambda text: [classifier.Reading("rectification", 0.7, sentence)])
    got = extract(parse(mail(QUIET, subject="Card")))
    assert got.kind == "request"
    assert got.rights == ["rectification"]
    assert "rights_model" in got.flags
    assert got.confidence["kind"] == 0.6 and got.confidence["rights.rectification"] == 0.6
    evidence = [e for e in got.evidence if e.field == "rights.rectification"]
    assert evidence[0].text == sentence and evidence[0].source == "body"


def test_without_a_reading_the_same_mail_is_other(monkeypatch):
    monkeypatch.setattr(classifier, "read", lambda text: [])
    got = extract(parse(mail(QUIET, subject="Card")))
    assert got.kind == "other" and got.rights == [] and "rights_model" not in got.flags


def test_it_is_silent_in_a_reply_to_one_of_our_letters(monkeypatch):
    # "I work at Acme Ltd, my phone is ..." answers our question; to the model it reads like a correction.
    monkeypatch.setattr(classifier, "read", lambda text: [classifier.Reading("rectification", 0.9, "my phone is")])
    answer = "I work at Acme Ltd, my customer number is CUST-4711 and my phone is +44 20 7946 0958.\n\nKim Doe"
    got = extract(parse(mail(answer, subject="Re: [DPO-2026-000123-3] We have received your request")))
    assert got.rights == [] and "rights_model" not in got.flags
    assert got.employer == "Acme Ltd"


def test_it_never_reads_a_right_the_tables_refused(monkeypatch):
    monkeypatch.setattr(classifier, "read", lambda text: [classifier.Reading("erasure", 0.9, "deleted")])
    got = extract(parse(mail("I do not want my account deleted, to be clear.\n\nKim Doe")))
    assert "erasure" not in got.rights and "rights_model" not in got.flags


def test_machine_mail_and_unreadable_languages_are_left_alone(monkeypatch):
    monkeypatch.setattr(classifier, "read", lambda text: [classifier.Reading("erasure", 0.9, "delete")])
    bounce = mail("Delivery failed: mailbox full.", sender="MAILER-DAEMON@mx.example", subject="Undelivered")
    assert extract(parse(bounce)).kind == "bounce"
    icelandic = "Góðan dag, mig langar að vita hvað þið eruð með um mig og hvers vegna.\n\nKim"
    got = extract(parse(mail(icelandic)))
    assert "language_unsupported" in got.flags and "rights_model" not in got.flags


@pytest.mark.timeout(60)
def test_a_ten_megabyte_line_is_read_only_as_far_as_its_start():
    # Bounded by construction: only the first MAX_CHARS characters become n-grams, whatever the length.
    assert len(classifier.ngrams("x" * 10_000_000)) == len(classifier.ngrams("x" * classifier.MAX_CHARS))
    assert len(classifier.ngrams("données " * 1_000_000)) <= classifier.MAX_CHARS * 4
    assert isinstance(classifier.read("\u202eno " * 2_000_000), list)
