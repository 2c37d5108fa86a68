"""[fulfilment] deliver = "link": the export waits behind an expiring 128-bit link the web face serves, audited."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from sqlmodel import select
from starlette.testclient import TestClient

from intake import db, review, store
from intake import settings as settings_module
from intake.errors import InputError, SettingsError
from intake.fulfil import purge
from intake.fulfil.links import Link
from intake.letters import appendix, render
from intake.letters.catalogue import LINKED, base_values
from intake.letters.clauses import ATTACHMENT
from intake.letters.dates import long_date
from intake.models import Case, Download, Draft, Event, Outbox, utcnow
from intake.run import worker
from intake.sections import FulfilmentConfig
from intake.settings import Settings
from intake.web import server
from intake.web.app import create_app
from intake.web.config import WebConfig
from tests.conftest import ORGANISATION_TOML, link_subject
from tests.test_fulfil import JANE, REQUEST

LINK = re.compile(r"https://dpo\.example\.com/download/([A-Za-z0-9_-]+)/personal-data\.json")


@pytest.fixture
def linked(tmp_path: Path) -> Settings:
    config = tmp_path / "intake.toml"
    extra = 'deliver = "link"\nlink_days = 7\nlink_url = "https://dpo.example.com/"\n'
    config.write_text(ORGANISATION_TOML.read_text().replace("[fulfilment]\n", "[fulfilment]\n" + extra))
    env = {
        "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'intake.db'}",
        "INTAKE_VAR_DIR": str(tmp_path / "var"),
        "INTAKE_OUTBOUND": f"file:{tmp_path / 'outbox'}",
        "INTAKE_DPO_ADDRESSES": "dpo@example.org",
        "INTAKE_CONFIG": str(config),
    }
    s = settings_module.load(None, env=env)
    db.upgrade(s.database_url)
    return s


def _approved_access(
    settings: Settings, language: str | None = None, edit: tuple[str, str] | None = None
) -> EmailMessage:
    """Jane's access request approved (its draft in `language` when given, edited `old` -> `new` when given)."""
    with db.session(settings.database_url) as s:
        store.put(s, REQUEST, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    worker.drain(settings)
    with db.session(settings.database_url) as s:
        case = s.exec(select(Case)).one()
        ref = case.reference
        if language:
            case.language = language  # as if she had written in it: the letter and its appendix follow
            s.add(case)
            s.commit()
    link_subject(settings.database_url, ref, JANE)
    with db.session(settings.database_url) as s:
        review.flag(s, ref, "identity_checked", "alice")
        for d in review.drafts(s, review.load(s, ref)):
            d.status = "discarded"
            s.add(d)
        s.commit()
        draft = review.reply(s, settings, ref, "access", "alice")
        assert draft.plan["deliver"] == "link"  # type: ignore[index]
        if edit:
            review.edit(s, draft.id, draft.subject, draft.body.replace(*edit), "alice")  # type: ignore[arg-type]
        review.approve(s, settings, ref, "alice")  # the template's link branch passes the screen unedited
        row = s.get(Outbox, s.get(Draft, draft.id).outbox_id)  # type: ignore[union-attr]
        return message_from_bytes(row.raw, policy=default)  # type: ignore[union-attr,return-value]


def _client(settings: Settings) -> TestClient:
    return TestClient(create_app(settings, WebConfig(password="a long password")), base_url="http://127.0.0.1")


def _events(settings: Settings, action: str) -> list[Event]:
    with db.session(settings.database_url) as s:
        return list(s.exec(select(Event).where(Event.action == action)).all())


def test_the_letter_carries_a_link_that_serves_the_export_without_a_log_in_and_audits_each_download(
    linked: Settings,
) -> None:
    msg = _approved_access(linked)
    assert list(msg.iter_attachments()) == []  # nothing attached
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    found = LINK.search(text)
    assert found is not None and "personal-data.csv" in text and "attached" not in text
    token = found.group(1)
    assert len(token) >= 22  # 16 random bytes, base64url: 128 bits
    with db.session(linked.database_url) as s:
        (row,) = s.exec(select(Download)).all()
    assert token not in row.token_hash and len(row.token_hash) == 64  # only its SHA-256 is kept
    assert timedelta(days=6, hours=23) < row.expires_at - utcnow() <= timedelta(days=7)
    client = _client(linked)
    got = client.get(f"/download/{token}/personal-data.json")
    assert got.status_code == 200 and json.loads(got.content) == JANE
    assert got.headers["cache-control"] == "no-store" and "attachment" in got.headers["content-disposition"]
    assert client.get(f"/download/{token}/personal-data.csv").status_code == 200
    served = _events(linked, "download.served")
    assert [e.detail["file"] for e in served] == ["personal-data.json", "personal-data.csv"]
    assert "Leeds" not in json.dumps([e.detail for e in served])  # ids and file names, never the data
    assert client.get(f"/download/{token[:-1]}x/personal-data.json").status_code == 404
    assert client.get(f"/download/{token}/other.txt").status_code == 404


def test_an_expired_link_answers_410_and_the_purge_deletes_the_export(linked: Settings) -> None:
    msg = _approved_access(linked)
    token = LINK.search(msg.get_body(("plain",)).get_content()).group(1)  # type: ignore[union-attr]
    with db.session(linked.database_url) as s:
        row = s.exec(select(Download)).one()
        row.expires_at = utcnow() - timedelta(seconds=1)
        s.add(row)
        s.commit()
    client = _client(linked)
    assert client.get(f"/download/{token}/personal-data.json").status_code == 410
    assert [e.detail["why"] for e in _events(linked, "download.refused")] == ["expired"]
    with db.session(linked.database_url) as s:
        assert purge.purge(s, linked).downloads_deleted == 1
        assert s.exec(select(Download)).first() is None
    assert client.get(f"/download/{token}/personal-data.json").status_code == 404


def test_delivery_settings_are_checked() -> None:
    with pytest.raises(SettingsError, match=r"\[fulfilment\] deliver"):
        FulfilmentConfig(deliver="post")
    with pytest.raises(SettingsError, match=r"\[fulfilment\] link_days"):
        FulfilmentConfig(link_days=0)


def _expiry(settings: Settings, language: str) -> str:
    with db.session(settings.database_url) as s:
        return long_date(s.exec(select(Download)).one().expires_at, language)


@pytest.mark.parametrize(
    ("language", "says", "heading"),
    [
        ("de", "können Sie als personal-data.json", "Dateien, die Sie über die unten stehenden Links herunterladen"),
        ("ar", "يمكنكم تنزيل نسخة من البيانات الشخصية", "الملفات التي يمكنكم تنزيلها من الروابط"),
        ("he", "ניתן להוריד עותק של המידע האישי", "בקבצים שניתן להוריד מהקישורים"),
    ],
)
def test_an_approved_link_letter_gives_the_link_and_its_expiry_in_its_own_language_and_attaches_nothing(
    linked: Settings, language: str, says: str, heading: str
) -> None:
    msg = _approved_access(linked, language)
    assert list(msg.iter_attachments()) == []
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    flat = " ".join(text.split())
    assert LINK.search(text) is not None and says in flat and heading in flat
    day = _expiry(linked, language)
    assert flat.count(day) == 2  # in the letter's sentence and beside the links, as the language writes dates
    assert not [w for w in ATTACHMENT[language] if w.lower() in flat.lower()]
    assert "download the files" not in flat  # the appendix is not the English fallback
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert (' dir="rtl"' in html) == (language in {"ar", "he"}) and day in html


def test_an_edit_that_says_the_files_are_attached_is_refused_in_link_mode(linked: Settings) -> None:
    edit = ("vielen Dank für Ihren Antrag.", "vielen Dank für Ihren Antrag. Die Dateien sind beigefügt.")
    with pytest.raises(InputError, match="says the files are attached"):
        _approved_access(linked, "de", edit)


def test_approval_on_a_later_day_restates_the_expiry_as_the_letter_of_that_day_would_say_it() -> None:
    link = Link("https://dpo.example.com/download/T", ["personal-data.json"], datetime(2026, 12, 23, 9, 0))
    # Dates with dots, abbreviations and narrow spaces, and Chinese and Japanese wrapped between characters.
    # Maltese: the article joined to "sa" follows the day's sound, "sal-20" becoming "sat-23".
    for language in ("de", "hr", "lv", "lt", "ru", "ja", "zh", "ar", "mt", "pt-BR"):
        for name in LINKED:
            values = {**base_values(), "deliver": "link", "link_expires_on": "2026-12-20", "requester_name": "Jane Doe"}
            drafted = render.render(Settings(), name, language, values).text
            later = render.render(Settings(), name, language, {**values, "link_expires_on": "2026-12-23"}).text
            assert appendix.restate_expiry(drafted, language, "2026-12-20", link) == later, f"{language}/{name}"
            assert appendix.restate_expiry(later, language, "2026-12-23", link) == later


def _token(msg: EmailMessage) -> str:
    found = LINK.search(msg.get_body(("plain",)).get_content())  # type: ignore[union-attr]
    assert found is not None
    return found.group(1)


def test_erasing_the_subject_deletes_the_export_and_the_link_answers_like_an_unknown_one(linked: Settings) -> None:
    token = _token(_approved_access(linked))
    client = _client(linked)
    assert client.get(f"/download/{token}/personal-data.json").status_code == 200
    with db.session(linked.database_url) as s:
        ref = s.exec(select(Case)).one().reference
        review.reply(s, linked, ref, "erasure", "alice")
        review.approve(s, linked, ref, "alice")
        assert s.exec(select(Download)).all() == []  # the export itself is gone, not only the way to it
    got = client.get(f"/download/{token}/personal-data.json")
    assert got.status_code == 404 and "Jane" not in got.text and got.text == client.get("/download/x/y.json").text
    (revoked,) = _events(linked, "download.revoked")
    assert revoked.detail["why"] == "erased" and revoked.actor == "alice" and revoked.detail["downloads"] == 1


def test_the_purge_of_a_case_deletes_its_export_before_the_link_expires(linked: Settings) -> None:
    token = _token(_approved_access(linked))
    with db.session(linked.database_url) as s:
        case = s.exec(select(Case)).one()
        case.status = "closed"  # the letter went out long ago, and the case is over
        case.updated_at = utcnow() - timedelta(days=linked.retention.cases_days + 1)
        s.add(case)
        s.commit()
        assert purge.purge(s, linked).cases_reduced == 1
        assert s.exec(select(Download)).all() == []
    assert _client(linked).get(f"/download/{token}/personal-data.json").status_code == 404


def _cli(settings: Settings, *args: str) -> tuple[int, str]:
    from typer.testing import CliRunner

    from intake.cli import app as cli_app
    from intake.cli.app import _state as cli_state

    cli_state.clear()  # the CLI caches its settings per process
    cli_state["config"] = None
    env = {"INTAKE_DATABASE_URL": settings.database_url, "INTAKE_VAR_DIR": settings.var_dir, "COLUMNS": "200",
           "INTAKE_CONFIG": str(ORGANISATION_TOML), "INTAKE_USER": "alice"}  # fmt: skip
    done = CliRunner().invoke(cli_app, list(args), env=env)
    return done.exit_code, done.output + (str(done.exception) if done.exception else "")


def test_the_dpo_lists_and_revokes_a_link_with_the_cli(linked: Settings) -> None:
    token = _token(_approved_access(linked))
    with db.session(linked.database_url) as s:
        ref, row = s.exec(select(Case)).one().reference, s.exec(select(Download)).one()
    code, listed = _cli(linked, "links", ref)
    assert code == 0 and f"{row.id}  personal-data.csv, personal-data.json  expires" in listed
    assert "downloaded 0x" in listed
    code, wrong = _cli(linked, "links", ref, "--revoke", "999")
    assert code != 0 and "no download link '999'" in wrong
    code, done = _cli(linked, "links", ref, "--revoke", str(row.id))
    assert code == 0 and "1 download link(s) revoked" in done
    assert _client(linked).get(f"/download/{token}/personal-data.csv").status_code == 404
    (revoked,) = _events(linked, "download.revoked")
    assert revoked.detail == {"download": row.id, "why": "revoked", "downloads": 0} and revoked.actor == "alice"


def test_the_dpo_revokes_a_link_from_the_case_page_over_http_and_a_viewer_cannot(
    linked: Settings, tmp_path: Path
) -> None:
    from intake.web.auth import hash_line
    from tests.browse import Visitor

    token = _token(_approved_access(linked))
    with db.session(linked.database_url) as s:
        ref, row = s.exec(select(Case)).one().reference, s.exec(select(Download)).one()
    users = tmp_path / "users.txt"
    users.write_text(f"{hash_line('alice', 'a long password')}\n{hash_line('victor', 'a long password', 'viewer')}\n")
    linked.web_listen = "127.0.0.1:0"
    handle = server.start(linked, WebConfig(users_file=str(users)))
    file = f"/download/{token}/personal-data.json"
    try:
        victor, alice = Visitor(handle.url), Visitor(handle.url)
        assert victor.log_in("victor", "a long password") == 303 and alice.log_in("alice", "a long password") == 303
        seen = victor.call(f"/cases/{ref}")[1]
        assert "Download links" in seen and f"/links/{row.id}/revoke" not in seen  # a viewer reads, no button
        revoke = f"/cases/{ref}/links/{row.id}/revoke"
        assert victor.call(revoke, {"csrf": victor.csrf(f"/cases/{ref}")})[0] == 403
        assert Visitor(handle.url).call(file)[0] == 200
        assert f'action="{revoke}"' in alice.call(f"/cases/{ref}")[1]
        assert alice.call(revoke, {"csrf": alice.csrf(f"/cases/{ref}")})[0] == 303
        assert "1 download link(s) revoked" in alice.call(f"/cases/{ref}")[1]
        assert Visitor(handle.url).call(file)[0] == 404
    finally:
        handle.stop()
    (revoked,) = _events(linked, "download.revoked")
    assert revoked.actor == "alice" and revoked.detail["why"] == "revoked"


def test_the_kept_copy_of_a_sent_letter_and_mail_quoting_it_hold_no_usable_token(
    linked: Settings, tmp_path: Path
) -> None:
    from intake import reading
    from intake.outbox import send, transports
    from intake.web import tokens
    from intake.web.auth import hash_line
    from tests.browse import Visitor

    token = _token(_approved_access(linked, "ar"))  # a letter in Arabic: its parts travel base64-encoded
    with db.session(linked.database_url) as s:
        assert send.deliver_due(s, linked, transports.transport_for(linked)) >= 1
        kept = s.exec(select(Outbox).where(Outbox.purpose == "access")).one()
        assert kept.status == "sent" and kept.sent_at is not None
        copy = message_from_bytes(kept.raw, policy=default)
        text = copy.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        html = copy.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert token.encode() not in kept.raw and token not in text and token not in html  # only its SHA-256 is kept
    assert "https://dpo.example.com/download/*****/personal-data.json" in text
    sent = next((tmp_path / "outbox").glob("*access*.eml")).read_bytes()
    assert token in message_from_bytes(sent, policy=default).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    client = _client(linked)
    assert client.get(f"/download/{token}/personal-data.json").status_code == 200  # the requester's link still works
    with db.session(linked.database_url) as s:
        ref = s.exec(select(Case)).one().reference
        quoted = f"Thank you!\r\n\r\n> https://dpo.example.com/download/{token}/personal-data.json\r\n".encode()
        reply = (
            f"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <quote-1@example.com>\r\n"
            f"Subject: Re: [{ref}] Your personal data\r\n\r\n"
        ).encode() + quoted
        stored = store.put(s, reply, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
        viewer = {"authorization": f"Bearer {tokens.add(s, 'reader', 'viewer', 'alice')}"}
    worker.drain(linked)
    with db.session(linked.database_url) as s:
        shown = reading.read(s, linked, stored.id)  # type: ignore[arg-type]
    assert shown.case_id is not None and token not in shown.text and "/download/*****/" in shown.text
    api = client.get(f"/api/v1/cases/{ref}/messages", headers=viewer)
    assert api.status_code == 200 and token not in api.text and "/download/*****/" in api.text
    users = tmp_path / "users.txt"
    users.write_text(f"{hash_line('victor', 'a long password', 'viewer')}\n")
    linked.web_listen = "127.0.0.1:0"
    handle = server.start(linked, WebConfig(users_file=str(users)))
    try:
        victor = Visitor(handle.url)
        assert victor.log_in("victor", "a long password") == 303
        for page in (f"/messages/{stored.id}", f"/messages/{stored.id}/raw"):
            status, body = victor.call(page)
            assert status == 200 and token not in body and "/download/*****/" in body, page
    finally:
        handle.stop()


def test_a_head_is_no_download_and_a_link_serves_link_downloads_then_answers_410(linked: Settings) -> None:
    linked.fulfilment.link_downloads = 3
    token = _token(_approved_access(linked))
    client = _client(linked)
    url = f"/download/{token}/personal-data.json"
    assert client.head(url).status_code == 200 and client.head(url).content == b""  # a link preview, a scanner
    assert client.head(f"/download/{token}x/personal-data.json").status_code == 404
    with db.session(linked.database_url) as s:
        assert s.exec(select(Download)).one().downloads == 0
    assert _events(linked, "download.served") == []
    for _ in range(3):
        assert client.get(url).status_code == 200
    used = client.get(f"/download/{token}/personal-data.csv")
    assert used.status_code == 410 and "used as often as it may be" in used.text
    assert [e.detail["count"] for e in _events(linked, "download.served")] == [1, 2, 3]
    assert [e.detail["why"] for e in _events(linked, "download.refused")] == ["used_up"]
    details = json.dumps([e.detail for e in _events(linked, "download.served")])
    assert "127.0.0.1" not in details and "testclient" not in details  # no client address in the trail


def test_link_downloads_is_checked() -> None:
    with pytest.raises(SettingsError, match=r"\[fulfilment\] link_downloads"):
        FulfilmentConfig(link_downloads=0)


@pytest.mark.parametrize("url", ["", "http://dpo.example.com", "dpo.example.com", "https://", "ftp://dpo.example.com"])
def test_a_link_url_the_requester_cannot_use_safely_stops_the_start(url: str, tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"^\[fulfilment\] link_url: .*https://") as refused:
        FulfilmentConfig(deliver="link", link_url=url)
    assert "\n" not in str(refused.value)
    config = tmp_path / "intake.toml"
    config.write_text(f'[fulfilment]\ndeliver = "link"\nlink_url = "{url}"\n')
    with pytest.raises(SettingsError, match=r"\[fulfilment\] link_url"):
        settings_module.load(config, env={"INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"})


@pytest.mark.parametrize(
    "url", ["https://dpo.example.com", "http://127.0.0.1:8025", "http://localhost:8025", "http://[::1]:8025"]
)
def test_an_https_link_url_or_http_on_loopback_is_accepted(url: str) -> None:
    assert FulfilmentConfig(deliver="link", link_url=url).link_url == url
    assert FulfilmentConfig(deliver="attach", link_url="").deliver == "attach"  # no link is built: nothing to check
