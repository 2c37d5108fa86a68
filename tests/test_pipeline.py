"""One message's story in process: month-end deadlines, linked cases, and the clock paused while we wait."""

from __future__ import annotations

import dataclasses
import smtplib
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from intake import db, reference, store
from intake.models import Case, Draft, Message, Outbox
from intake.outbox import send, transports
from intake.run import worker
from intake.settings import Settings
from intake.sources import smtp
from tests.conftest import Sink, free_port


def _mail(body: str, subject: str = "My data", extra: str = "", mid: str = "<m1@example.com>") -> bytes:
    return (
        f"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: {mid}\r\n"
        f"Subject: {subject}\r\n{extra}\r\n{body}\r\n"
    ).encode()


def _ingest(settings: Settings, raw: bytes, received: datetime | None = None) -> None:
    with db.session(settings.database_url) as s:
        stored = store.put(s, raw, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
        if received is not None:
            row = s.get(Message, stored.id)
            assert row is not None
            row.received_at = received
            s.add(row)
            s.commit()
    worker.drain(settings)


def _cases(settings: Settings) -> list[Case]:
    with db.session(settings.database_url) as s:
        return list(s.exec(select(Case).order_by(Case.id)).all())  # type: ignore[arg-type]


def test_request_received_on_31_january_is_due_on_28_february_or_the_next_working_day(settings: Settings) -> None:
    _ingest(
        settings,
        _mail("I am Jane Doe of Acme Ltd. Send me a copy of my data."),
        datetime(2027, 1, 31, 22, 0, tzinfo=UTC),
    )
    (case,) = _cases(settings)
    # 28 Feb 2027 is a Sunday: Regulation 1182/71 Art. 3(4) moves the end to Monday 1 March.
    assert case.due_on is not None and case.due_on.isoformat() == "2027-03-01"
    assert "from receipt on 2027-01-31 -> 2027-02-28; 2027-02-28 Sunday" in (case.due_explanation or "")


def test_leap_year_end_of_january_is_due_on_29_february(settings: Settings) -> None:
    _ingest(
        settings,
        _mail("I am Jane Doe of Acme Ltd. Send me a copy of my data."),
        datetime(2028, 1, 31, 9, 0, tzinfo=UTC),
    )
    assert _cases(settings)[0].due_on.isoformat() == "2028-02-29"  # type: ignore[union-attr]


def test_answer_after_five_days_moves_the_gdpr_due_date_by_five_days(settings: Settings) -> None:
    _ingest(settings, _mail("Please send me a copy of my personal data.\n\nJane Doe"))
    (case,) = _cases(settings)
    assert case.status == "awaiting_requester"  # the employer is missing: a clarification went out
    with db.session(settings.database_url) as s:
        ask = s.exec(select(Outbox).where(Outbox.purpose == "acknowledgement")).one()  # it asks for the employer
        row = s.get(Case, case.id)
        assert row is not None and row.paused_since is not None
        row.paused_since = row.paused_since - timedelta(days=5)  # as if the answer came five days later
        s.add(row)
        s.commit()
    answer = _mail(
        "I work at Acme Ltd.\n\nJane Doe",
        subject=f"Re: {ask.subject}",
        extra=f"In-Reply-To: {ask.message_id}\r\n",
        mid="<m2@example.com>",
    )
    _ingest(settings, answer)
    (after,) = _cases(settings)  # the answer joined the case
    assert after.paused_days == 5
    assert after.due_on == case.due_on + timedelta(days=5)  # type: ignore[operator]
    assert "paused 5 days" in (after.due_explanation or "")
    assert after.extraction is not None and (after.extraction["employer"] or "").startswith("Acme Ltd")


def test_forged_thread_header_does_not_join_someone_elses_case(settings: Settings) -> None:
    _ingest(settings, _mail("Please send me a copy of my personal data.\n\nJane Doe"))
    (case,) = _cases(settings)
    forged = f"<{case.reference}.000000000000.ffffffffffffffffffff@example.org>"
    raw = (
        "From: Mallory <mallory@example.net>\r\nTo: dpo@example.org\r\nMessage-ID: <x@example.net>\r\n"
        f"Subject: Hello\r\nIn-Reply-To: {forged}\r\n\r\nI am Mallory of Evil Corp. Delete my data.\r\n"
    ).encode()
    _ingest(settings, raw)
    cases = _cases(settings)
    assert len(cases) == 2 and cases[1].requester == "mallory@example.net"


def _smtp_round(settings: Settings, port: int, mails: list[tuple[str, bytes]]) -> None:
    """Each mail over SMTP to intake's server, each processed, then the outbox delivered to the relay."""
    for sender, raw in mails:
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
            client.sendmail(sender, ["dpo@example.org"], raw)
        worker.drain(settings)
    with db.session(settings.database_url) as s:
        send.deliver_due(s, settings, transports.transport_for(settings))


def test_a_mail_citing_someone_elses_reference_is_kept_apart_and_answered_as_if_it_named_none(
    settings: Settings, sink: tuple[Sink, int]
) -> None:
    relay, relay_port = sink
    settings.outbound = f"smtp://127.0.0.1:{relay_port}"
    settings.smtp_listen = f"127.0.0.1:{free_port()}"
    settings.smtp = dataclasses.replace(settings.smtp, authenticate=False)  # no DNS here: every From is unproven
    server = smtp.controller(settings)
    server.start()
    try:
        _smtp_round(
            settings,
            smtp.listen_address(settings)[1],
            [("jane@example.com", _mail("I am Jane Doe of Acme Ltd. Send me a copy of my data."))],
        )
        (jane,) = _cases(settings)
        before = (jane.status, list(jane.flags), jane.extraction)
        unknown = reference.make(2026, 999_999)
        mails = []
        for n, ref in enumerate([jane.reference, unknown, jane.reference, unknown]):
            body = (
                "I am Mallory Smith of Evil Corp. Please delete my personal data."
                if n < 2
                else "The requester has withdrawn this request, see http://evil.test/verify"
            )
            mails.append(
                (
                    "mallory@example.net",
                    (
                        f"From: Mallory <mallory@example.net>\r\nTo: dpo@example.org\r\n"
                        f"Message-ID: <cite-{n}@example.net>\r\nSubject: Re: [{ref}] update\r\n\r\n{body}\r\n"
                    ).encode(),
                )
            )
        _smtp_round(settings, smtp.listen_address(settings)[1], mails)
        got = relay.wait(3, timeout=10)
    finally:
        server.stop()
    with db.session(settings.database_url) as s:
        after = s.get(Case, jane.id)
        assert after is not None and (after.status, after.flags, after.extraction) == before  # the case is untouched
        assert [m.from_addr for m in s.exec(select(Message).where(Message.case_id == jane.id)).all()] == [
            "jane@example.com"
        ]
        mallory = list(s.exec(select(Message).where(Message.from_addr == "mallory@example.net").order_by(Message.id)))  # type: ignore[arg-type]
        opened = [s.get(Case, m.case_id) for m in mallory[:2]]
    # Each request opened its own case, and the one citing Jane's case is flagged for the DPO with it.
    assert [c.requester for c in opened if c] == ["mallory@example.net"] * 2
    assert [m.flags.count("cites_other_case") for m in mallory] == [1, 0, 1, 0]
    assert "cites_other_case" in opened[0].flags and jane.reference in (mallory[0].reason or "")  # type: ignore[union-attr]
    assert mallory[2].case_id is None and mallory[3].case_id is None  # the phishing text went into no case
    # What Mallory receives does not tell an existing reference from a made-up one.
    to_mallory = [m for _, rcpt, m in got if rcpt == ["mallory@example.net"]]
    assert len(to_mallory) == 2 and [rcpt for _, rcpt, _ in got].count(["jane@example.com"]) == 1
    texts = []
    for mail, case in zip(to_mallory, opened, strict=True):
        text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        texts.append((mail["Subject"].replace(case.reference, "REF"), text.replace(case.reference, "REF")))  # type: ignore[union-attr]
    assert texts[0] == texts[1] and jane.reference not in str(texts)


def test_second_request_while_one_is_open_is_linked_to_it(settings: Settings) -> None:
    _ingest(settings, _mail("I am Jane Doe of Acme Ltd. Send me a copy of my data."))
    _ingest(settings, _mail("I am Jane Doe of Acme Ltd. Also delete my data.", mid="<m3@example.com>"))
    first, second = _cases(settings)
    assert second.linked_case_id == first.id and "linked_to_open_case" in second.flags


def test_substantive_drafts_are_never_sent_automatically(settings: Settings) -> None:
    _ingest(settings, _mail("I am Jane Doe of Acme Ltd. Send me a copy of my data."))
    with db.session(settings.database_url) as s:
        purposes = {o.purpose for o in s.exec(select(Outbox)).all()}
        drafts = s.exec(select(Draft)).all()
    # Unverified here (no records): only texts that disclose nothing went out.
    assert purposes <= {"acknowledgement", "clarification", "verification_needed"}
    assert all(d.automatic for d in drafts if d.status == "approved")
