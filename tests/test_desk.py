"""The DPO's desk in a real Chromium: reading stored mail safely, roles, search and filters, and phone width."""

# The fixtures come from test_web.py by import, and pytest hands them to the tests as parameters of the same name.
# ruff: noqa: F811

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
from sqlmodel import select

from intake import db, reading, review, store
from intake.errors import SettingsError
from intake.models import Draft, Event, Message, utcnow
from intake.run import worker
from intake.settings import Settings
from intake.web import server
from intake.web.auth import UsersFile, hash_line
from intake.web.config import WebConfig
from tests.test_misread import MISREAD
from tests.test_web import (  # noqa: F401  (fixtures shared with the web face's own tests)
    HOSTILE,
    PASSWORD,
    _log_in,
    _receive,
    browser,
    case_ref,
    context,
    drafted,
    page,
    users_file,
    web,
    web_settings,
)

HOSTILE_HTML = """<html><head><style>body { background: url(http://tracker.example/bg.png) }</style>
<link rel="stylesheet" href="http://tracker.example/x.css"><script>alert('head')</script></head>
<body onload="alert('load')"><p id="hello" style="color:red">Hello, please <b>delete</b> my data.</p>
<img src="http://tracker.example/pixel.gif?u=jane" width="1" height="1">
<a href="javascript:alert('link')">click me</a> <a href="https://example.com/about">about</a>
<div onclick="alert('click')" onmouseover="alert('over')">hover</div>
<iframe src="http://tracker.example/frame"></iframe><svg onload="alert('svg')"></svg>
<form action="http://tracker.example/post"><input name="q"></form>
</body></html>"""


def _hostile_mail() -> bytes:
    mail = EmailMessage()
    mail["From"] = "Jane Doe <jane@example.com>"
    mail["To"] = "dpo@example.org"
    mail["Subject"] = "Delete my data"
    mail["Message-ID"] = "<desk-1@example.com>"
    mail.set_content("Hello, I am Jane Doe. Please delete all my personal data.\n")
    mail.add_alternative(HOSTILE_HTML, subtype="html")
    mail.add_attachment(
        b"<html><script>alert('file')</script></html>",
        maintype="text",
        subtype="html",
        filename="../../etc/power of attorney.html",
    )
    return mail.as_bytes()


