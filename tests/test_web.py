"""The web face in a real Chromium against a real server and a database filled by running real mail through intake."""

from __future__ import annotations

import dataclasses
import http.client
import os
import re
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright
from sqlmodel import select

from intake import db, review, store
from intake.errors import SettingsError
from intake.letters.render import BUILTIN_TEMPLATES
from intake.models import Case, Draft, Event, Message, Outbox, utcnow
from intake.run import worker
from intake.settings import Settings
from intake.web import server
from intake.web.auth import hash_line
from intake.web.config import WebConfig
from intake.web.guards import allowed_hosts, host_name

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "correct horse battery staple"
SCREENSHOT = Path("/tmp/intake-web-case.png")
# Another engineer writes the completion letter; the acknowledgement exists in every checkout.
TEMPLATE = "completion" if (BUILTIN_TEMPLATES / "en" / "completion.txt.j2").exists() else "acknowledgement"

REQUEST = (
    b"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <web-1@example.com>\r\n"
    b"Subject: Please delete my data\r\n\r\n"
    b"Hello, I am Jane Doe and I work at Acme Ltd. Please delete all my personal data.\r\n"
)
HOSTILE_SUBJECT = '<script>alert("owned")</script> Delete my data'
HOSTILE = (
    b"From: <img src=x onerror=alert(2)> <mallory@example.net>\r\nTo: dpo@example.org\r\n"
    b"Message-ID: <web-2@example.net>\r\nSubject: " + HOSTILE_SUBJECT.encode() + b"\r\n\r\n"
    b"I am Mallory Smith and I work at Evil Corp. Please delete my personal data.\r\n"
)

expect.set_options(timeout=15_000)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


@pytest.fixture
def users_file(tmp_path: Path) -> Path:
    path = tmp_path / "users.txt"
    path.write_text(f"# people who may log in\n{hash_line('alice', PASSWORD)}\n{hash_line('bob', PASSWORD)}\n")
    return path


@pytest.fixture
def web_settings(settings: Settings) -> Settings:
    settings.web_listen = "127.0.0.1:0"  # the server picks a free port and tells us which
    return settings


@pytest.fixture
def web(web_settings: Settings, users_file: Path) -> Iterator[server.Handle]:
    handle = server.start(web_settings, WebConfig(users_file=str(users_file)))
    yield handle
    handle.stop()


def _receive(settings: Settings, raw: bytes, sender: str) -> str:
    """Store a mail as the SMTP server would, run the worker over it, and return its case reference."""
    with db.session(settings.database_url) as session:
        stored = store.put(session, raw, mailbox="smtp", source="smtp", envelope_from=sender)
    worker.drain(settings)
    with db.session(settings.database_url) as session:
        message = session.get(Message, stored.id)
        assert message is not None and message.case_id is not None, message and message.error
        case = session.get(Case, message.case_id)
        assert case is not None
        return case.reference


@pytest.fixture
def case_ref(web_settings: Settings) -> str:
    return _receive(web_settings, REQUEST, "jane@example.com")


@pytest.fixture
def drafted(web_settings: Settings, case_ref: str) -> int:
    """A case with a reply waiting for the DPO, drafted as the CLI would, the requester's identity checked by hand."""
    with db.session(web_settings.database_url) as session:
        review.flag(session, case_ref, "identity_checked", "tester")
        draft = review.reply(session, web_settings, case_ref, TEMPLATE, "tester")
    assert draft.id is not None
    return draft.id


