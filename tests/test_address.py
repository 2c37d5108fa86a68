"""Addresses are read and checked in one place (email-validator): what the parser takes, the rules accept."""

from __future__ import annotations

import smtplib

import pytest

from intake.understand import address
from intake.understand.parse import parse
from tests.conftest import Service, Sink, service_env

UMLAUT = (
    "From: Jörg Bücher <joerg@bücher.de>\r\nTo: dpo@example.org\r\nSubject: Auskunft\r\n"
    "Message-ID: <idn-1@xn--bcher-kva.de>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "Ich bin Jörg Bücher und arbeite bei Acme. Bitte löschen Sie meine Daten.\r\n"
).encode()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("joerg@bücher.de", "joerg@bücher.de"),
        ("joerg@xn--bcher-kva.de", "joerg@bücher.de"),  # one spelling of the domain, whichever arrived
        ("Jane@Example.ORG", "jane@example.org"),
        ("someone@mbox.test", "someone@mbox.test"),  # trials use .test; replying is another matter
        ("postmaster@localhost", None),  # special-use: nobody can be answered there
        ("a..b@example.com", None),
        ("no-at-sign", None),
        ("x@" + "a" * 400 + ".com", None),
    ],
)
def test_parse(text: str, expected: str | None) -> None:
    assert address.parse(text) == expected


def test_deliverable_refuses_what_no_reply_can_reach() -> None:
    assert address.deliverable("joerg@bücher.de")
    assert not address.deliverable("postmaster@localhost")
    assert not address.deliverable("someone@host.invalid")
    assert not address.deliverable("")
    assert not address.deliverable("root@intranet")  # no dot: not a domain of the public DNS
    assert address.deliverable("vic@mbox.test")  # trials


def test_envelope_is_ascii_for_an_international_domain() -> None:
    assert address.envelope("joerg@bücher.de") == "joerg@xn--bcher-kva.de"
    assert address.envelope("jane@example.org") == "jane@example.org"


def test_the_parser_and_the_no_sender_rule_agree_on_an_international_domain() -> None:
    from intake.policy.rules.no_sender import NoSender

    parsed = parse(UMLAUT)
    assert parsed.from_addr == "joerg@bücher.de"
    assert parsed.from_name == "Jörg Bücher"

    class Ctx:  # the one field the rule reads
        def __init__(self) -> None:
            self.parsed = parsed

    assert NoSender().check(Ctx()) is None  # type: ignore[arg-type]


@pytest.mark.slow
def test_a_request_from_an_international_domain_gets_its_acknowledgement(tmp_path, sink: tuple[Sink, int]) -> None:  # type: ignore[no-untyped-def]
    service = Service(tmp_path, service_env(tmp_path, sink[1]))
    service.start()
    try:
        with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=30) as client:
            client.sendmail("joerg@xn--bcher-kva.de", ["dpo@example.org"], UMLAUT)
        received = sink[0].wait(1, timeout=60)
    finally:
        service.stop()
    assert received, service.log.read_text()[-3000:]
    mail_from, rcpts, message = received[0]
    assert rcpts == ["joerg@xn--bcher-kva.de"]
    assert "DPO-" in message["Subject"]
