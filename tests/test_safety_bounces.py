"""Bounces of our own mail: linked to the outbox row by our Message-ID, the case flagged and first for the DPO."""

from __future__ import annotations

import json
import smtplib
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from intake import db, review, store
from intake.models import Case, Event, Message, Outbox
from intake.outbox import bounces
from intake.outbox.send import deliver_due
from intake.outbox.transports import transport_for
from intake.run import worker
from intake.settings import Settings
from tests.conftest import Service, Sink

BOUNCES = Path(__file__).resolve().parent / "corpus" / "bounces"
PERMANENT = ["postfix-dsn.eml", "exim.eml", "exchange-ndr.eml"]


def _request(who: str = "jane", mid: str = "<request-1@example.com>") -> bytes:
    return (
        f"From: {who.title()} Doe <{who}@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: {mid}\r\n"
        f"Subject: Please delete my personal data\r\n\r\n"
        f"Hello, I am {who.title()} Doe and I work at Acme Ltd. Please delete my personal data.\r\n"
    ).encode()


def _ingest(settings: Settings, raw: bytes, sender: str) -> Message:
    with db.session(settings.database_url) as s:
        stored = store.put(s, raw, mailbox="smtp:dpo@example.org", source="smtp", envelope_from=sender)
    worker.drain(settings)
    with db.session(settings.database_url) as s:
        row = s.get(Message, stored.id)
        assert row is not None and row.status == "processed", row and row.error
        return row


def _acknowledged(settings: Settings, who: str = "jane") -> Outbox:
    """A request that was acknowledged, the acknowledgement delivered: the outbox row a bounce will name."""
    message = _ingest(settings, _request(who, f"<request-{who}@example.com>"), f"{who}@example.com")
    with db.session(settings.database_url) as s:
        assert deliver_due(s, settings, transport_for(settings)) >= 1
        return s.exec(
            select(Outbox).where(Outbox.case_id == message.case_id, Outbox.purpose == "acknowledgement")
        ).one()


def _bounce(name: str, row: Outbox, settings: Settings) -> bytes:
    """A fixture with the acknowledgement's own signed Message-ID and reference filled in."""
    with db.session(settings.database_url) as s:
        case = s.get(Case, row.case_id)
        assert case is not None
        ref = case.reference
    raw = (BOUNCES / name).read_bytes()
    return raw.replace(b"{{MESSAGE_ID}}", row.message_id.encode()).replace(b"{{REFERENCE}}", ref.encode())


def _state(settings: Settings, row: Outbox) -> tuple[Outbox, Case, list[str], int]:
    """(the outbox row, its case, the audit actions of the case, how many outbox rows exist) now."""
    with db.session(settings.database_url) as s:
        out = s.get(Outbox, row.id)
        case = s.get(Case, row.case_id)
        assert out is not None and case is not None
        actions = [e.action for e in s.exec(select(Event).where(Event.case_id == case.id)).all()]
        return out, case, actions, len(s.exec(select(Outbox)).all())


@pytest.mark.parametrize("name", PERMANENT)
def test_permanent_bounce_marks_the_row_flags_the_case_and_attaches_itself(settings: Settings, name: str) -> None:
    ack = _acknowledged(settings)
    _, _, _, rows_before = _state(settings, ack)
    message = _ingest(settings, _bounce(name, ack, settings), "")
    out, case, actions, rows_after = _state(settings, ack)
    assert message.kind == "bounce"
    assert out.status == "bounced"
    assert out.last_error and "permanent failure" in out.last_error
    assert "reply_bounced" in case.flags
    assert message.case_id == case.id
    assert message.reason and f"bounce of our acknowledgement in {case.reference}" in message.reason
    assert "outbox.bounced" in actions
    assert rows_after == rows_before  # nothing was sent, or queued, in answer to the bounce
    with db.session(settings.database_url) as s:
        assert bounces.hard_bounced(s, "Jane@EXAMPLE.com", datetime.now(UTC) - timedelta(minutes=5))


