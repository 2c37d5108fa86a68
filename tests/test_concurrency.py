"""Several processes on one PostgreSQL database: the digest is queued once and the mail budget holds."""

from __future__ import annotations

import dataclasses
import multiprocessing
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete
from sqlmodel import select

from intake import db
from intake import settings as settings_module
from intake.models import Case, Event, JobRun, Outbox, utcnow
from intake.outbox import budget, digest, send
from intake.settings import Settings

pytestmark = pytest.mark.postgres


def _settings(url: str, tmp_path: Path, **tables: dict[str, object]) -> Settings:
    s = settings_module.load(
        None,
        env={
            "INTAKE_DATABASE_URL": url,
            "INTAKE_VAR_DIR": str(tmp_path / "var"),
            "INTAKE_OUTBOUND": f"file:{tmp_path / 'outbox'}",
            "INTAKE_DPO_ADDRESSES": "dpo@example.org",
        },
    )
    db.upgrade(url)
    return dataclasses.replace(s, tables=dict(tables)) if tables else s


def _queue_digest(s: Settings, today: date, start: threading.Barrier) -> None:  # in a child process
    start.wait(10)
    with db.session(s.database_url) as session:
        digest.send_digest(session, s, today=today)


def test_two_processes_queue_the_days_digest_once(pg_url: str, tmp_path: Path) -> None:
    s = _settings(pg_url, tmp_path)
    today = utcnow().date()
    with db.session(pg_url) as session:
        session.add(Case(requester="jane@example.com", reference="DPO-2026-000001-1", due_on=today + timedelta(days=3)))
        session.commit()
    # Several rounds, each from a clean slate: two processes released at once race for the day's digest.
    for _ in range(5):
        db.dispose_all()  # the children must not share the parent's connections
        start = multiprocessing.get_context("fork").Barrier(2)
        children = [
            multiprocessing.get_context("fork").Process(target=_queue_digest, args=(s, today, start)) for _ in range(2)
        ]
        for child in children:
            child.start()
        for child in children:
            child.join(30)
            assert child.exitcode == 0
        with db.session(pg_url) as session:
            assert len(session.exec(select(Outbox).where(Outbox.purpose == "digest")).all()) == 1
            session.execute(delete(Outbox))
            session.execute(delete(Event))
            session.execute(delete(JobRun))
            session.commit()


def test_two_workers_deciding_at_once_do_not_pass_the_recipient_budget_together(pg_url: str, tmp_path: Path) -> None:
    s = _settings(pg_url, tmp_path, policy={"automatic_per_recipient_hour": 1})
    with db.session(pg_url) as session:
        cases = [Case(requester="jane@example.com", reference=f"DPO-2026-00000{n}-1") for n in (1, 2)]
        session.add_all(cases)
        session.commit()
    answers: dict[str, str | None] = {}

    def worker(name: str, case: Case, spelling: str, pause: float) -> None:
        # Each worker: decide, do the rest of its work, queue the mail, commit (what drafts.acknowledge does).
        with db.session(pg_url) as session:
            answers[name] = budget.refusal(session, s, case, spelling)
            time.sleep(pause)
            if answers[name] is None:
                send.enqueue(session, s, case, send.Outgoing("acknowledgement", spelling, "S", "B\n"))
            session.commit()

    first = threading.Thread(target=worker, args=("first", cases[0], "jane@example.com", 1.0))
    second = threading.Thread(target=worker, args=("second", cases[1], "Jane+dpo@Example.com", 0.0))
    first.start()
    time.sleep(0.3)  # the second decides while the first is still between its count and its insert
    second.start()
    first.join(20)
    second.join(20)
    with db.session(pg_url) as session:
        queued = session.exec(select(Outbox).where(Outbox.automatic)).all()  # type: ignore[arg-type]
    assert len(queued) == 1
    assert answers["first"] is None
    assert answers["second"] is not None and "automatic_per_recipient_hour" in answers["second"]
