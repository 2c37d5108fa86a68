"""The outbox: compose replies, sign their Message-IDs, queue them, and deliver them with retries."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate

from sqlalchemy import update
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, select

from intake import audit, db, lease
from intake.fulfil import SUPPLIES
from intake.models import Case, Outbox, OutboxStatus, utcnow
from intake.outbox import redact, signature, transports
from intake.outbox.transports import Transport
from intake.settings import Settings
from intake.sources import imap

log = logging.getLogger("intake.outbox")

_MSG_ID = re.compile(r"<[^<>\s\"\\]{1,500}@[^<>\s\"\\]{1,250}>")


def _domain(address: str) -> str:
    return address.rpartition("@")[2] or "localhost"


def _mac(settings: Settings, token: str) -> str:
    return hmac.new(settings.server_secret(), token.encode(), hashlib.sha256).hexdigest()[:20]


def signed_message_id(settings: Settings, reference: str) -> str:
    """A fresh Message-ID that carries the case reference and an HMAC only this server can make.

    A reply whose In-Reply-To carries such an ID belongs to that case; a guessed or altered ID fails
    the HMAC check, so nobody can attach mail to someone else's case by inventing headers.
    """
    nonce = secrets.token_hex(6)
    token = f"{reference}.{nonce}"
    return f"<{token}.{_mac(settings, token)}@{_domain(settings.reply_from)}>"


def reference_from_message_id(settings: Settings, message_id: str) -> str | None:
    """The case reference inside one of our signed Message-IDs, or None if it is not ours or was altered."""
    local = message_id.strip().strip("<>").partition("@")[0]
    token, _, mac = local.rpartition(".")
    if not token.startswith("DPO-") or not mac:
        return None
    if hmac.compare_digest(mac, _mac(settings, token)):
        return token.rpartition(".")[0]
    return None


@dataclass
class Outgoing:
    """A reply ready to be put in the outbox."""

    purpose: str
    to: str
    subject: str
    text: str
    language: str = "en"
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    automatic: bool = True  # Auto-Submitted: auto-replied (acknowledgements, clarifications)
    html: str | None = None  # an alternative HTML part (escaped text), if any
    # Files the mail carries, as (filename, content type, bytes): the data an approved access reply discloses.
    attachments: tuple[tuple[str, str, bytes], ...] = ()


def compose(settings: Settings, out: Outgoing, message_id: str) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr((f"{settings.organisation} Data Protection Officer", settings.reply_from))
    msg["To"] = out.to
    msg["Subject"] = out.subject
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = message_id
    # Only ids shaped like ids are echoed: a requester's Message-ID is data they chose (encoded words, spaces...).
    if _MSG_ID.fullmatch(out.in_reply_to):
        msg["In-Reply-To"] = out.in_reply_to
        refs = [r for r in out.references if r != out.in_reply_to and _MSG_ID.fullmatch(r)][-10:]
        msg["References"] = " ".join([*refs, out.in_reply_to])
    if out.automatic:
        # RFC 3834: mark automatic mail, and ask Exchange-style responders not to answer it. A reply to a message is
        # auto-replied; a message nobody wrote to us first (the question to the address on record) is auto-generated.
        msg["Auto-Submitted"] = "auto-replied" if out.in_reply_to else "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(out.text)
    if out.html:
        # The plain text is the letter; the HTML part is the same words, escaped, for clients that prefer it.
        msg.add_alternative(out.html, subtype="html")
    for filename, content_type, data in out.attachments:
        maintype, _, subtype = content_type.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    # Last, because set_content and add_alternative rewrite the Content-* headers.
    msg["Content-Language"] = out.language
    return msg


def enqueue(session: Session, settings: Settings, case: Case, out: Outgoing, held: bool = False) -> Outbox:
    """Add a reply to the outbox in the caller's transaction: it leaves only if the case change commits."""
    message_id = signed_message_id(settings, case.reference)
    raw = signature.signed(settings, compose(settings, out, message_id))  # signed once: retries send these bytes
    row = Outbox(
        case_id=case.id,
        purpose=out.purpose,
        automatic=out.automatic,
        message_id=message_id,
        mail_from=settings.reply_from,
        rcpt_to=out.to,
        subject=out.subject,
        raw=raw,
        status=OutboxStatus.held if held else OutboxStatus.pending,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        "outbox.queued" if not held else "outbox.held",
        case_id=case.id,
        detail={"outbox_id": row.id, "purpose": out.purpose, "message_id": message_id},
    )
    return row


