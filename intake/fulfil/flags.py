"""The rights a subject exercised that the organisation's systems must honour, each with its date and case."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from intake.identity.records.tables import SubjectFlag


def set_flag(session: Session, subject_id: str, flag: str, reference: str, actor: str, on: date) -> SubjectFlag:
    """Set (or renew, with the newer date and case) a flag on a subject, in the caller's transaction."""
    row = session.exec(
        select(SubjectFlag).where(SubjectFlag.subject_id == subject_id, SubjectFlag.flag == flag)
    ).first()
    if row is None:
        row = SubjectFlag(subject_id=subject_id, flag=flag, set_on=on, case_reference=reference, actor=actor)
    else:
        row.set_on, row.case_reference, row.actor = on, reference, actor
    session.add(row)
    return row


def of(session: Session) -> dict[str, dict[str, str]]:
    """Every subject's flags as {subject_id: {flag: "DATE REFERENCE"}}, for `intake subjects export`."""
    out: dict[str, dict[str, str]] = {}
    for row in session.exec(select(SubjectFlag).order_by(SubjectFlag.id)).all():  # type: ignore[arg-type]
        out.setdefault(row.subject_id, {})[row.flag] = f"{row.set_on.isoformat()} {row.case_reference}"
    return out


def forget(session: Session, subject_id: str, keep: set[str]) -> None:
    """Remove a subject's flags except `keep` (an erased record's flags go with it; `erased` stays)."""
    for row in session.exec(select(SubjectFlag).where(SubjectFlag.subject_id == subject_id)).all():
        if row.flag not in keep:
            session.delete(row)
