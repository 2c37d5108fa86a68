"""Webhooks: events of the audit trail posted, signed, to the receivers of `[[webhook]]`, with retries and back-off.

The transactional part is the audit trail itself: every event a receiver can ask for (a case opened, a draft
approved, a case closed or overdue) is an audit row committed in the same transaction as the change it records,
so an event exists exactly when its change does. `collect` turns the rows after a receiver's cursor into one
delivery row per event and receiver, its body fixed once; `deliver` leases due rows like the mail outbox does and
posts them, retrying with back-off. A delivery may be repeated (a sender dying after the receiver answered), so
each carries its event id: a receiver that ignores ids it has seen gets each event exactly once.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from typing import Any, get_type_hints

from sqlalchemy import func, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from intake import audit, lease
from intake.errors import SettingsError
from intake.models import Case, Event, WebhookCursor, WebhookDelivery, WebhookStatus, utcnow
from intake.outbox.send import sender_id
from intake.sections import convert
from intake.settings import Settings

log = logging.getLogger("intake.webhooks")
EVENTS = ("case.opened", "case.overdue", "draft.approved", "case.closed")
CLOSED = ("closed", "withdrawn", "spam")
HEADER = "Intake-Signature"
TIMEOUT = 10.0


@dataclass
class Receiver:
    """One `[[webhook]]` entry: where events go, which ones, and the secret their signature is made with."""

    url: str = ""
    events: list[str] = field(default_factory=lambda: list(EVENTS))
    secret: str = field(default="", repr=False)  # never in a log line or a traceback
    organisation: str = ""  # only the events of this organisation's cases; empty: every organisation's

    @property
    def key(self) -> str:
        return hashlib.sha256(self.url.encode()).hexdigest()


def receivers(settings: Settings) -> list[Receiver]:
    """Every `[[webhook]]` of intake.toml, checked; errors name the entry and the key."""
    entries = settings.tables.get("webhook", [])
    entries = [entries] if isinstance(entries, dict) else entries
    hints = get_type_hints(Receiver)
    found = []
    for index, entry in enumerate(entries if isinstance(entries, list) else [None]):
        where = f"[[webhook]] #{index + 1}"
        if not isinstance(entry, dict):
            raise SettingsError(f"{where}: expected a table with url, events and secret")
        values = {}
        for key, raw in entry.items():
            if key not in {f.name for f in fields(Receiver)}:
                raise SettingsError(f"{where}: unknown key {key!r}")
            values[key] = convert(key, raw, hints[key], where)
        receiver = Receiver(**values)
        if not receiver.url.startswith(("https://", "http://")):
            raise SettingsError(f"{where} url: an http:// or https:// address, got {receiver.url!r}")
        unknown = sorted(set(receiver.events) - set(EVENTS))
        if unknown or not receiver.events:
            raise SettingsError(f"{where} events: choose from {', '.join(EVENTS)}")
        if len(receiver.secret) < 16:
            raise SettingsError(f"{where} secret: at least 16 characters, shared with the receiver")
        if receiver.organisation and receiver.organisation not in settings.organisations:
            raise SettingsError(f"{where} organisation: {receiver.organisation!r} is no [[organisation]] id")
        found.append(receiver)
    if len({r.url for r in found}) != len(found):
        raise SettingsError("[[webhook]]: two entries have the same url; give each its own")
    return found


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """The Intake-Signature header: t=<unix time>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


def _type(event: Event) -> str | None:
    if event.action == "case.status" and (event.detail or {}).get("to") in CLOSED:
        return "case.closed"
    return event.action if event.action in EVENTS and event.action != "case.closed" else None


def _body(session: Session, event: Event, kind: str) -> str:
    """What a receiver learns: the event and the case's reference and state, never a name, an address or a text."""
    case = session.get(Case, event.case_id) if event.case_id else None
    detail = event.detail or {}
    data: dict[str, Any] = {
        "id": f"intake-{event.seq}",
        "type": kind,
        "at": event.at.isoformat(),
        "case": None
        if case is None
        else {
            "reference": case.reference,
            "status": case.status,
            "due": case.due_on.isoformat() if case.due_on else None,
        },
    }
    if kind == "draft.approved":
        data["draft"] = detail.get("draft")
    if kind == "case.closed":
        data["status"] = detail.get("to")
    return json.dumps(data, separators=(",", ":"))


def collect(session: Session, settings: Settings, limit: int = 500) -> int:
    """Turn the audit events after each receiver's cursor into delivery rows; returns how many were made.

    A receiver met for the first time starts at the end of the trail: it gets what happens from then on, not the
    history before it was configured.
    """
    made = 0
    for receiver in receivers(settings):
        cursor = session.get(WebhookCursor, receiver.key)
        if cursor is None:
            top = session.exec(select(func.max(Event.seq))).one() or 0
            session.add(WebhookCursor(receiver=receiver.key, last_seq=top))
            _commit_or_skip(session)
            continue
        rows = session.exec(
            select(Event).where(Event.seq > cursor.last_seq).order_by(Event.seq).limit(limit)  # type: ignore[operator,arg-type]
        ).all()
        for event in rows:
            kind = _type(event)
            if kind in receiver.events and not event.redacted and _concerns(session, receiver, event):
                body = _body(session, event, kind)
                session.add(
                    WebhookDelivery(
                        receiver=receiver.key,
                        event_seq=event.seq or 0,
                        event_id=f"intake-{event.seq}",
                        event_type=kind,
                        body=body,
                    )
                )  # fmt: skip
                made += 1
        if rows:
            cursor.last_seq = rows[-1].seq or cursor.last_seq
            session.add(cursor)
            if not _commit_or_skip(session):
                made = 0  # another sender collected the same events first: its rows stand
    return made