def _log_in(page: Page, url: str, name: str = "alice", password: str = PASSWORD) -> None:
    page.goto(f"{url}/")
    expect(page).to_have_url(re.compile(r"/login"))
    page.get_by_label("name").fill(name)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_dpo_edits_and_approves_a_draft_and_sees_the_outbox_row_and_her_name_in_the_audit_trail(
    page: Page, web: server.Handle, web_settings: Settings, case_ref: str, drafted: int
) -> None:
    _log_in(page, web.url)
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    page.get_by_role("link", name=case_ref).click()

    expect(page.get_by_role("heading", name=case_ref)).to_be_visible()
    expect(page.locator("dl.facts")).to_contain_text("one month from receipt")  # the due date with its reason
    expect(page.locator(f"#draft-{drafted}")).to_be_visible()
    page.locator(f"#draft-{drafted}").get_by_role("link", name="Edit").click()

    page.get_by_label("Subject").fill("Your data has been erased")
    page.get_by_label("Body").fill("Dear Jane,\n\nWe erased every record we held about you.\n\nThe DPO\n")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".flash.info")).to_contain_text(f"Draft {drafted} saved")
    expect(page.locator(f"#draft-{drafted} pre.letter")).to_contain_text("We erased every record we held about you.")

    # The edit drops the letter's required clauses: since approval checks the text, sending it takes a reason.
    page.locator(f"#draft-{drafted}").get_by_label("Reason to send despite a failed check").fill("test: an edit")
    page.get_by_role("button", name=f"Approve and send draft {drafted}").click()
    expect(page.locator(".flash.info")).to_contain_text("1 draft(s) approved")
    outbox = page.locator("table.outbox")
    expect(outbox.locator("tr", has_text="Your data has been erased")).to_contain_text(TEMPLATE)
    # Automatic letters (the acknowledgement) are approved by "system"; this draft by the person logged in.
    this_draft = re.compile(rf"draft={drafted}\b")
    for action in ("draft.edited", "draft.approved"):
        row = page.locator("table.audit tr", has_text=action).filter(has_text=this_draft)
        expect(row.locator("td.actor")).to_have_text("alice")
    page.screenshot(path=str(SCREENSHOT), full_page=True)

    with db.session(web_settings.database_url) as session:
        draft = session.get(Draft, drafted)
        assert draft is not None and draft.status == "approved"
        assert (draft.edited_by, draft.approved_by) == ("alice", "alice")
        row = session.get(Outbox, draft.outbox_id)
        assert row is not None and b"We erased every record we held about you." in row.raw
        assert row.subject == "Your data has been erased"


def test_pages_need_a_log_in(context: BrowserContext, page: Page, web: server.Handle, case_ref: str) -> None:
    answer = context.request.get(f"{web.url}/cases/{case_ref}", max_redirects=0)
    assert answer.status == 303 and answer.headers["location"].startswith("/login?next=")
    answer = context.request.post(f"{web.url}/cases/{case_ref}/flag", form={"name": "authority_checked"})
    assert answer.status == 401
    page.goto(f"{web.url}/cases/{case_ref}")
    expect(page).to_have_url(re.compile(r"/login\?next="))
    assert "jane@example.com" not in page.content()


def test_wrong_password_is_refused(page: Page, web: server.Handle) -> None:
    _log_in(page, web.url, password="not the password")
    expect(page.locator(".flash.error")).to_have_text("Wrong name or password.")
    expect(page).to_have_url(re.compile(r"/login"))
    expect(page.get_by_label("name")).to_have_value("alice")  # only the password is typed again


def test_post_without_csrf_token_is_refused_and_changes_nothing(
    context: BrowserContext, page: Page, web: server.Handle, web_settings: Settings, case_ref: str
) -> None:
    _log_in(page, web.url)
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    # The request context shares the logged-in browser's cookies: 403 (not 401) shows the session was there.
    answer = context.request.post(f"{web.url}/cases/{case_ref}/flag", form={"name": "authority_checked"})
    assert answer.status == 403
    forged = context.request.post(
        f"{web.url}/cases/{case_ref}/flag", form={"name": "authority_checked", "csrf": "guessed"}
    )
    assert forged.status == 403
    with db.session(web_settings.database_url) as session:
        assert "authority_checked" not in review.load(session, case_ref).flags
        assert not session.exec(select(Event).where(Event.action == "case.flagged")).all()


def test_subject_with_script_tag_is_shown_as_text(page: Page, web: server.Handle, web_settings: Settings) -> None:
    ref = _receive(web_settings, HOSTILE, "mallory@example.net")
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    _log_in(page, web.url)
    page.goto(f"{web.url}/cases/{ref}")
    expect(page.get_by_role("heading", name=ref)).to_be_visible()
    # The subject shows as text in the conversation (the messages table below is folded).
    expect(page.locator("ol.thread a", has_text=HOSTILE_SUBJECT)).to_be_visible()
    assert page.locator("script:not([src='/static/keys.js'])").count() == 0  # only the site's own shortcuts
    assert page.locator("img").count() == 0
    page.goto(f"{web.url}/cases")
    expect(page.get_by_role("link", name=ref)).to_be_visible()
    assert dialogs == []


