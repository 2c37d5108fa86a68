"""Safe on a public address: approval checks the text that leaves; mail is DKIM-signed; odd input is handled."""

from __future__ import annotations

import base64
import dataclasses
import re
import smtplib
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import dkim
import pytest
from aiosmtpd.controller import Controller
from playwright.sync_api import Page, expect
from sqlmodel import select

from intake import db, review, store
from intake import settings as settings_module
from intake.errors import InputError, SettingsError
from intake.models import Case, Draft, Event, Message, Outbox
from intake.outbox import send, transports
from intake.run import worker
from intake.sections import OutboundConfig
from intake.settings import Settings
from intake.sources import smtp
from intake.web import server
from tests.conftest import Sink, free_port
from tests.test_cli import _intake

# The web's own fixtures (a real server and Chromium), used here as tests/test_web.py uses them.
from tests.test_web import _log_in, browser, context, drafted, page, users_file, web, web_settings  # noqa: F401

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


# --- outgoing authentication: DKIM ---------------------------------------------------------------------------


@pytest.fixture
def dkim_key(tmp_path: Path) -> tuple[Path, bytes]:
    """A small RSA key made for the test: its PEM file and the DNS TXT record that publishes its public half."""
    path = tmp_path / "dkim.pem"
    subprocess.run(["openssl", "genrsa", "-out", str(path), "1024"], check=True, capture_output=True, timeout=60)
    der = subprocess.run(
        ["openssl", "rsa", "-in", str(path), "-pubout", "-outform", "DER"], check=True, capture_output=True, timeout=60
    ).stdout
    return path, b"v=DKIM1; k=rsa; p=" + base64.b64encode(der)


def _dns(record: bytes, expected: str) -> Callable[..., bytes]:
    def lookup(name: bytes, timeout: int = 5) -> bytes:
        assert name.decode().rstrip(".") == expected  # the signature points at our selector and domain
        return record

    return lookup


