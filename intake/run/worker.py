"""The loop that claims stored messages one at a time, runs the pipeline on each, and sets failures aside."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import socket
import threading
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


PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


class TimeLimit(BaseException):
    """Processing one message took longer than worker_time_limit.

    A BaseException, so that no `except Exception` on the way (a parser keeping the raw text of a header it
    cannot decode, say) swallows it and carries on past the limit.
    """


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt Python-level work after `seconds`; the supervisor kills what even this cannot stop."""

    def _raise(_signum, _frame):  # type: ignore[no-untyped-def]
        raise TimeLimit(f"processing took longer than {seconds:g} s (INTAKE_WORKER_TIME_LIMIT)")

    previous = signal.signal(signal.SIGALRM, _raise)
    # It fires again every second after the limit, in case a bare `except:` somewhere swallowed the first one.
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def worker_id(pid: int | None = None) -> str:
    """How a claim names its worker: this process, or the worker process `pid` on this host."""
    return f"{socket.gethostname()}:{pid if pid is not None else os.getpid()}"


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


def release_claims_of(settings: Settings, pid: int) -> int:
    """Free the claims of a worker the supervisor found dead or killed; each already counted as an attempt.

    Without this the next worker would find the dead one's claim still running past the time limit, and be
    killed for it in turn before it could free it, forever, with no attempt ever counted.
    """
    with db.session(settings.database_url) as session:
        rows = session.exec(
            select(Message).where(Message.status == MessageStatus.received, Message.claimed_by == worker_id(pid))
        ).all()
        for row in rows:
            row.claimed_at = None
            row.claimed_by = None
            session.add(row)
            detail = {"attempts": row.attempts, "worker": pid}
            audit.record(session, "message.claim_released", message_id=row.id, detail=detail)
        session.commit()
        return len(rows)


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
        except (Exception, TimeLimit) as exc:  # bad input, a bug or too slow: set it aside, never block the queue
            _set_aside(settings, session, message_pk, f"{type(exc).__name__}: {exc}")
            log.exception("message failed", extra={"message_pk": message_pk})
    return True


def _set_aside(settings: Settings, session: Session, message_pk: int | None, error: str) -> None:
    """Mark a message failed in a fresh session: an interrupted one may hold a connection cut mid-statement."""
    try:
        session.rollback()
    except Exception:
        session.invalidate()
    with db.session(settings.database_url) as fresh:
        failed = fresh.get(Message, message_pk)
        if failed is not None:
            store.mark_failed(fresh, failed, error)
            fresh.commit()


def drain(settings: Settings, limit: int | None = None) -> int:
    """Process messages until the queue is empty (or `limit` were taken); returns how many."""
    done = 0
    while (limit is None or done < limit) and work_one(settings):
        done += 1
    return done


def die_with_parent(parent: int) -> None:
    """End this process when `intake run` ends, even by kill -9: an orphan worker would race the next one.

    Linux delivers SIGKILL on the parent's death (prctl PR_SET_PDEATHSIG); elsewhere, or should that fail, a
    thread notices within a second that the parent is gone (we were re-parented).
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux: the watch below is enough
    if os.getppid() != parent:  # it died before the prctl took effect
        os._exit(1)

    def _watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=_watch, name="parent-watch", daemon=True).start()


def main(settings: Settings, parent: int | None = None) -> None:
    """Entry point of the worker process started by `intake run` (whose pid is `parent`)."""
    if parent is not None:
        die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop (SIGTERM)
    with db.session(settings.database_url) as session:
        release_stale(session, settings)  # before the slow warm-up: a dead worker's claim waits no longer
    from intake.understand import language

    language.warm()  # load the language models now, not while the first requester waits
    while True:
        if not work_one(settings):
            time.sleep(settings.worker_poll_seconds)