def test_postfix_dsn_keeps_the_status_and_the_remote_servers_words(settings: Settings) -> None:
    ack = _acknowledged(settings)
    _ingest(settings, _bounce("postfix-dsn.eml", ack, settings), "")
    out, _, _, _ = _state(settings, ack)
    assert out.last_error is not None
    assert "5.1.1" in out.last_error and "User unknown in virtual mailbox table" in out.last_error


def test_delay_warning_is_attached_but_the_row_stays_sent_and_nothing_is_flagged(settings: Settings) -> None:
    ack = _acknowledged(settings)
    message = _ingest(settings, _bounce("postfix-delayed.eml", ack, settings), "")
    out, case, actions, _ = _state(settings, ack)
    assert out.status == "sent"
    assert message.case_id == case.id  # linked: the DPO sees the warning in the case
    assert message.reason and "delivery delayed 4.4.1" in message.reason
    assert "reply_bounced" not in case.flags
    assert "outbox.delayed" in actions and "outbox.bounced" not in actions
    with db.session(settings.database_url) as s:
        assert not bounces.hard_bounced(s, "jane@example.com", datetime.now(UTC) - timedelta(minutes=5))


def test_bounce_of_mail_that_only_cites_ours_is_not_linked(settings: Settings) -> None:
    ack = _acknowledged(settings)
    message = _ingest(settings, _bounce("not-ours.eml", ack, settings), "")
    out, case, actions, _ = _state(settings, ack)
    assert message.kind == "bounce"
    assert out.status == "sent"
    assert "reply_bounced" not in case.flags
    assert "outbox.bounced" not in actions
    with db.session(settings.database_url) as s:
        assert not bounces.hard_bounced(s, "jane@example.com", datetime.now(UTC) - timedelta(minutes=5))


def test_forged_message_id_of_our_shape_is_not_linked(settings: Settings) -> None:
    ack = _acknowledged(settings)
    case_ref = _bounce("postfix-dsn.eml", ack, settings)  # the right reference, a made-up nonce and HMAC
    forged = f"<{ack.message_id.strip('<>').split('.')[0]}.0123456789ab.00000000000000000000@example.org>"
    _ingest(settings, case_ref.replace(ack.message_id.encode(), forged.encode()), "")
    out, case, _, _ = _state(settings, ack)
    assert out.status == "sent" and "reply_bounced" not in case.flags


def test_failure_after_the_queue_expired_is_a_bounce_but_not_a_hard_one(settings: Settings) -> None:
    ack = _acknowledged(settings)
    raw = _bounce("postfix-dsn.eml", ack, settings).replace(b"Status: 5.1.1", b"Status: 4.4.7")
    _ingest(settings, raw, "")
    out, case, _, _ = _state(settings, ack)
    assert out.status == "bounced" and "reply_bounced" in case.flags  # it did not arrive: the DPO must know
    with db.session(settings.database_url) as s:
        assert not bounces.hard_bounced(s, "jane@example.com", datetime.now(UTC) - timedelta(minutes=5))


def test_hard_bounced_looks_only_at_that_address_and_since_that_time(settings: Settings) -> None:
    ack = _acknowledged(settings)
    before = datetime.now(UTC) - timedelta(minutes=5)
    with db.session(settings.database_url) as s:
        assert not bounces.hard_bounced(s, "jane@example.com", before)  # sent, not bounced
    _ingest(settings, _bounce("exim.eml", ack, settings), "")
    with db.session(settings.database_url) as s:
        assert bounces.hard_bounced(s, "jane@example.com", before)
        assert bounces.hard_bounced(s, " JANE@example.COM ", before.replace(tzinfo=None))  # naive: taken as UTC
        assert not bounces.hard_bounced(s, "john@example.com", before)
        assert not bounces.hard_bounced(s, "jane@example.com", datetime.now(UTC) + timedelta(minutes=5))