def test_outgoing_mail_is_dkim_signed_once_and_verifies_against_the_published_key(
    tmp_path: Path, dkim_key: tuple[Path, bytes]
) -> None:
    key, record = dkim_key
    # The [outbound] table and the transport together, as TOML allows them: the transport inside the table.
    config = tmp_path / "intake.toml"
    config.write_text(
        f'[outbound]\ntransport = "file:{tmp_path / "outbox"}"\ndkim_key = "{key}"\ndkim_selector = "intake2026"\n'
    )
    env = {
        "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path / 'intake.db'}",
        "INTAKE_VAR_DIR": str(tmp_path / "var"),
        "INTAKE_DPO_ADDRESSES": "dpo@example.org",
    }
    settings = settings_module.load(config, env=env)
    assert settings.outbound == f"file:{tmp_path / 'outbox'}"
    db.upgrade(settings.database_url)
    with db.session(settings.database_url) as s:
        store.put(s, REQUEST, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    worker.drain(settings)

    dns = _dns(record, "intake2026._domainkey.example.org")
    with db.session(settings.database_url) as s:
        row = s.exec(select(Outbox).where(Outbox.purpose == "acknowledgement")).one()
        assert row.raw.startswith(b"DKIM-Signature: ")
        assert dkim.verify(row.raw, dnsfunc=dns)
        tags = dict(re.findall(rb"\b([a-z]+)=([^;]+)", row.raw.split(b"\r\n\r\n")[0]))
        assert (tags[b"d"].strip(), tags[b"s"].strip()) == (b"example.org", b"intake2026")
        transport = transports.transport_for(settings)
        queued = send.deliver_due(s, settings, transport)
        assert queued >= 1
        eml = tmp_path / "outbox" / f"{row.id:08d}-acknowledgement.eml"
        written = eml.read_bytes()
        assert written == row.raw
        # A retry sends the bytes signed at queueing, not a new signature over a new Date.
        row.status, row.next_attempt_at = "pending", row.created_at
        s.add(row)
        s.commit()
        assert send.deliver_due(s, settings, transport) == 1
        assert eml.read_bytes() == written
    assert dkim.verify(written, dnsfunc=dns)
    tampered = written.replace(b"Dear", b"Hello", 1)
    assert tampered != written and not dkim.verify(tampered, dnsfunc=dns)


def test_the_signing_domain_can_be_named(
    settings: Settings, dkim_key: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    key, record = dkim_key
    monkeypatch.setenv("INTAKE_OUTBOUND_DKIM_KEY", str(key))
    monkeypatch.setenv("INTAKE_OUTBOUND_DKIM_SELECTOR", "s1")
    monkeypatch.setenv("INTAKE_OUTBOUND_DKIM_DOMAIN", "mail.example.net")
    signing = dataclasses.replace(settings)  # __post_init__ reads the [outbound] table again
    assert signing.outbound == settings.outbound  # INTAKE_OUTBOUND is the transport, not part of the table
    with db.session(signing.database_url) as s:
        store.put(s, REQUEST, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    worker.drain(signing)
    with db.session(signing.database_url) as s:
        row = s.exec(select(Outbox)).first()
        assert row is not None
        assert dkim.verify(row.raw, dnsfunc=_dns(record, "s1._domainkey.mail.example.net"))


def test_without_a_dkim_key_mail_is_not_signed(settings: Settings) -> None:
    with db.session(settings.database_url) as s:
        store.put(s, REQUEST, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    worker.drain(settings)
    with db.session(settings.database_url) as s:
        row = s.exec(select(Outbox)).first()
        assert row is not None and b"DKIM-Signature" not in row.raw


def test_a_missing_dkim_key_stops_the_start_in_one_line_naming_the_key_and_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "dkim.pem"
    result = _intake(
        tmp_path, "settings", env={"INTAKE_OUTBOUND_DKIM_KEY": str(missing), "INTAKE_OUTBOUND_DKIM_SELECTOR": "s1"}
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"error: [outbound] dkim_key: cannot read {missing} (No such file or directory)"
    ]


def test_a_dkim_key_that_is_not_a_private_key_or_has_no_selector_is_named(tmp_path: Path) -> None:
    not_a_key = tmp_path / "dkim.pem"
    not_a_key.write_text("hello\n")
    with pytest.raises(SettingsError, match=rf"^\[outbound\] dkim_key: {re.escape(str(not_a_key))} is not a PEM"):
        OutboundConfig(dkim_key=str(not_a_key), dkim_selector="s1")
    with pytest.raises(SettingsError, match=r"dkim_selector is needed too \(INTAKE_OUTBOUND_DKIM_SELECTOR\)"):
        OutboundConfig(dkim_key=str(not_a_key))


def test_every_outbound_setting_is_documented() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    missing = [f.name for f in dataclasses.fields(OutboundConfig) if f.init and f"`{f.name}`" not in readme]
    assert missing == []


# --- small ones: numbers too big for any row, long SMTP lines, repeated recipients --------------------------------

HUGE = "99999999999999999999999"  # beyond 64 bits: SQLite cannot even compare it with a key


def test_a_huge_draft_number_in_the_address_answers_404_not_500(
    page: Page,  # noqa: F811 - the fixtures imported above
    web: server.Handle,  # noqa: F811
    drafted: int,  # noqa: F811
) -> None:
    _log_in(page, web.url)
    for address in (f"/drafts/{HUGE}", f"/cases/{HUGE}", "/drafts/9223372036854775808"):
        response = page.goto(f"{web.url}{address}")
        assert response is not None and response.status == 404, address
    page.goto(f"{web.url}/drafts/{drafted}")
    csrf = page.locator("input[name=csrf]").first.get_attribute("value")
    saved = page.request.post(f"{web.url}/drafts/{HUGE}", form={"csrf": csrf or "", "subject": "S", "body": "B"})
    assert saved.status == 404
    retried = page.request.post(f"{web.url}/messages/{HUGE}/retry", form={"csrf": csrf or ""}, max_redirects=0)
    assert retried.status in (303, 302)  # back to the failures page with a notice, as for any unknown message
    page.goto(f"{web.url}/failures")
    expect(page.locator(".flash.error")).to_contain_text(f"message {HUGE}: not stored")


def test_a_huge_case_or_message_number_on_the_command_line_is_not_found_in_one_line(tmp_path: Path) -> None:
    assert _intake(tmp_path, "db", "upgrade").returncode == 0
    for args, expected in (
        (("approve", HUGE), f"error: {HUGE}: no such case (see `intake cases`)"),
        (("retry", HUGE), f"error: message {HUGE}: not stored (see `intake messages`)"),
    ):
        result = _intake(tmp_path, *args)
        assert (result.returncode, result.stderr.splitlines()) == (2, [expected])


@pytest.fixture
def smtp_server(settings: Settings) -> Iterator[tuple[Settings, int]]:
    """intake's own SMTP server on a free loopback port, storing into the test database (1 MB per message)."""
    port = free_port()
    settings.smtp_listen = f"127.0.0.1:{port}"
    settings.max_message_bytes = 1_000_000
    server = smtp.controller(settings)
    server.start()
    try:
        yield settings, port
    finally:
        server.stop()


def _stored(settings: Settings) -> list[Message]:
    with db.session(settings.database_url) as s:
        return list(s.exec(select(Message)).all())


def _long_mail(*lines: bytes) -> bytes:
    head = (
        b"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nSubject: Long lines\r\nMessage-ID: <long@x>\r\n"
    )
    return head + b"\r\n" + b"\r\n".join(lines) + b"\r\n"


def test_plain_aiosmtpd_refuses_a_line_over_998_bytes_so_the_request_would_bounce() -> None:
    """Why intake serves its own SMTP class: the library's default loses such mail with a permanent error."""
    port = free_port()
    plain = Controller(Sink(), hostname="127.0.0.1", port=port)
    plain.start()
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as client, pytest.raises(smtplib.SMTPDataError) as refused:
            client.sendmail("jane@example.com", ["dpo@example.org"], _long_mail(b"x" * 2000))
        assert refused.value.smtp_code == 500 and b"Line too long" in refused.value.smtp_error
    finally:
        plain.stop()


def test_lines_over_998_bytes_in_data_are_accepted_and_stored_byte_for_byte(
    smtp_server: tuple[Settings, int],
) -> None:
    settings, port = smtp_server
    # An HTML editor's one-line paragraph, a line that starts with a dot (dot-stuffed on the wire), and UTF-8.
    mail = _long_mail(b"Please delete my data. " * 300, b"." + b"y" * 5000, "Grüße ".encode() * 400, b"Jane")
    assert max(len(line) for line in mail.split(b"\r\n")) > 5000
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        assert client.sendmail("jane@example.com", ["dpo@example.org"], mail) == {}
    [message] = _stored(settings)
    # Byte for byte below the one header the server puts on top (tests/test_authenticate.py).
    assert message.raw.endswith(mail) and message.raw[: -len(mail)].startswith(b"Authentication-Results: example.org;")
    assert message.raw[: -len(mail)].count(b": ") == 1


def test_a_message_over_the_size_limit_in_one_line_is_still_refused_and_not_stored(
    smtp_server: tuple[Settings, int],
) -> None:
    settings, port = smtp_server
    too_big = _long_mail(b"z" * (settings.max_message_bytes + 10))
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as client, pytest.raises(smtplib.SMTPException) as refused:
        client.sendmail("jane@example.com", ["dpo@example.org"], too_big)
    assert getattr(refused.value, "smtp_code", 0) in (552, 500)
    assert _stored(settings) == []


def test_a_repeated_identical_rcpt_to_is_stored_once(smtp_server: tuple[Settings, int]) -> None:
    settings, port = smtp_server
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo()
        assert client.mail("jane@example.com")[0] == 250
        for address in ("dpo@example.org", "dpo@example.org", "DPO@example.org", "privacy@example.org"):
            assert client.rcpt(address)[0] == 250, address
        assert client.rcpt("privacy@example.org")[0] == 250
        assert client.data(_long_mail(b"Please delete my data."))[0] == 250
    [message] = _stored(settings)
    assert message.envelope_to == "dpo@example.org,privacy@example.org"


def test_the_web_refuses_a_failing_draft_with_a_notice_and_sends_it_with_a_typed_reason(
    page: Page,  # noqa: F811 - the fixtures imported above
    web: server.Handle,  # noqa: F811
    web_settings: Settings,  # noqa: F811
    case_ref: str,
) -> None:
    draft_id = _refuse_and_edit(web_settings, case_ref, _without_the_complaint)
    _log_in(page, web.url)
    page.goto(f"{web.url}/cases/{case_ref}")
    page.get_by_role("button", name=f"Approve and send draft {draft_id}").click()
    expect(page.locator(".flash.error")).to_contain_text("missing the right to complain to a supervisory authority")
    assert _outbox(web_settings) == []
    page.locator(f"#draft-{draft_id}").get_by_label("Reason to send despite a failed check").fill("Counsel agreed")
    page.get_by_role("button", name=f"Approve and send draft {draft_id}").click()
    expect(page.locator(".flash.info")).to_contain_text("1 draft(s) approved")
    expect(page.locator("table.audit tr", has_text="draft.check_overridden")).to_contain_text("alice")
    assert len(_outbox(web_settings)) == 1


def test_outbound_is_the_transport_as_a_string_and_the_signing_table_as_a_table(tmp_path: Path) -> None:
    config = tmp_path / "intake.toml"
    config.write_text('outbound = "smtp://relay:25"\n')
    assert settings_module.load(config, env={}).outbound == "smtp://relay:25"
    config.write_text('[outbound]\ndkim_domain = "example.net"\n')
    loaded = settings_module.load(config, env={"INTAKE_OUTBOUND": "file:elsewhere"})
    assert (loaded.outbound, loaded.outbound_auth.dkim_domain) == ("file:elsewhere", "example.net")
    config.write_text("[smtp_listen]\nhost = 1\n")  # only outbound doubles as a table
    with pytest.raises(SettingsError, match="smtp_listen: expected str"):
        settings_module.load(config, env={})
