"""Mail the reading got wrong: a stored message made a case by hand, and a case a newsletter opened undone."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select
from starlette.testclient import TestClient
from typer.testing import CliRunner

from intake import db, review, store
from intake.cli import app as cli_app
from intake.errors import InputError, TransitionError
from intake.models import Case, Draft, Event, Message
from intake.run import worker
from intake.settings import Settings
from intake.web.app import create_app
from intake.web.auth import hash_line
from intake.web.config import WebConfig
from tests.test_dashboard import _env, _log_in_client
from tests.test_web import PASSWORD, REQUEST

# A club's mailing list carries Jane's request: List-Id and Precedence make the reading take it for a newsletter.
MISREAD = (
    b"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <misread-1@example.com>\r\n"
    b"List-Id: <club.example.com>\r\nPrecedence: bulk\r\nSubject: Club news\r\n\r\n"
    b"Hello, I am Jane Doe and I work at Acme Ltd. Please send me a copy of my personal data.\r\n"
)


def _store(settings: Settings, raw: bytes) -> int:
    with db.session(settings.database_url) as session:
        stored = store.put(session, raw, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    worker.drain(settings)
    assert stored.id is not None
    return stored.id


def _events(settings: Settings, action: str) -> list[Event]:
    with db.session(settings.database_url) as session:
        return list(session.exec(select(Event).where(Event.action == action)).all())


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> Iterator[TestClient]:
    users = tmp_path / "users.txt"
    users.write_text(f"{hash_line('alice', PASSWORD)}\n{hash_line('vera', PASSWORD, 'viewer')}\n")
    settings.web_listen = "127.0.0.1:8025"
    with TestClient(create_app(settings, WebConfig(users_file=str(users))), base_url="http://127.0.0.1") as tc:
        yield tc


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found
    return found.group(1)


def test_a_misread_request_opens_its_case_from_the_command_line_audited_with_who(settings: Settings) -> None:
    message_id = _store(settings, MISREAD)
    with db.session(settings.database_url) as session:
        stored = session.get(Message, message_id)
        assert stored is not None and stored.case_id is None and stored.kind == "bulk"
    runner = CliRunner()
    args = ["--as", "carol", "message", str(message_id), "--open-case", "--rights", "access"]
    result = runner.invoke(cli_app, args, env=_env(settings))
    assert result.exit_code == 0, result.output
    ref = result.stdout.split()[0]
    with db.session(settings.database_url) as session:
        case = session.exec(select(Case).where(Case.reference == ref)).one()
        stored = session.get(Message, message_id)
        assert stored is not None and stored.case_id == case.id and stored.kind == "request"
        assert (case.extraction or {})["rights"] == ["access"] and case.requester == "jane@example.com"
        assert "opened_from_message" in case.flags
        assert case.received_at == stored.received_at  # the legal clock runs from the mail's arrival
        assert stored.reason and stored.reason.startswith("made a case by carol (read as bulk)")
    [opened] = _events(settings, "case.opened_from_message")
    assert (opened.actor, opened.message_id, opened.detail) == (
        "carol",
        message_id,
        {"read_as": "bulk", "rights": ["access"]},
    )
    assert [e.actor for e in _events(settings, "case.opened")] == ["carol"]
    again = runner.invoke(cli_app, args, env=_env(settings))
    assert isinstance(again.exception, TransitionError) and f"already in case {ref}" in str(again.exception)
    bad = runner.invoke(cli_app, ["message", str(message_id), "--rights", "access"], env=_env(settings))
    assert isinstance(bad.exception, InputError) and "--rights: only with --open-case" in str(bad.exception)


def test_a_request_case_marked_not_a_request_is_closed_as_spam_only_by_its_own_message(settings: Settings) -> None:
    message_id = _store(settings, REQUEST)
    with db.session(settings.database_url) as session:
        stored = session.get(Message, message_id)
        assert stored is not None and stored.case_id is not None
        case = session.get(Case, stored.case_id)
        assert case is not None and case.reference
        ref = case.reference
        review.flag(session, ref, "identity_checked", "tester")
        draft = review.reply(session, settings, ref, "acknowledgement", "tester")
    later = _store(
        settings, REQUEST.replace(b"web-1@", b"web-9@").replace(b"Subject: ", b"Subject: Re: " + ref.encode() + b" ")
    )
    with db.session(settings.database_url) as session, pytest.raises(TransitionError, match="did not open it"):
        review.not_a_request(session, later, "alice")
    result = CliRunner().invoke(
        cli_app, ["--as", "alice", "message", str(message_id), "--not-request"], env=_env(settings)
    )
    assert result.exit_code == 0, result.output
    assert f"{ref} closed as spam" in result.stderr
    with db.session(settings.database_url) as session:
        case = session.exec(select(Case).where(Case.reference == ref)).one()
        assert case.status == "spam" and "not_a_request" in case.flags
        assert session.get(Draft, draft.id).status == "discarded"  # type: ignore[union-attr]
        stored = session.get(Message, message_id)
        assert stored is not None and stored.kind == "other" and "not_a_request" in stored.flags
    [marked] = _events(settings, "message.not_a_request")
    assert (marked.actor, marked.case_id, marked.detail["read_as"]) == ("alice", case.id, "request")


def test_the_message_page_opens_a_case_and_marks_a_message_and_a_viewer_gets_403(
    client: TestClient, settings: Settings
) -> None:
    misread, other = _store(settings, MISREAD), _store(settings, MISREAD.replace(b"misread-1@", b"misread-2@"))
    _log_in_client(client, "vera")
    page = client.get(f"/messages/{misread}").text
    assert "Read as <strong>bulk</strong>" in page and f'action="/messages/{misread}/case"' not in page
    for action in ("case", "not-request"):
        assert client.post(f"/messages/{misread}/{action}", data={"csrf": _csrf(page)}).status_code == 403
    assert _events(settings, "case.opened_from_message") == [] and _events(settings, "message.not_a_request") == []
    client.post("/logout", data={"csrf": _csrf(page)})

    _log_in_client(client, "alice")
    page = client.get(f"/messages/{misread}").text
    assert "Open a case from this message" in page and "Mark as not a request" in page
    assert client.post(f"/messages/{misread}/case", data={"right_access": "on"}).status_code == 403  # no CSRF token
    answer = client.post(
        f"/messages/{misread}/case", data={"csrf": _csrf(page), "right_erasure": "on", "right_access": "on"}
    )
    assert answer.status_code == 200 and "opened from message" in answer.text
    ref = re.search(r"<h1>(DPO-[\d-]+)", answer.text)
    assert ref and "opened_from_message" in answer.text
    assert '<option value="access">access — ' in answer.text  # each reply template says what it is for
    [opened] = _events(settings, "case.opened_from_message")
    assert opened.actor == "alice" and opened.detail["rights"] == ["access", "erasure"]
    page = client.get(f"/messages/{misread}").text
    assert f'action="/messages/{misread}/case"' not in page  # it has a case now
    assert f"Not a request: close {ref.group(1)} as spam" in page  # and can still be undone

    answer = client.post(f"/messages/{other}/not-request", data={"csrf": _csrf(page)})
    assert f"Message {other} marked as not a request." in answer.text
    assert "not a request, marked by alice" in answer.text and "Mark as not a request" not in answer.text
    [marked] = _events(settings, "message.not_a_request")
    assert (marked.actor, marked.message_id, marked.case_id) == ("alice", other, None)
