"""IMAP source against a real Dovecot: exactly once through restarts, kills, resyncs and broken mailboxes."""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import func, select

from intake import db
from intake import settings as settings_module
from intake.errors import SettingsError
from intake.models import Case, Event, Message, Outbox
from intake.outbox import send, transports
from intake.run import worker
from intake.settings import Settings
from intake.sources import imap
from tests import dovecot as dovecot_module
from tests.dovecot import PASSWORD, Dovecot

pytestmark = pytest.mark.slow
KEYWORD = "$IntakeStored"


def request(i: int, body: str = "") -> bytes:
    """A data subject request that opens a case, with a distinct sender and Message-ID."""
    text = body or f"Hello, I am Person {i}. Please delete all personal data you hold about me."
    return (
        f"From: Person {i} <person{i}@example.org>\r\nTo: dpo@example.com\r\nSubject: Please delete my data\r\n"
        f"Message-ID: <req-{i}@example.org>\r\nDate: Wed, 25 Nov 2026 10:00:00 +0000\r\n\r\n{text}\r\n"
    ).encode()


def wait_until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll a condition with a bound; the failure says what never happened."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"within {timeout} s: {what}")


@pytest.fixture
def root() -> Iterator[Path]:
    path = dovecot_module.make_root()
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def server(root: Path) -> Iterator[Dovecot]:
    instance = Dovecot(root / "plain")
    instance.start()
    yield instance
    instance.stop()


@pytest.fixture
def certificates(root: Path) -> dovecot_module.Certificates:
    return dovecot_module.make_certificates(root / "certs")


def make_settings(tmp_path: Path, toml: str = "") -> Settings:
    config = tmp_path / "intake.toml"
    config.write_text(toml)
    env = {
        "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path}/intake.db",
        "INTAKE_VAR_DIR": str(tmp_path / "var"),
        "INTAKE_OUTBOUND": f"file:{tmp_path}/outbox",
        "INTAKE_WORKER_TIME_LIMIT": "120",
    }
    s = settings_module.load(config, env=env)
    db.upgrade(s.database_url)
    return s


def mailbox(url: str, **overrides: Any) -> imap.Mailbox:
    """A mailbox with test-friendly timings: short back-off and lease so recoveries happen within seconds."""
    config = imap.ImapConfig(url=url, backoff_seconds=0.2, backoff_max_seconds=1, lease_seconds=5, timeout=10)
    for key, value in overrides.items():
        setattr(config, key, value)
    return imap.mailbox_from(config, "test", env={})


@contextmanager
def watching(settings: Settings, *boxes: imap.Mailbox, since: str | None = None) -> Iterator[list[imap.Watcher]]:
    stop = threading.Event()
    watchers = [imap.Watcher(settings, box, stop, since=since) for box in boxes]
    for w in watchers:
        w.start()
    try:
        yield watchers
    finally:
        stop.set()
        imap.join(watchers, timeout=20)
        assert not any(w.is_alive() for w in watchers), "a watcher did not stop within 20 s"


def count(settings: Settings, model: Any, *where: Any) -> int:
    with db.session(settings.database_url) as session:
        return session.exec(select(func.count()).select_from(model).where(*where)).one()


def stored(settings: Settings, label: str) -> int:
    return count(settings, Message, Message.mailbox == label)


def append_all(server: Dovecot, raws: list[bytes], folder: str = "INBOX") -> None:
    with server.client() as box:
        for raw in raws:
            box.append(raw, folder)


def server_flags(server: Dovecot, folder: str = "INBOX") -> list[tuple[str, ...]]:
    with server.client() as box:
        box.folder.set(folder)
        return [m.flags for m in box.fetch(mark_seen=False, headers_only=True, bulk=True)]


def assert_exactly_once(settings: Settings, label: str, expected: int) -> None:
    """One stored row and one store event per message; after processing, one case and one acknowledgement each."""
    with db.session(settings.database_url) as session:
        ids = session.exec(select(Message.message_id).where(Message.mailbox == label)).all()
        events = session.exec(select(func.count()).select_from(Event).where(Event.action == "message.stored")).one()
    assert len(ids) == expected
    assert len(set(ids)) == expected
    assert events == expected


