"""Make the screenshots of docs/web.md from made-up cases: the queue, a case and a message, desktop and phone width.

    .venv/bin/python scripts/screenshots.py          # writes docs/screenshots/{queue,case,message}{,-phone}.png

Uses Playwright with Debian's Chromium (/usr/bin/chromium), a throw-away SQLite database and the real pipeline: the
mails below go through the worker as if they had arrived by SMTP, so the pages show what intake would show.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page, sync_playwright  # noqa: E402
from sqlmodel import select  # noqa: E402

from intake import db, notes, review, store  # noqa: E402
from intake import settings as settings_module  # noqa: E402
from intake.models import Case, Message, utcnow  # noqa: E402
from intake.run import worker  # noqa: E402
from intake.web import server  # noqa: E402
from intake.web.auth import hash_line  # noqa: E402
from intake.web.config import WebConfig  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASSWORD = "screenshots only"
MAILS = [  # (sender, subject, text): made-up people at made-up addresses
    (
        "Jane Doe <jane.doe@example.com>",
        "Please delete my data",
        "Hello, I am Jane Doe and I work at Acme Ltd. Please delete all my personal data.",
    ),
    (
        "Marek Nowak <marek@example.net>",
        "Access request",
        "Dear DPO, I am Marek Nowak from Globex. Under Article 15 "
        "I ask for a copy of all personal data you hold about me.",
    ),
    (
        "Ana Souza <ana.souza@example.org>",
        "Correct my address",
        "Hi, this is Ana Souza (Initech). My address in "
        "your records is wrong; please correct it and tell me what you changed.",
    ),
]
NEWSLETTER = (
    b"From: Club News <news@club.example>\r\nTo: dpo@example.org\r\nMessage-ID: <shot-news@club.example>\r\n"
    b"Date: Fri, 04 Dec 2026 09:12:00 +0000\r\nList-Id: <members.club.example>\r\nPrecedence: bulk\r\n"
    b"Subject: Members' news: I want my data\r\n\r\n"
    b"Dear members,\r\n\r\nOne of you, Jo Bloggs, writes: please send me a copy of the personal data you hold on "
    b"me.\r\n\r\nThe club\r\n"
)


def _mail(sender: str, subject: str, text: str, n: int) -> bytes:
    head = f"From: {sender}\r\nTo: dpo@example.org\r\nMessage-ID: <shot-{n}@example.com>\r\nSubject: {subject}\r\n"
    return (head + "\r\n" + text + "\r\n").encode()


def fill(settings: settings_module.Settings) -> tuple[str, int]:
    """Three requests (one overdue, one assigned, one with a reply waiting) and a newsletter; the case and message."""
    with db.session(settings.database_url) as session:
        for n, (sender, subject, text) in enumerate(MAILS):
            store.put(session, _mail(sender, subject, text, n), mailbox="smtp", source="smtp", envelope_from="x")
        news = store.put(session, NEWSLETTER, mailbox="smtp", source="smtp", envelope_from="news@club.example")
    worker.drain(settings)
    with db.session(settings.database_url) as session:
        refs = [c.reference for c in session.exec(select(Case).order_by(Case.id)).all()]  # type: ignore[arg-type]
        review.flag(session, refs[0], "identity_checked", "alice")
        review.reply(session, settings, refs[0], "acknowledgement", "alice")
        notes.assign(session, refs[0], "alice", "alice")
        notes.assign(session, refs[1], "bob", "alice")
        review.reply(session, settings, refs[1], "verification_needed", "bob")
        late = review.load(session, refs[1])
        late.due_on = utcnow().date() - timedelta(days=2)
        session.add(late)
        session.commit()
        assert session.get(Message, news.id) is not None
    return refs[0], news.id or 0


def shoot(page: Page, url: str, name: str, full: bool) -> None:
    page.goto(url)
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=full)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = {
            "INTAKE_DATABASE_URL": f"sqlite:///{folder}/shots.db",
            "INTAKE_VAR_DIR": f"{folder}/var",
            "INTAKE_OUTBOUND": f"file:{folder}/outbox",
            "INTAKE_DPO_ADDRESSES": "dpo@example.org",
            "INTAKE_ORGANISATION": "Example Org",
            "INTAKE_CONFIG": str(ROOT / "examples" / "organisation.toml"),
        }
        settings = settings_module.load(None, env=env)
        settings.web_listen = "127.0.0.1:0"
        db.upgrade(settings.database_url)
        ref, message_id = fill(settings)
        users = Path(folder) / "users.txt"
        users.write_text(f"{hash_line('alice', PASSWORD)}\n{hash_line('bob', PASSWORD)}\n")
        handle = server.start(settings, WebConfig(users_file=str(users)))
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless"])
                for suffix, viewport in (
                    ("", {"width": 1280, "height": 860}),
                    ("-phone", {"width": 390, "height": 844}),
                ):
                    page = browser.new_page(viewport=viewport)
                    page.goto(f"{handle.url}/login?again=1")
                    page.get_by_label("name").fill("alice")
                    page.get_by_label("Password").fill(PASSWORD)
                    page.get_by_role("button", name="Log in").click()
                    page.wait_for_url(f"{handle.url}/")
                    shoot(page, f"{handle.url}/", f"queue{suffix}", full=False)
                    shoot(page, f"{handle.url}/cases/{ref}", f"case{suffix}", full=not suffix)
                    shoot(page, f"{handle.url}/messages/{message_id}", f"message{suffix}", full=False)
                    page.close()
                browser.close()
        finally:
            handle.stop()
    for png in sorted(OUT.glob("*.png")):
        print(f"{png.relative_to(ROOT)}  {png.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