def _mark_case_sent(session: Session, row: Outbox) -> None:
    """An approved case becomes `sent` once the last of its approved replies has left."""
    from intake.models import CaseStatus
    from intake.policy import lifecycle

    # Locked (on PostgreSQL) so that two senders finishing the case's last two rows at once take turns: each
    # would otherwise still see the other's row `sending` and neither would move the case.
    case = session.get(Case, row.case_id, with_for_update=True, populate_existing=True) if row.case_id else None
    if case is None or case.status != CaseStatus.approved:
        return
    left = session.exec(
        select(Outbox.id).where(
            Outbox.case_id == case.id,
            Outbox.status.in_([OutboxStatus.pending, OutboxStatus.sending]),  # type: ignore[attr-defined]
        )
    ).first()
    if left is None:
        lifecycle.move(session, case, CaseStatus.sent)


def sender_id() -> str:
    """How a delivery lease names its sender: host, process and a token, unique even where pids repeat."""
    return f"{socket.gethostname()}:{os.getpid()}:{_TOKEN}"


_TOKEN = secrets.token_hex(4)


def _take(session: Session, settings: Settings, owner: str) -> Outbox | None:
    """Lease the oldest due row to `owner`, committed before anyone talks to the relay; None when none is due.

    Due: pending and its time has come, or `sending` under a lease that ran out (its sender died mid-send; the
    same bytes, the same Message-ID, go again: at-least-once, visible at the relay). On PostgreSQL the pick is
    FOR UPDATE SKIP LOCKED, so two senders never take one row and neither waits for the other; SQLite has one
    writer, and the single UPDATE holds it while it picks.
    """
    session.commit()  # a fresh transaction (and the caller's work so far kept, as deliveries always did)
    now = utcnow()
    due = ((Outbox.status == OutboxStatus.pending) & (Outbox.next_attempt_at <= now)) | (
        (Outbox.status == OutboxStatus.sending) & (Outbox.lease_expires < now)  # type: ignore[operator]
    )
    pick = select(Outbox.id).where(due).order_by(Outbox.id).limit(1).with_for_update(skip_locked=True)  # type: ignore[arg-type]
    taken = session.execute(
        update(Outbox)
        .where(Outbox.id.in_(pick.scalar_subquery()))  # type: ignore[union-attr]
        .values(
            status=OutboxStatus.sending,
            lease_owner=owner,
            lease_expires=lease.until(settings.lease_seconds, now),
            attempts=Outbox.attempts + 1,
        )
        .returning(col(Outbox.id))
    ).scalar_one_or_none()
    session.commit()
    return None if taken is None else session.get(Outbox, taken, populate_existing=True)


def _finish(session: Session, row: Outbox, owner: str, **values: object) -> bool:
    """End our lease on `row` with `values`; False when it ran out and another sender took the row meanwhile."""
    result = session.execute(
        update(Outbox)
        .where(Outbox.id == row.id, Outbox.status == OutboxStatus.sending, Outbox.lease_owner == owner)  # type: ignore[arg-type]
        .values(lease_owner=None, lease_expires=None, **values)
    )
    return result.rowcount == 1  # type: ignore[attr-defined]


def _renewal(settings: Settings, row_id: int | None, owner: str) -> Callable[[], object]:
    def renew() -> None:
        with db.session(settings.database_url) as session:
            session.execute(
                update(Outbox)
                .where(Outbox.id == row_id, Outbox.lease_owner == owner)  # type: ignore[arg-type]
                .values(lease_expires=lease.until(settings.lease_seconds))
            )
            session.commit()

    return renew


def deliver_due(session: Session, settings: Settings, transport: Transport, limit: int = 50) -> int:
    """Deliver pending outbox rows whose time has come; returns how many were sent.

    Each row is leased first (status `sending`, attempts+1, committed before we talk to the relay), so one
    sender delivers it, and a crash mid-delivery delays the message instead of losing it or looping on it.
    """
    try:
        return _deliver_round(session, settings, transport, limit)
    finally:
        transports.close(transport)  # a kept relay connection lasts one round: an idle one would time out anyway


