"""The DPO's decisions from the review module: approve, edit, reject, extend, close — each audited with its actor."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from intake import db, review, store
from intake.errors import InputError, TransitionError
from intake.letters.dates import long_date
from intake.models import Case, Draft, Event, Outbox, utcnow
from intake.outbox import digest, send, transports
from intake.run import worker
from intake.settings import Settings
from tests.conftest import link_subject

JANE = {"subject_id": "S-JANE", "name": "Jane Doe", "email": "jane@example.com", "employer": "Acme Ltd"}

REQUEST = (
    b"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <req-1@example.com>\r\n"
    b"Subject: My data\r\n\r\nI am Jane Doe and I work at Acme Ltd. Please send me a copy of my personal data.\r\n"
)


@pytest.fixture
def case_ref(settings: Settings) -> str:
    with db.session(settings.database_url) as s:
        store.put(s, REQUEST, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    worker.drain(settings)
    with db.session(settings.database_url) as s:
        case = s.exec(select(Case)).one()
        return case.reference


def _events(settings: Settings, action: str) -> list[Event]:
    with db.session(settings.database_url) as s:
        return list(s.exec(select(Event).where(Event.action == action)).all())


def test_approved_reply_is_queued_threaded_and_the_case_is_sent_after_delivery(
    settings: Settings, case_ref: str
) -> None:
    link_subject(settings.database_url, case_ref, JANE)
    with db.session(settings.database_url) as s:
        review.flag(s, case_ref, "identity_checked", "alice")
        draft = review.reply(s, settings, case_ref, "access", "alice")
        review.approve(s, settings, case_ref, "alice")
        row = s.get(Outbox, s.get(Draft, draft.id).outbox_id)  # type: ignore[union-attr,arg-type]
        assert row is not None and row.purpose == "access"
        assert b"In-Reply-To: <req-1@example.com>" in row.raw
        assert b"Auto-Submitted" not in row.raw  # a person approved it: not an automatic reply
        assert case_ref.encode() in row.raw
        assert review.load(s, case_ref).status == "approved"
        send.deliver_due(s, settings, transports.transport_for(settings))
        assert review.load(s, case_ref).status == "sent"
    approvals = _events(settings, "draft.approved")
    assert [e.actor for e in approvals if e.detail.get("draft") == draft.id] == ["alice"]


def test_edited_draft_is_sent_as_edited_and_the_editor_is_recorded(settings: Settings, case_ref: str) -> None:
    link_subject(settings.database_url, case_ref, JANE)
    with db.session(settings.database_url) as s:
        review.flag(s, case_ref, "identity_checked", "alice")
        draft = review.reply(s, settings, case_ref, "access", "alice")
        review.edit(s, draft.id, "Your data", "Dear Jane,\nHere it is.\n", "bob")  # type: ignore[arg-type]
        # The edit drops the access letter's required clauses, so since approval checks the text it needs an override.
        review.approve(s, settings, case_ref, "alice", override_check="test: the edit itself is what is tested")
        row = s.get(Outbox, s.get(Draft, draft.id).outbox_id)  # type: ignore[union-attr,arg-type]
        assert row is not None and b"Here it is." in row.raw and row.subject == "Your data"
    assert [e.actor for e in _events(settings, "draft.edited")] == ["bob"]


def test_approve_without_waiting_drafts_is_a_clear_error(settings: Settings, case_ref: str) -> None:
    with db.session(settings.database_url) as s, pytest.raises(InputError, match=case_ref):
        review.approve(s, settings, case_ref, "alice")


def test_reject_needs_reasons_and_drafts_a_refusal_naming_them(settings: Settings, case_ref: str) -> None:
    with db.session(settings.database_url) as s:
        with pytest.raises(InputError, match="reason"):
            review.reject(s, settings, case_ref, "  ", "alice")
        draft = review.reject(s, settings, case_ref, "The same request was answered last week.", "alice")
        assert draft.template == "refusal"
        assert "The same request was answered last week." in draft.body
        assert review.load(s, case_ref).status == "rejected"


def test_extension_moves_the_due_date_and_drafts_the_notice(settings: Settings, case_ref: str) -> None:
    with db.session(settings.database_url) as s:
        before = review.load(s, case_ref).due_on
        draft = review.extend(s, settings, case_ref, "Your request covers ten years of records.", "alice")
        case = review.load(s, case_ref)
        assert case.due_on is not None and before is not None and case.due_on > before
        assert long_date(case.due_on, "en") in " ".join(draft.body.split())  # "6 March 2027", as letters write it
        assert draft.template_values["new_due_on"] == case.due_on.isoformat()  # kept ISO on the draft
        assert "ten years of records" in draft.body
        assert "extended" in (case.due_explanation or "")
        with pytest.raises(TransitionError, match="no extension left"):
            review.extend(s, settings, case_ref, "Again.", "alice")


def test_extension_is_refused_once_the_deadline_has_passed(settings: Settings, case_ref: str) -> None:
    with db.session(settings.database_url) as s:
        late = review.load(s, case_ref).due_on + timedelta(days=1)  # type: ignore[operator]
        with pytest.raises(TransitionError, match="extension refused"):
            review.extend(s, settings, case_ref, "Complex.", "alice", today=late)


def test_closed_case_refuses_further_transitions(settings: Settings, case_ref: str) -> None:
    with db.session(settings.database_url) as s:
        review.close(s, case_ref, "alice")
        with pytest.raises(TransitionError, match="cannot go from closed"):
            review.close(s, case_ref, "alice")


def test_queue_lists_cases_with_waiting_drafts_earliest_due_first(settings: Settings, case_ref: str) -> None:
    with db.session(settings.database_url) as s:
        review.reply(s, settings, case_ref, "access", "alice")
        items = review.queue(s)
        assert [i.case.reference for i in items] == [case_ref]
        assert items[0].drafts == 1 and not items[0].overdue
        assert review.queue(s, today=items[0].case.due_on + timedelta(days=3))[0].overdue  # type: ignore[operator]


def test_digest_lists_overdue_cases_once_a_day(settings: Settings, case_ref: str) -> None:
    with db.session(settings.database_url) as s:
        case = review.load(s, case_ref)
        case.due_on = utcnow().date() - timedelta(days=2)
        s.add(case)
        s.commit()
        row = digest.send_digest(s, settings)
        assert row is not None and row.rcpt_to == "dpo@example.org"
        assert case_ref.encode() in row.raw and b"Overdue (1)" in row.raw
        assert digest.send_digest(s, settings) is None  # already sent today
