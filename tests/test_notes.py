"""Assignment and internal notes: audited without their words, shown on the case page, written only by a dpo."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlmodel import select
from starlette.testclient import TestClient
from typer.testing import CliRunner

from intake import db, notes
from intake.cli import app as cli_app
from intake.errors import InputError
from intake.fulfil import purge
from intake.models import Case, Event, Note, utcnow
from intake.settings import Settings
from intake.web.app import create_app
from intake.web.auth import hash_line
from intake.web.config import WebConfig
from tests.test_dashboard import _env, _log_in_client
from tests.test_web import PASSWORD

SECRET = "Her brother called: she is in hospital until May."


@pytest.fixture
def ref(settings: Settings) -> str:
    with db.session(settings.database_url) as s:
        case = Case(reference="DPO-2026-000007-7", requester="jane@example.com", status="acknowledged")
        s.add(case)
        s.commit()
        return case.reference


def test_a_note_and_an_assignment_are_audited_without_the_note_s_words(settings: Settings, ref: str) -> None:
    with db.session(settings.database_url) as s:
        kept = notes.add(s, ref, f"  {SECRET}\n", "alice")
        notes.assign(s, ref, "bob", "alice")
        notes.assign(s, ref, "bob", "alice")  # no change, no event
        notes.assign(s, ref, "", "bob")
        case = s.exec(select(Case)).one()
        assert case.assigned_to is None
        assert [n.text for n in notes.of_case(s, case)] == [SECRET]
        events = s.exec(select(Event).where(Event.case_id == case.id).order_by(Event.id)).all()  # type: ignore[arg-type]
    assert [(e.action, e.actor, e.detail) for e in events] == [
        ("case.noted", "alice", {"note": kept.id, "chars": len(SECRET)}),
        ("case.assigned", "alice", {"from": None, "to": "bob"}),
        ("case.assigned", "bob", {"from": "bob", "to": None}),
    ]
    with db.session(settings.database_url) as s, pytest.raises(InputError, match="write something"):
        notes.add(s, ref, "   ", "alice")


def test_the_purge_takes_a_case_s_notes_with_it(settings: Settings, ref: str) -> None:
    with db.session(settings.database_url) as s:
        notes.add(s, ref, SECRET, "alice")
        case = s.exec(select(Case)).one()
        case.status, case.updated_at = "closed", utcnow() - timedelta(days=settings.retention.cases_days + 1)
        s.add(case)
        s.commit()
        assert purge.purge(s, settings).cases_reduced == 1
        assert s.exec(select(Note)).first() is None


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> Iterator[TestClient]:
    users = tmp_path / "users.txt"
    users.write_text(
        f"{hash_line('alice', PASSWORD)}\n{hash_line('bob', PASSWORD)}\n{hash_line('vera', PASSWORD, 'viewer')}\n"
    )
    settings.web_listen = "127.0.0.1:8025"
    with TestClient(create_app(settings, WebConfig(users_file=str(users))), base_url="http://127.0.0.1") as tc:
        yield tc


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found
    return found.group(1)


def test_a_dpo_notes_and_assigns_from_the_case_page_and_a_viewer_only_reads(client: TestClient, ref: str) -> None:
    _log_in_client(client, "alice")
    page = client.get(f"/cases/{ref}").text
    assert '<option value="alice">' in page and '<option value="bob">' in page and 'value="vera"' not in page
    token = _csrf(page)
    client.post(f"/cases/{ref}/note", data={"csrf": token, "text": f"<b>{SECRET}</b>"})
    answer = client.post(f"/cases/{ref}/assign", data={"csrf": token, "user": "bob"})
    assert "Assigned to bob." in answer.text
    assert f"&lt;b&gt;{SECRET}&lt;/b&gt;" in answer.text  # shown as text
    assert re.search(r"<dt>Assigned to</dt><dd>bob", answer.text)
    client.post("/logout", data={"csrf": _csrf(answer.text)})

    _log_in_client(client, "vera")
    page = client.get(f"/cases/{ref}").text
    assert SECRET in page and 'action="/cases/' not in page
    refused = client.post(f"/cases/{ref}/note", data={"csrf": _csrf(page), "text": "viewer's note"})
    assert refused.status_code == 403
    assert "viewer's note" not in client.get(f"/cases/{ref}").text


def test_intake_note_and_assign_on_the_command_line(settings: Settings, ref: str) -> None:
    runner = CliRunner()
    assert runner.invoke(cli_app, ["--as", "carol", "note", ref, SECRET], env=_env(settings)).exit_code == 0
    result = runner.invoke(cli_app, ["--as", "carol", "assign", ref, "carol"], env=_env(settings))
    assert result.exit_code == 0, result.output
    listed = runner.invoke(cli_app, ["note", ref, "--json"], env=_env(settings))
    assert [(n["author"], n["text"]) for n in json.loads(listed.stdout)] == [("carol", SECRET)]
    shown = runner.invoke(cli_app, ["case", ref, "--json"], env=_env(settings))
    assert json.loads(shown.stdout)["assigned_to"] == "carol"


def test_the_cases_list_the_queue_and_intake_cases_filter_and_show_by_assignee(
    client: TestClient, settings: Settings, ref: str
) -> None:
    with db.session(settings.database_url) as s:
        s.add(Case(reference="DPO-2026-000008-4", requester="max@example.com", status="verified"))
        s.commit()
        notes.assign(s, ref, "bob", "alice")
        jane = s.exec(select(Case).where(Case.reference == ref)).one()
        jane.status = "verified"  # both wait in the queue
        s.add(jane)
        s.commit()
    _log_in_client(client, "alice")
    for query, shown in (
        ("assigned=bob", {ref}),
        ("assigned=-", {"DPO-2026-000008-4"}),
        ("", {ref, "DPO-2026-000008-4"}),
    ):
        page = client.get(f"/cases?{query}").text
        assert {r for r in (ref, "DPO-2026-000008-4") if f">{r}</a>" in page} == shown, query
    page = client.get("/cases?assigned=bob").text
    assert re.search(r'<td data-label="Assigned">bob</td>', page) and '<option value="bob" selected>' in page
    assert "Assigned to nobody" not in page and '<td data-label="Assigned"><span class="muted">nobody' not in page
    queue = client.get("/").text
    assert re.search(rf"{ref}</a>.*?<td>bob</td>", queue, re.S)
    runner = CliRunner()
    listed = runner.invoke(cli_app, ["cases", "--assigned", "bob", "--json"], env=_env(settings))
    assert [(c["reference"], c["assigned_to"]) for c in json.loads(listed.stdout)] == [(ref, "bob")]
    text = runner.invoke(cli_app, ["cases", "--assigned", "-"], env=_env(settings)).stdout
    assert "DPO-2026-000008-4" in text and ref not in text