def process_all(settings: Settings) -> int:
    done = worker.drain(settings)
    with db.session(settings.database_url) as session:
        send.deliver_due(session, settings, transports.transport_for(settings), limit=100_000)
    return done


# --- Configuration ------------------------------------------------------------------------------------------------


def test_mailboxes_come_from_the_imap_url_and_the_mailbox_list(tmp_path: Path) -> None:
    (tmp_path / "pw").write_text("from-a-file\n")
    s = make_settings(
        tmp_path,
        f"""
[imap]
mark = "move"

[[mailbox]]
url = "imaps://dpo@mail.example.org/INBOX"
password_file = "{tmp_path}/pw"

[[mailbox]]
url = "imap+starttls://privacy%40example.org@mail.example.org:143/Requests"
password_env = "PRIVACY_PASSWORD"
mark = "seen"
""",
    )
    env = {"INTAKE_IMAP_URL": "imaps://dpo:s3cr%21t@imap.example.com/INBOX", "PRIVACY_PASSWORD": "from-env"}
    boxes = imap.mailboxes(s, env=env)
    assert [(b.label, b.scheme, b.port, b.config.mark) for b in boxes] == [
        ("imap:dpo@imap.example.com/INBOX", "imaps", 993, "move"),
        ("imap:dpo@mail.example.org/INBOX", "imaps", 993, "move"),
        ("imap:privacy@example.org@mail.example.org/Requests", "imap+starttls", 143, "seen"),
    ]
    assert [b.password for b in boxes] == ["s3cr!t", "from-a-file", "from-env"]
    assert all(b.password not in repr(b) for b in boxes)


def test_configuration_errors_name_the_key(tmp_path: Path) -> None:
    s = make_settings(tmp_path, '[[mailbox]]\nurl = "imaps://dpo@h/INBOX"\nmark = "archive"\n')
    with pytest.raises(SettingsError, match=r"\[\[mailbox\]\] #1 mark"):
        imap.mailboxes(s, env={})
    s = make_settings(tmp_path, '[[mailbox]]\nurl = "imaps://dpo@h/INBOX"\npassword_env = "NOPE"\n')
    with pytest.raises(SettingsError, match="NOPE is not set"):
        imap.mailboxes(s, env={})
    with pytest.raises(SettingsError, match="--since"):
        imap.start(s, threading.Event(), since="yesterday")


# --- Exactly once ---------------------------------------------------------------------------------------------------


def test_three_hundred_messages_appended_while_watching_become_one_case_each(tmp_path: Path, server: Dovecot) -> None:
    s = make_settings(tmp_path)
    label = mailbox(server.url()).label
    # Enough to span many IMAP batches and worker batches; benchmarks/imap.py catches up 5,000.
    total = 300
    acknowledgements = tmp_path / "outbox"
    # The whole service, as deployed: the watcher and the sender in `intake run`, the worker in its own process.
    process = _intake_run(tmp_path, server.url(), worker=True)
    try:
        wait_until(lambda: count(s, imap.ImapState, imap.ImapState.uidvalidity.is_not(None)) == 1, 30, "watching")  # type: ignore[union-attr]
        append_all(server, [request(i) for i in range(total)])
        wait_until(
            lambda: len(list(acknowledgements.glob("*-acknowledgement.eml"))) >= total,
            300,
            f"{total} acknowledgements sent ({(tmp_path / 'intake.log').read_text()[-2000:]})",
        )
        time.sleep(2)  # a duplicate, if the watcher or the worker made one, would have time to show here
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(60)
    assert process.returncode == 0, (tmp_path / "intake.log").read_text()[-3000:]
    assert_exactly_once(s, label, total)
    assert count(s, Case) == total
    assert count(s, Outbox, Outbox.purpose == "acknowledgement") == total
    assert len(list(acknowledgements.glob("*-acknowledgement.eml"))) == total
    flags = server_flags(server)
    assert len(flags) == total  # nothing deleted from the server
    assert all("\\Seen" in f and KEYWORD in f for f in flags)
    # Nothing is left to do: a second pass processes and sends nothing more.
    assert process_all(s) == 0
    assert len(list(acknowledgements.glob("*-acknowledgement.eml"))) == total


