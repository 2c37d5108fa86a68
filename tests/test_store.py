"""Storage on SQLite and PostgreSQL: durable first, deduplicated by mailbox + Message-ID + hash."""

from __future__ import annotations

import hashlib
import threading

from sqlmodel import select

from intake import db, store
from intake.models import Event, Message

RAW = b"From: a@example.com\r\nMessage-ID: <m1@example.com>\r\nSubject: hi\r\n\r\nbody\r\n"


def test_put_commits_raw_bytes_and_hash(database_url: str) -> None:
    db.upgrade(database_url)
    with db.session(database_url) as s:
        stored = store.put(s, RAW, mailbox="smtp", source="smtp", envelope_from="a@example.com")
    # A brand-new session (a new connection) sees it: it was committed, not just flushed.
    db.dispose_all()
    with db.session(database_url) as s:
        row = s.get(Message, stored.id)
        assert row is not None
        assert row.raw == RAW
        assert row.sha256 == hashlib.sha256(RAW).hexdigest()
        assert row.message_id == "<m1@example.com>"
        assert row.status == "received"
        assert s.exec(select(Event).where(Event.message_id == stored.id)).first() is not None


def test_same_message_twice_is_stored_once(database_url: str) -> None:
    db.upgrade(database_url)
    with db.session(database_url) as s:
        first = store.put(s, RAW, mailbox="smtp", source="smtp")
        second = store.put(s, RAW, mailbox="smtp", source="smtp")
        assert not first.duplicate and second.duplicate
        assert first.id == second.id
        assert len(s.exec(select(Message)).all()) == 1


def test_same_message_in_another_mailbox_is_another_message(database_url: str) -> None:
    db.upgrade(database_url)
    with db.session(database_url) as s:
        a = store.put(s, RAW, mailbox="smtp", source="smtp")
        b = store.put(s, RAW, mailbox="imap:dpo@example.org/INBOX", source="imap")
        assert a.id != b.id


def test_reused_message_id_with_different_bytes_is_kept_and_flagged(database_url: str) -> None:
    db.upgrade(database_url)
    with db.session(database_url) as s:
        store.put(s, RAW, mailbox="smtp", source="smtp")
        other = store.put(s, RAW.replace(b"body", b"another body"), mailbox="smtp", source="smtp")
        assert not other.duplicate
        assert other.flags == ["message_id_reused"]


def test_missing_message_id_gets_a_deterministic_one_from_the_hash(database_url: str) -> None:
    db.upgrade(database_url)
    raw = b"From: a@example.com\r\nSubject: no id\r\n\r\nbody\r\n"
    with db.session(database_url) as s:
        first = store.put(s, raw, mailbox="file", source="file")
        again = store.put(s, raw, mailbox="file", source="file")
    assert first.message_id == f"<{hashlib.sha256(raw).hexdigest()}@intake.invalid>"
    assert again.duplicate and again.id == first.id
    assert "message_id_missing" in first.flags


def test_concurrent_puts_of_the_same_message_store_one_row(database_url: str) -> None:
    db.upgrade(database_url)
    results: list[store.Stored] = []
    errors: list[BaseException] = []

    def put() -> None:
        try:
            with db.session(database_url) as s:
                results.append(store.put(s, RAW, mailbox="smtp", source="smtp"))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=put) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len({r.id for r in results}) == 1
    assert sum(not r.duplicate for r in results) == 1


def test_garbage_bytes_are_stored_too(database_url: str) -> None:
    db.upgrade(database_url)
    raw = bytes(range(256)) * 10
    with db.session(database_url) as s:
        stored = store.put(s, raw, mailbox="smtp", source="smtp")
        assert s.get(Message, stored.id).raw == raw  # type: ignore[union-attr]


def test_a_sources_flags_are_stored_with_the_message_beside_its_own(database_url: str) -> None:
    db.upgrade(database_url)
    raw = b"Subject: big\r\n\r\nheaders only"  # no Message-ID: store.put adds its own flag
    with db.session(database_url) as s:
        first = store.put(s, raw, mailbox="m", source="imap", flags=("oversized",))
        again = store.put(s, raw, mailbox="m", source="imap", flags=("oversized",))
    db.dispose_all()
    with db.session(database_url) as s:
        row = s.get(Message, first.id)
        assert row is not None and row.flags == ["oversized", "message_id_missing"]
    assert again.duplicate and again.id == first.id
