"""Group commit: a worker's batch of messages commits together, and a failure in it stays its own message's."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import time
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlmodel import select

from intake import audit, db, pipeline, store
from intake import settings as settings_module
from intake.models import Case, Event, Message, Outbox
from intake.run import worker
from intake.settings import Settings
from intake.understand import language
from tests.conftest import ORGANISATION_TOML


def _settings(url: str, tmp_path: Path) -> Settings:
    env = {
        "INTAKE_DATABASE_URL": url,
        "INTAKE_VAR_DIR": str(tmp_path / "var"),
        "INTAKE_OUTBOUND": f"file:{tmp_path / 'outbox'}",
        "INTAKE_DPO_ADDRESSES": "dpo@example.org",
        "INTAKE_ORGANISATION": "Example Org",
        "INTAKE_CONFIG": str(ORGANISATION_TOML),
    }
    s = settings_module.load(None, env=env)
    db.upgrade(url)
    return s


def _request(n: int) -> bytes:
    return (
        f"From: Person {n} <p{n}@example.com>\r\nTo: dpo@example.org\r\nSubject: My personal data\r\n"
        f"Message-ID: <batch-{n}@example.com>\r\n\r\nHello, I am Person Number{n} and I work at Acme Ltd. "
        f"Please send me a copy of my personal data.\r\n"
    ).encode()


def _put(s: Settings, count: int) -> list[int]:
    with db.session(s.database_url) as session:
        return [
            store.put(session, _request(n), mailbox="smtp", source="smtp", envelope_from=f"p{n}@example.com").id
            for n in range(count)
        ]


def _failing(poison: set[str], how: str):  # type: ignore[no-untyped-def]
    real = pipeline.process

    def process(session, s, message):  # type: ignore[no-untyped-def]
        if message.message_id in poison:
            real(session, s, message)  # its work done (a case, an acknowledgement queued), then it fails
            if how == "slow":
                time.sleep(30)
            raise ValueError("cannot understand this message")
        return real(session, s, message)

    return process


# The batch's first message (no savepoint: the transaction is rolled back) or one after it (its savepoint is).
@pytest.mark.parametrize(("how", "at"), [("error", 0), ("error", 2), ("slow", 2)])
def test_a_failing_message_in_a_batch_fails_alone_and_its_neighbours_commit(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, at: int
) -> None:
    language.warm()  # a cold model load must not count against the short time limit
    limit = 2 if how == "slow" else 60
    s = dataclasses.replace(_settings(database_url, tmp_path), worker_time_limit=limit, worker_batch=5)
    pks = _put(s, 5)
    monkeypatch.setattr(pipeline, "process", _failing({f"<batch-{at}@example.com>"}, how))
    assert worker.drain(s) == 5
    with db.session(s.database_url) as session:
        rows = {m.id: m for m in session.exec(select(Message)).all()}
        failed = rows[pks[at]]
        assert failed.status == "failed" and failed.case_id is None
        assert ("ValueError" if how == "error" else "longer than 2 s") in (failed.error or "")
        others = [rows[pk] for pk in pks if pk != pks[at]]
        assert {m.status for m in others} == {"processed"}
        assert all(m.attempts == 1 for m in others)  # never given back nor tried again
        cases = session.exec(select(Case)).all()
        assert sorted(c.id for c in cases) == sorted(m.case_id for m in others)  # nothing left of the failed one
        assert {o.case_id for o in session.exec(select(Outbox)).all()} == {c.id for c in cases}
        assert audit.verify(session)[1] is None  # the rolled-back message's events never entered the chain
        events = session.exec(select(Event).where(Event.message_id == pks[at])).all()
        assert "message.failed" in {e.action for e in events} and "message.processed" not in {e.action for e in events}


def test_a_batch_commits_once_for_all_its_messages(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "SQLITE_BATCH_SECONDS", 60.0)  # however loaded the machine, one batch of ten
    s = dataclasses.replace(settings, worker_batch=10)
    _put(s, 10)
    commits: list[int] = []
    event.listen(db.engine_for(s.database_url), "commit", lambda conn: commits.append(1))
    assert worker.drain(s) == 10
    # The claims (a look for a message tried before, then the batch), one commit for the ten, the empty look.
    assert len(commits) <= 6
    with db.session(s.database_url) as session:
        assert {m.status for m in session.exec(select(Message)).all()} == {"processed"}
        assert len(session.exec(select(Case)).all()) == 10
        assert audit.verify(session) == (len(session.exec(select(Event)).all()), None)


def _crash_on_poison(s: Settings) -> None:  # in a forked child: the poison kills the worker like a segfault
    real = pipeline.process

    def process(session, settings, message):  # type: ignore[no-untyped-def]
        if message.message_id == "<batch-1@example.com>":
            os._exit(66)
        return real(session, settings, message)

    pipeline.process = process  # type: ignore[assignment]
    while worker.work_batch(s):
        pass


def test_a_message_that_kills_the_worker_in_a_batch_is_quarantined_alone(settings: Settings) -> None:
    # The forked children inherit warm tables: a cold compile would end the batch window (0.5 s on SQLite) after
    # the first message, and the poison would never share a batch with its neighbours.
    language.warm()
    s = dataclasses.replace(settings, worker_batch=3)
    pks = _put(s, 3)
    for _ in range(s.max_attempts + 1):
        db.dispose_all()
        child = multiprocessing.get_context("fork").Process(target=_crash_on_poison, args=(s,))
        child.start()
        child.join(60)
        assert child.pid is not None
        worker.release_claims_of(s, child.pid)  # what the supervisor does for its own dead worker
    with db.session(s.database_url) as session:
        rows = [session.get(Message, pk) for pk in pks]
    assert [r.status for r in rows] == ["processed", "quarantined", "processed"]  # type: ignore[union-attr]
    # The neighbours were counted with the poison once, then each went alone and through.
    assert [r.attempts for r in rows] == [2, s.max_attempts + 1, 2]  # type: ignore[union-attr]


def _drain_in_child(url: str, tmp_path: Path, start: object) -> None:
    s = dataclasses.replace(_settings(url, tmp_path), worker_batch=10)
    start.wait(30)  # type: ignore[attr-defined]
    db.dispose_all()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and worker.drain(s):
        pass


@pytest.mark.postgres
def test_two_processes_draining_batches_process_every_message_once(pg_url: str, tmp_path: Path) -> None:
    s = _settings(pg_url, tmp_path)
    total = 30
    _put(s, total)
    db.dispose_all()
    ctx = multiprocessing.get_context("fork")
    start = ctx.Barrier(2)
    children = [ctx.Process(target=_drain_in_child, args=(pg_url, tmp_path, start)) for _ in range(2)]
    for child in children:
        child.start()
    for child in children:
        child.join(120)
        assert child.exitcode == 0
    with db.session(pg_url) as session:
        messages = session.exec(select(Message)).all()
        assert {m.status for m in messages} == {"processed"} and len(messages) == total
        assert all(m.attempts == 1 for m in messages)  # each claimed once, by one of the two
        assert len({m.case_id for m in messages}) == total
        outbox = session.exec(select(Outbox)).all()
        assert sorted(o.case_id for o in outbox) == sorted(m.case_id for m in messages)  # one acknowledgement each
        assert audit.verify(session)[1] is None
