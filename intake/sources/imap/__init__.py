"""IMAP as a source: watch mailboxes with IDLE (or polling) and store every message exactly once.

config.py reads the [imap] and [[mailbox]] settings and connects; lease.py holds the sync state and the
one-watcher-per-mailbox lock; wire.py speaks IMAP on imaplib; watcher.py keeps one folder in sync. The entry
points for the service, the sender and the CLI are here.
"""

from __future__ import annotations

import imaplib
import logging
import threading
import time
from datetime import datetime

from sqlmodel import select

from intake import db
from intake.models import Case, Message, Outbox
from intake.settings import Settings
from intake.sources.imap.config import ImapConfig, Mailbox, _close, check_since, describe, mailbox_from, mailboxes
from intake.sources.imap.lease import ImapState, LeaseLost, acquire, owner_id, release
from intake.sources.imap.watcher import Batch, Watcher
from intake.sources.imap.wire import _ok, _quote

__all__ = [
    "Batch",
    "ImapConfig",
    "ImapState",
    "LeaseLost",
    "Mailbox",
    "Watcher",
    "acquire",
    "check_since",
    "describe",
    "file_sent",
    "join",
    "mailbox_from",
    "mailboxes",
    "owner_id",
    "release",
    "start",
]

log = logging.getLogger("intake.imap")


def start(settings: Settings, stop: threading.Event, since: str | None = None) -> list[Watcher]:
    """One watcher thread per configured mailbox (none when IMAP is not configured)."""
    if since is not None:
        check_since(since, "--since")
    watchers = [Watcher(settings, m, stop, since=since) for m in mailboxes(settings)]
    for watcher in watchers:
        watcher.start()
        log.info("watching mailbox", extra={"mailbox": watcher.mailbox.label})
    return watchers


def join(watchers: list[Watcher], timeout: float = 10) -> None:
    """Wait for the watchers to finish after `stop` was set (each ends its IDLE within a second)."""
    deadline = time.monotonic() + timeout
    for watcher in watchers:
        watcher.join(max(0.0, deadline - time.monotonic()))


def file_sent(settings: Settings, row: Outbox) -> None:
    """Copy a sent reply into the Sent folder of the mailbox its case came from (APPEND), when configured.

    Called by the sender after a successful delivery; a failure here is logged, never un-sends the reply.
    """
    try:
        targets = [m for m in mailboxes(settings) if m.config.sent_folder]
    except Exception:  # a configuration error is reported by the watchers already
        return
    if settings.multi:
        # Only a mailbox of the reply's organisation: another's Sent folder must never hold it.
        with db.session(settings.database_url) as session:
            case = session.get(Case, row.case_id) if row.case_id is not None else None
        targets = [m for m in targets if case is not None and m.config.organisation == case.organisation]
    if not targets:
        return
    target = targets[0]
    if len(targets) > 1 and row.case_id is not None:
        with db.session(settings.database_url) as session:
            labels = session.exec(select(Message.mailbox).where(Message.case_id == row.case_id)).all()
        target = next((m for m in targets if m.label in labels), target)
    try:
        box = target.connect()
        try:
            when = datetime.now().astimezone()
            _ok(
                box.client.append(
                    _quote(target.config.sent_folder), "(\\Seen)", imaplib.Time2Internaldate(when), row.raw
                ),
                "APPEND",
            )
        finally:
            _close(box)
    except Exception as exc:
        log.warning(f"could not copy the reply into the Sent folder: {describe(target, exc)}", extra={"outbox": row.id})