def _deliver_round(session: Session, settings: Settings, transport: Transport, limit: int) -> int:
    owner = sender_id()
    sent = 0
    for _ in range(limit):
        row = _take(session, settings, owner)
        if row is None:
            break
        if row.attempts > settings.send_max_attempts:
            # Taken over from senders that died mid-send this often: give up visibly rather than loop.
            error = f"the sender stopped during delivery {row.attempts - 1} times"
            if _finish(session, row, owner, status=OutboxStatus.failed, last_error=error):
                detail = {"outbox_id": row.id, "error": error}
                audit.record(session, "outbox.failed", case_id=row.case_id, detail=detail)
            session.commit()
            continue
        try:
            with lease.heartbeat(_renewal(settings, row.id, owner), settings.lease_seconds / 4):
                transport.deliver(row)
        except Exception as exc:  # any transport failure is retried with back-off, then given up visibly
            error = f"{type(exc).__name__}: {exc}"[:2000]
            retry_at = utcnow() + timedelta(seconds=settings.send_retry_seconds * 2 ** (row.attempts - 1))
            gave_up = row.attempts >= settings.send_max_attempts
            status = OutboxStatus.failed if gave_up else OutboxStatus.pending
            if _finish(session, row, owner, status=status, last_error=error, next_attempt_at=retry_at) and gave_up:
                audit.record(
                    session, "outbox.failed", case_id=row.case_id, detail={"outbox_id": row.id, "error": error}
                )
            session.commit()
            continue
        if not _settled(session, row, owner):
            continue
        imap.file_sent(settings, row)  # a copy in the mailbox's Sent folder, when one is configured
        sent += 1
    return sent


# A mail the relay accepted must be recorded as sent even if the database connection drops at that moment: left
# `sending`, its lease would run out and the same mail would go a second time. A few quick tries on a fresh
# connection, well inside the lease, before giving up to that at-least-once path.
SETTLE_TRIES = 5


def _settled(session: Session, row: Outbox, owner: str) -> bool:
    """Record a delivered row as sent, retrying on a lost connection; False when another sender took it over."""
    row_id = row.id
    for attempt in range(SETTLE_TRIES):
        try:
            return _settle(session, session.get(Outbox, row_id) or row, owner)
        except DBAPIError as exc:
            if not db.connection_lost(exc) or attempt == SETTLE_TRIES - 1:
                raise
            log.warning("database connection lost after delivery, recording again", extra={"outbox_id": row_id})
            try:
                session.rollback()
            except DBAPIError:
                session.invalidate()
            time.sleep(0.2 * 2**attempt)
    return False


def _settle(session: Session, row: Outbox, owner: str) -> bool:
    """End the lease of a delivered row as `sent`, mark its case, audit; False when our lease had run out."""
    if not _finish(session, row, owner, status=OutboxStatus.sent, sent_at=utcnow()):
        # Our lease ran out mid-delivery and another sender took the row: it goes twice, and this says so.
        log.warning("delivery lease lost during delivery", extra={"outbox_id": row.id})
        session.commit()
        return False
    session.refresh(row)
    if row.purpose == "confirmation":
        # The question's code was for the address on record only: the copy we keep no longer holds it.
        row.raw = redact.one_time_codes(row.raw)
        session.add(row)
    elif "attachment" in SUPPLIES.get(row.purpose, ()) or b"/download/" in row.raw:
        # The link was for the requester: in the copy we keep, its token would open the export to any reader.
        # (By purpose too: a letter in another script travels base64-encoded, its link not readable in the bytes.)
        row.raw = redact.download_tokens(row.raw)
        session.add(row)
    # The case row is locked before the event that names it is inserted: the insert's foreign-key check takes
    # a share lock on it, and two senders each holding that share lock while asking for the update lock
    # deadlock (they did on PostgreSQL once the audit chain made commits take turns).
    _mark_case_sent(session, row)
    audit.record(session, "outbox.sent", case_id=row.case_id, detail={"outbox_id": row.id, "purpose": row.purpose})
    session.commit()
    return True
