"""The budget of automatic mail: per case, per recipient and in all, so that no robot can drive intake into a loop."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from email.utils import parseaddr

from sqlalchemy import func, text
from sqlmodel import Session, select

from intake.models import Case, Outbox, utcnow
from intake.outbox import bounces
from intake.settings import Settings

log = logging.getLogger("intake.outbox")


def _count(session: Session, *where: object) -> int:
    query = select(func.count()).select_from(Outbox).where(Outbox.automatic, Outbox.case_id.is_not(None), *where)  # type: ignore[union-attr,arg-type]
    return int(session.exec(query).one())


def refusal(session: Session, settings: Settings, case: Case, to: str, now: datetime | None = None) -> str | None:
    """Why an automatic mail to `to` about `case` may not leave now, or None when it may.

    Each limit is one sentence the DPO reads on the case. Rows queued earlier in this transaction count too.
    The decision is taken under a lock on the recipient's mailbox (PostgreSQL): see _decide_alone.
    """
    config = settings.policy
    now = now or utcnow()
    _decide_alone(session, to)
    if bounces.hard_bounced(session, to, now - timedelta(days=config.bounce_quiet_days)):
        return f"mail to this address bounced permanently in the last {config.bounce_quiet_days} days"
    # The question to the address on record goes to someone else: counted for that address, not for the case,
    # or a requester naming a person on file would get one answer fewer than one naming nobody (the attack).
    sent_for_case = _count(session, Outbox.case_id == case.id, Outbox.purpose != "confirmation")
    if sent_for_case >= config.automatic_per_case:
        return f"this case has had its {config.automatic_per_case} automatic mails ([policy] automatic_per_case)"
    sent_to = _sent_to(session, to, now - timedelta(days=1))
    for window, limit, key in (
        (timedelta(hours=1), config.automatic_per_recipient_hour, "automatic_per_recipient_hour"),
        (timedelta(days=1), config.automatic_per_recipient_day, "automatic_per_recipient_day"),
    ):
        if sum(1 for at in sent_to if at >= now - window) >= limit:
            return f"{limit} automatic mails went to this address in the last {_span(window)} ([policy] {key})"
    in_hour = _count(session, Outbox.created_at >= now - timedelta(hours=1))
    if in_hour >= config.automatic_per_hour:
        log.warning("automatic mail paused", extra={"last_hour": in_hour, "limit": config.automatic_per_hour})
        return (
            f"automatic mail is paused: {in_hour} automatic mails in the last hour reached the circuit breaker "
            "([policy] automatic_per_hour)"
        )
    return None


# The first half of the advisory lock's two-number key: the budget's own space, apart from any other lock.
_LOCK_SPACE = 0x1B0D6E7


def _decide_alone(session: Session, to: str) -> None:
    """On PostgreSQL, wait for any other transaction deciding on mail to the same mailbox, until it ends.

    The limits are counted, then the mail is inserted: two workers counting at once would each see room for one
    more and both insert. A transaction-scoped advisory lock on the normalised mailbox makes the second count
    wait until the first worker's mail is committed (or rolled back), so it sees it. SQLite needs nothing: it
    has one writer, and a worker's transaction holds it from its first write to its commit. The limits across
    recipients (the hourly circuit breaker) are not serialised: two workers can each pass it by one mail.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(
        text("SELECT pg_advisory_xact_lock(:space, hashtext(:mailbox))"),
        {"space": _LOCK_SPACE, "mailbox": mailbox(to)},
    )


def mailbox(address: str) -> str:
    """One mailbox however it is spelt: letter case, quotes, a +tag and a trailing dot are not told apart."""
    local, _, domain = (parseaddr(address)[1] or address).strip().lower().rpartition("@")
    local = local.strip('"').split("+", 1)[0]
    return f"{local}@{domain.rstrip('.')}"


def _sent_to(session: Session, to: str, since: datetime) -> list[datetime]:
    """When automatic mail went to the mailbox of `to` since `since`, whatever spelling of it was used."""
    key = mailbox(to)
    local, _, domain = key.rpartition("@")
    # A LIKE narrows the rows in the database; the exact comparison of mailboxes is done here.
    pattern = f"%{_like(local)}%@{_like(domain)}%"
    rows = session.exec(
        select(Outbox.rcpt_to, Outbox.created_at).where(
            Outbox.automatic,
            Outbox.created_at >= since,
            func.lower(Outbox.rcpt_to).like(pattern, escape="\\"),
        )
    ).all()
    return [_utc(at) for rcpt, at in rows if mailbox(rcpt) == key]


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)  # SQLite hands back naive times, stored as UTC


def _span(window: timedelta) -> str:
    return "hour" if window <= timedelta(hours=1) else "24 hours"