def test_dovecot_restarted_three_times_loses_nothing_and_duplicates_nothing(tmp_path: Path, server: Dovecot) -> None:
    s = make_settings(tmp_path)
    box = mailbox(server.url(), batch=20)
    raws = [request(i) for i in range(500)]
    with watching(s, box) as (watcher,):
        for round_ in range(4):
            append_all(server, raws[round_ * 125 : (round_ + 1) * 125])
            if round_ < 3:
                # Restart while the watcher is still busy with the messages just delivered.
                server.restart()
        wait_until(lambda: stored(s, box.label) >= 500, 120, "all 500 messages stored")
        wait_until(lambda: watcher.connected.is_set(), 30, "the watcher reconnected")
        assert watcher.reconnects >= 3
    assert_exactly_once(s, box.label, 500)
    flags = server_flags(server)
    assert len(flags) == 500
    assert all(KEYWORD in f for f in flags)
    process_all(s)
    assert count(s, Case) == 500
    assert count(s, Outbox, Outbox.purpose == "acknowledgement") == 500


def _intake_run(tmp_path: Path, url: str, worker: bool = False, **env: str) -> subprocess.Popen[bytes]:
    """`intake run` in its own process, watching `url`; with its worker process when asked."""
    environment = {
        **os.environ,
        "INTAKE_DATABASE_URL": f"sqlite:///{tmp_path}/intake.db",
        "INTAKE_VAR_DIR": str(tmp_path / "var"),
        "INTAKE_OUTBOUND": f"file:{tmp_path}/outbox",
        "INTAKE_IMAP_URL": url,
        "INTAKE_IMAP_LEASE_SECONDS": "30",
        **env,
    }
    # `intake run` does not migrate: the upgrade is its own step, as in `make run`.
    subprocess.run([sys.executable, "-m", "intake.cli", "db", "upgrade"], env=environment, cwd=tmp_path, check=True)
    with open(tmp_path / "intake.log", "ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "intake.cli", "run", "--no-smtp", "--no-web", *([] if worker else ["--no-worker"])],
            cwd=tmp_path,
            env=environment,
            stdout=log,
            stderr=log,
        )


def test_intake_killed_in_the_middle_of_a_batch_and_restarted_loses_nothing(tmp_path: Path, server: Dovecot) -> None:
    s = make_settings(tmp_path)
    total = 300
    append_all(server, [request(i) for i in range(total)])
    label = mailbox(server.url()).label
    # One batch holds every message, so while some are stored and not all, the batch is certainly half done.
    process = _intake_run(tmp_path, server.url(), INTAKE_IMAP_BATCH=str(total))
    try:
        wait_until(lambda: stored(s, label) >= 100, 120, "the first process stored 100 messages")
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        process.kill()
    killed_at = stored(s, label)
    assert 0 < killed_at < total
    assert not any(KEYWORD in f for f in server_flags(server))  # killed between storing and marking
    # The lease of the killed process is still in the database; its pid is gone, so the new process takes over.
    process = _intake_run(tmp_path, server.url(), INTAKE_IMAP_BATCH="50")
    try:
        wait_until(lambda: all(KEYWORD in f for f in server_flags(server)), 120, "every message marked on the server")
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(30)
    assert process.returncode == 0, (tmp_path / "intake.log").read_text()[-3000:]
    assert_exactly_once(s, label, total)
    process_all(s)
    assert count(s, Case) == total
    assert count(s, Outbox, Outbox.purpose == "acknowledgement") == total


