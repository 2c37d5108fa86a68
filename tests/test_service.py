"""End to end over real sockets: mail in by SMTP, stored, a case opened, the acknowledgement out through a relay."""

from __future__ import annotations

import json
import os
import smtplib
import subprocess
import sys
import time
from datetime import date

import pytest

from intake import db, reference
from intake.letters.dates import long_date
from intake.policy.deadline import add_months
from tests.conftest import Service, Sink

pytestmark = pytest.mark.slow

REQUEST = (
    b"From: Jane Doe <jane@example.com>\r\n"
    b"To: dpo@example.org\r\n"
    b"Subject: Please delete my personal data\r\n"
    b"Message-ID: <request-1@example.com>\r\n"
    b"Date: Wed, 25 Nov 2026 10:00:00 +0000\r\n"
    b"\r\n"
    b"Hello, I am Jane Doe and I work at Acme Ltd. Please delete my personal data.\r\n"
)


def _text(message) -> str:  # type: ignore[no-untyped-def]
    """The plain-text letter (replies are multipart/alternative with an HTML twin)."""
    part = message.get_body(("plain",))
    return part.get_content() if part is not None else ""


def _send(port: int, raw: bytes, rcpt: str = "dpo@example.org", sender: str = "jane@example.com") -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.sendmail(sender, [rcpt], raw)


