"""Durable raw messages: store first, deduplicate, and keep failures visible instead of losing them."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.policy import compat32

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from intake import audit
from intake.models import Message, MessageStatus, utcnow

_MSGID = re.compile(r"<[^<>\s]{1,900}>")

# The PostgreSQL notification channel that wakes idle workers when a message is stored (intake/run/wake.py).
CHANNEL = "intake_message"


@dataclass
class Stored:
    """What `put` did: the message row id, and whether this exact message was already stored."""

    id: int
    duplicate: bool
    message_id: str
    sha256: str
    flags: list[str] = field(default_factory=list)


def message_id_of(raw: bytes, sha256: str) -> str:
    """The Message-ID header in its <...> form, or a deterministic one derived from the hash."""
    try:
        # compat32 never raises on broken headers; we only need one header here.
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:262_144])
        value = str(headers.get("Message-ID", "") or "")
    except Exception:  # a header block so broken the parser gives up: fall back to the hash
        value = ""
    found = _MSGID.search(value.replace("\r", "").replace("\n", ""))
    if found:
        return found.group(0)
    return f"<{sha256}@intake.invalid>"


def put(
    session: Session,
    raw: bytes,
    *,
    mailbox: str,
    source: str,
    envelope_from: str = "",
    envelope_to: str = "",
    flags: tuple[str, ...] = (),
    organisation: str = "default",
) -> Stored:
    """Commit the raw bytes (or find them already stored) before anyone acts on them.

    The identity of a message is (mailbox, Message-ID, SHA-256 of the bytes): a re-delivery or the
    same file ingested twice finds the first copy; a reused Message-ID with other bytes is stored as
    a new message and flagged, because senders do reuse them. `flags` are the source's own findings
    (`oversized`), committed with the row so that no worker can claim the message without them. `organisation`
    is whose mail it is (settings.routes()): the worker processes it with that organisation's Settings only.
    """
    sha = hashlib.sha256(raw).hexdigest()
    mid = message_id_of(raw, sha)
    existing = _find(session, mailbox, mid, sha)
    if existing is not None:
        return Stored(existing.id, True, mid, sha, list(existing.flags))  # type: ignore[arg-type]
    found = list(dict.fromkeys(flags))
    if mid.endswith("@intake.invalid>"):
        found.append("message_id_missing")
    elif session.exec(select(Message.id).where(Message.message_id == mid, Message.sha256 != sha)).first():
        found.append("message_id_reused")
    row = Message(
        mailbox=mailbox[:320],
        source=source,
        message_id=mid,
        sha256=sha,
        raw=raw,
        size=len(raw),
        envelope_from=envelope_from,
        envelope_to=envelope_to,
        organisation=organisation,
        flags=found,
        received_at=utcnow(),
    )
    session.add(row)
    try:
        session.flush()
        audit.record(session, "message.stored", message_id=row.id, detail={"source": source, "size": len(raw)})
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text(f"NOTIFY {CHANNEL}"))  # delivered at commit: an idle worker takes it at once
        session.commit()
    except IntegrityError:
        # Another connection stored the same message between our look-up and insert.
        session.rollback()
        existing = _find(session, mailbox, mid, sha)
        if existing is None:
            raise
        return Stored(existing.id, True, mid, sha, list(existing.flags))  # type: ignore[arg-type]
    return Stored(row.id, False, mid, sha, found)  # type: ignore[arg-type]


def _find(session: Session, mailbox: str, mid: str, sha: str) -> Message | None:
    return session.exec(
        select(Message).where(Message.mailbox == mailbox[:320], Message.message_id == mid, Message.sha256 == sha)
    ).first()


def mark_failed(session: Session, message: Message, error: str, status: str = MessageStatus.failed) -> None:
    """Set a message aside with its error, visible to the DPO, without blocking the queue."""
    message.status = status
    message.error = error[:4000]
    message.processed_at = utcnow()
    message.claimed_at = None
    session.add(message)
    audit.record(
        session, f"message.{status}", message_id=message.id, case_id=message.case_id, detail={"error": error[:500]}
    )


SET_ASIDE = (MessageStatus.failed, MessageStatus.quarantined)


def failures(session: Session) -> list[Message]:
    """Messages set aside for a human (failed or quarantined), oldest first."""
    return list(session.exec(select(Message).where(Message.status.in_(SET_ASIDE)).order_by(Message.id)).all())  # type: ignore[attr-defined,arg-type]


def failure_count(session: Session, organisation: str | None = None) -> int:
    """How many messages are set aside (of one organisation, when given), without reading their bytes."""
    query = select(Message.id).where(Message.status.in_(SET_ASIDE))  # type: ignore[attr-defined]
    if organisation is not None:
        query = query.where(Message.organisation == organisation)
    return len(session.exec(query).all())


def requeue(session: Session, message: Message, actor: str) -> None:
    """Put a failed or quarantined message back in the queue, after whatever made it fail was fixed."""
    from intake.errors import InputError

    if message.status not in SET_ASIDE:
        raise InputError(f"message {message.id}: is {message.status}, only failed or quarantined ones are retried")
    message.status, message.error, message.attempts = MessageStatus.received, None, 0
    message.claimed_at = message.claimed_by = None
    session.add(message)
    audit.record(session, "message.retry", message_id=message.id, actor=actor)
    session.commit()
