"""Legal holds: the DPO keeps a subject's record from erasure and purge, with a reason and an end date or none."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from intake import audit
from intake.errors import InputError, NotFound
from intake.identity.records.tables import Hold
from intake.models import utcnow


def place(session: Session, subject_id: str, reason: str, actor: str, until: date | None = None) -> Hold:
    """Hold a subject's record; the DPO's reason is kept for the register, never sent to the subject."""
    if not reason.strip():
        raise InputError("--reason: say why the record must be kept (a claim, an investigation, a court order...)")
    if until is not None and until < utcnow().date():
        raise InputError(f"--until {until.isoformat()}: that day has passed; give a later date or none")
    hold = Hold(subject_id=subject_id, reason=reason.strip(), until=until, created_by=actor)
    session.add(hold)
    session.flush()
    # The subject id and dates only: the reason may itself be sensitive, and it is on the hold row.
    detail = {"hold": hold.id, "subject": subject_id, "until": until.isoformat() if until else None}
    audit.record(session, "hold.placed", actor=actor, detail=detail)
    session.commit()
    return hold


def release(session: Session, subject_id: str, actor: str) -> int:
    """End every hold on a subject now; returns how many there were."""
    held = active(session, subject_id)
    if not held:
        raise NotFound(f"{subject_id}: no hold in force (see `intake hold --list`)")
    for hold in held:
        hold.released_at = utcnow()
        session.add(hold)
    audit.record(session, "hold.released", actor=actor, detail={"subject": subject_id, "holds": [h.id for h in held]})
    session.commit()
    return len(held)


def active(session: Session, subject_id: str | None = None, today: date | None = None) -> list[Hold]:
    """Holds in force on `today` (all subjects, or one): not released, and their end date not passed."""
    today = today or utcnow().date()
    query = select(Hold).where(Hold.released_at.is_(None))  # type: ignore[union-attr]
    if subject_id is not None:
        query = query.where(Hold.subject_id == subject_id)
    return [h for h in session.exec(query.order_by(Hold.id)).all() if h.until is None or h.until >= today]  # type: ignore[arg-type]


def held_subjects(session: Session, today: date | None = None) -> set[str]:
    return {h.subject_id for h in active(session, today=today)}
