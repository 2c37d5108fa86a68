"""Scenarios of the policy end to end over SMTP: request in, acknowledgement, draft, approval, reply received."""

from __future__ import annotations

import json
import smtplib
import time
from email.message import Message
from pathlib import Path

import pytest

from intake import reference
from tests.conftest import Service, Sink

pytestmark = pytest.mark.slow

PEOPLE = """subject_id,name,email,phone,employer,role,account_status,status_changed_at,account_id
S-100,Jane Doe,jane@example.com,+44 20 7946 0958,Acme Ltd,customer_contact,active,,CUST-4711
S-200,Piotr Wiśniewski,piotr@example.pl,+48 22 123 45 67,Globex Sp. z o.o.,user,active,,EMP-0042
S-300,Ana Souza,ana@example.br,+55 11 91234 5678,Initech Lda,customer_contact,expired,2026-10-01,CUST-0300
"""


def _mail(sender: str, subject: str, body: str, extra: str = "", name: str = "") -> bytes:
    display = f"{name} <{sender}>" if name else sender
    head = f"From: {display}\r\nTo: dpo@example.org\r\nSubject: {subject}\r\n{extra}"
    head += "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    return head.encode() + body.replace("\n", "\r\n").encode()


def _send(service: Service, raw: bytes, sender: str) -> None:
    with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=30) as client:
        client.sendmail(sender, ["dpo@example.org"], raw)


def _wait(sink: Sink, predicate, timeout: float = 40) -> list[Message]:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [m for _, _, m in list(sink.messages) if predicate(m)]
        if found:
            return found
        time.sleep(0.1)
    return []


def _text(message: Message) -> str:
    """The plain-text letter (replies are multipart/alternative with an HTML twin)."""
    part = message.get_body(("plain",))
    return part.get_content() if part is not None else ""


