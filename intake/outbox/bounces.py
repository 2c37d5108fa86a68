"""Bounces of our own mail: read the DSN or NDR, find our outbox row by its Message-ID, mark it and its case."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes
from email.message import Message as MIMEMessage
from email.parser import HeaderParser
from email.policy import compat32
from email.utils import parseaddr

from flufl.bounce import all_failures
from sqlmodel import Session, select

from intake import audit
from intake.models import Case, Event, Message, Outbox, OutboxStatus
from intake.outbox.send import reference_from_message_id
from intake.settings import Settings
from intake.understand import ParsedEmail

log = logging.getLogger("intake.bounces")

FLAG = "reply_bounced"
BOUNCED = "outbox.bounced"
DELAYED = "outbox.delayed"
REPORTED = "outbox.reported"  # a DSN that says nothing failed ("delivered", "relayed", "expanded")
MAX_CANDIDATES = 50  # Message-IDs tried per bounce: a real one quotes one message, a hostile one could quote thousands
_MESSAGE_ID_LINE = re.compile(r"^[ \t>]*Message-ID:[ \t]*(<[^<>\s]{3,900}>)", re.I | re.M)
_SPACES = re.compile(r"[\s\x00-\x1f\x7f]+")  # folded lines and control characters: one space


@dataclass
class Report:
    """What a bounce says about one of our messages: did it fail, for good, and the remote server's words."""

    failed: bool  # not delivered
    permanent: bool  # the address itself was refused (5.x.x): writing to it again soon is pointless
    status: str = ""  # the DSN status code, e.g. 5.1.1
    diagnostic: str = ""
    delayed: bool = False  # a warning only: the relay still tries

    @property
    def action(self) -> str:
        """The audit event that records this report."""
        return BOUNCED if self.failed else DELAYED if self.delayed else REPORTED

    @property
    def summary(self) -> str:
        what = "permanent failure" if self.permanent else "failure" if self.failed else "delivery delayed"
        what = what if self.failed or self.delayed else "nothing failed"
        return what + (f" {self.status}" if self.status else "") + (f": {self.diagnostic}" if self.diagnostic else "")


def link(session: Session, settings: Settings, message: Message, parsed: ParsedEmail) -> Outbox | None:
    """Tie a bounce to the outbox row it reports on, in the caller's transaction; None when it is not of our mail.

    A failure marks the row `bounced`, flags its case `reply_bounced` (the review queue puts it first) and
    attaches the bounce to the case; a delay warning is only attached. Nothing is ever sent in answer.
    """
    mime = message_from_bytes(message.raw, policy=compat32)
    if mime.get_param("report-type", "", header="content-type") == "disposition-notification":
        return None  # a read receipt quotes our Message-ID too, but it says the mail arrived
    row = _our_row(session, settings, _candidates(mime, parsed))
    if row is None:
        return None
    case = session.get(Case, row.case_id) if row.case_id else None
    if case is not None and case.organisation != settings.organisation_id:
        return None  # another organisation's mail: this one's DPO must not see it tied to that case
    report = read(mime, row.rcpt_to)
    of = f"our {row.purpose}" + (f" in {case.reference}" if case else "") + f" (outbox {row.id})"
    message.case_id = row.case_id
    detail = {"outbox_id": row.id, "purpose": row.purpose, "permanent": report.permanent, "status": report.status}
    if report.failed:
        row.status = OutboxStatus.bounced
        row.last_error = f"bounced: {report.summary}"[:2000]
        session.add(row)
        if case is not None:
            case.flags = sorted({*case.flags, FLAG})
            session.add(case)
        message.reason = f"bounce of {of}: {report.summary[:300]}; the DPO must reach the requester another way"
    else:
        message.reason = f"delivery report on {of}: {report.summary[:300]}; the row stays {row.status}"
    audit.record(session, report.action, case_id=row.case_id, message_id=message.id, detail=detail)
    log.info(
        "bounce linked",
        extra={"outbox_id": row.id, "case_id": row.case_id, "message_id": message.id, "failed": report.failed},
    )
    return row


def hard_bounced(session: Session, address: str, since: datetime) -> bool:
    """True when mail we sent to `address` (any case of letters) failed permanently at or after `since`."""
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)  # the database holds UTC; a naive time is taken to be UTC too
    wanted = parseaddr(address)[1].lower() or address.strip().lower()
    events = session.exec(select(Event).where(Event.action == BOUNCED, Event.at >= since)).all()
    ids = {e.detail.get("outbox_id") for e in events if e.detail.get("permanent")} - {None}
    if not ids:
        return False
    rows = session.exec(select(Outbox).where(Outbox.id.in_(ids))).all()  # type: ignore[union-attr]
    return any(parseaddr(row.rcpt_to)[1].lower() == wanted for row in rows)