def test_uidvalidity_change_creates_no_duplicates(tmp_path: Path, server: Dovecot) -> None:
    s = make_settings(tmp_path)
    box = mailbox(server.url())
    first = [request(i) for i in range(40)]
    with watching(s, box):
        append_all(server, first)
        wait_until(lambda: stored(s, box.label) == 40, 60, "the first 40 messages stored")
        with db.session(s.database_url) as session:
            before = session.get(imap.ImapState, box.label).uidvalidity  # type: ignore[union-attr]
        # The mailbox is recreated with the same messages (a restore from backup), plus five new ones.
        server.stop()
        shutil.rmtree(server.home / "Maildir")
        time.sleep(1.1)  # Dovecot derives UIDVALIDITY from the clock in seconds
        server.start()
        append_all(server, first + [request(i) for i in range(40, 45)])
        wait_until(lambda: stored(s, box.label) == 45, 60, "the five new messages stored")
        wait_until(lambda: all(KEYWORD in f for f in server_flags(server)), 60, "the recreated mailbox resynced")
    with db.session(s.database_url) as session:
        state = session.get(imap.ImapState, box.label)
        resyncs = session.exec(select(Event).where(Event.action == "imap.resync")).all()
    assert state is not None and state.uidvalidity != before
    assert len(resyncs) == 1
    assert_exactly_once(s, box.label, 45)
    process_all(s)
    assert count(s, Case) == 45
    assert count(s, Outbox, Outbox.purpose == "acknowledgement") == 45


# --- Broken mailboxes ------------------------------------------------------------------------------------------------


def test_wrong_password_unreachable_host_and_expired_certificate_are_reported_and_retried(
    tmp_path: Path, server: Dovecot, root: Path, certificates: dovecot_module.Certificates, caplog: Any
) -> None:
    caplog.set_level(logging.DEBUG, logger="intake.imap")
    expired = Dovecot(root / "expired", tls=certificates, expired=True)
    expired.start()
    try:
        s = make_settings(tmp_path)
        wrong = mailbox(server.url(password="not the password"), label="imap:wrong-password")
        unreachable = mailbox(f"imap://dpo:x@127.0.0.1:{dovecot_module.free_port()}/INBOX", label="imap:nobody-home")
        stale = mailbox(expired.url(), label="imap:expired-cert", ca_file=str(certificates.ca))
        good = mailbox(server.url())
        with watching(s, wrong, unreachable, stale, good) as watchers:
            append_all(server, [request(i) for i in range(5)])
            wait_until(lambda: stored(s, good.label) == 5, 60, "the healthy mailbox keeps working")
            wait_until(lambda: all(w.failures >= 3 for w in watchers[:3]), 60, "each broken mailbox retried")
            errors = [w.last_error or "" for w in watchers[:3]]
            assert all(w.is_alive() for w in watchers)
    finally:
        expired.stop()
    assert "imap:wrong-password" in errors[0] and "login refused for user dpo" in errors[0]
    assert "imap:nobody-home" in errors[1] and "connection refused" in errors[1]
    assert "imap:expired-cert" in errors[2] and "certificate has expired" in errors[2]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    for label in ("imap:wrong-password", "imap:nobody-home", "imap:expired-cert"):
        # Logged once per outage, however many attempts were made.
        assert len([m for m in warnings if m.startswith(label)]) == 1, warnings
    assert PASSWORD not in caplog.text and "not the password" not in caplog.text
    with db.session(s.database_url) as session:
        state = session.get(imap.ImapState, "imap:wrong-password")
    assert state is not None and "login refused" in (state.last_error or "")


def test_tls_and_starttls_verify_the_certificate(
    tmp_path: Path, root: Path, certificates: dovecot_module.Certificates
) -> None:
    tls = Dovecot(root / "tls", tls=certificates)
    tls.start()
    try:
        s = make_settings(tmp_path)
        direct = mailbox(tls.url(), ca_file=str(certificates.ca), label="imap:tls")
        starttls = mailbox(
            f"imap+starttls://dpo:{PASSWORD.replace(' ', '%20')}@localhost:{tls.starttls_port}/INBOX",
            ca_file=str(certificates.ca),
            label="imap:starttls",
            mark="move",
            processed_folder="Processed",
        )
        untrusted = mailbox(tls.url(), label="imap:system-ca-only")  # the test CA is not in the system store
        append_all(tls, [request(1), request(2)])
        with watching(s, direct) as (w,):
            wait_until(lambda: stored(s, "imap:tls") == 2, 30, "stored over imaps")
        with watching(s, starttls) as (w,):
            wait_until(lambda: stored(s, "imap:starttls") == 2, 30, f"stored over STARTTLS ({w.last_error})")
            wait_until(lambda: len(server_flags(tls, "Processed")) == 2, 30, "moved to the processed folder")
        with watching(s, untrusted) as (w,):
            wait_until(lambda: w.failures >= 1, 30, "the untrusted certificate refused")
            assert "not trusted" in (w.last_error or "")
        assert stored(s, "imap:system-ca-only") == 0
        assert server_flags(tls) == []  # moved, not deleted: both are in Processed
    finally:
        tls.stop()


