"""Safe on a public address: auto-responders cannot loop, forged follow-ups change nothing, automatic mail is capped."""

from __future__ import annotations

import email.policy
import smtplib
import threading
import time
from collections.abc import Callable, Iterator
from email import message_from_bytes
from email.message import Message as EmailMessage

import pytest
from aiosmtpd.controller import Controller
from sqlmodel import select

from intake import db, store
from intake.models import Case, Draft, Event, Message, Outbox
from intake.outbox import budget
from intake.run import worker
from intake.settings import Settings
from tests.conftest import Service, free_port, link_subject

Reply = Callable[[EmailMessage, int], bytes | None]


class Responder:
    """A badly behaved mail system: it answers every mail intake sends, ignoring Auto-Submitted (RFC 3834)."""

    def __init__(self, reply: Reply, smtp_port: int) -> None:
        self.reply = reply
        self.smtp_port = smtp_port
        self.received: list[EmailMessage] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # noqa: N802
        mail = message_from_bytes(envelope.original_content or envelope.content)
        with self.lock:
            self.received.append(mail)
            n = len(self.received)
        answer = self.reply(mail, n)
        if answer is not None:
            # Answer from another thread: the SMTP session that delivered to us must finish first.
            threading.Thread(target=self._send, args=(answer,), daemon=True).start()
        return "250 OK"

    def _send(self, raw: bytes) -> None:
        try:
            with smtplib.SMTP("127.0.0.1", self.smtp_port, timeout=10) as client:
                client.sendmail("jane@example.com", ["dpo@example.org"], raw)
        except OSError:
            pass  # intake is shutting down

    def count(self) -> int:
        with self.lock:
            return len(self.received)


@pytest.fixture
def looping(service: Service) -> Iterator[Callable[[Reply], Responder]]:
    """Start intake with its outbound mail going to a responder made by the test."""
    controllers: list[Controller] = []

    def start(reply: Reply) -> Responder:
        responder = Responder(reply, service.smtp_port)
        port = free_port()
        controller = Controller(responder, hostname="127.0.0.1", port=port)
        controller.start()
        controllers.append(controller)
        service.env["INTAKE_OUTBOUND"] = f"smtp://127.0.0.1:{port}"
        service.env["INTAKE_SEND_RETRY_SECONDS"] = "1"
        service.start()
        return responder

    yield start
    service.stop()
    for controller in controllers:
        controller.stop()


def _first_request(service: Service, body: str = "Please send me a copy of my personal data.\n\nJane Doe") -> None:
    raw = (
        "From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <first@example.com>\r\n"
        f"Subject: My data\r\n\r\n{body}\r\n"
    ).encode()
    with smtplib.SMTP("127.0.0.1", service.smtp_port, timeout=10) as client:
        client.sendmail("jane@example.com", ["dpo@example.org"], raw)


def _run_for(responder: Responder, seconds: float) -> int:
    """Let the responder and intake talk for `seconds`; returns how many mails intake sent it."""
    time.sleep(seconds)
    return responder.count()


def _out_of_office(mail: EmailMessage, n: int) -> bytes:
    # No Auto-Submitted, no Precedence: the kind of responder RFC 3834 asks not to be.
    return (
        f"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <ooo-{n}@example.com>\r\n"
        f"Subject: Re: {mail['Subject']}\r\nIn-Reply-To: {mail['Message-ID']}\r\n\r\n"
        "I am out of the office until Monday and will read your message then.\r\n"
    ).encode()


def test_a_threading_auto_responder_that_ignores_rfc_3834_stops_within_the_case_budget(
    looping: Callable[[Reply], Responder], service: Service
) -> None:
    responder = looping(_out_of_office)
    _first_request(service)  # no employer: intake asks for it, and the responder answers every mail
    sent = _run_for(responder, 8)
    assert 1 <= sent <= 3, f"intake sent {sent} mails to the auto-responder"


def test_an_auto_responder_that_only_quotes_the_reference_stops_within_the_case_budget(
    looping: Callable[[Reply], Responder], service: Service
) -> None:
    def by_reference(mail: EmailMessage, n: int) -> bytes:
        return (
            f"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <ref-{n}@example.com>\r\n"
            f"Subject: Re: {mail['Subject']}\r\n\r\nThank you, your message has been received.\r\n"
        ).encode()

    responder = looping(by_reference)
    _first_request(service)
    sent = _run_for(responder, 8)
    assert 1 <= sent <= 3, f"intake sent {sent} mails to the auto-responder"


