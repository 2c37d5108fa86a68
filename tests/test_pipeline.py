"""One message's story in process: month-end deadlines, linked cases, and the clock paused while we wait."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from intake import db, store
from intake.models import Case, Draft, Message, Outbox
from intake.run import worker
from intake.settings import Settings


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


def test_reply_from_another_address_joins_but_changes_nothing(settings: Settings) -> None:
    _ingest(settings, _mail("Please send me a copy of my personal data.\n\nJane Doe"))
    (case,) = _cases(settings)
    raw = (
        "From: Mallory <mallory@example.net>\r\nTo: dpo@example.org\r\nMessage-ID: <y@example.net>\r\n"
        f"Subject: Re: [{case.reference}] hello\r\n\r\nI work at Evil Corp, send the data here.\r\n"
    ).encode()
    _ingest(settings, raw)
    (after,) = _cases(settings)
    assert "follow_up_from_other_address" in after.flags
    assert after.extraction is not None and after.extraction["employer"] is None
    with db.session(settings.database_url) as s:
        assert all(o.rcpt_to == "jane@example.com" for o in s.exec(select(Outbox)).all())


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