# --- Behaviour on the server -----------------------------------------------------------------------------------------


def test_oversized_message_opens_a_case_flagged_oversized_and_stays_on_the_server(
    tmp_path: Path, server: Dovecot
) -> None:
    s = make_settings(tmp_path)
    box = mailbox(server.url(), max_message_bytes=10_000)
    # Nothing in its headers reads like a request: the case is opened because nobody has read the message yet.
    big = request(7, body="Attached scan follows. " * 2000)
    big = big.replace(b"Subject: Please delete my data", b"Subject: Scans")
    append_all(server, [big, request(8)])
    with watching(s, box):
        wait_until(lambda: stored(s, box.label) == 2, 30, "both messages stored")
    process_all(s)
    with db.session(s.database_url) as session:
        message = session.exec(select(Message).where(Message.message_id == "<req-7@example.org>")).one()
        case = session.get(Case, message.case_id)
        alerts = session.exec(select(Event).where(Event.action == "message.oversized")).all()
    assert "oversized" in message.flags
    assert message.size < 10_000 and b"Subject: Scans" in message.raw
    assert case is not None and "oversized" in case.flags
    assert len(alerts) == 1
    with server.client() as client:
        kept = [m for m in client.fetch(mark_seen=False) if m.headers.get("message-id") == ("<req-7@example.org>",)]
    assert len(kept) == 1 and len(kept[0].obj.as_bytes()) > 10_000  # the original is still there, whole


def test_replies_are_copied_into_the_sent_folder(tmp_path: Path, server: Dovecot) -> None:
    s = make_settings(tmp_path, f'[[mailbox]]\nurl = "{server.url()}"\nsent_folder = "Sent"\n')
    (box,) = imap.mailboxes(s, env={})
    append_all(server, [request(1)])
    with watching(s, mailbox(server.url())):
        wait_until(lambda: stored(s, box.label) == 1, 30, "stored")
    process_all(s)
    with server.client() as client:
        client.folder.set("Sent")
        sent = list(client.fetch(mark_seen=False))
    with db.session(s.database_url) as session:
        outbox = session.exec(select(Outbox.message_id).where(Outbox.status == "sent")).all()
    assert outbox  # at least the acknowledgement
    assert sorted(m.headers["message-id"][0] for m in sent) == sorted(outbox)
    assert all(m.to == ("person1@example.org",) and "\\Seen" in m.flags for m in sent)


def test_one_watcher_per_mailbox_even_with_two_processes(tmp_path: Path, server: Dovecot) -> None:
    s = make_settings(tmp_path)
    box = mailbox(server.url())
    with watching(s, box) as (first,):
        assert first.connected.wait(20)
        with watching(s, mailbox(server.url())) as (second,):
            append_all(server, [request(i) for i in range(10)])
            wait_until(lambda: stored(s, box.label) == 10, 30, "stored by the first watcher")
            assert first.holding and not second.holding
            assert not second.connected.is_set()
    # With the first one gone, the lock is free for the next watcher.
    with watching(s, mailbox(server.url())) as (third,):
        assert third.connected.wait(20)
    assert_exactly_once(s, box.label, 10)