def _case(service: Service, ref: str) -> dict:  # type: ignore[type-arg]
    result = service.cli("case", ref, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _until_status(service: Service, ref: str, statuses: set[str], timeout: float = 40) -> dict:  # type: ignore[type-arg]
    deadline = time.monotonic() + timeout
    data = _case(service, ref)
    while data["status"] not in statuses and time.monotonic() < deadline:
        time.sleep(0.2)
        data = _case(service, ref)
    return data


EMPLOYERS = """name,admin_name,admin_email
Globex Sp. z o.o.,Marta Nowak,it-admin@globex.example
"""


@pytest.fixture
def people(service: Service, tmp_path: Path) -> Service:
    (tmp_path / "people.csv").write_text(PEOPLE, encoding="utf-8")
    (tmp_path / "employers.csv").write_text(EMPLOYERS, encoding="utf-8")
    service.start()
    result = service.cli("subjects", "import", str(tmp_path / "people.csv"))
    assert result.returncode == 0, result.stderr
    result = service.cli("employers", "import", str(tmp_path / "employers.csv"))
    assert result.returncode == 0, result.stderr
    return service


def test_missing_employer_is_asked_for_and_the_answer_joins_the_case(people: Service, sink: tuple[Sink, int]) -> None:
    _send(
        people,
        _mail(
            "jane@example.com",
            "Data request",
            "Please send me a copy of my personal data.\n\nJane Doe",
            name="Jane Doe",
        ),
        "jane@example.com",
    )
    acks = _wait(sink[0], lambda m: "received your request" in m["Subject"])
    assert acks
    ref = reference.find(acks[0]["Subject"])
    assert ref
    clarification = acks[0]  # one automatic mail: the acknowledgement carries the question
    assert "employer" in _text(clarification).lower()
    answer = _mail(
        "jane@example.com",
        f"Re: {clarification['Subject']}",
        "I work at Acme Ltd, my customer number is CUST-4711 and my phone is +44 20 7946 0958.\n\nJane Doe\n",
        extra=f"In-Reply-To: {clarification['Message-ID']}\r\nReferences: {clarification['Message-ID']}\r\n",
        name="Jane Doe",
    )
    _send(people, answer, "jane@example.com")
    data = _until_status(people, ref, {"drafted", "verified"})
    cases = json.loads(people.cli("cases", "--json").stdout)  # one JSON array
    assert len(cases) == 1  # the answer joined the case, it opened none
    assert data["extraction"]["employer"] == "Acme Ltd"
    assert data["verification"]["status"] == "verified"
    assert data["status"] == "drafted"
    result = people.cli("--as", "Dana DPO", "approve", ref)
    assert result.returncode == 0, result.stderr
    replies = _wait(sink[0], lambda m: m["Subject"] and ref in m["Subject"] and "Auto-Submitted" not in m)
    assert replies, "the approved access reply should reach the requester"
    assert replies[0]["To"] == "jane@example.com"
    events = _case(people, ref)["events"]
    assert any(e["action"] == "draft.approved" and e["actor"] == "Dana DPO" for e in events)


def test_user_asking_for_erasure_is_redirected_to_the_employer(people: Service, sink: tuple[Sink, int]) -> None:
    body = (
        "Dzień dobry,\nproszę o usunięcie moich danych osobowych (art. 17 RODO).\n"
        "Pracuję w Globex Sp. z o.o., numer pracownika EMP-0042, telefon +48 22 123 45 67.\n\n"
        "Piotr Wiśniewski\n"
    )
    _send(people, _mail("piotr@example.pl", "Usunięcie danych", body, name="Piotr Wiśniewski"), "piotr@example.pl")
    acks = _wait(sink[0], lambda m: m["Content-Language"] == "pl")
    assert acks, "the acknowledgement goes out in Polish"
    ref = reference.find(acks[0]["Subject"])
    data = _until_status(people, ref, {"drafted"})  # type: ignore[arg-type]
    assert data["verification"]["status"] == "verified"
    hits = [h["rule"] for h in data["decision"]["hits"]]
    assert "employer_redirect" in hits and "erasure" not in hits
    assert people.cli("approve", ref).returncode == 0  # type: ignore[arg-type]
    replies = _wait(sink[0], lambda m: m["To"] == "piotr@example.pl" and "Auto-Submitted" not in m)
    assert replies and "Globex" in _text(replies[0])
    notices = _wait(sink[0], lambda m: m["To"] == "it-admin@globex.example")
    assert notices, "the employer's admin contact is told"
    assert "Wiśniewski" in _text(notices[0]) or "Wisniewski" in _text(notices[0])


def test_opt_out_of_sale_is_answered_that_nothing_is_sold(people: Service, sink: tuple[Sink, int]) -> None:
    body = (
        "I am a California resident. Under the CCPA, do not sell or share my personal information.\n"
        "My customer number is CUST-4711, phone +44 20 7946 0958. I work at Acme Ltd.\n\nJane Doe\n"
    )
    _send(
        people,
        _mail("jane@example.com", "Do not sell my personal information", body, name="Jane Doe"),
        "jane@example.com",
    )
    acks = _wait(sink[0], lambda m: "received your request" in m["Subject"])
    ref = reference.find(acks[0]["Subject"])
    data = _until_status(people, ref, {"drafted"})  # type: ignore[arg-type]
    assert data["jurisdiction"] == "california"
    assert "45" in data["due_explanation"]
    assert people.cli("approve", ref).returncode == 0  # type: ignore[arg-type]
    replies = _wait(sink[0], lambda m: ref in (m["Subject"] or "") and "Auto-Submitted" not in m)
    assert replies and "not sell" in _text(replies[0]).lower()


def test_unknown_person_is_asked_for_more_data_without_learning_anything(
    people: Service, sink: tuple[Sink, int]
) -> None:
    body = "I am Max Mustermann and I work at Nobody GmbH. Please delete all my data.\n\nMax Mustermann\n"
    _send(people, _mail("max@example.de", "Delete my data", body, name="Max Mustermann"), "max@example.de")
    acks = _wait(sink[0], lambda m: "max@example.de" in m["To"] and m["Content-Language"] is not None)
    assert acks
    ref = reference.find(acks[0]["Subject"])
    text = _text(acks[0]).lower()  # one automatic mail: the acknowledgement asks for the data points
    assert "verif" in text
    for leak in ("not found", "could not find", "no record", "no account", "we hold no"):
        assert leak not in text
    assert _case(people, ref)["status"] == "awaiting_requester"  # type: ignore[arg-type]