def test_errors_from_review_become_a_notice_on_the_page(
    page: Page, web: server.Handle, web_settings: Settings, case_ref: str
) -> None:
    _log_in(page, web.url)
    page.goto(f"{web.url}/cases/{case_ref}")
    page.locator("form[action$='/reject'] textarea").fill("   ")
    page.get_by_role("button", name="Draft refusal").click()
    expect(page.locator(".flash.error")).to_contain_text("a refusal must give the requester its reasons")
    page.get_by_label("Close the case").select_option("closed")
    page.get_by_role("button", name="Close", exact=True).click()
    expect(page.locator(".flash.info")).to_contain_text(f"{case_ref} is closed")
    page.get_by_role("button", name="Draft reply").click()
    expect(page.locator(".flash.error")).to_contain_text("reopen it before replying")
    with db.session(web_settings.database_url) as session:
        assert review.load(session, case_ref).status == "closed"
        assert not review.drafts(session, review.load(session, case_ref))
    page.goto(f"{web.url}/cases/DPO-2099-999999-9")
    expect(page.locator(".flash.error")).to_contain_text("DPO-2099-999999-9: no such case")


def test_emptied_draft_is_refused_and_the_typed_subject_is_kept(
    page: Page, web: server.Handle, web_settings: Settings, drafted: int
) -> None:
    _log_in(page, web.url)
    page.goto(f"{web.url}/drafts/{drafted}")
    page.get_by_label("Subject").fill("Half-written subject")
    page.get_by_label("Body").fill("  \n")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".flash.error")).to_contain_text("the edited text is empty")
    expect(page.get_by_label("Subject")).to_have_value("Half-written subject")
    with db.session(web_settings.database_url) as session:
        draft = session.get(Draft, drafted)
        assert draft is not None and draft.edited_by is None


def test_reply_extend_and_flag_from_the_case_page_are_audited_with_the_user(
    page: Page, web: server.Handle, web_settings: Settings, case_ref: str
) -> None:
    _log_in(page, web.url, name="bob")
    page.goto(f"{web.url}/cases/{case_ref}")
    page.get_by_label("Reply from a template").select_option(TEMPLATE)
    page.get_by_role("button", name="Draft reply").click()
    expect(page.locator(".flash.info")).to_contain_text(f"created from {TEMPLATE}")
    page.get_by_label("Extend the deadline").fill("Your request covers ten years of records.")
    page.get_by_role("button", name="Extend and draft notice").click()
    expect(page.locator(".flash.info")).to_contain_text("Now due")
    page.get_by_label("Record a finding").fill("authority_checked")
    page.get_by_role("button", name="Flag", exact=True).click()
    expect(page.locator("h1 .badge.flag")).to_have_text("authority_checked")
    with db.session(web_settings.database_url) as session:
        case = review.load(session, case_ref)
        actions = {e.action: e.actor for e in session.exec(select(Event).where(Event.case_id == case.id)).all()}
        assert case.extensions == 1
        assert (actions["case.extended"], actions["case.flagged"]) == ("bob", "bob")
        assert {d.template for d in review.drafts(session, case)} == {TEMPLATE, "extension"}


