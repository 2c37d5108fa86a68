"""The budget of automatic mail: per case, per recipient and in all, so that no robot can drive intake into a loop."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import func
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

    Each limit is one sentence the DPO reads on the case. Rows queued in this transaction count too, so an
    acknowledgement and a clarification queued for one message are counted as two.
    """
    config = settings.policy
    now = now or utcnow()
    if bounces.hard_bounced(session, to, now - timedelta(days=config.bounce_quiet_days)):
        return f"mail to this address bounced permanently in the last {config.bounce_quiet_days} days"
    sent_for_case = _count(session, Outbox.case_id == case.id)
    if sent_for_case >= config.automatic_per_case:
        return f"this case has had its {config.automatic_per_case} automatic mails ([policy] automatic_per_case)"
    address = func.lower(Outbox.rcpt_to) == to.strip().lower()
    for window, limit, key in (
        (timedelta(hours=1), config.automatic_per_recipient_hour, "automatic_per_recipient_hour"),
        (timedelta(days=1), config.automatic_per_recipient_day, "automatic_per_recipient_day"),
    ):
        if _count(session, address, Outbox.created_at >= now - window) >= limit:
            return f"{limit} automatic mails went to this address in the last {_span(window)} ([policy] {key})"
    in_hour = _count(session, Outbox.created_at >= now - timedelta(hours=1))
    if in_hour >= config.automatic_per_hour:
        log.warning("automatic mail paused", extra={"last_hour": in_hour, "limit": config.automatic_per_hour})
        return (
            f"automatic mail is paused: {in_hour} automatic mails in the last hour reached the circuit breaker "
            "([policy] automatic_per_hour)"
        )
    return None


def _span(window: timedelta) -> str:
    return "hour" if window <= timedelta(hours=1) else "24 hours"