def _acks(sink: Sink, count: int = 1, timeout: float = 30) -> list:  # type: ignore[type-arg]
    """The acknowledgements the relay received (a clarification may follow them)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        acks = [m for m in sink.messages if "We have received your request" in m[2]["Subject"]]
        if len(acks) >= count:
            return acks
        time.sleep(0.05)
    return [m for m in sink.messages if "We have received your request" in m[2]["Subject"]]


def _messages(service: Service) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(x) for x in service.cli("messages", "--json").stdout.splitlines() if x.strip()]


def _cases(service: Service) -> list[dict]:
    result = service.cli("cases", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # one JSON array


def _wait_for(predicate, timeout: float = 30):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    return predicate()


def test_request_gets_threaded_acknowledgement_with_reference_and_due_date(
    service: Service, sink: tuple[Sink, int]
) -> None:
    service.start()
    _send(service.smtp_port, REQUEST)
    received = _acks(sink[0])
    assert len(received) == 1
    mail_from, rcpts, ack = received[0]
    assert rcpts == ["jane@example.com"]
    assert mail_from == "dpo@example.org"
    ref = reference.find(ack["Subject"])
    assert ref is not None and reference.is_valid(ref)
    assert ack["In-Reply-To"] == "<request-1@example.com>"
    assert "<request-1@example.com>" in ack["References"]
    assert ack["Auto-Submitted"] == "auto-replied"
    assert ack["X-Auto-Response-Suppress"] == "All"
    assert ack["Message-ID"].startswith(f"<{ref}.")
    body = _text(ack)
    due = add_months(date.today(), 1).isoformat()
    assert long_date(due, "en") in body  # in the letter's language: "6 January 2027"
    assert "two or more" in body  # says how verification works
    cases = _cases(service)
    assert [c["reference"] for c in cases] == [ref]
    assert cases[0]["status"] in {"acknowledged", "awaiting_requester"}
    assert cases[0]["due"] == due


def test_same_message_delivered_twice_makes_one_case_and_one_acknowledgement(
    service: Service, sink: tuple[Sink, int]
) -> None:
    service.start()
    _send(service.smtp_port, REQUEST)
    _send(service.smtp_port, REQUEST)
    assert len(_acks(sink[0])) == 1
    time.sleep(1.5)  # give a wrong second acknowledgement the time to appear
    assert len(_acks(sink[0], timeout=0)) == 1
    assert len(_cases(service)) == 1
    assert len(_messages(service)) == 1


def test_reused_message_id_with_other_bytes_is_stored_and_flagged(service: Service, sink: tuple[Sink, int]) -> None:
    service.start()
    _send(service.smtp_port, REQUEST)
    _send(service.smtp_port, REQUEST.replace(b"Acme Ltd", b"Globex SA"))
    rows = _wait_for(lambda: [r for r in _messages(service) if r["status"] == "processed"][1:] and _messages(service))
    assert len(rows) == 2
    assert "message_id_reused" in rows[1]["flags"]


def test_auto_reply_is_stored_with_reason_and_never_answered(service: Service, sink: tuple[Sink, int]) -> None:
    service.start()
    auto = (
        b"From: Out of Office <bob@example.com>\r\nTo: dpo@example.org\r\nSubject: Automatic reply: away\r\n"
        b"Auto-Submitted: auto-replied\r\nMessage-ID: <ooo-1@example.com>\r\n\r\nI am away until Monday.\r\n"
    )
    _send(service.smtp_port, auto, sender="bob@example.com")
    rows = _wait_for(lambda: [r for r in _messages(service) if r["status"] == "processed"])
    assert rows and rows[0]["kind"] == "auto_reply"
    assert "Auto-Submitted" in rows[0]["reason"]
    time.sleep(1)
    assert sink[0].messages == []
    assert _cases(service) == []


def test_bounce_with_null_sender_is_never_answered(service: Service, sink: tuple[Sink, int]) -> None:
    service.start()
    bounce = (
        b"From: Mail Delivery System <MAILER-DAEMON@example.com>\r\nTo: dpo@example.org\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <bounce-1@example.com>\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n"
        b"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; example.com\r\n\r\n"
        b"Final-Recipient: rfc822; x@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n"
    )
    _send(service.smtp_port, bounce, sender="")
    rows = _wait_for(lambda: [r for r in _messages(service) if r["status"] == "processed"])
    assert rows and rows[0]["kind"] == "bounce"
    time.sleep(1)
    assert sink[0].messages == []


def test_unknown_recipient_is_refused_with_550(service: Service) -> None:
    service.start()
    with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=30) as client:
        client.ehlo()
        client.mail("jane@example.com")
        code, text = client.rcpt("someone-else@example.org")
    assert code == 550
    assert b"someone-else@example.org" in text


def test_oversized_message_is_refused_with_552(service: Service) -> None:
    service.start()
    big = REQUEST + b"x" * 300_000 + b"\r\n"
    with pytest.raises(smtplib.SMTPResponseException) as raised:
        _send(service.smtp_port, big)
    assert raised.value.smtp_code == 552


def test_broken_mime_is_stored_and_processed_without_crashing_the_server(
    service: Service, sink: tuple[Sink, int]
) -> None:
    service.start()
    broken = (
        b"From: =?x-unknown?Q?J=E9r=F4me?= <jerome@example.com>\r\nTo: dpo@example.org\r\n"
        b"Subject: \xff\xfe broken \xc3\r\n"
        b'Content-Type: multipart/mixed; boundary="never-closed"\r\n\r\n'
        b"--never-closed\r\nContent-Type: text/plain; charset=klingon\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n"
    )
    _send(service.smtp_port, broken, sender="jerome@example.com")
    _send(service.smtp_port, REQUEST)
    assert len(sink[0].wait(1)) >= 1  # the server is still alive and the next mail went through
    assert _wait_for(lambda: all(r["status"] != "received" for r in _messages(service)))
    statuses = [r["status"] for r in _messages(service)]
    assert len(statuses) == 2 and set(statuses) <= {"processed", "failed"}


def test_killed_after_250_and_restarted_makes_exactly_one_case_and_acknowledgement(
    service: Service, sink: tuple[Sink, int]
) -> None:
    service.start("--no-worker")
    _send(service.smtp_port, REQUEST)  # 250 received: the message must be durable now
    service.kill()
    assert sink[0].messages == []
    service.start()
    assert len(_acks(sink[0])) == 1
    time.sleep(1.5)
    assert len(_acks(sink[0], timeout=0)) == 1
    assert len(_cases(service)) == 1


def test_run_on_a_database_behind_the_code_refuses_in_one_line_naming_the_upgrade(service: Service) -> None:
    result = service.cli("run", "--no-web")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: database schema is at revision none, this intake needs {db.head_revision()}: run `intake db upgrade`"
    ]
    assert db.current_revision(service.env["INTAKE_DATABASE_URL"]) is None  # nothing migrated behind our back


def test_an_unknown_role_is_one_line_naming_the_choices(service: Service) -> None:
    result = service.cli("run", "--role", "smtp,mailman")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: --role: unknown role mailman (choose among smtp,imap,worker,sender,web,scheduler)"
    ]


def test_a_receiving_process_and_a_working_process_share_the_work_by_role(
    service: Service, sink: tuple[Sink, int]
) -> None:
    service.start("--role", "smtp")  # receives and stores, nothing else
    back = subprocess.Popen(
        [sys.executable, "-m", "intake.cli", "run", "--role", "worker,sender"],
        env={**os.environ, **service.env},
        cwd=service.tmp,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _send(service.smtp_port, REQUEST)
        assert len(_acks(sink[0], timeout=60)) == 1
    finally:
        back.terminate()
        back.wait(20)
    assert [r["status"] for r in _messages(service)] == ["processed"]
