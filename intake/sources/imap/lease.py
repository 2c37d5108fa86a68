"""The lock and the sync state: one ImapState row per folder, leased by a conditional UPDATE."""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime, timedelta

from sqlalchemy import BigInteger, Column, Text, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, Session, SQLModel, select

from intake.models import utcnow


class ImapState(SQLModel, table=True):
    """Where the watcher of one mailbox folder stands: UIDVALIDITY, last stored UID, and who holds its lock."""

    __tablename__ = "imap_state"

    label: str = Field(primary_key=True, max_length=320)
    # UIDVALIDITY and UIDs are unsigned 32-bit numbers: BIGINT, because PostgreSQL's INTEGER is signed.
    uidvalidity: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    last_uid: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    stored: int = 0  # messages this folder has contributed (not counting duplicates)
    lock_owner: str | None = Field(default=None, max_length=200)
    lock_expires: datetime | None = None
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    updated_at: datetime = Field(default_factory=utcnow)


def owner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _owner_dead(owner: str | None) -> bool:
    """True when the lock holder was a process on this host that no longer exists (killed, crashed)."""
    parts = (owner or "").split(":")
    if len(parts) != 3 or parts[0] != socket.gethostname() or not parts[1].isdigit():
        return False
    if int(parts[1]) == os.getpid():
        return False
    try:
        os.kill(int(parts[1]), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _ensure_row(session: Session, label: str) -> None:
    if session.get(ImapState, label) is None:
        session.add(ImapState(label=label))
        try:
            session.commit()
        except IntegrityError:  # another process created it first: fine
            session.rollback()


def acquire(session: Session, label: str, owner: str, seconds: float) -> bool:
    """Take or renew the lease on a mailbox; True when we hold it. The conditional UPDATE is the lock."""
    _ensure_row(session, label)
    now = utcnow()
    current = session.exec(select(ImapState.lock_owner).where(ImapState.label == label)).first()
    free = (
        (ImapState.lock_owner.is_(None))  # type: ignore[union-attr]
        | (ImapState.lock_owner == owner)
        | (ImapState.lock_expires < now)  # type: ignore[operator]
    )
    if current and current != owner and _owner_dead(current):
        free = free | (ImapState.lock_owner == current)
    result = session.exec(
        update(ImapState)
        .where(ImapState.label == label, free)  # type: ignore[arg-type]
        .values(lock_owner=owner, lock_expires=now + timedelta(seconds=seconds))
    )
    session.commit()
    return result.rowcount == 1


def release(session: Session, label: str, owner: str) -> None:
    session.exec(
        update(ImapState)
        .where(ImapState.label == label, ImapState.lock_owner == owner)  # type: ignore[arg-type]
        .values(lock_owner=None, lock_expires=None)
    )
    session.commit()


class LeaseLost(Exception):
    """Another watcher took this mailbox over (we stalled past the lease): stop touching it."""
