"""The legal clock of a case: stopped while we wait for the requester where the law says so, then restarted."""

from __future__ import annotations

from sqlmodel import Session

from intake import audit
from intake.models import Case, utcnow
from intake.policy import deadline
from intake.settings import Settings


def pause(case: Case) -> None:
    """We now wait for the requester (identity or missing details)."""
    if case.paused_since is None:
        case.paused_since = utcnow()


def resume(session: Session, settings: Settings, case: Case, why: str = "the requester answered") -> None:
    """Count the days we waited and recompute the due date, with its explanation, where the law pauses it."""
    if case.paused_since is None:
        return
    waited = (utcnow() - case.paused_since).days
    case.paused_days += waited
    case.paused_since = None
    config = settings.deadline
    due = deadline.due(case.jurisdiction or config.default_jurisdiction, case.received_at, case.paused_days, config)
    if due.on != case.due_on:
        audit.record(
            session,
            "case.due_changed",
            case_id=case.id,
            detail={"from": str(case.due_on), "due": due.explanation, "why": why},
        )
    case.due_on, case.due_explanation = due.on, due.explanation
    session.add(case)
