"""The loop that claims stored messages one at a time, runs the pipeline on each, and sets failures aside."""

from __future__ import annotations

import logging
import os
import signal
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from sqlalchemy import update
from sqlmodel import Session, select

from intake import audit, db, pipeline, store
from intake.models import Message, MessageStatus, utcnow
from intake.settings import Settings

log = logging.getLogger("intake.worker")


class TimeLimit(Exception):
    """Processing one message took longer than worker_time_limit."""


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Interrupt Python-level work after `seconds`; the supervisor kills what even this cannot stop."""

    def _raise(_signum, _frame):  # type: ignore[no-untyped-def]
        raise TimeLimit(f"processing took longer than {seconds} s (INTAKE_WORKER_TIME_LIMIT)")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _alive(claimed_by: str | None) -> bool:
    host, _, pid = (claimed_by or "").rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def release_stale(session: Session, settings: Settings) -> int:
    """Free claims held by workers that died (here: their pid is gone; elsewhere: the claim is too old)."""
    too_old = utcnow() - timedelta(seconds=settings.worker_time_limit * 3)
    rows = session.exec(
        select(Message).where(Message.status == MessageStatus.received, Message.claimed_at.is_not(None))  # type: ignore[union-attr]
    ).all()
    released = 0
    for row in rows:
        mine = row.claimed_by == worker_id()
        if mine or (not _alive(row.claimed_by)) or (row.claimed_at and row.claimed_at < too_old):
            row.claimed_at = None
            row.claimed_by = None
            session.add(row)
            audit.record(session, "message.claim_released", message_id=row.id, detail={"attempts": row.attempts})
            released += 1
    session.commit()
    return released


def claim(session: Session) -> Message | None:
    """Take the oldest unclaimed message; the claim and its attempt count are committed before any work."""
    waiting = Message.status == MessageStatus.received
    unclaimed = Message.claimed_at.is_(None)  # type: ignore[union-attr]
    candidates = session.exec(select(Message.id).where(waiting, unclaimed).order_by(Message.id).limit(5)).all()  # type: ignore[arg-type]
    for candidate in candidates:
        # The conditional UPDATE is the lock: of two workers racing for a row, exactly one changes it.
        result = session.exec(  # type: ignore[call-overload]
            update(Message)
            .where(Message.id == candidate, waiting, unclaimed)  # type: ignore[arg-type]
            .values(claimed_at=utcnow(), claimed_by=worker_id(), attempts=Message.attempts + 1)
        )
        session.commit()
        if result.rowcount == 1:
            return session.get(Message, candidate)
    return None


def work_one(settings: Settings) -> bool:
    """Process one message if there is one; returns False when the queue is empty."""
    with db.session(settings.database_url) as session:
        message = claim(session)
        if message is None:
            return False
        message_pk = message.id
        if message.attempts > settings.max_attempts:
            # It was claimed max_attempts times and never finished: it kills or stalls the worker.
            store.mark_failed(
                session,
                message,
                f"quarantined after {settings.max_attempts} attempts that crashed or stalled the worker",
                MessageStatus.quarantined,
            )
            session.commit()
            log.warning("message quarantined", extra={"message_pk": message_pk})
            return True
        try:
            with time_limit(settings.worker_time_limit):
                pipeline.process(session, settings, message)
            session.commit()
            log.info("message processed", extra={"message_pk": message_pk, "case": message.case_id})
        except Exception as exc:  # bad input or a bug: set the message aside, never block the queue
            session.rollback()
            failed = session.get(Message, message_pk)
            if failed is not None:
                store.mark_failed(session, failed, f"{type(exc).__name__}: {exc}")
                session.commit()
            log.exception("message failed", extra={"message_pk": message_pk})
    return True


def drain(settings: Settings, limit: int | None = None) -> int:
    """Process messages until the queue is empty (or `limit` were taken); returns how many."""
    done = 0
    while (limit is None or done < limit) and work_one(settings):
        done += 1
    return done


def main(settings: Settings) -> None:
    """Entry point of the worker process started by `intake run`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop (SIGTERM)
    from intake.understand import language

    language.warm()  # load the language models now, not while the first requester waits
    with db.session(settings.database_url) as session:
        release_stale(session, settings)
    while True:
        if not work_one(settings):
            time.sleep(settings.worker_poll_seconds)