def test_case_with_a_bounced_reply_comes_first_in_the_review_queue(settings: Settings) -> None:
    early = _acknowledged(settings, "john")
    late = _acknowledged(settings)
    today = datetime.now(UTC).date()
    with db.session(settings.database_url) as s:
        for row, due, status in ((early, today, None), (late, today + timedelta(days=20), "sent")):
            case = s.get(Case, row.case_id)
            assert case is not None
            case.due_on = due
            case.flags = sorted({*case.flags, "follow_up_from_other_address"})  # both wait for the DPO
            case.status = status or case.status  # a sent case leaves the queue, unless its reply comes back
            s.add(case)
        s.commit()
        assert [i.case.id for i in review.queue(s, today)] == [early.case_id]
    _ingest(settings, _bounce("postfix-dsn.eml", late, settings), "")
    with db.session(settings.database_url) as s:
        assert [i.case.id for i in review.queue(s, today)] == [late.case_id, early.case_id]


def test_read_receipt_quoting_our_message_id_is_not_a_bounce(settings: Settings) -> None:
    ack = _acknowledged(settings)
    mdn = (
        "From: jane@example.com\r\nTo: dpo@example.org\r\nSubject: Read: We have received your request\r\n"
        "Message-ID: <mdn-1@example.com>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="m"\r\n\r\n'
        "--m\r\nContent-Type: text/plain\r\n\r\nYour message was displayed.\r\n"
        "--m\r\nContent-Type: message/disposition-notification\r\n\r\n"
        f"Final-Recipient: rfc822; jane@example.com\r\nOriginal-Message-ID: {ack.message_id}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n"
        f"--m\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: {ack.message_id}\r\n\r\n--m--\r\n"
    ).encode()
    _ingest(settings, mdn, "")
    out, case, _, _ = _state(settings, ack)
    assert out.status == "sent" and "reply_bounced" not in case.flags


# ------------------------------------------------------------------ end to end, through `intake run`


def _case(service: Service, ref: str) -> dict:  # type: ignore[type-arg]
    result = service.cli("case", ref, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.slow
def test_dsn_of_our_acknowledgement_over_smtp_flags_the_case_and_is_never_answered(
    service: Service, sink: tuple[Sink, int]
) -> None:
    service.start()
    with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=30) as client:
        client.sendmail("jane@example.com", ["dpo@example.org"], _request())
    relay = sink[0]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any("received your request" in m[2]["Subject"] for m in relay.messages):
        time.sleep(0.1)
    ack = next(m[2] for m in relay.messages if "received your request" in m[2]["Subject"])
    ref = ack["Subject"].partition("[")[2].partition("]")[0]
    time.sleep(1)  # a clarification may follow the acknowledgement: count what left before the bounce
    sent_before = len(relay.messages)
    raw = (BOUNCES / "postfix-dsn.eml").read_bytes()
    raw = raw.replace(b"{{MESSAGE_ID}}", ack["Message-ID"].encode()).replace(b"{{REFERENCE}}", ref.encode())
    raw = raw.replace(b"\n", b"\r\n")  # smtplib sends bytes as they are, and SMTP lines end in CRLF
    with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=30) as client:
        client.sendmail("", ["dpo@example.org"], raw)  # a bounce has the null envelope sender
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and "reply_bounced" not in _case(service, ref)["flags"]:
        time.sleep(0.2)
    data = _case(service, ref)
    assert "reply_bounced" in data["flags"]
    assert [o["status"] for o in data["outbox"] if o["purpose"] == "acknowledgement"] == ["bounced"]
    bounce = [m for m in data["messages"] if m["kind"] == "bounce"]
    assert len(bounce) == 1 and "bounce of our acknowledgement" in bounce[0]["reason"]
    assert any(e["action"] == "outbox.bounced" for e in data["events"])
    review_out = service.cli("review").stdout.splitlines()
    assert review_out and review_out[0].startswith(ref)
    time.sleep(1.5)  # give a wrong answer to the bounce the time to leave
    assert len(relay.messages) == sent_before
