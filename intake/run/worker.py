"""The loop that leases stored messages in batches, runs the pipeline on each, commits each batch together."""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, true, update
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, select

from intake import audit, db, lease, logs, pipeline, store
from intake.errors import Unavailable
from intake.models import Message, MessageStatus, utcnow
from intake.run import wake
from intake.run.guard import TimeLimit, die_with_parent, time_limit
from intake.settings import Settings

log = logging.getLogger("intake.worker")


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


def _take(session: Session, settings: Settings, now: datetime, which: ColumnElement[bool], size: int) -> list[int]:
    """Lease up to `size` of the oldest free messages matching `which` to this worker, in one statement.

    On PostgreSQL the pick is FOR UPDATE SKIP LOCKED: a worker that meets rows another is taking skips to the next
    ones instead of losing the race and idling on a backlog. SQLite has one writer, so the UPDATE holds the database
    while it picks (the FOR UPDATE is not rendered).
    """
    free = Message.claimed_at.is_(None) | (Message.lease_expires < now)  # type: ignore[union-attr,operator]
    pick = (
        select(Message.id)
        .where(Message.status == MessageStatus.received, free, which)
        .order_by(Message.id)  # type: ignore[arg-type]
        .limit(size)
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
        .returning(col(Message.id))
    )
    return sorted(taken.scalars())


def claim(session: Session, settings: Settings) -> Message | None:
    """Take the oldest message nobody holds (or whose lease ran out); the lease and attempt are committed first."""
    batch = _claim(session, settings, true(), 1)
    return batch[0] if batch else None


def claim_batch(session: Session, settings: Settings, size: int) -> list[Message]:
    """Take up to `size` messages never tried before, or one alone that was tried before; committed first.

    A message tried before was claimed by a worker that died, hung or lost its batch: perhaps it is what killed
    it. It goes alone, so that its neighbours in that batch are not counted again with it and only it is
    quarantined; the neighbours, tried alone once, go on.
    """
    suspect = _claim(session, settings, Message.attempts > 0, 1)  # type: ignore[arg-type]
    return suspect or _claim(session, settings, Message.attempts == 0, size)  # type: ignore[arg-type]


def _claim(session: Session, settings: Settings, which: ColumnElement[bool], size: int) -> list[Message]:
    session.commit()  # a fresh transaction: on SQLite an older snapshot could not be written from
    taken = _take(session, settings, utcnow(), which, size)
    session.commit()
    if not taken:
        return []
    query = select(Message).where(Message.id.in_(taken)).order_by(Message.id)  # type: ignore[union-attr,arg-type]
    return list(session.exec(query.execution_options(populate_existing=True)).all())


def _renewal(settings: Settings, pks: list[int]) -> Callable[[], object]:
    """The heartbeat's work: push the leases of our claims forward, in a session of its own."""

    def renew() -> None:
        with db.session(settings.database_url) as session:
            session.execute(
                update(Message)
                .where(
                    Message.id.in_(pks),  # type: ignore[union-attr]
                    Message.claimed_by == worker_id(),  # type: ignore[arg-type]
                    Message.status == MessageStatus.received,  # type: ignore[arg-type]
                )
                .values(lease_expires=lease.until(settings.lease_seconds))
            )
            session.commit()

    return renew


def work_one(settings: Settings) -> bool:
    """Process one message if there is one; returns False when the queue is empty."""
    return work_batch(settings, 1) > 0


def work_batch(settings: Settings, size: int | None = None) -> int:
    """Claim up to `size` messages (INTAKE_WORKER_BATCH), process each, commit them together; how many were taken.

    Group commit: one commit (one fsync) for the batch instead of one per message. Each message after the first
    runs in a savepoint of its own, so a failure rolls back that message's work only and sets it aside as if it
    had been alone. The first runs without one (sqlite3 would take a savepoint opening the transaction for all of
    it, and commit at its release); on failure it rolls back the transaction, which holds nothing else yet.
    0: the queue is empty.
    """
    with db.session(settings.database_url) as session:
        batch = claim_batch(session, settings, size or settings.worker_batch)
        if not batch:
            return 0
        pks = [int(m.id) for m in batch]  # type: ignore[arg-type]
        results = Results()
        try:
            # The commit is inside the heartbeat: the leases must outlive the transaction that ends the claims.
            with lease.heartbeat(_renewal(settings, pks), settings.lease_seconds / 4):
                _work(session, settings, batch, results)
                session.commit()
        except (Exception, TimeLimit) as exc:  # the batch's transaction is lost: a cut connection, a failed rollback
            _recover(settings, session, pks, results, exc)
            return len(pks)
        for message in batch:
            if message.id in results.done and message.status == MessageStatus.processed:  # not the quarantined
                extra = {"message_pk": message.id, "case": message.case_id, "kind": message.kind}
                log.info("message processed", extra=extra)
        return len(pks) - len(results.back) - len(results.again)  # a postponed one counts: it is not due again


