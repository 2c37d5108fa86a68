"""A case opened by hand (post, phone, in person): its clock, its path through verification and the rules, and its
three faces (`intake case new`, the /cases/new page, the API's POST /cases, in tests/test_api.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select
from starlette.testclient import TestClient

from intake import byhand, db, review
from intake.errors import InputError, TransitionError
from intake.models import Case, Draft, Event, Outbox
from intake.settings import Settings
from intake.web.app import create_app
from intake.web.auth import hash_line
from intake.web.config import WebConfig

PASSWORD = "correct horse battery"


def _open(settings: Settings, **stated: object) -> Case:
    with db.session(settings.database_url) as session:
        return byhand.open_case(session, settings, byhand.HandRequest(**stated), "alice")  # type: ignore[arg-type]


def test_the_clock_runs_from_the_stated_day_and_the_acknowledgement_goes_to_the_address(settings: Settings) -> None:
    case = _open(
        settings, name="Jane Doe", rights=["erasure", "access"], address="Jane@Example.com", received=date(2026, 11, 2)
    )
    assert case.due_on == date(2026, 12, 2) and "2026-11-02" in (case.due_explanation or "")
    assert case.requester == "jane@example.com" and "opened_by_hand" in case.flags
    with db.session(settings.database_url) as session:
        mail = session.exec(select(Outbox)).all()
        opened = session.exec(select(Event).where(Event.action == "case.opened_by_hand")).one()
        stored = session.get(Case, case.id)
    assert [m.purpose for m in mail] == ["acknowledgement"] and mail[0].rcpt_to == "jane@example.com"
    assert opened.actor == "alice" and opened.detail["via"] == "post"
    assert stored is not None and stored.verification is not None and stored.decision is not None  # the same path


def test_without_an_address_nothing_is_mailed_and_the_case_waits_in_the_queue(settings: Settings) -> None:
    case = _open(settings, name="John Roe", rights=["access"], via="phone", note="called on Monday")
    with db.session(settings.database_url) as session:
        assert session.exec(select(Outbox)).all() == []
        assert [i.case.reference for i in review.queue(session)] == [case.reference]
        draft = review.reply(session, settings, case.reference, "acknowledgement", "alice")
        assert draft.to_addr == ""
        with pytest.raises(TransitionError, match="no address to go to"):
            review.approve(session, settings, case.reference, "alice")
        assert session.exec(select(Draft).where(Draft.status == "approved")).all() == []


@pytest.mark.parametrize(
    ("stated", "error"),
    [
        ({"name": "Jo", "rights": ["access", "bogus"]}, "rights: 'bogus' is not one of"),
        ({"name": "Jo", "rights": []}, "rights: name at least one of"),
        ({"name": " ", "rights": ["access"]}, "name:"),
        ({"name": "Jo", "rights": ["access"], "received": date(2999, 1, 1)}, "received: 2999-01-01 is in the future"),
        ({"name": "Jo", "rights": ["access"], "address": "not an address"}, "from: 'not an address'"),
        ({"name": "Jo", "rights": ["access"], "via": "pigeon"}, "via: expected one of post"),
    ],
)
def test_what_cannot_be_used_is_named(settings: Settings, stated: dict[str, object], error: str) -> None:
    with pytest.raises(InputError, match=re.escape(error)):
        _open(settings, **stated)
    with db.session(settings.database_url) as session:
        assert session.exec(select(Case)).all() == []


def _intake(settings: Settings, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTAKE_DATABASE_URL": settings.database_url, "INTAKE_VAR_DIR": settings.var_dir}
    return subprocess.run(
        [sys.executable, "-m", "intake.cli", *args], env=env, capture_output=True, text=True, cwd=tmp_path, timeout=60
    )


def test_intake_case_new_opens_one_and_names_a_bad_day(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from intake.cli import app as cli
    from intake.cli.app import _state

    monkeypatch.setitem(_state, "settings", settings)
    done = CliRunner().invoke(cli, [
        "--as", "bob", "case", "new", "--from", "jane@example.com", "--name", "Jane Doe",
        "--rights", "access,erasure", "--received", "2026-11-02", "--language", "de", "--json",
    ])  # fmt: skip
    assert done.exit_code == 0, done.output
    case = json.loads(done.output)
    assert case["due"] == "2026-12-02" and case["rights"] == ["access", "erasure"] and case["language"] == "de"
    with db.session(settings.database_url) as session:
        assert session.exec(select(Event).where(Event.action == "case.opened_by_hand")).one().actor == "bob"
    # The real command line, for its one-line error.
    bad = _intake(settings, tmp_path, "case", "new", "--name", "Jo", "--rights", "access", "--received", "2.11.")
    assert bad.returncode == 2 and bad.stderr.splitlines() == ["error: --received: '2.11.' is not a day (YYYY-MM-DD)"]


@pytest.fixture
def web(settings: Settings, tmp_path: Path) -> TestClient:
    users = tmp_path / "users.txt"
    users.write_text(f"{hash_line('alice', PASSWORD)}\n{hash_line('victor', PASSWORD, 'viewer')}\n")
    return TestClient(create_app(settings, WebConfig(users_file=str(users))), base_url="http://127.0.0.1")


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, html[:500]
    return found.group(1)


def _log_in(web: TestClient, name: str) -> None:
    page = web.get("/login?again=1")
    answer = web.post("/login", data={"name": name, "password": PASSWORD, "csrf": _csrf(page.text), "next": "/"})
    assert answer.status_code in {200, 303}


def test_the_new_case_page_opens_a_case_and_keeps_the_form_on_an_error(web: TestClient, settings: Settings) -> None:
    _log_in(web, "alice")
    page = web.get("/cases/new")
    assert page.status_code == 200 and 'name="right_erasure"' in page.text
    form = {"csrf": _csrf(page.text), "name": "Jane Doe", "address": "jane@example.com", "received": "2026-11-02"}
    wrong = web.post("/cases/new", data={**form, "right_access": "on", "received": "2999-01-01"})
    assert wrong.status_code == 400 and "is in the future" in wrong.text and 'value="Jane Doe"' in wrong.text
    done = web.post("/cases/new", data={**form, "right_erasure": "on", "via": "in_person"}, follow_redirects=False)
    assert done.status_code == 303
    with db.session(settings.database_url) as session:
        case = session.exec(select(Case)).one()
        event = session.exec(select(Event).where(Event.action == "case.opened_by_hand")).one()
    assert done.headers["location"] == f"/cases/{case.reference}"
    assert case.due_on == date(2026, 12, 2) and event.actor == "alice" and event.detail["via"] == "in_person"
    shown = web.get(done.headers["location"])
    assert shown.status_code == 200 and "opened_by_hand" in shown.text and "is due 2026-12-02" in shown.text
    assert web.post("/cases/new", data={**form, "csrf": "forged", "right_access": "on"}).status_code == 403
    unaddressed = web.post("/cases/new", data={**form, "address": "", "right_access": "on"})
    assert unaddressed.status_code == 200 and "no_address" in unaddressed.text  # the case page, no mail behind it


def test_a_viewer_cannot_open_a_case(web: TestClient, settings: Settings) -> None:
    _log_in(web, "victor")
    assert web.get("/cases/new").status_code == 403
    token = _csrf(web.get("/cases").text)
    assert web.post("/cases/new", data={"csrf": token, "name": "Jo", "right_access": "on"}).status_code == 403
    with db.session(settings.database_url) as session:
        assert session.exec(select(Case)).all() == []
