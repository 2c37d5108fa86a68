"""The dashboard, the register, the template preview and `intake report`: through the app, the CLI and Chromium."""

# The browser fixtures come from test_web.py by import, and pytest hands them to the tests by name.
# ruff: noqa: F811

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect
from starlette.testclient import TestClient
from typer.testing import CliRunner

from intake import db, notes
from intake.cli import app as cli_app
from intake.cli.app import _state as cli_state
from intake.letters import catalogue
from intake.models import Case, Event, utcnow
from intake.settings import Settings
from intake.web import desk, server
from intake.web.app import create_app
from intake.web.auth import hash_line
from intake.web.config import WebConfig
from tests.test_web import PASSWORD, _log_in, browser, web_settings  # noqa: F401


def _case(
    session: db.Session,
    number: int,
    received: datetime,
    rights: list[str],
    status: str,
    due: date,
    steps: dict[str, datetime] | None = None,
    jurisdiction: str = "eu",
) -> str:
    ref = f"DPO-2026-{number:06d}-{number % 10}"
    case = Case(
        reference=ref,
        status=status,
        requester=f"person{number}@example.com",
        requester_name=f"Person {number}",
        language="en",
        jurisdiction=jurisdiction,
        received_at=received,
        due_on=due,
        extraction={"rights": rights},
        updated_at=max([received, *(steps or {}).values()]),
    )
    session.add(case)
    session.flush()
    previous = "new"
    for to, at in (steps or {}).items():
        session.add(Event(action="case.status", case_id=case.id, at=at, detail={"from": previous, "to": to}))
        previous = to
    session.commit()
    return ref


@pytest.fixture
def recent(settings: Settings) -> list[str]:
    """Three cases of the last weeks: one answered in 10 days, one overdue, one due in 3 days."""
    now = utcnow()
    today = now.date()
    with db.session(settings.database_url) as s:
        return [
            _case(
                s,
                1,
                now - timedelta(days=20),
                ["access"],
                "sent",
                today - timedelta(days=5),
                {"sent": now - timedelta(days=10)},
            ),
            _case(s, 2, now - timedelta(days=8), ["erasure"], "acknowledged", today - timedelta(days=1)),
            _case(s, 3, now - timedelta(days=2), ["erasure", "access"], "new", today + timedelta(days=3)),
        ]


@pytest.fixture
def november(settings: Settings) -> list[str]:
    """November 2026: an access answered in 10 days, a California erasure refused late, one still open."""
    nov = lambda day: datetime(2026, 11, day, 9, tzinfo=UTC)  # noqa: E731
    with db.session(settings.database_url) as s:
        return [
            _case(s, 11, nov(2), ["access"], "sent", date(2026, 12, 2), {"sent": nov(12)}),
            _case(
                s,
                12,
                nov(3),
                ["erasure"],
                "sent",
                date(2026, 11, 20),
                {"rejected": nov(21), "sent": nov(24)},
                "california",
            ),
            _case(s, 13, nov(16), ["rectification"], "acknowledged", date(2026, 11, 30)),
        ]


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> Iterator[TestClient]:
    users = tmp_path / "users.txt"
    users.write_text(f"{hash_line('alice', PASSWORD)}\n{hash_line('vera', PASSWORD, 'viewer')}\n")
    settings.web_listen = "127.0.0.1:8025"
    with TestClient(create_app(settings, WebConfig(users_file=str(users))), base_url="http://127.0.0.1") as tc:
        yield tc


def _log_in_client(client: TestClient, name: str = "alice") -> None:
    form = client.get("/login?again=1").text
    token = re.search(r'name="csrf" value="([^"]+)"', form)
    assert token, form
    answer = client.post("/login", data={"name": name, "password": PASSWORD, "csrf": token.group(1), "next": "/"})
    assert answer.status_code in (200, 303), answer.text


def test_the_dashboard_counts_the_open_work_and_draws_its_charts_on_the_server(
    client: TestClient, recent: list[str]
) -> None:
    _log_in_client(client, "vera")  # a viewer reads it too
    page = client.get("/dashboard")
    assert page.status_code == 200
    tiles = dict(re.findall(r"<dt>([^<]+)</dt><dd>(?:<a [^>]+>)?([^<]+)", page.text))
    assert tiles["Open"] == "2" and tiles["Overdue"] == "1" and tiles["Due within 7 days"] == "1"
    assert tiles["Median days to close"] == "10"
    assert page.text.count('<svg class="chart"') == 3
    assert "<script" not in page.text and 'href="/dashboard"' in page.text
    assert "3 request(s) received" in page.text