def test_existing_mailbox_is_ingested_in_batches_with_progress(tmp_path: Path, server: Dovecot, caplog: Any) -> None:
    caplog.set_level(logging.INFO, logger="intake.imap")
    s = make_settings(tmp_path)
    append_all(server, [request(i) for i in range(230)])
    box = mailbox(server.url(), batch=50)
    with watching(s, box):
        wait_until(lambda: stored(s, box.label) == 230, 60, "the existing mail ingested")
        wait_until(lambda: all(KEYWORD in f for f in server_flags(server)), 30, "all marked")
    progress = [r for r in caplog.records if r.getMessage() == "catch-up progress"]
    assert [(r.done, r.of) for r in progress] == [(50, 230), (100, 230), (150, 230), (200, 230), (230, 230)]  # type: ignore[attr-defined]


def test_since_now_skips_existing_mail_on_first_start(tmp_path: Path, server: Dovecot) -> None:
    s = make_settings(tmp_path)
    append_all(server, [request(i) for i in range(30)])
    box = mailbox(server.url())
    with watching(s, box, since="now") as (w,):
        assert w.connected.wait(20)
        append_all(server, [request(100), request(101)])
        wait_until(lambda: stored(s, box.label) == 2, 30, "the new messages stored")
    with db.session(s.database_url) as session:
        ids = sorted(session.exec(select(Message.message_id).where(Message.mailbox == box.label)).all())
    assert ids == ["<req-100@example.org>", "<req-101@example.org>"]
    # Only the first start skips: after a restart nothing is skipped (mail that came while we were down is kept).
    append_all(server, [request(102)])
    with watching(s, box, since="now"):
        wait_until(lambda: stored(s, box.label) == 3, 30, "mail that arrived while stopped is stored")


def test_messages_are_deleted_only_when_deletion_is_configured(tmp_path: Path, server: Dovecot) -> None:
    s = make_settings(tmp_path)
    box = mailbox(server.url(), delete=True)
    append_all(server, [request(1), request(2)])
    with server.client() as client:
        # A message the DPO flagged \Deleted in their client must survive our expunges.
        client.append(request(3), "INBOX", flag_set=["\\Deleted", KEYWORD])
    with watching(s, box):
        wait_until(lambda: stored(s, box.label) == 2, 30, "stored")
        wait_until(lambda: len(server_flags(server)) == 1, 30, "the two stored messages deleted")
    assert stored(s, box.label) == 2


def test_servers_without_idle_are_polled(tmp_path: Path, server: Dovecot) -> None:
    s = make_settings(tmp_path)
    box = mailbox(server.url(), use_idle=False, poll_seconds=0.5)
    with watching(s, box) as (w,):
        assert w.connected.wait(20), w.last_error
        append_all(server, [request(i) for i in range(3)])
        wait_until(lambda: stored(s, box.label) == 3, 30, "mail found by polling")
    assert_exactly_once(s, box.label, 3)


def test_every_imap_setting_is_documented() -> None:
    text = (Path(__file__).resolve().parent.parent / "docs" / "imap.md").read_text()
    missing = [f.name for f in dataclasses.fields(imap.ImapConfig) if f"`INTAKE_IMAP_{f.name.upper()}`" not in text]
    assert missing == [], f"add these to the table in docs/imap.md: {missing}"


def test_a_lock_is_taken_over_only_once_it_expires(tmp_path: Path) -> None:
    s = make_settings(tmp_path)
    with db.session(s.database_url) as session:
        assert imap.acquire(session, "imap:x", "elsewhere:1:a", seconds=1)
        assert not imap.acquire(session, "imap:x", "elsewhere:2:b", seconds=1)
        assert imap.acquire(session, "imap:x", "elsewhere:1:a", seconds=1)  # the holder renews

    def take_over() -> bool:
        with db.session(s.database_url) as session:
            return imap.acquire(session, "imap:x", "elsewhere:2:b", seconds=60)

    wait_until(take_over, 10, "the expired lock taken over")
    with db.session(s.database_url) as session:
        assert not imap.acquire(session, "imap:x", "elsewhere:1:a", seconds=1)
        imap.release(session, "imap:x", "elsewhere:2:b")
        assert imap.acquire(session, "imap:x", "elsewhere:1:a", seconds=1)