def read(mime: MIMEMessage, recipient: str) -> Report:
    """What the bounce says about `recipient`, the one address our outbox row was sent to."""
    try:
        temporary, permanent = all_failures(mime)
    except Exception as exc:  # a detector tripping over a malformed bounce must not lose the bounce itself
        # The type only: an exception's text may quote the bounce, and with it an address.
        log.warning("bounce unreadable by flufl.bounce", extra={"error": type(exc).__name__})
        temporary, permanent = frozenset(), frozenset()
    temporary_set = {a.decode("ascii", "replace").lower() for a in temporary}
    permanent_set = {a.decode("ascii", "replace").lower() for a in permanent}
    blocks = _dsn_blocks(mime)
    who = parseaddr(recipient)[1].lower()
    # The report's own line for our recipient, else its first failure: a forwarding address may stand in for ours.
    block = blocks.get(who) or next((b for b in blocks.values() if b["action"].startswith(("fail", "error"))), {})
    block = block or next((b for b in blocks.values() if b["action"].startswith("delayed")), {})
    status, diagnostic = block.get("status", ""), block.get("diagnostic", "")
    if who in permanent_set or (permanent_set and who not in temporary_set):
        # RFC 3464 gives up with "failed" on a 4.x.x too (the queue expired): undelivered, but the address may work.
        return Report(True, not status.startswith("4"), status, diagnostic)
    if temporary_set:
        return Report(False, False, status, diagnostic, delayed=True)
    if blocks:
        return Report(False, False, status)  # e.g. "delivered" or "relayed" reports
    # A bounce no detector reads but that returns our message: undelivered, for a reason we cannot tell.
    return Report(True, False, "", "a bounce in a format intake cannot read; see the message")


def _dsn_blocks(mime: MIMEMessage) -> dict[str, dict[str, str]]:
    """The per-recipient fields of an RFC 3464 delivery-status part, by lower-cased recipient."""
    out: dict[str, dict[str, str]] = {}
    for part in mime.walk():
        if part.get_content_type() != "message/delivery-status" or not part.is_multipart():
            continue
        for block in part.get_payload():
            if not isinstance(block, MIMEMessage):  # a malformed report: text where header blocks belong
                continue
            who = str(block.get("original-recipient") or block.get("final-recipient") or "").partition(";")[2]
            if not who.strip():
                continue
            out.setdefault(
                parseaddr(who)[1].lower(),
                {
                    "action": str(block.get("action", "")).strip().lower(),
                    "status": str(block.get("status", "")).strip()[:16],
                    "diagnostic": _clean(str(block.get("diagnostic-code", "")).partition(";")[2])[:500],
                },
            )
    return out


def _candidates(mime: MIMEMessage, parsed: ParsedEmail) -> list[str]:
    """The Message-IDs the bounce says it returns: the returned message's own, else any the bounce quotes."""
    returned = []
    for part in mime.walk():
        kind = part.get_content_type()
        if kind == "message/rfc822" and part.is_multipart():
            inner = part.get_payload(0)
            if isinstance(inner, MIMEMessage):
                returned.append(str(inner.get("Message-ID", "")))
        elif kind == "text/rfc822-headers":
            headers = HeaderParser(policy=compat32).parsestr(_text(part))
            returned.append(str(headers.get("Message-ID", "")))
    found = [m.strip() for m in returned if m.strip()]
    if found:
        # The returned message names itself: a bounce of someone else's mail that merely cites ours is not ours.
        return found[:MAX_CANDIDATES]
    quoted = []
    for part in mime.walk():
        if part.get_content_maintype() == "text":
            quoted += _MESSAGE_ID_LINE.findall(_text(part))  # Exim and others paste the returned headers as text
    return [m for m in [*quoted, parsed.in_reply_to, *parsed.references] if m][:MAX_CANDIDATES]


def _our_row(session: Session, settings: Settings, candidates: list[str]) -> Outbox | None:
    """The outbox row one of these Message-IDs names, if we made that ID (its HMAC holds for its case)."""
    for mid in candidates:
        row = session.exec(select(Outbox).where(Outbox.message_id == mid)).first()
        if row is None:
            continue
        case = session.get(Case, row.case_id) if row.case_id else None
        if case is None or reference_from_message_id(settings, mid) == case.reference:
            return row
    return None


def _text(part: MIMEMessage) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    try:
        return payload[:1_000_000].decode(part.get_content_charset() or "utf-8", "replace")
    except LookupError:  # a charset Python does not know: the Message-ID is ASCII anyway
        return payload[:1_000_000].decode("utf-8", "replace")


def _clean(value: str) -> str:
    return _SPACES.sub(" ", value).strip()