def test_queue_shows_the_earliest_due_first_and_marks_the_overdue(
    page: Page, web: server.Handle, web_settings: Settings, drafted: int
) -> None:
    late = _receive(web_settings, HOSTILE, "mallory@example.net")
    with db.session(web_settings.database_url) as session:
        case = review.load(session, late)
        case.due_on = utcnow().date() - timedelta(days=3)  # as if it had arrived five weeks ago
        session.add(case)
        session.commit()
        review.reply(session, web_settings, late, TEMPLATE, "tester")
    _log_in(page, web.url)
    rows = page.locator("table.list tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text(late)
    expect(rows.nth(0)).to_contain_text("overdue by 3 d")
    expect(rows.nth(1)).not_to_contain_text("overdue")


def test_failures_list_shows_failed_messages_with_their_errors(
    page: Page, web: server.Handle, web_settings: Settings
) -> None:
    with db.session(web_settings.database_url) as session:
        stored = store.put(session, b"Subject: broken\r\n\r\nno sender", mailbox="smtp", source="smtp")
        message = session.get(Message, stored.id)
        assert message is not None
        store.mark_failed(session, message, "ParseError: no From header we can answer")
        session.commit()
    _log_in(page, web.url)
    expect(page.get_by_role("link", name="1 message(s) failed or were quarantined")).to_be_visible()
    page.get_by_role("link", name="Failures", exact=True).click()
    expect(page.locator("pre.error")).to_have_text("ParseError: no From header we can answer")
    page.get_by_role("button", name="Retry").click()
    expect(page.locator(".flash.info")).to_contain_text(f"Message {stored.id} queued again")
    expect(page.locator("pre.error")).to_have_count(0)
    with db.session(web_settings.database_url) as session:
        assert session.get(Message, stored.id).status == "received"  # type: ignore[union-attr]
        retried = session.exec(select(Event).where(Event.action == "message.retry")).one()
        assert retried.actor == "alice"


def test_cases_can_be_filtered_by_status(page: Page, web: server.Handle, web_settings: Settings, case_ref: str) -> None:
    with db.session(web_settings.database_url) as session:
        review.close(session, case_ref, "tester")
    other = _receive(web_settings, HOSTILE, "mallory@example.net")
    _log_in(page, web.url)
    page.goto(f"{web.url}/cases")
    expect(page.get_by_role("link", name=case_ref)).to_be_visible()
    expect(page.get_by_role("link", name=other)).to_be_visible()
    page.get_by_label("Status").select_option("closed")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_role("link", name=case_ref)).to_be_visible()
    expect(page.get_by_role("link", name=other)).to_have_count(0)


def test_removing_a_user_from_the_users_file_ends_their_session(
    page: Page, web: server.Handle, users_file: Path, case_ref: str
) -> None:
    _log_in(page, web.url)
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    users_file.write_text(hash_line("bob", PASSWORD) + "\n")
    page.goto(f"{web.url}/cases/{case_ref}")
    expect(page).to_have_url(re.compile(r"/login"))


def test_a_link_from_another_site_opens_the_page_for_a_logged_in_user(
    page: Page, web: server.Handle, case_ref: str
) -> None:
    _log_in(page, web.url)
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    # A webmail page elsewhere links to the case: the browser holds back the SameSite=Strict cookie on that click.
    link = f'<a href="{web.url}/cases/{case_ref}">the case</a>'
    page.route("http://webmail.example/", lambda route: route.fulfill(body=link, content_type="text/html"))
    page.goto("http://webmail.example/")
    page.get_by_role("link", name="the case").click()
    expect(page.get_by_role("heading", name=case_ref)).to_be_visible()
    expect(page.locator("header .who span")).to_have_text("alice")


def test_log_in_never_sends_the_browser_to_another_site(page: Page, web: server.Handle) -> None:
    page.goto(f"{web.url}/login?next=//webmail.example/&again=1")
    page.get_by_label("name").fill("alice")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    assert page.url == f"{web.url}/"


def test_pages_carry_the_security_headers_and_a_strict_http_only_cookie(
    context: BrowserContext, web: server.Handle
) -> None:
    answer = context.request.get(f"{web.url}/login?again=1")
    headers = answer.headers
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    cookie = headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_listening_beyond_loopback_without_a_log_in_configured_refuses_to_start(web_settings: Settings) -> None:
    web_settings.web_listen = "0.0.0.0:0"
    with pytest.raises(SettingsError, match="INTAKE_WEB_USERS_FILE or INTAKE_WEB_PASSWORD"):
        server.start(web_settings, WebConfig())


