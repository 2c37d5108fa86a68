"""Safe on a public address: approval checks the text that leaves; mail is DKIM-signed; odd input is handled."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import select

from intake import db, review, store
from intake.errors import InputError
from intake.models import Case, Draft, Event, Outbox
from intake.run import worker
from intake.settings import Settings

REQUEST = (
    b"From: Jane Doe <jane@example.com>\r\nTo: dpo@localhost\r\nMessage-ID: <safety-1@example.com>\r\n"
    b"Subject: My data\r\n\r\nI am Jane Doe and I work at Acme Ltd. Please send me a copy of my personal data.\r\n"
)
REASON = "The same request was answered on 3 May."


@pytest.fixture
def case_ref(settings: Settings) -> str:
    """A request from someone the records do not hold: she is not verified."""
    with db.session(settings.database_url) as s:
        store.put(s, REQUEST, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    worker.drain(settings)
    with db.session(settings.database_url) as s:
        return s.exec(select(Case)).one().reference


def _refuse_and_edit(settings: Settings, ref: str, edit: Callable[[str], str]) -> int:
    """Draft a refusal, then change its body as a DPO might."""
    with db.session(settings.database_url) as s:
        draft = review.reject(s, settings, ref, REASON, "alice")
        review.edit(s, draft.id, draft.subject, edit(draft.body), "alice")  # type: ignore[arg-type]
        assert draft.id is not None
        return draft.id


def _without_the_complaint(body: str) -> str:
    """The refusal with its paragraph on complaints and courts replaced by a sentence that discloses."""
    paragraphs = body.split("\n\n")
    kept = [p for p in paragraphs if "supervisory" not in p and "judicial" not in p]
    assert len(kept) == len(paragraphs) - 1
    return "\n\n".join([*kept[:-1], "We hold nothing about you anyway.", kept[-1]])


def _outbox(settings: Settings) -> list[Outbox]:
    with db.session(settings.database_url) as s:
        return [o for o in s.exec(select(Outbox)).all() if o.purpose == "refusal"]


def test_an_edited_draft_without_the_right_to_complain_is_not_approved(settings: Settings, case_ref: str) -> None:
    draft_id = _refuse_and_edit(settings, case_ref, _without_the_complaint)
    with db.session(settings.database_url) as s, pytest.raises(InputError) as caught:
        review.approve(s, settings, case_ref, "alice")
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{case_ref}: draft {draft_id} (refusal, en) is not approved")
    assert "missing the right to complain to a supervisory authority" in message
    assert "missing the right to a judicial remedy" in message
    assert "whether we hold data ('hold nothing')" in message
    assert '--override-check "REASON"' in message
    with db.session(settings.database_url) as s:
        assert s.get(Draft, draft_id).status == "draft"  # type: ignore[union-attr]
    assert _outbox(settings) == []


def test_the_dpo_can_send_it_anyway_and_the_override_and_its_reason_are_audited(
    settings: Settings, case_ref: str
) -> None:
    draft_id = _refuse_and_edit(settings, case_ref, _without_the_complaint)
    with db.session(settings.database_url) as s:
        review.approve(s, settings, case_ref, "alice", override_check="Agreed with the authority by phone")
        events = s.exec(select(Event).where(Event.action == "draft.check_overridden")).all()
        assert [(e.actor, e.detail["draft"], e.detail["reason"]) for e in events] == [
            ("alice", draft_id, "Agreed with the authority by phone")
        ]
        assert "missing the right to complain to a supervisory authority" in events[0].detail["problems"]
    [row] = _outbox(settings)
    assert b"We hold nothing about you anyway." in row.raw


def test_an_override_without_a_reason_is_refused(settings: Settings, case_ref: str) -> None:
    _refuse_and_edit(settings, case_ref, _without_the_complaint)
    with db.session(settings.database_url) as s, pytest.raises(InputError, match="--override-check: give the reason"):
        review.approve(s, settings, case_ref, "alice", override_check="  ")
    assert _outbox(settings) == []


def test_an_unedited_refusal_to_an_unverified_requester_is_approved_as_before(
    settings: Settings, case_ref: str
) -> None:
    with db.session(settings.database_url) as s:
        review.reject(s, settings, case_ref, REASON, "alice")
        assert len(review.approve(s, settings, case_ref, "alice")) == 1
        assert s.exec(select(Event).where(Event.action == "draft.check_overridden")).all() == []
    assert len(_outbox(settings)) == 1


def test_an_edit_that_keeps_every_clause_is_approved(settings: Settings, case_ref: str) -> None:
    _refuse_and_edit(settings, case_ref, lambda body: body.replace("Thank you", "Many thanks", 1) + "\nP.S. Hi.\n")
    with db.session(settings.database_url) as s:
        assert len(review.approve(s, settings, case_ref, "alice")) == 1


def test_a_german_draft_is_held_to_the_german_clauses(settings: Settings, case_ref: str) -> None:
    with db.session(settings.database_url) as s:
        case = review.load(s, case_ref)
        case.language = "de"
        s.add(case)
        s.commit()
    _refuse_and_edit(settings, case_ref, lambda body: body.replace("gerichtlichen Rechtsbehelf", "Gespräch"))
    with db.session(settings.database_url) as s, pytest.raises(InputError) as caught:
        review.approve(s, settings, case_ref, "alice")
    assert "(refusal, de)" in str(caught.value) and "missing the right to a judicial remedy" in str(caught.value)


def test_a_verified_requester_may_be_told_what_we_hold(settings: Settings, case_ref: str) -> None:
    with db.session(settings.database_url) as s:
        review.flag(s, case_ref, "identity_checked", "alice")
        draft = review.reply(s, settings, case_ref, "completion", "alice")
        body = draft.body.replace("Thank you", "We hold nothing about you any more. Thank you", 1)
        review.edit(s, draft.id, draft.subject, body, "alice")  # type: ignore[arg-type]
        assert len(review.approve(s, settings, case_ref, "alice")) == 1


def _intake(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path}/intake.db",
        "INTAKE_VAR_DIR": str(tmp_path / "var"),
        "COLUMNS": "40",  # a narrow terminal must not fold the refusal over two lines
    }
    return subprocess.run(
        [sys.executable, "-m", "intake.cli", *args], env=env, capture_output=True, text=True, cwd=tmp_path, timeout=120
    )


def test_the_cli_refuses_a_failing_draft_in_one_line_and_sends_it_with_override_check(tmp_path: Path) -> None:
    (tmp_path / "request.eml").write_bytes(REQUEST)
    assert _intake(tmp_path, "db", "upgrade").returncode == 0
    assert _intake(tmp_path, "ingest", "request.eml").returncode == 0
    with db.session(f"sqlite:///{tmp_path}/intake.db") as s:
        ref = s.exec(select(Case)).one().reference
    assert _intake(tmp_path, "reject", ref, "--reason", REASON).returncode == 0
    with db.session(f"sqlite:///{tmp_path}/intake.db") as s:
        draft = s.exec(select(Draft).where(Draft.template == "refusal")).one()
        review.edit(s, draft.id, draft.subject, _without_the_complaint(draft.body), "alice")  # type: ignore[arg-type]

    refused = _intake(tmp_path, "approve", ref)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    [line] = refused.stderr.splitlines()
    assert line.startswith(f"error: {ref}: draft ") and "missing the right to complain" in line

    sent = _intake(tmp_path, "--as", "A. DPO", "approve", ref, "--override-check", "Checked with counsel")
    assert sent.returncode == 0, sent.stderr
    with db.session(f"sqlite:///{tmp_path}/intake.db") as s:
        [event] = s.exec(select(Event).where(Event.action == "draft.check_overridden")).all()
        assert (event.actor, event.detail["reason"]) == ("A. DPO", "Checked with counsel")
