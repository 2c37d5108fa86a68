"""Leases: a live claim is never taken because its worker runs elsewhere; an expired one is; the heartbeat renews."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text, update
from sqlmodel import select

from intake import db, pipeline, store
from intake import settings as settings_module
from intake.models import Message, utcnow
from intake.run import worker
from intake.settings import Settings

REQUEST = (
    b"From: Ann Lee <ann%d@example.com>\r\nMessage-ID: <lease-%d@example.com>\r\nSubject: delete my data\r\n"
    b"\r\nPlease delete my data.\r\n"
)


def _settings(url: str, tmp_path: Path, **env: str) -> Settings:
    s = settings_module.load(
        None,
        env={
            "INTAKE_DATABASE_URL": url,
            "INTAKE_VAR_DIR": str(tmp_path / "var"),
            "INTAKE_OUTBOUND": f"file:{tmp_path / 'outbox'}",
            "INTAKE_DPO_ADDRESSES": "dpo@example.org",
            **env,
        },
    )
    db.upgrade(url)
    return s


def _put(s: Settings, n: int) -> int:
    with db.session(s.database_url) as session:
        return store.put(session, REQUEST % (n, n), mailbox="smtp", source="smtp").id  # type: ignore[return-value]


def _hold(s: Settings, pk: int, owner: str, expires_in: float) -> None:
    """Make `owner` hold message `pk` with a lease that runs out in `expires_in` seconds (negative: ran out)."""
    with db.session(s.database_url) as session:
        session.execute(
            update(Message)
            .where(Message.id == pk)  # type: ignore[arg-type]
            .values(
                claimed_at=utcnow(),
                claimed_by=owner,
                lease_expires=utcnow() + timedelta(seconds=expires_in),
                attempts=Message.attempts + 1,
            )
        )
        session.commit()


def _row(s: Settings, pk: int) -> Message:
    with db.session(s.database_url) as session:
        row = session.get(Message, pk)
        assert row is not None
        return row


def test_a_live_claim_of_a_worker_on_another_host_is_not_taken(database_url: str, tmp_path: Path) -> None:
    s = _settings(database_url, tmp_path)
    pk = _put(s, 1)
    # Another replica holds it: another host name, a pid that means nothing here, a lease still running.
    _hold(s, pk, "replica-b:4242", 60)
    with db.session(s.database_url) as session:
        assert worker.release_stale(session, s) == 0  # what a worker starting on this host runs first
        assert worker.claim(session, s) is None
    assert worker.drain(s) == 0
    row = _row(s, pk)
    assert row.claimed_by == "replica-b:4242" and row.status == "received" and row.attempts == 1


def test_an_expired_lease_is_taken_over_and_counts_an_attempt(database_url: str, tmp_path: Path) -> None:
    s = _settings(database_url, tmp_path)
    pk = _put(s, 1)
    _hold(s, pk, "replica-b:4242", -1)  # that replica died a while ago
    with db.session(s.database_url) as session:
        taken = worker.claim(session, s)
    assert taken is not None and taken.id == pk
    assert taken.claimed_by == worker.worker_id() and taken.attempts == 2
    assert taken.lease_expires is not None and taken.lease_expires > utcnow() + timedelta(seconds=s.lease_seconds - 5)


def test_expired_leases_are_released_at_start_and_live_ones_kept(database_url: str, tmp_path: Path) -> None:
    s = _settings(database_url, tmp_path)
    dead, alive = _put(s, 1), _put(s, 2)
    _hold(s, dead, "replica-b:1", -1)
    _hold(s, alive, "replica-c:1", 60)
    with db.session(s.database_url) as session:
        assert worker.release_stale(session, s) == 1
    assert _row(s, dead).claimed_by is None
    assert _row(s, alive).claimed_by == "replica-c:1"


def test_the_heartbeat_keeps_the_lease_of_a_message_that_takes_longer_than_the_lease(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = _settings(sqlite_url, tmp_path, INTAKE_LEASE_SECONDS="5")
    pk = _put(s, 1)
    real = pipeline.process
    seen: list[Message] = []

    def slow(session, settings, message):  # type: ignore[no-untyped-def]
        time.sleep(7)  # past the 5 s lease taken at the claim
        return real(session, settings, message)

    def watch() -> None:
        time.sleep(6)
        seen.append(_row(s, pk))

    monkeypatch.setattr(pipeline, "process", slow)
    watcher = threading.Thread(target=watch)
    watcher.start()
    assert worker.work_one(s)
    watcher.join()
    (during,) = seen
    assert during.status == "received" and during.claimed_at is not None and during.lease_expires is not None
    # Renewed: the lease now runs past the first one (claimed_at + 5 s), and is still running at 6 s.
    assert during.lease_expires > during.claimed_at + timedelta(seconds=5)
    assert _row(s, pk).status == "processed"


@pytest.mark.postgres
def test_a_worker_that_meets_rows_being_claimed_takes_the_next_free_one(pg_url: str, tmp_path: Path) -> None:
    s = _settings(pg_url, tmp_path)
    pks = [_put(s, n) for n in range(6)]
    got: list[int | None] = []
    with db.engine_for(pg_url).connect() as others:
        # Five other workers are in the middle of claiming the five oldest rows (locked, not yet committed).
        others.execute(
            text("UPDATE message SET claimed_at = now(), claimed_by = 'replica-b:1' WHERE id = ANY(:ids)"),
            {"ids": pks[:5]},
        )

        def take() -> None:
            with db.session(pg_url) as session:
                row = worker.claim(session, s)
                got.append(row.id if row else None)

        started = time.monotonic()
        taker = threading.Thread(target=take)
        taker.start()
        taker.join(3)
        waited = time.monotonic() - started
        others.commit()
        taker.join(10)
    assert got == [pks[5]]
    assert waited < 3  # it did not wait for the other workers' transactions
    with db.session(pg_url) as session:
        claimed = session.exec(select(Message.claimed_by).order_by(Message.id)).all()  # type: ignore[arg-type]
    assert claimed == ["replica-b:1"] * 5 + [worker.worker_id()]