def test_loopback_without_configuration_prints_a_one_time_password_that_logs_in(
    page: Page, web_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The password is shown on a terminal only: stdout here is a real pseudo-terminal, read from its other end.
    leader, follower = os.openpty()
    terminal = os.fdopen(follower, "w", buffering=1)
    monkeypatch.setattr(sys, "stdout", terminal)
    handle = server.start(web_settings, WebConfig())
    try:
        terminal.flush()
        printed = os.read(leader, 4096).decode()
        password = re.search(r"one-time password (\S+)", printed)
        assert password is not None, printed
        _log_in(page, handle.url, name="Carol Jones", password=password.group(1))
        expect(page.locator("header .who span")).to_have_text("Carol Jones")
    finally:
        handle.stop()
        monkeypatch.undo()
        terminal.close()
        os.close(leader)


def test_the_one_time_password_is_not_written_where_stdout_is_redirected(
    web_settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    handle = server.start(web_settings, WebConfig())
    try:
        printed = capsys.readouterr().out
    finally:
        handle.stop()
    password = handle.server.config.app.state.web.one_time_password
    assert password and password not in printed
    assert "INTAKE_WEB_PASSWORD" in printed and "INTAKE_WEB_USERS_FILE" in printed


def test_every_web_setting_is_documented() -> None:
    text = (Path(__file__).resolve().parent.parent / "docs" / "web.md").read_text()
    for f in dataclasses.fields(WebConfig):
        assert f"`INTAKE_WEB_{f.name.upper()}`" in text, f.name


def _get_with_host(url: str, host: str) -> int:
    """The status of GET /login sent to the server at `url` with the given Host header, as a rebinding page would."""
    address = url.removeprefix("http://").rstrip("/")
    name, _, port = address.rpartition(":")
    conn = http.client.HTTPConnection(name, int(port), timeout=10)
    try:
        conn.request("GET", "/login?again=1", headers={"Host": host})
        return conn.getresponse().status
    finally:
        conn.close()


def test_a_foreign_host_name_is_refused_so_dns_rebinding_cannot_read_the_pages(web: server.Handle) -> None:
    port = web.url.rstrip("/").rpartition(":")[2]
    assert _get_with_host(web.url, f"attacker.example:{port}") == 400
    assert _get_with_host(web.url, "") == 400
    assert _get_with_host(web.url, f"127.0.0.1:{port}") == 200
    assert _get_with_host(web.url, f"localhost:{port}") == 200
    assert _get_with_host(web.url, f"[::1]:{port}") == 200


def test_configured_host_names_are_answered(web_settings: Settings, users_file: Path) -> None:
    handle = server.start(web_settings, WebConfig(users_file=str(users_file), hosts=["DPO.example.com"]))
    try:
        assert _get_with_host(handle.url, "dpo.example.com") == 200
        assert _get_with_host(handle.url, "other.example.com") == 400
    finally:
        handle.stop()


@pytest.mark.parametrize(
    ("listen", "hosts", "allowed"),
    [
        ("127.0.0.1:8025", [], {"localhost", "127.0.0.1", "::1"}),
        ("[::1]:8025", ["dpo.example.com"], {"localhost", "127.0.0.1", "::1", "dpo.example.com"}),
        ("192.0.2.7:8025", [], {"192.0.2.7"}),
        ("0.0.0.0:8025", [], None),  # every address and no name given: the name cannot be known
        ("0.0.0.0:8025", ["dpo.example.com"], {"localhost", "127.0.0.1", "::1", "dpo.example.com"}),
    ],
)
def test_allowed_hosts_follow_the_listening_address(
    web_settings: Settings, listen: str, hosts: list[str], allowed: set[str] | None
) -> None:
    web_settings.web_listen = listen
    got = allowed_hosts(web_settings, WebConfig(hosts=hosts))
    assert (None if got is None else set(got)) == allowed


@pytest.mark.parametrize(
    ("header", "name"),
    [("[::1]:8025", "::1"), ("Example.org:80", "example.org"), ("example.org", "example.org"), ("::1", "::1")],
)
def test_host_name_drops_the_port(header: str, name: str) -> None:
    assert host_name(header) == name


def test_the_dpo_asks_the_address_on_record_from_the_case_page(
    page: Page, web: server.Handle, web_settings: Settings, case_ref: str, tmp_path: Path
) -> None:
    import json as json_module

    from intake.identity.records import import_file
    from intake.models import Confirmation

    records = tmp_path / "people.jsonl"
    records.write_text(json_module.dumps({"subject_id": "S9", "name": "Jane Doe", "email": "jane.doe@work.example"}))
    _log_in(page, web.url, name="bob")
    page.goto(f"{web.url}/cases/{case_ref}")
    page.get_by_role("button", name="Ask for confirmation").click()
    # No record named, and the case matched none: said in one line on the page, nothing sent.
    expect(page.locator(".flash.error")).to_contain_text("no record to ask")
    with db.session(web_settings.database_url) as session:
        import_file(session, records)
        case = review.load(session, case_ref)
        case.verification = {**(case.verification or {}), "confirm_with": "S9"}
        session.add(case)
        session.commit()
    page.get_by_role("button", name="Ask for confirmation").click()
    expect(page.locator(".flash.info")).to_contain_text("asked to confirm")
    page.locator("summary", has_text="Identity verification").click()  # folded with the evidence
    expect(page.get_by_text("Confirmation 1 to the address on record")).to_be_visible()
    with db.session(web_settings.database_url) as session:
        asked = session.exec(select(Confirmation)).one()
        question = session.exec(select(Outbox).where(Outbox.purpose == "confirmation")).one()
    assert (asked.requested_by, asked.status, question.rcpt_to) == ("bob", "open", "jane.doe@work.example")
    assert question.automatic is False  # the DPO's decision, not the automatic budget's


def _throttled_server(settings: Settings, users_file: Path, **config: object) -> server.Handle:
    settings.web_listen = "127.0.0.1:0"
    return server.start(settings, WebConfig(users_file=str(users_file), **config))  # type: ignore[arg-type]


def test_failures_for_a_made_up_name_or_by_a_stranger_do_not_lock_the_dpo_out(
    settings: Settings, users_file: Path
) -> None:
    from tests.browse import Visitor

    handle = _throttled_server(settings, users_file)  # no trusted proxy: every visitor is 127.0.0.1, as behind one
    try:
        alice = Visitor(handle.url)
        assert alice.log_in("alice", PASSWORD) == 303  # her browser now knows it logged in as alice before
        attacker = Visitor(handle.url)
        for n in range(10):
            assert attacker.log_in("nobody", f"guess {n}") == 401
        assert attacker.log_in("nobody", "guess 10") == 429
        assert Visitor(handle.url).log_in("alice", PASSWORD) == 303  # the office is not locked out (was 429)
        for n in range(10):  # guessing alice's password, claiming another client each time: not believed
            spoofing = Visitor(handle.url, {"X-Forwarded-For": f"203.0.113.{n}"})
            assert spoofing.log_in("alice", f"guess {n}") == 401
        assert Visitor(handle.url, {"X-Forwarded-For": "198.51.100.7"}).log_in("alice", PASSWORD) == 429
        alice.drop("intake_session")  # a new day: the session has ended, the browser is the same
        assert alice.log_in("alice", PASSWORD) == 303  # her own browser is counted apart
        assert Visitor(handle.url).log_in("bob", PASSWORD) == 303
    finally:
        handle.stop()


def test_behind_a_trusted_proxy_each_client_is_counted_and_one_name_stops_guessing_from_many(
    settings: Settings, users_file: Path
) -> None:
    from intake.web.auth import Throttle
    from tests.browse import Visitor

    handle = _throttled_server(settings, users_file, trusted_proxies=["127.0.0.0/8", "10.0.0.1"])
    handle.server.config.app.state.web.throttle = Throttle(limit=3, name_limit=5)  # smaller, for a quick test
    try:
        alice = Visitor(handle.url, {"X-Forwarded-For": "192.0.2.1"})
        assert alice.log_in("alice", PASSWORD) == 303

        def client(address: str) -> Visitor:
            # A forged first hop, then what the proxies appended: the client, then a second trusted proxy.
            return Visitor(handle.url, {"X-Forwarded-For": f"6.6.6.6, {address}, 10.0.0.1"})

        for n in range(3):
            assert client("203.0.113.1").log_in("alice", f"guess {n}") == 401
        assert client("203.0.113.1").log_in("alice", PASSWORD) == 429  # that client, for that name
        assert client("203.0.113.2").log_in("bob", PASSWORD) == 303  # another client is another count
        assert client("203.0.113.2").log_in("alice", "guess 3") == 401
        assert client("203.0.113.3").log_in("alice", "guess 4") == 401
        # Five failures for alice from three addresses: guessing her password from one more stops too.
        assert client("203.0.113.4").log_in("alice", PASSWORD) == 429
        alice.drop("intake_session")
        assert alice.log_in("alice", PASSWORD) == 303  # except in the browser she logged in with before
    finally:
        handle.stop()


def test_a_trusted_proxy_that_is_not_an_address_stops_the_start(settings: Settings, users_file: Path) -> None:
    from intake.web.app import create_app

    with pytest.raises(SettingsError, match=r"^\[web\] trusted_proxies: 'proxy\.local' is not an address"):
        create_app(settings, WebConfig(users_file=str(users_file), trusted_proxies=["proxy.local"]))
