"""The loop that leases stored messages one at a time, runs the pipeline on each, and sets failures aside."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import update
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from intake import audit, db, lease, logs, pipeline, store
from intake.errors import Unavailable
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


def release_stale(session: Session, settings: Settings) -> int:
    """Free the claims whose lease ran out (their worker died or hangs, on this host or any other).

    A claim is never judged by its host name or pid: another host's worker is not dead because it is elsewhere,
    and in containers every replica is elsewhere. claim() takes an expired lease over by itself; this frees
    them at once for the audit trail and the listings.
    """
    now = utcnow()
    rows = session.exec(
        select(Message).where(
            Message.status == MessageStatus.received,
            Message.claimed_at.is_not(None),  # type: ignore[union-attr]
            Message.lease_expires < now,  # type: ignore[operator]
        )
    ).all()
    for row in rows:
        row.claimed_at = None
        row.claimed_by = None
        row.lease_expires = None
        session.add(row)
        audit.record(session, "message.claim_released", message_id=row.id, detail={"attempts": row.attempts})
    session.commit()
    return len(rows)


def release_claims_of(settings: Settings, pid: int) -> int:
    """Free the claims of a worker the supervisor found dead or killed; each already counted as an attempt.

    Only the supervisor that started the worker calls this, for its own child: it alone knows the process is
    gone. Without it the next worker would find the dead one's claim still running past the time limit, and be
    killed for it in turn before it could free it, forever, with no attempt ever counted.
    """
    with db.session(settings.database_url) as session:
        rows = session.exec(
            select(Message).where(Message.status == MessageStatus.received, Message.claimed_by == worker_id(pid))
        ).all()
        for row in rows:
            row.claimed_at = None
            row.claimed_by = None
            row.lease_expires = None
            session.add(row)
            detail = {"attempts": row.attempts, "worker": pid}
            audit.record(session, "message.claim_released", message_id=row.id, detail=detail)
        session.commit()
        return len(rows)


def claim(session: Session, settings: Settings) -> Message | None:
    """Take the oldest message nobody holds (or whose lease ran out); the lease and attempt are committed first.

    One statement picks and takes the row. On PostgreSQL the pick is FOR UPDATE SKIP LOCKED: a worker that
    meets a row another is taking skips to the next one instead of losing the race and idling on a backlog.
    SQLite has one writer, so the UPDATE holds the database while it picks (the FOR UPDATE is not rendered).
    """
    session.commit()  # a fresh transaction: on SQLite an older snapshot could not be written from
    now = utcnow()
    free = Message.claimed_at.is_(None) | (Message.lease_expires < now)  # type: ignore[union-attr,operator]
    pick = (
        select(Message.id)
        .where(Message.status == MessageStatus.received, free)
        .order_by(Message.id)  # type: ignore[arg-type]
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    taken = session.execute(
        update(Message)
        .where(Message.id.in_(pick.scalar_subquery()))  # type: ignore[union-attr]
        .values(
            claimed_at=now,
            claimed_by=worker_id(),
            lease_expires=lease.until(settings.lease_seconds, now),
            attempts=Message.attempts + 1,
        )
        .returning(Message.id)
    ).scalar_one_or_none()
    session.commit()
    if taken is None:
        return None
    return session.get(Message, taken, populate_existing=True)


def _renewal(settings: Settings, message_pk: int | None) -> Callable[[], object]:
    """The heartbeat's work: push the lease of our claim forward, in a session of its own."""

    def renew() -> None:
        with db.session(settings.database_url) as session:
            session.execute(
                update(Message)
                .where(
                    Message.id == message_pk,  # type: ignore[arg-type]
                    Message.claimed_by == worker_id(),  # type: ignore[arg-type]
                    Message.status == MessageStatus.received,  # type: ignore[arg-type]
                )
                .values(lease_expires=lease.until(settings.lease_seconds))
            )
            session.commit()

    return renew


def work_one(settings: Settings) -> bool:
    """Process one message if there is one; returns False when the queue is empty."""
    with db.session(settings.database_url) as session:
        message = claim(session, settings)
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
            # The commit is inside the heartbeat: the lease must outlive the transaction that ends the claim.
            with lease.heartbeat(_renewal(settings, message_pk), settings.lease_seconds / 4):
                with time_limit(settings.worker_time_limit):
                    pipeline.process(session, settings, message)
                session.commit()
            log.info(
                "message processed",
                extra={"message_pk": message_pk, "case": message.case_id, "kind": message.kind},
            )
        except Unavailable as exc:  # the organisation's database is down: the message waits, it is not at fault
            _postpone(settings, session, message_pk)
            log.warning("message postponed", extra={"message_pk": message_pk, "error": str(exc)[:300]})
        except (Exception, TimeLimit) as exc:  # bad input, a bug or too slow: set it aside, never block the queue
            if db.connection_lost(exc):
                # Not the message's fault: the transaction was rolled back, so it goes back to the queue. Its
                # attempt stays counted, so a message that somehow always cuts the connection is quarantined.
                _release(settings, session, message_pk)
                log.warning("database connection lost, message released", extra={"message_pk": message_pk})
            else:
                _set_aside(settings, session, message_pk, f"{type(exc).__name__}: {exc}")
                log.exception("message failed", extra={"message_pk": message_pk})
    return True


def _release(settings: Settings, session: Session, message_pk: int | None) -> None:
    """Give our claim back in a fresh session; if the database is still away, the lease runs out instead."""
    try:
        session.rollback()
    except Exception:
        session.invalidate()
    try:
        with db.session(settings.database_url) as fresh:
            fresh.execute(
                update(Message)
                .where(
                    Message.id == message_pk,  # type: ignore[arg-type]
                    Message.claimed_by == worker_id(),  # type: ignore[arg-type]
                    Message.status == MessageStatus.received,  # type: ignore[arg-type]
                )
                .values(claimed_at=None, claimed_by=None, lease_expires=None)
            )
            fresh.commit()
    except DBAPIError:
        log.warning("database still unreachable, the lease will run out", extra={"message_pk": message_pk})


def _postpone(settings: Settings, session: Session, message_pk: int | None) -> None:
    """Keep the claim until send_retry_seconds from now, so the message is taken again then; the attempt is given
    back, as a database that is down says nothing about the message (attempts count what crashes a worker)."""
    session.rollback()
    with db.session(settings.database_url) as fresh:
        fresh.execute(
            update(Message)
            .where(Message.id == message_pk, Message.status == MessageStatus.received)  # type: ignore[arg-type]
            .values(
                attempts=Message.attempts - 1,
                lease_expires=lease.until(settings.send_retry_seconds),
            )
        )
        fresh.commit()


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
    logs.setup(settings.log_format)  # a spawned process starts with no handlers: its lines would be lost
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop (SIGTERM)
    with db.session(settings.database_url) as session:
        release_stale(session, settings)  # expired leases only: a live worker elsewhere keeps what it holds
    from intake.understand import language

    language.warm()  # load the language models now, not while the first requester waits
    while True:
        try:
            busy = work_one(settings)
        except DBAPIError as exc:  # the claim itself met a cut connection: wait and try again, never exit
            if not db.connection_lost(exc):
                raise
            log.warning("database connection lost while claiming, retrying")
            busy = False
        if not busy:
            time.sleep(settings.worker_poll_seconds)