def _store(settings: Settings, raw: bytes) -> int:
    with db.session(settings.database_url) as session:
        stored = store.put(session, raw, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    worker.drain(settings)
    assert stored.id is not None
    return stored.id


def test_safe_html_keeps_text_and_links_and_drops_everything_active_or_remote() -> None:
    clean = reading.safe_html(HOSTILE_HTML)
    assert "Hello, please <b>delete</b> my data." in clean
    assert 'href="https://example.com/about"' in clean
    for bad in (
        "<script",
        "<style",
        "<img",
        "<iframe",
        "<svg",
        "<form",
        "<link",
        "onload",
        "onclick",
        "javascript:",
        "style=",
        "tracker.example",
    ):
        assert bad not in clean, bad


def test_attachment_names_never_leave_the_download_folder() -> None:
    assert reading.safe_filename("../../etc/passwd", 1) == "etc_passwd"
    assert reading.safe_filename("..", 2) == "attachment-2.bin"
    assert reading.safe_filename("a\r\nb\x00.pdf", 3) == "a b .pdf"


def test_a_hostile_html_mail_shows_nothing_active_loads_nothing_remote_and_its_attachment_downloads(
    page: Page, web: server.Handle, web_settings: Settings
) -> None:
    message_id = _store(web_settings, _hostile_mail())
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    _log_in(page, web.url)
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    page.get_by_role("link", name="Messages").click()
    page.get_by_role("link", name="Delete my data").first.click()

    expect(page.get_by_role("heading", name=f"Message {message_id}")).to_be_visible()
    expect(page.locator("dl.mailhead")).to_contain_text("jane@example.com")
    expect(page.locator("pre.mailtext")).to_contain_text("Please delete all my personal data.")
    html = page.locator("div.mailhtml")
    expect(html).to_contain_text("Hello, please delete my data.")
    assert html.locator("script, style, img, iframe, svg, form, link, [onclick], [onload], [style]").count() == 0
    assert html.locator("a[href^='javascript']").count() == 0
    html.get_by_text("hover").hover()
    csp = page.request.get(page.url).headers["content-security-policy"]
    assert "default-src 'none'" in csp
    assert not dialogs
    assert all(url.startswith(web.url) for url in requested), requested

    with page.expect_download() as download_info:
        page.get_by_role("link", name="etc_power of attorney.html").click()
    download = download_info.value
    assert download.suggested_filename == "etc_power of attorney.html"
    assert Path(download.path()).read_bytes() == b"<html><script>alert('file')</script></html>"
    answer = page.request.get(f"{web.url}/messages/{message_id}/attachments/1")
    assert answer.headers["content-disposition"].startswith("attachment;")
    assert answer.headers["content-type"] == "application/octet-stream"
    assert page.request.get(f"{web.url}/messages/{message_id}/attachments/2").status == 404
    raw = page.request.get(f"{web.url}/messages/{message_id}/raw")
    assert raw.headers["content-disposition"].startswith("attachment;") and b"desk-1@example.com" in raw.body()
    assert not dialogs


def test_the_case_page_shows_the_conversation_and_links_each_message(
    page: Page, web: server.Handle, web_settings: Settings, case_ref: str
) -> None:
    _log_in(page, web.url)
    page.goto(f"{web.url}/cases/{case_ref}")
    thread = page.locator("ol.thread")
    expect(thread.locator("li.turn.in")).to_have_count(1)
    expect(thread.locator("li.turn.out").first).to_be_visible()  # the acknowledgement
    thread.get_by_role("link", name="Please delete my data").click()
    expect(page.locator("pre.mailtext")).to_contain_text("Please delete all my personal data.")
    expect(page.locator("p.crumbs")).to_contain_text(case_ref)


def test_a_message_that_opened_no_case_is_listed_and_readable(
    page: Page, web: server.Handle, web_settings: Settings
) -> None:
    newsletter = (
        b"From: news@shop.example\r\nTo: dpo@example.org\r\nMessage-ID: <news-1@shop.example>\r\n"
        b"List-Id: <offers.shop.example>\r\nSubject: Our spring offers\r\n\r\nTwenty percent off.\r\n"
    )
    message_id = _store(web_settings, newsletter)
    with db.session(web_settings.database_url) as session:
        stored = session.get(Message, message_id)
        assert stored is not None and stored.case_id is None
    _log_in(page, web.url)
    page.goto(f"{web.url}/messages")
    row = page.locator("tr", has_text="Our spring offers")
    expect(row).to_contain_text("no case")
    row.get_by_role("link", name="Our spring offers").click()
    expect(page.locator("pre.mailtext")).to_contain_text("Twenty percent off.")
    assert page.request.get(f"{web.url}/messages/999999").status == 404


@pytest.fixture
def roles_file(tmp_path: Path) -> Path:
    path = tmp_path / "roles.txt"
    # carol's line predates roles: two fields, read as a dpo.
    carol = hash_line("carol", PASSWORD).replace(":dpo:", ":", 1)
    path.write_text(f"{hash_line('vera', PASSWORD, 'viewer')}\n{hash_line('alice', PASSWORD, 'admin')}\n{carol}\n")
    return path


@pytest.fixture
def roles_web(web_settings: Settings, roles_file: Path) -> Iterator[server.Handle]:
    handle = server.start(web_settings, WebConfig(users_file=str(roles_file)))
    yield handle
    handle.stop()


def test_the_users_file_reads_roles_and_old_lines_as_dpo(roles_file: Path) -> None:
    users = UsersFile(roles_file)
    assert [users.role(n) for n in ("vera", "alice", "carol", "nobody")] == ["viewer", "admin", "dpo", "viewer"]
    bad = roles_file.parent / "bad.txt"
    bad.write_text(hash_line("eve", PASSWORD).replace(":dpo:", ":boss:"))
    with pytest.raises(SettingsError, match="expected one of viewer, dpo, admin"):
        UsersFile(bad)


def test_a_viewer_reads_everything_sees_no_button_and_every_post_is_refused(
    context: BrowserContext, page: Page, roles_web: server.Handle, web_settings: Settings, case_ref: str
) -> None:
    with db.session(web_settings.database_url) as session:
        review.flag(session, case_ref, "identity_checked", "tester")
        draft = review.reply(session, web_settings, case_ref, "acknowledgement", "tester")
    _log_in(page, roles_web.url, name="vera")
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    page.goto(f"{roles_web.url}/cases/{case_ref}")
    expect(page.locator(f"#draft-{draft.id}")).to_be_visible()
    expect(page.locator("main form")).to_have_count(0)
    expect(page.get_by_role("button", name=re.compile("Approve"))).to_have_count(0)
    page.goto(f"{roles_web.url}/drafts/{draft.id}")
    expect(page.locator("main form")).to_have_count(0)
    # A direct POST, with the session's own CSRF token, is refused all the same.
    page.goto(f"{roles_web.url}/cases/{case_ref}")
    token = page.locator("header form input[name=csrf]").get_attribute("value")
    for action in ("approve", "flag", "close", "reply"):
        answer = context.request.post(
            f"{roles_web.url}/cases/{case_ref}/{action}", form={"csrf": token or "", "name": "x", "template": "x"}
        )
        assert answer.status == 403, action
    assert context.request.post(f"{roles_web.url}/drafts/{draft.id}", form={"csrf": token or ""}).status == 403
    with db.session(web_settings.database_url) as session:
        stored = session.get(Draft, draft.id)
        assert stored is not None and stored.status == "draft"
        assert session.exec(select(Event).where(Event.actor == "vera")).first() is None
    page.get_by_role("button", name="Log out").click()  # logging out is not a decision
    expect(page).to_have_url(re.compile(r"/login"))


def test_an_admin_and_an_old_two_field_line_may_decide(
    page: Page, roles_web: server.Handle, web_settings: Settings, case_ref: str
) -> None:
    for name in ("alice", "carol"):
        _log_in(page, roles_web.url, name=name)
        page.goto(f"{roles_web.url}/cases/{case_ref}")
        page.get_by_label("Record a finding (flag)").fill(f"checked_by_{name}")
        page.get_by_role("button", name="Flag", exact=True).click()
        expect(page.locator(".flash.info")).to_contain_text(f"checked_by_{name}")
        page.get_by_role("button", name="Log out").click()


def _cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "INTAKE_DATABASE_URL": settings.database_url,
        "INTAKE_VAR_DIR": str(settings.var_dir),
        "COLUMNS": "40",
    }
    return subprocess.run(
        [sys.executable, "-m", "intake.cli", *args], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def two_cases(web_settings: Settings, case_ref: str) -> tuple[str, str]:
    """Jane's erasure request, flagged and overdue, and Mallory's, due later."""
    other = _receive(web_settings, HOSTILE, "mallory@example.net")
    with db.session(web_settings.database_url) as session:
        review.flag(session, case_ref, "authority_checked", "tester")
        jane = review.load(session, case_ref)
        jane.due_on = utcnow().date() - timedelta(days=2)
        session.add(jane)
        session.commit()
    return case_ref, other


def test_cases_are_found_by_name_and_filtered_sorted_and_paged(
    page: Page, web: server.Handle, two_cases: tuple[str, str]
) -> None:
    jane, mallory = two_cases
    _log_in(page, web.url)
    page.goto(f"{web.url}/cases")
    page.get_by_label("Search").fill("jane doe")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_role("link", name=jane)).to_be_visible()
    expect(page.get_by_role("link", name=mallory)).to_have_count(0)
    expect(page.locator("table.cards")).to_contain_text("Please delete my data")  # the subject is shown

    for params, shown in (
        ("q=please+delete", {jane}),  # the subject
        ("q=mallory%40example", {mallory}),
        ("flag=authority_checked", {jane}),
        ("due=overdue", {jane}),
        ("due=week", {jane}),
        ("right=erasure", {jane, mallory}),
        ("language=en", {jane, mallory}),
        ("q=100%25", set()),  # a % typed is a percent sign, not a wildcard
    ):
        page.goto(f"{web.url}/cases?{params}")
        for ref in (jane, mallory):
            expect(page.get_by_role("link", name=ref)).to_have_count(1 if ref in shown else 0)

    page.goto(f"{web.url}/cases?sort=due&per_page=1")
    expect(page.locator("table.cards tbody tr")).to_have_count(1)
    expect(page.get_by_role("link", name=jane)).to_be_visible()  # the overdue one first
    page.get_by_role("link", name="Next").click()
    expect(page.get_by_role("link", name=mallory)).to_be_visible()
    expect(page).to_have_url(re.compile(r"sort=due"))

    page.goto(f"{web.url}/cases?status=bogus&right=erasure")
    expect(page.locator(".flash.error")).to_have_text(
        re.compile(r"^status: expected one of new, acknowledged, .*ignored$")
    )
    expect(page.get_by_role("link", name=jane)).to_be_visible()


