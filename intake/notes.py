"""Who handles a case and the team's internal notes on it: never sent to anyone, each change audited."""

from __future__ import annotations

from sqlmodel import Session, select

from intake import audit, review
from intake.errors import InputError
from intake.models import Case, Note, utcnow

MAX_NOTE = 10_000  # characters: a note is a remark, not a document (attach those to the case by mail)
MAX_NAME = 128


def assign(session: Session, ref: str, user: str | None, actor: str) -> Case:
    """Hand the case to `user` (None or an empty name: to nobody); the audit trail keeps who did it and from whom."""
    name = (user or "").strip() or None
    if name is not None and (len(name) > MAX_NAME or not name.isprintable()):
        raise InputError(f"assign to {name[:40]!r}: a user name of at most {MAX_NAME} printable characters")
    case = review.load(session, ref)
    old = case.assigned_to
    if old == name:
        return case
    case.assigned_to = name
    case.updated_at = utcnow()
    session.add(case)
    audit.record(session, "case.assigned", case_id=case.id, actor=actor, detail={"from": old, "to": name})
    session.commit()
    return case


def add(session: Session, ref: str, text: str, actor: str) -> Note:
    """Keep an internal note on the case. The audit trail records that it was written and its length, not its words:
    a note may speak of the requester, and the trail outlives the case (intake purge empties it, the note goes)."""
    body = text.strip()
    if not body:
        raise InputError("note: write something (an empty note records nothing)")
    if len(body) > MAX_NOTE:
        raise InputError(f"note: at most {MAX_NOTE} characters, got {len(body)}")
    case = review.load(session, ref)
    note = Note(case_id=case.id, author=actor, text=body)  # type: ignore[arg-type]
    session.add(note)
    session.flush()
    audit.record(session, "case.noted", case_id=case.id, actor=actor, detail={"note": note.id, "chars": len(body)})
    session.commit()
    return note


def of_case(session: Session, case: Case) -> list[Note]:
    """The case's notes, oldest first."""
    return list(session.exec(select(Note).where(Note.case_id == case.id).order_by(Note.id)).all())  # type: ignore[arg-type]
