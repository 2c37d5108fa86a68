"""The case state machine: which status may follow which, each move an audit event with its actor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import Session

from intake import audit
from intake.errors import TransitionError
from intake.models import Case, CaseStatus, utcnow
from intake.policy import clock

if TYPE_CHECKING:
    from intake.policy.decide import Decision

S = CaseStatus
_OPEN_ENDS = {S.rejected, S.withdrawn, S.spam, S.extended, S.closed}
ALLOWED: dict[str, set[str]] = {
    S.new: {S.acknowledged, S.awaiting_requester, S.verified, S.unverifiable, S.drafted} | _OPEN_ENDS,
    S.acknowledged: {S.awaiting_requester, S.verified, S.unverifiable, S.drafted} | _OPEN_ENDS,
    S.awaiting_requester: {S.acknowledged, S.verified, S.unverifiable, S.drafted, S.closed} | _OPEN_ENDS,
    S.verified: {S.drafted, S.awaiting_requester} | _OPEN_ENDS,
    S.unverifiable: {S.drafted, S.awaiting_requester, S.verified, S.closed} | _OPEN_ENDS,
    S.extended: {S.awaiting_requester, S.verified, S.unverifiable, S.drafted, S.rejected, S.withdrawn, S.closed},
    S.drafted: {S.approved, S.drafted, S.awaiting_requester, S.verified} | _OPEN_ENDS,
    S.approved: {S.sent, S.drafted, S.closed},
    S.sent: {S.closed, S.awaiting_requester, S.drafted},
    S.rejected: {S.approved, S.sent, S.closed},
    S.withdrawn: {S.closed},
    S.spam: {S.closed, S.new},
    S.closed: set(),
}


def can_move(current: str, new: str) -> bool:
    return new in ALLOWED.get(current, set())


def move(session: Session, case: Case, new: str, actor: str = "system", **detail: object) -> None:
    """Change a case's status, or refuse with an error naming the case and both states."""
    if not can_move(case.status, new):
        raise TransitionError(f"{case.reference}: cannot go from {case.status} to {new}")
    old = case.status
    case.status = new
    case.updated_at = utcnow()
    session.add(case)
    audit.record(session, "case.status", case_id=case.id, actor=actor, detail={"from": old, "to": new, **detail})


def advance(session: Session, case: Case, decision: Decision) -> None:
    """Move the case to where the decision leads, pausing or restarting the legal clock."""
    target = decision.status
    if target is None or not decision.answerable:
        return
    if target == CaseStatus.awaiting_requester:
        if case.status != CaseStatus.awaiting_requester:
            move(session, case, CaseStatus.awaiting_requester)
            clock.pause(case)
        return
    verified = bool(case.verification) and case.verification.get("status") == "verified"  # type: ignore[union-attr]
    if verified and case.status != CaseStatus.verified and can_move(case.status, CaseStatus.verified):
        move(session, case, CaseStatus.verified, subject_id=case.subject_id)
    if target == CaseStatus.drafted and can_move(case.status, CaseStatus.drafted):
        move(session, case, CaseStatus.drafted)