def test_the_register_page_and_its_csv_hold_what_intake_register_export_writes(
    client: TestClient, settings: Settings, november: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _log_in_client(client)
    page = client.get("/register")
    assert all(ref in page.text for ref in november)
    assert 'class="overdue"' in page.text  # the refusal sent four days late
    answer = client.get("/register.csv")
    assert answer.headers["content-disposition"].startswith('attachment; filename="register-')
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    exported = CliRunner().invoke(cli_app, ["register", "export"], env=_env(settings))
    assert answer.text.replace("\r\n", "\n") == exported.stdout  # the download ends its lines as RFC 4180 does
    assert [r["reference"] for r in rows] == november
    assert [r["deadline"] for r in rows] == ["met", "missed", ""]
    since = client.get("/register.csv?since=2026-11-10")
    assert [r["reference"] for r in csv.DictReader(io.StringIO(since.text))] == november[2:]
    assert "since: expected a date" in client.get("/register?since=yesterday").text
    monkeypatch.setattr(desk, "REGISTER_PAGE", 2)
    first, second = client.get("/register").text, client.get("/register?page=2").text
    assert november[2] in first and november[0] not in first and "page 1 of 2" in first
    assert november[0] in second and november[2] not in second


def test_the_templates_page_shows_every_letter_and_what_each_language_lacks(
    client: TestClient, settings: Settings, tmp_path: Path
) -> None:
    _log_in_client(client)
    page = client.get("/templates")
    assert all(f"<strong>{name}</strong>" in page.text for name in catalogue.NAMES)
    assert catalogue.NAMES["refusal"] in page.text
    assert 'href="/templates/hu#refusal"' in page.text
    letters = client.get("/templates/de")
    assert letters.status_code == 200
    assert letters.text.count('<article class="draft"') == len(catalogue.NAMES)
    assert "DPO-2099-000042-7" in letters.text  # the sample case's reference, in every subject
    assert client.get("/templates/xx").status_code == 404
    # A language folder of the organisation's own, with one letter: the rest are listed as lacking.
    (tmp_path / "letters" / "eo").mkdir(parents=True)
    (tmp_path / "letters" / "eo" / "acknowledgement.txt.j2").write_text(
        "Subject: Ricevita {{ case.reference }}\n\nSaluton, ni ricevis vian peton.\n"
    )
    settings.templates_dir = str(tmp_path / "letters")
    page = client.get("/templates")
    assert re.search(r"eo</a> lacks clarification, verification_needed, employer_redirect", page.text)
    assert "Saluton, ni ricevis vian peton." in client.get("/templates/eo").text


def _env(settings: Settings) -> dict[str, str]:
    cli_state.clear()  # the CLI caches its settings per process
    cli_state["config"] = None
    return {"INTAKE_DATABASE_URL": settings.database_url, "INTAKE_VAR_DIR": str(settings.var_dir), "COLUMNS": "200"}


def test_intake_report_prints_the_tables_and_writes_a_printable_page_with_charts(
    settings: Settings, november: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli_app, ["report", "--period", "2026-11", "--out", str(out)], env=_env(settings))
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert re.search(r"Received\s+│\s+3", text)
    assert re.search(r"Median days to close\s+│\s+15", text)  # 10 and 21 days
    assert re.search(r"Deadlines missed\s+│\s+2 │", text)
    assert f"Deadlines missed: {november[1]}, {november[2]}" in text
    assert re.search(r"delete\s+│\s+1\s+│\s+0\s+│\s+1\s+│\s+21", text)  # CCPA: received, complied, denied, days
    page = out.read_text()
    assert page.count("<svg") == 4 and "<script" not in page and "http" not in page.replace("http://www.w3.org", "")
    assert "@media print" in page and "Requests report: 2026-11" in page
    figures = json.loads(
        CliRunner().invoke(cli_app, ["report", "--period", "2026-11", "--json"], env=_env(settings)).stdout
    )
    assert figures["period"]["start"] == "2026-11-01" and figures["by_right"] == {
        "access": 1,
        "erasure": 1,
        "rectification": 1,
    }
    assert figures["weeks"][1] == ["2026-11-02", {"access": 1, "erasure": 1}]
    bad = CliRunner().invoke(cli_app, ["report", "--period", "November"], env=_env(settings))
    assert bad.exit_code != 0


def test_the_dashboard_and_register_in_chromium_download_the_csv_and_fit_a_phone(
    browser: Browser, web_settings: Settings, tmp_path: Path, november: list[str]
) -> None:
    users = tmp_path / "people.txt"
    users.write_text(hash_line("alice", PASSWORD) + "\n")
    with db.session(web_settings.database_url) as s:
        notes.add(s, november[0], "A long internal note: " + "mandate-checked-by-phone-" * 12, "alice")
        notes.assign(s, november[0], "alice", "alice")
    handle = server.start(web_settings, WebConfig(users_file=str(users)))
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    try:
        page = context.new_page()
        _log_in(page, handle.url)
        page.get_by_role("link", name="Dashboard").click()
        expect(page.get_by_role("heading", name="Dashboard")).to_be_visible()
        expect(page.locator("svg.chart").first).to_be_visible()
        expect(page.get_by_role("img", name="Requests per right per week")).to_be_visible()
        page.get_by_role("link", name="Register").click()
        expect(page.get_by_role("link", name=november[0])).to_be_visible()
        with page.expect_download() as download_info:
            page.get_by_role("link", name="Download CSV").click()
        assert november[1] in Path(download_info.value.path()).read_text()
        page.set_viewport_size({"width": 390, "height": 844})
        for path in ("/dashboard", "/register", "/templates", "/templates/en", f"/cases/{november[0]}"):
            page.goto(f"{handle.url}{path}")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{path} is {width} px wide"
    finally:
        context.close()
        handle.stop()