def test_a_responder_whose_replies_read_like_new_requests_gets_at_most_three_mails_an_hour(
    looping: Callable[[Reply], Responder], service: Service
) -> None:
    def new_request(mail: EmailMessage, n: int) -> bytes:
        return (
            f"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <new-{n}@example.com>\r\n"
            f"Subject: Request {n}\r\n\r\nI am Jane Doe of Acme Ltd. Please delete my personal data.\r\n"
        ).encode()

    responder = looping(new_request)
    _first_request(service, "I am Jane Doe of Acme Ltd. Please delete my personal data.")
    sent = _run_for(responder, 8)
    assert 1 <= sent <= 3, f"intake sent {sent} mails to the responder"
    with db.session(service.env["INTAKE_DATABASE_URL"]) as s:
        cases = s.exec(select(Case)).all()
        held = [c for c in cases if "automatic_mail_held" in c.flags]
    # Every mail still opened its case (the legal clock runs); only the automatic answer was held back.
    assert len(cases) > sent and held, (len(cases), sent)


# ------------------------------------------------------------------ in one process, without the network


def _ingest(settings: Settings, raw: bytes) -> None:
    with db.session(settings.database_url) as s:
        store.put(s, raw, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    worker.drain(settings)


def _mail(body: str, subject: str, mid: str, extra: str = "", sender: str = "jane@example.com") -> bytes:
    return (
        f"From: Jane Doe <{sender}>\r\nTo: dpo@example.org\r\nMessage-ID: {mid}\r\n"
        f"Subject: {subject}\r\n{extra}\r\n{body}\r\n"
    ).encode()


def test_eight_requests_in_a_minute_from_one_address_get_three_automatic_mails(settings: Settings) -> None:
    for n in range(8):
        _ingest(settings, _mail("I am Jane Doe of Acme Ltd. Please delete my data.", f"Delete {n}", f"<r{n}@x>"))
    with db.session(settings.database_url) as s:
        cases = s.exec(select(Case)).all()
        automatic = s.exec(select(Outbox).where(Outbox.automatic)).all()  # type: ignore[arg-type]
        held = s.exec(select(Message).where(Message.reason.like("no acknowledgement:%"))).all()  # type: ignore[union-attr]
    assert len(cases) == 8  # nothing is lost: every request is a case with its clock
    assert len(automatic) == 3
    # One automatic mail per request (the acknowledgement asks for the data points): three requests had theirs.
    assert len(held) == 5 and "automatic_per_recipient_hour" in (held[0].reason or "")


def test_a_forged_follow_up_by_reference_only_changes_nothing(settings: Settings) -> None:
    _ingest(settings, _mail("I am Jane Doe of Acme Ltd. Please send me a copy of my data.", "Access", "<a1@x>"))
    with db.session(settings.database_url) as s:
        (case,) = s.exec(select(Case)).all()
        drafts_before = [(d.id, d.status) for d in s.exec(select(Draft)).all()]
    forged = _mail(
        "Please also erase all my personal data.",
        f"Re: [{case.reference}]",
        "<forged@x>",
        extra="Authentication-Results: mx.example.org; dmarc=fail header.from=example.com; spf=fail\r\n",
    )
    _ingest(settings, forged)
    with db.session(settings.database_url) as s:
        after = s.get(Case, case.id)
        drafts_after = [(d.id, d.status) for d in s.exec(select(Draft)).all()]
        message = s.exec(select(Message).where(Message.message_id == "<forged@x>")).one()
    assert after is not None and after.extraction is not None
    assert "erasure" not in after.extraction["rights"]
    assert "unauthenticated_follow_up" in after.flags
    assert drafts_after == drafts_before  # the waiting drafts were not superseded
    assert message.case_id == case.id  # attached, for the DPO to read


def test_a_follow_up_that_adds_nothing_gets_no_automatic_reply(settings: Settings) -> None:
    _ingest(settings, _mail("Please send me a copy of my personal data.\n\nJane Doe", "My data", "<b1@x>"))
    with db.session(settings.database_url) as s:
        (ask,) = s.exec(select(Outbox)).all()  # the acknowledgement, asking for the employer
        before = len(s.exec(select(Outbox)).all())
    echo = _mail("Thanks, noted.", f"Re: {ask.subject}", "<b2@x>", extra=f"In-Reply-To: {ask.message_id}\r\n")
    _ingest(settings, echo)
    with db.session(settings.database_url) as s:
        assert len(s.exec(select(Outbox)).all()) == before
        message = s.exec(select(Message).where(Message.message_id == "<b2@x>")).one()
    assert "adds nothing new" in (message.reason or "")


def test_a_right_added_by_a_follow_up_waits_for_the_dpo(settings: Settings) -> None:
    _ingest(settings, _mail("I am Jane Doe of Acme Ltd. Please send me a copy of my data.", "Access", "<c1@x>"))
    with db.session(settings.database_url) as s:
        ack = s.exec(select(Outbox).where(Outbox.purpose == "acknowledgement")).one()
        drafts_before = len(s.exec(select(Draft)).all())
    more = _mail(
        "Please also delete my data.", f"Re: {ack.subject}", "<c2@x>", extra=f"In-Reply-To: {ack.message_id}\r\n"
    )
    _ingest(settings, more)
    with db.session(settings.database_url) as s:
        (case,) = s.exec(select(Case)).all()
        assert len(s.exec(select(Draft)).all()) == drafts_before  # nothing drafted on the new right yet
    assert "rights_added_by_follow_up" in case.flags
    # Not kept on the case, so no later follow-up drafts it; the DPO reads it in the message and the audit trail.
    assert case.extraction is not None and "erasure" not in case.extraction["rights"]
    with db.session(settings.database_url) as s:
        added = [e.detail for e in s.exec(select(Event).where(Event.action == "case.rights_added")).all()]
    assert added == [{"rights": ["erasure"]}]


def test_the_circuit_breaker_pauses_all_automatic_mail(settings: Settings) -> None:
    import dataclasses

    small = dataclasses.replace(settings, tables={"policy": {"automatic_per_hour": 2}})
    for n, who in enumerate(["a@x.org", "b@x.org", "c@x.org"]):
        _ingest(small, _mail("I am Jane Doe of Acme Ltd. Delete my data.", "Delete", f"<d{n}@x>", sender=who))
    with db.session(settings.database_url) as s:
        automatic = s.exec(select(Outbox).where(Outbox.automatic)).all()  # type: ignore[arg-type]
        third = s.exec(select(Case).where(Case.requester == "c@x.org")).one()
        refusal = budget.refusal(s, small, third, "d@x.org")
    assert len(automatic) == 2
    assert "automatic_mail_held" in third.flags
    assert refusal is not None and "circuit breaker" in refusal


def test_an_ordinary_request_gets_one_automatic_mail_that_asks_for_what_is_missing(settings: Settings) -> None:
    _ingest(settings, _mail("Please send me a copy of my personal data.\n\nJane Doe", "My data", "<e1@x>"))
    with db.session(settings.database_url) as s:
        (mail,) = s.exec(select(Outbox)).all()
        asked = s.exec(select(Draft).where(Draft.template == "clarification")).one()
    parsed = message_from_bytes(mail.raw, policy=email.policy.default)
    text = parsed.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert mail.purpose == "acknowledgement" and mail.automatic
    assert "registered it under the reference" in text and "employer" in text  # received, and what is missing
    assert text.count("Dear Jane Doe") == 1 and text.count("Kind regards") == 1  # one letter, not two glued
    assert asked.status == "approved" and asked.outbox_id == mail.id  # the case shows what was asked, and where


def test_no_automatic_mail_goes_to_an_address_that_bounced_permanently(settings: Settings) -> None:
    from intake import audit
    from intake.outbox import bounces

    _ingest(settings, _mail("I am Jane Doe of Acme Ltd. Delete my data.", "Delete", "<f1@x>"))
    with db.session(settings.database_url) as s:
        (ack,) = s.exec(select(Outbox)).all()
        # What bounces.link records for a permanent failure (tests/test_safety_bounces.py drives it with real DSNs).
        audit.record(s, bounces.BOUNCED, case_id=ack.case_id, detail={"outbox_id": ack.id, "permanent": True})
        s.commit()
    _ingest(settings, _mail("I am Jane Doe of Acme Ltd. Delete my data again.", "Delete 2", "<f2@x>"))
    with db.session(settings.database_url) as s:
        assert len(s.exec(select(Outbox)).all()) == 1
        second = s.exec(select(Message).where(Message.message_id == "<f2@x>")).one()
    assert "bounced permanently" in (second.reason or "")


# ------------------------------------------------------------------ findings of the attack on loopback (2026-12-06)


def test_spellings_of_one_mailbox_share_its_hourly_budget(settings: Settings) -> None:
    spellings = ["vic+1@mbox.test", "vic+2@mbox.test", '"vic"@mbox.test', "vic@mbox.test.", "VIC@MBOX.TEST"]
    for n, sender in enumerate(spellings):
        _ingest(settings, _mail("I am Vic Tim of Acme Ltd. Delete my data.", f"Delete {n}", f"<v{n}@x>", sender=sender))
    with db.session(settings.database_url) as s:
        automatic = s.exec(select(Outbox).where(Outbox.automatic)).all()  # type: ignore[arg-type]
    assert len(automatic) == 3  # not one per spelling
    assert budget.mailbox('Vic <"VIC+news"@Mbox.Test.>') == "vic@mbox.test"


def test_a_message_id_made_of_encoded_words_is_not_echoed_into_our_reply(settings: Settings) -> None:
    mid = "=?utf-8?q?<x@y>_Bcc:_injected@evil.test?="
    _ingest(settings, _mail("I am Jane Doe of Acme Ltd. Delete my data.", "Delete", mid))
    with db.session(settings.database_url) as s:
        (ack,) = s.exec(select(Outbox)).all()
    head = ack.raw.split(b"\r\n\r\n", 1)[0].decode()
    assert "injected" not in head and "In-Reply-To" not in head


def test_html_of_unclosed_comments_and_tags_is_read_within_the_time_limit(settings: Settings) -> None:
    import base64
    import dataclasses

    quick = dataclasses.replace(settings, worker_time_limit=5)
    for n, html in enumerate(["<!--" * 150_000, "<a " * 100_000]):  # 60 s and 90 s for html.parser alone
        body = base64.encodebytes(html.encode()).decode()
        raw = (
            f"From: Eve <eve{n}@example.net>\r\nTo: dpo@example.org\r\nMessage-ID: <h{n}@x>\r\nSubject: Hi\r\n"
            f"Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n{body}"
        ).encode()
        with db.session(settings.database_url) as s:
            store.put(s, raw, mailbox="smtp", source="smtp", envelope_from=f"eve{n}@example.net")
    _ingest(quick, _mail("I am Jane Doe of Acme Ltd. Delete my data.", "Delete", "<after@x>"))
    with db.session(settings.database_url) as s:
        rows = {m.message_id: m for m in s.exec(select(Message)).all()}
    # Read, not interrupted by the 5 s limit and set aside; and the request behind them was processed.
    assert [rows[f"<h{n}@x>"].status for n in range(2)] == ["processed", "processed"]
    assert rows["<after@x>"].status == "processed" and rows["<after@x>"].case_id is not None


def test_a_letter_that_discloses_is_not_approved_to_a_mailbox_not_on_record_before_the_dpo_checks(
    settings: Settings,
) -> None:
    from intake import review
    from intake.errors import TransitionError

    _ingest(settings, _mail("I am John Doe of Acme Ltd. Please send me a copy of my data.", "Access", "<g1@x>"))
    with db.session(settings.database_url) as s:
        reference = s.exec(select(Case)).one().reference
    link_subject(settings.database_url, reference, {"subject_id": "S-JOHN", "name": "John Doe", "employer": "Acme Ltd"})
    with db.session(settings.database_url) as s:
        case = s.exec(select(Case)).one()
        # As the identity rule leaves it when the data points agree but the mail came from another mailbox.
        case.verification = {**(case.verification or {}), "status": "verified"}
        case.flags = sorted({*case.flags, "reply_to_other_mailbox"})
        case.subject_id = "S-JOHN"
        s.add(case)
        s.commit()
        review.reply(s, settings, case.reference, "access", "alice")
        with pytest.raises(TransitionError, match="not on record"):
            review.approve(s, settings, case.reference, "alice")
    with db.session(settings.database_url) as s:
        review.flag(s, case.reference, "identity_checked", "alice")
        assert [d.template for d in review.approve(s, settings, case.reference, "alice")] == ["access"]