@dataclass
class Results:
    """What became of a batch's messages in its transaction."""

    done: set[int] = field(default_factory=set)  # processed, or quarantined
    failed: dict[int, str] = field(default_factory=dict)  # set aside, with the error
    back: list[int] = field(default_factory=list)  # given back untried: the batch ran out of time
    again: list[int] = field(default_factory=list)  # given back, attempt counted: a lock conflict with another worker
    later: list[int] = field(default_factory=list)  # the organisation's database is down: taken again later


# How long a batch goes on taking its next message: a claim older than the time limit and 10 s makes the
# supervisor kill the worker, so the last message must start well within that.
BATCH_SECONDS = 5.0
# On SQLite a batch holds the one writer from its first message to its commit, and SMTP's store.put waits for it
# before it may answer 250: short batches there, so that mail keeps being accepted while the worker is busy.
SQLITE_BATCH_SECONDS = 0.5


def _work(session: Session, settings: Settings, batch: list[Message], results: Results) -> None:
    started = time.monotonic()
    seconds = BATCH_SECONDS if lease.on_postgresql(session) else SQLITE_BATCH_SECONDS
    budget = min(seconds, settings.worker_time_limit / 2)
    for n, message in enumerate(batch):
        pk = int(message.id)  # type: ignore[arg-type]
        if n and time.monotonic() - started > budget:
            results.back.extend(int(m.id) for m in batch[n:])  # type: ignore[arg-type]
            break
        if message.attempts > settings.max_attempts:
            # It was claimed max_attempts times and never finished: it kills or stalls the worker.
            error = f"quarantined after {settings.max_attempts} attempts that crashed or stalled the worker"
            store.mark_failed(session, message, error, MessageStatus.quarantined)
            session.flush()
            results.done.add(pk)
            log.warning("message quarantined", extra={"message_pk": pk})
            continue
        outcome = _one(session, settings, message, first=not (results.done or results.failed))
        if outcome is None:
            results.done.add(pk)
        elif outcome is _AGAIN:
            results.again.append(pk)
        elif outcome is _LATER:
            results.later.append(pk)
        else:
            store.mark_failed(session, message, outcome)
            session.flush()
            results.failed[pk] = outcome
    _give_back(session, results.back, counted=False)
    _give_back(session, results.again, counted=True)
    _postpone(session, settings, results.later)


_AGAIN = "again"
_LATER = "later"


def _one(session: Session, settings: Settings, message: Message, first: bool) -> str | None:
    """Run the pipeline on one message; None when it went through, else its work is rolled back and the error.

    A lost connection is not the message's fault: it ends the batch (raised). A deadlock with another worker's
    batch is nobody's: _AGAIN, the message goes back to the queue.
    """
    pk = message.id
    savepoint = None if first else session.begin_nested()
    try:
        with time_limit(settings.worker_time_limit):
            # With its organisation's settings: its letters, records and deadlines, never another's.
            pipeline.process(session, settings.tenant(message.organisation), message)
        if savepoint is None:
            session.flush()
        else:
            savepoint.commit()  # RELEASE SAVEPOINT, after a flush: a bad row fails here, as its own message's
        return None
    except Unavailable as exc:  # the organisation's database is down: the message waits, it is not at fault
        error = _LATER
        log.warning("message postponed", extra={"message_pk": pk, "error": str(exc)[:300]})
    except (Exception, TimeLimit) as exc:  # bad input, a bug or too slow: set it aside, never block the queue
        if db.connection_lost(exc):
            raise
        again = _conflict(exc)
        error = _AGAIN if again else f"{type(exc).__name__}: {exc}"
        if again:
            log.warning("lock conflict with another worker, message given back", extra={"message_pk": pk})
        else:
            log.exception("message failed", extra={"message_pk": pk})
    # Outside the except: a rollback that fails too (a connection cut mid-statement) ends the batch.
    if savepoint is None:
        session.rollback()
    elif savepoint.is_active:
        savepoint.rollback()
    return error


