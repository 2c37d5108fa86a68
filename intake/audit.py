"""Append-only audit events, every step taken on a message or a case by whom, chained by hashes at commit.

One global chain, not one per case. A per-case chain cannot show that a whole case's trail was deleted, and
the events of no case (purge runs, digests) would need a chain of their own anyway. The cost of one chain is
that its links must be given in commit order: a transaction's events are numbered (`seq`) and hashed in
`before_commit`, under a transaction-scoped advisory lock on PostgreSQL, so two processes committing at once
take turns for the length of their commits only, never while they work (and the lock holder only updates
its own new rows, so it cannot wait on a row lock of ours: no deadlock). SQLite has one writer at a time and
needs no lock. Retention (intake/fulfil/purge.py) redacts a purged case's events instead of deleting them:
content gone, digest and hashes kept, so the chain still verifies end to end.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event as sa_event
from sqlalchemy import text
from sqlalchemy.orm import SessionTransaction
from sqlmodel import Session, select

from intake.models import Event

# The first half of the advisory lock's key, apart from the budget's (intake/outbox/budget.py) and any other.
_LOCK_SPACE = 7_000_013
_PENDING = "intake.audit.pending"
GENESIS = "0" * 64


def record(
    session: Session,
    action: str,
    *,
    case_id: int | None = None,
    message_id: int | None = None,
    actor: str = "system",
    detail: dict[str, Any] | None = None,
) -> Event:
    """Add an event to the session; it commits with the change it describes, never separately."""
    event = Event(action=action, case_id=case_id, message_id=message_id, actor=actor, detail=detail or {})
    session.add(event)
    session.info.setdefault(_PENDING, []).append(event)
    return event


def trail(session: Session, case_id: int) -> list[Event]:
    """A case's events, oldest first (including those of its messages)."""
    from intake.models import Message

    message_ids = list(session.exec(select(Message.id).where(Message.case_id == case_id)))
    query = select(Event).where((Event.case_id == case_id) | (Event.message_id.in_(message_ids)))  # type: ignore[union-attr]
    return list(session.exec(query.order_by(Event.at, Event.id)))  # type: ignore[arg-type]


def _when(value: datetime) -> str:
    if value.tzinfo is None:  # SQLite hands some drivers' values back naive; they were written as UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def digest_of(event_id: int | None, at: datetime, actor: str, action: str, case_id: int | None,
              message_id: int | None, detail: dict[str, Any]) -> str:  # fmt: skip
    """The hash of an event's content: canonical JSON of every field a person could edit."""
    content = {
        "id": event_id,
        "at": _when(at),
        "actor": actor,
        "action": action,
        "case_id": case_id,
        "message_id": message_id,
        "detail": detail,
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def link(prev_hash: str, digest: str, seq: int) -> str:
    """An event's hash: its place, the previous event's hash and its own digest."""
    return hashlib.sha256(f"{seq}:{prev_hash}:{digest}".encode()).hexdigest()


def _digest(event: Event) -> str:
    return digest_of(event.id, event.at, event.actor, event.action, event.case_id, event.message_id, event.detail)


def _chain(session: Session) -> None:
    """Number and hash the session's new events, in the order they were recorded, after the last committed one."""
    pending = [e for e in session.info.pop(_PENDING, []) if e in session]
    if not pending:
        return
    session.flush()  # ids first: they are part of the content
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:space, 0)"), {"space": _LOCK_SPACE})
    last = conn.execute(text("SELECT seq, hash FROM event WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1")).first()
    seq, prev = (int(last[0]), str(last[1])) if last else (0, GENESIS)
    for event in pending:
        seq += 1
        event.seq, event.prev_hash, event.digest = seq, prev, _digest(event)
        event.hash = prev = link(prev, event.digest, seq)
    session.flush()


@sa_event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    if session.in_nested_transaction():
        # A savepoint's release (a worker's batch, one savepoint a message): its events are numbered when the
        # transaction commits, under the lock taken then; taken now, it would be held for the rest of the batch.
        # Events of a savepoint rolled back leave the session, and _chain passes over them.
        return
    _chain(session)


@sa_event.listens_for(Session, "after_soft_rollback")
def _after_rollback(session: Session, previous: SessionTransaction) -> None:
    if previous.nested:
        # A savepoint rolled back (one message of a batch): its events left the session with it, and _chain passes
        # over them; the events of the transaction's other messages stay pending.
        session.info[_PENDING] = [e for e in session.info.get(_PENDING, []) if e in session]
    else:
        session.info.pop(_PENDING, None)  # rolled back: those events never happened


@dataclass
class Break:
    """Where the trail stops verifying: the event and what is wrong with it."""

    seq: int | None
    event_id: int | None
    problem: str

    def __str__(self) -> str:
        return f"event {self.event_id} (#{self.seq}): {self.problem}"


def verify(session: Session) -> tuple[int, Break | None]:
    """Walk the chain in order: (events checked, the first break or None when the trail is intact)."""
    conn = session.connection()
    checked, expected, prev = 0, 1, GENESIS
    unchained = conn.execute(text("SELECT MIN(id) FROM event WHERE seq IS NULL")).scalar()
    while True:
        rows = conn.execute(
            text(
                "SELECT id, seq, at, actor, action, case_id, message_id, detail, prev_hash, digest, hash, redacted "
                "FROM event WHERE seq >= :s ORDER BY seq LIMIT 5000"
            ),
            {"s": expected},
        ).all()
        if not rows:
            break
        for row in rows:
            checked += 1
            if row.seq != expected:
                return checked, Break(row.seq, row.id, f"event #{expected} is missing (deleted, or the order changed)")
            if row.prev_hash != prev:
                return checked, Break(row.seq, row.id, "the event before it was deleted or replaced, or reordered")
            if not row.redacted:
                detail = json.loads(row.detail) if isinstance(row.detail, str) else row.detail
                at = row.at if isinstance(row.at, datetime) else datetime.fromisoformat(str(row.at))
                found = digest_of(row.id, at, row.actor, row.action, row.case_id, row.message_id, detail)
                if found != row.digest:
                    return checked, Break(row.seq, row.id, "its content was edited")
            if row.hash != link(prev, row.digest or "", row.seq):
                return checked, Break(row.seq, row.id, "its hash or digest was edited")
            prev, expected = row.hash, expected + 1
    if unchained is not None:
        # Committed events always get a place (uncommitted ones are invisible here): one without is an insertion
        # from outside intake.
        return checked, Break(None, int(unchained), "it is outside the chain (inserted by hand?)")
    return checked, None
