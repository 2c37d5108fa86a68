"""The worker: one bad message never blocks the others; a message that keeps killing the worker is quarantined."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import time

import pytest
from sqlmodel import select

from intake import db, pipeline, store
from intake.models import Case, Message, Outbox
from intake.run import worker
from intake.settings import Settings

GOOD = (
    b"From: Ann Lee <ann@example.com>\r\nMessage-ID: <good@example.com>\r\nSubject: delete my data\r\n"
    b"\r\nPlease delete my data.\r\n"
)
POISON = b"From: x@example.com\r\nMessage-ID: <poison@example.com>\r\nSubject: poison\r\n\r\npoison\r\n"


def _put(settings: Settings, raw: bytes) -> int:
    with db.session(settings.database_url) as s:
        return store.put(s, raw, mailbox="smtp", source="smtp", envelope_from="x@example.com").id


def _status(settings: Settings, pk: int) -> Message:
    with db.session(settings.database_url) as s:
        row = s.get(Message, pk)
        assert row is not None
        return row


def _crash_in_child(settings: Settings) -> int:
    """Run one work_one in a forked child whose processing dies like a segfault, then free its claim.

    Freeing it is what the supervisor does for its own dead worker; returns the child's exit code.
    """

    def target() -> None:
        pipeline.process = lambda *a, **k: os._exit(66)  # type: ignore[assignment]
        worker.work_one(settings)

    db.dispose_all()
    child = multiprocessing.get_context("fork").Process(target=target)
    child.start()
    child.join(30)
    assert child.pid is not None and worker.release_claims_of(settings, child.pid) == 1
    return child.exitcode or 0


def test_message_that_kills_the_worker_three_times_is_quarantined(settings: Settings) -> None:
    poison = _put(settings, POISON)
    for _ in range(settings.max_attempts):
        assert _crash_in_child(settings) == 66
    good = _put(settings, GOOD)
    assert worker.drain(settings) == 2
    row = _status(settings, poison)
    assert row.status == "quarantined"
    assert row.attempts == settings.max_attempts + 1
    assert "quarantined after 3 attempts" in (row.error or "")
    assert _status(settings, good).status == "processed"


def test_failing_message_is_marked_failed_and_the_next_one_is_processed(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.process

    def flaky(session, s, message):  # type: ignore[no-untyped-def]
        if message.message_id == "<poison@example.com>":
            raise ValueError("cannot understand this message")
        return real(session, s, message)

    monkeypatch.setattr(pipeline, "process", flaky)
    poison = _put(settings, POISON)
    good = _put(settings, GOOD)
    assert worker.drain(settings) == 2
    failed = _status(settings, poison)
    assert failed.status == "failed"
    assert failed.error == "ValueError: cannot understand this message"
    assert _status(settings, good).status == "processed"
    with db.session(settings.database_url) as s:
        # The failed message left nothing half-done behind: no case, no outbox row for it.
        cases = s.exec(select(Case)).all()
        assert len(cases) == 1
        assert {o.case_id for o in s.exec(select(Outbox)).all()} == {cases[0].id}


def test_message_over_the_time_limit_fails_and_does_not_stall_the_queue(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.process

    def slow(session, s, message):  # type: ignore[no-untyped-def]
        if message.message_id == "<poison@example.com>":
            time.sleep(30)
        return real(session, s, message)

    monkeypatch.setattr(pipeline, "process", slow)
    quick = dataclasses.replace(settings, worker_time_limit=1)
    poison = _put(settings, POISON)
    good = _put(settings, GOOD)
    started = time.monotonic()
    assert worker.drain(quick) == 2
    assert time.monotonic() - started < 20
    assert "longer than 1 s" in (_status(settings, poison).error or "")
    assert _status(settings, good).status == "processed"


def test_processing_is_idempotent_after_a_crash_before_commit(settings: Settings) -> None:
    pk = _put(settings, GOOD)
    assert _crash_in_child(settings) == 66
    assert worker.drain(settings) == 1
    with db.session(settings.database_url) as s:
        assert len(s.exec(select(Case)).all()) == 1
        # One acknowledgement (which asks for the missing employer), not two.
        assert sorted(o.purpose for o in s.exec(select(Outbox)).all()) == ["acknowledgement"]
    assert _status(settings, pk).status == "processed"


@pytest.mark.postgres
def test_the_whole_pipeline_runs_on_postgresql(pg_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from intake import settings as settings_module

    s = settings_module.load(
        None,
        env={
            "INTAKE_DATABASE_URL": pg_url,
            "INTAKE_VAR_DIR": str(tmp_path / "var"),
            "INTAKE_OUTBOUND": f"file:{tmp_path / 'outbox'}",
            "INTAKE_DPO_ADDRESSES": "dpo@example.org",
        },
    )
    db.upgrade(pg_url)
    good = _put(s, GOOD)
    _put(s, GOOD)  # a duplicate: stored once
    assert worker.drain(s) == 1
    assert _status(s, good).status == "processed"
    with db.session(pg_url) as session:
        (case,) = session.exec(select(Case)).all()
        assert case.reference.startswith("DPO-")
        assert {o.purpose for o in session.exec(select(Outbox)).all()} >= {"acknowledgement"}


def test_failed_message_can_be_requeued_and_then_succeeds(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.process
    monkeypatch.setattr(pipeline, "process", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("bug")))
    pk = _put(settings, GOOD)
    worker.drain(settings)
    assert _status(settings, pk).status == "failed"
    monkeypatch.setattr(pipeline, "process", real)  # the bug is fixed
    with db.session(settings.database_url) as s:
        store.requeue(s, s.get(Message, pk), "alice")  # type: ignore[arg-type]
    assert worker.drain(settings) == 1
    assert _status(settings, pk).status == "processed"