def _conflict(exc: BaseException) -> bool:
    """A deadlock or serialisation failure on PostgreSQL: two batches took the same locks in opposite orders."""
    return isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", None) in {"40P01", "40001"}


def _give_back(session: Session, pks: list[int], counted: bool) -> None:
    """Free our claims on `pks` in the batch's transaction; an untried message's attempt is taken back."""
    if not pks:
        return
    values: dict[str, object] = {"claimed_at": None, "claimed_by": None, "lease_expires": None}
    if not counted:
        values["attempts"] = Message.attempts - 1
    session.execute(
        update(Message)
        .where(Message.id.in_(pks), Message.claimed_by == worker_id(), Message.status == MessageStatus.received)  # type: ignore[union-attr,arg-type]
        .values(**values)
    )


def _postpone(session: Session, settings: Settings, pks: list[int]) -> None:
    """Keep our claims until send_retry_seconds from now, so the messages are taken again then; their attempts are
    given back, as a database that is down says nothing about a message (attempts count what crashes a worker)."""
    if not pks:
        return
    session.execute(
        update(Message)
        .where(Message.id.in_(pks), Message.claimed_by == worker_id(), Message.status == MessageStatus.received)  # type: ignore[union-attr,arg-type]
        .values(attempts=Message.attempts - 1, lease_expires=lease.until(settings.send_retry_seconds))
    )


def _recover(settings: Settings, session: Session, pks: list[int], results: Results, exc: BaseException) -> None:
    """The batch's transaction is lost: set aside its failures again, give the rest back, attempts counted.

    Counted, every message of the batch is tried alone next time (claim_batch): if one of them cuts the
    connection or breaks the transaction each time, it alone ends in quarantine.
    """
    try:
        session.rollback()
    except Exception:
        session.invalidate()
    if db.connection_lost(exc):
        log.warning("database connection lost, batch released", extra={"count": len(pks)})
    else:
        log.error("batch failed, released", exc_info=exc, extra={"count": len(pks)})
    try:
        with db.session(settings.database_url) as fresh:
            for pk, error in results.failed.items():
                failed = fresh.get(Message, pk)
                if failed is not None:
                    store.mark_failed(fresh, failed, error)
            _give_back(fresh, [pk for pk in pks if pk not in results.failed], counted=True)
            fresh.commit()
    except DBAPIError:
        log.warning("database still unreachable, the leases will run out", extra={"count": len(pks)})


def drain(settings: Settings, limit: int | None = None) -> int:
    """Process messages until the queue is empty (or `limit` were taken); returns how many."""
    done = 0
    while limit is None or done < limit:
        size = settings.worker_batch if limit is None else min(settings.worker_batch, limit - done)
        taken = work_batch(settings, size)
        if not taken:
            break
        done += taken
    return done


def main(settings: Settings, parent: int | None = None) -> None:
    """Entry point of the worker process started by `intake run` (whose pid is `parent`)."""
    if parent is not None:
        die_with_parent(parent)
    logs.setup(settings.log_format)  # a spawned process starts with no handlers: its lines would be lost
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop (SIGTERM)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherited the parent's, which only sets a flag
    db.forget_inherited()  # a forked worker must not share the parent's pooled connections
    from intake.understand import language

    # The language models load beside the loop, not before it: a message takes the lock of a model it needs
    # and waits only for that one, while the queue is being claimed and the rest of the start goes on.
    language.keep_models_in(settings.var_path / "cache")
    threading.Thread(target=language.warm, name="warm-models", daemon=True).start()
    with db.session(settings.database_url) as session:
        release_stale(session, settings)  # expired leases only: a live worker elsewhere keeps what it holds
    idle = wake.Wake(settings.database_url)
    while True:
        try:
            with language.working():
                busy = work_batch(settings) > 0
        except DBAPIError as exc:  # the claim itself met a cut connection: wait and try again, never exit
            if not db.connection_lost(exc):
                raise
            log.warning("database connection lost while claiming, retrying")
            busy = False
        if not busy:
            idle.wait(settings.worker_poll_seconds)