def _concerns(session: Session, receiver: Receiver, event: Event) -> bool:
    """Whether the event is the receiver's: any, or (its `organisation` set) one of that organisation's cases."""
    if not receiver.organisation:
        return True
    case = session.get(Case, event.case_id) if event.case_id else None
    return case is not None and case.organisation == receiver.organisation


def _commit_or_skip(session: Session) -> bool:
    try:
        session.commit()
        return True
    except IntegrityError:
        session.rollback()
        return False


def _take(session: Session, settings: Settings, owner: str) -> WebhookDelivery | None:
    """Lease the oldest due delivery, as the mail outbox does (outbox/send._take): committed before the POST."""
    session.commit()
    now = utcnow()
    due = ((WebhookDelivery.status == WebhookStatus.pending) & (WebhookDelivery.next_attempt_at <= now)) | (
        (WebhookDelivery.status == WebhookStatus.sending) & (WebhookDelivery.lease_expires < now)  # type: ignore[operator]
    )
    pick = select(WebhookDelivery.id).where(due).order_by(WebhookDelivery.id).limit(1).with_for_update(skip_locked=True)  # type: ignore[arg-type]
    taken = session.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.id.in_(pick.scalar_subquery()))  # type: ignore[union-attr]
        .values(
            status=WebhookStatus.sending,
            lease_expires=lease.until(settings.lease_seconds, now),
            attempts=WebhookDelivery.attempts + 1,
        )
        .returning(col(WebhookDelivery.id))
    ).scalar_one_or_none()
    session.commit()
    return None if taken is None else session.get(WebhookDelivery, taken, populate_existing=True)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a receiver that moved says so with a 3xx, which counts as a failure: the body is not re-sent


_opener = urllib.request.build_opener(_NoRedirect)


def post(receiver: Receiver, row: WebhookDelivery, now: float | None = None) -> None:
    """POST one delivery, signed now; raises on anything but a 2xx answer."""
    body = row.body.encode()
    request = urllib.request.Request(
        receiver.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "intake-webhooks",
            HEADER: signature(receiver.secret, int(now or time.time()), body),
            "Intake-Event": row.event_type,
            "Intake-Event-Id": row.event_id,
        },
    )
    with _opener.open(request, timeout=TIMEOUT) as answer:
        if not 200 <= answer.status < 300:
            raise urllib.error.HTTPError(receiver.url, answer.status, "not a 2xx answer", answer.headers, None)


def deliver(session: Session, settings: Settings, limit: int = 50, stop: threading.Event | None = None) -> int:
    """Post the due deliveries; returns how many each receiver accepted. Failures wait, doubling, then give up.
    `stop` set ends the round after the post under way (a stopping service waits one timeout, not fifty)."""
    by_key = {r.key: r for r in receivers(settings)}
    owner, sent = sender_id(), 0
    for _ in range(limit):
        if stop is not None and stop.is_set():
            break
        row = _take(session, settings, owner)
        if row is None:
            break
        receiver = by_key.get(row.receiver)
        try:
            if receiver is None:
                raise LookupError("the receiver is no longer in [[webhook]]")
            post(receiver, row)
        except Exception as exc:  # any failure is retried with back-off, then given up visibly
            error = f"{type(exc).__name__}: {exc}"[:2000]
            gave_up = receiver is None or row.attempts >= settings.send_max_attempts
            row.status = WebhookStatus.failed if gave_up else WebhookStatus.pending
            row.next_attempt_at = utcnow() + timedelta(seconds=settings.send_retry_seconds * 2 ** (row.attempts - 1))
            row.last_error, row.lease_expires = error, None
            session.add(row)
            if gave_up:
                audit.record(session, "webhook.failed", detail={"delivery": row.id, "event": row.event_id})
            log.warning("webhook delivery failed", extra={"delivery": row.id, "attempts": row.attempts})
            session.commit()
            continue
        row.status, row.sent_at, row.lease_expires, row.last_error = WebhookStatus.sent, utcnow(), None, None
        session.add(row)
        session.commit()
        sent += 1
    return sent


def mark_overdue(session: Session, today: date | None = None) -> int:
    """Record `case.overdue` once for each open case past its due date (again after an extension runs out)."""
    today = today or utcnow().date()
    late = session.exec(
        select(Case).where(Case.due_on < today, Case.status.not_in(CLOSED + ("sent",)))  # type: ignore[operator, attr-defined]
    ).all()
    if not late:
        return 0
    seen = session.exec(
        select(Event.case_id, Event.detail).where(
            Event.action == "case.overdue",
            Event.case_id.in_([c.id for c in late]),  # type: ignore[union-attr]
        )
    ).all()
    recorded = {(case_id, (detail or {}).get("due_on")) for case_id, detail in seen}
    marked = 0
    for case in late:
        due = case.due_on.isoformat() if case.due_on else None
        if (case.id, due) not in recorded:
            audit.record(session, "case.overdue", case_id=case.id, detail={"due_on": due})
            marked += 1
    session.commit()
    return marked