def test_intake_cases_has_the_same_filters_and_prints_one_json_array(
    web_settings: Settings, two_cases: tuple[str, str]
) -> None:
    jane, mallory = two_cases
    result = _cli(web_settings, "cases", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {r["reference"] for r in rows} == {jane, mallory}
    result = _cli(web_settings, "cases", "--json", "-q", "Jane", "--flag", "authority_checked", "--due", "overdue")
    assert [r["reference"] for r in json.loads(result.stdout)] == [jane]
    assert json.loads(_cli(web_settings, "cases", "--json", "--right", "access").stdout) == []
    result = _cli(web_settings, "cases", "--due", "soon")
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["error: due: expected one of overdue, week, got 'soon'"]


def test_intake_message_prints_the_headers_the_text_and_the_raw_source(web_settings: Settings) -> None:
    message_id = _store(web_settings, _hostile_mail())
    result = _cli(web_settings, "message", str(message_id))
    assert result.returncode == 0, result.stderr
    assert "From: Jane Doe <jane@example.com>" in result.stdout
    assert "Sender check: none" in result.stdout
    assert "Attachment 1: etc_power of attorney.html (text/html" in result.stdout
    assert "Please delete all my personal data." in result.stdout
    raw = _cli(web_settings, "message", str(message_id), "--raw")
    assert "Message-ID: <desk-1@example.com>" in raw.stdout
    missing = _cli(web_settings, "message", "99999")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


def test_at_phone_width_no_page_scrolls_sideways_and_there_is_a_favicon(
    browser: Browser, web: server.Handle, web_settings: Settings, two_cases: tuple[str, str], drafted: int
) -> None:
    jane, _ = two_cases
    message_id = _store(web_settings, _hostile_mail())
    phone = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = phone.new_page()
        _log_in(page, web.url)
        expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
        for path in ("/", "/cases", f"/cases/{jane}", f"/messages/{message_id}", "/messages", "/failures"):
            page.goto(f"{web.url}{path}")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{path} is {width} px wide"
        icon = page.request.get(f"{web.url}/favicon.ico")
        assert icon.status == 200 and icon.headers["content-type"].startswith("image/svg")
    finally:
        phone.close()


def test_a_misread_message_becomes_a_case_and_the_keyboard_walks_the_queue_and_approves(
    page: Page, web: server.Handle, web_settings: Settings, case_ref: str, drafted: int
) -> None:
    misread = _store(web_settings, MISREAD)
    _log_in(page, web.url)
    page.goto(f"{web.url}/messages/{misread}")
    page.get_by_label("erasure").check()
    page.get_by_role("button", name="Open a case from this message").click()
    expect(page.locator(".flash.info")).to_contain_text(f"opened from message {misread}")
    opened = page.locator("h1").inner_text().split()[0]
    assert opened != case_ref

    # The page starts with what is decided: the evidence and the history below it, folded.
    assert page.locator("details.fold").count() >= 5 and page.locator("details.fold[open]").count() == 0
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to the content")).to_be_focused()
    expect(page.locator("#keys")).to_contain_text("next case in the queue")
    page.keyboard.press("n")
    expect(page).to_have_url(re.compile(re.escape(case_ref)))
    drafts = page.locator("#drafts").bounding_box()
    history = page.locator("#history").bounding_box()
    assert drafts and history and drafts["y"] < history["y"]

    # A key typed into a field is text, never a shortcut.
    refusal = page.get_by_label("Refuse, with reasons the requester will read")
    refusal.press_sequentially("an")
    expect(refusal).to_have_value("an")
    expect(page).to_have_url(re.compile(re.escape(case_ref)))
    refusal.fill("")
    page.locator("h1").click()  # out of the field, as Escape or a click would
    page.keyboard.press("a")
    expect(page.get_by_role("button", name=f"Approve and send draft {drafted}")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".flash.info")).to_contain_text("1 draft(s) approved")
    with db.session(web_settings.database_url) as session:
        assert session.get(Draft, drafted).approved_by == "alice"  # type: ignore[union-attr]
