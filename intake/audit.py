"""Append-only audit events: every step taken on a message or a case, by whom."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from intake.models import Event


def record(
    session: Session,
    action: str,
    *,
    case_id: int | None = None,
    message_id: int | None = None,
    actor: str = "system",
    detail: dict[str, Any] | None = None,
) -> Event:
    """Add an event to the session; it commits with the change it describes, never separately."""
    event = Event(action=action, case_id=case_id, message_id=message_id, actor=actor, detail=detail or {})
    session.add(event)
    return event


def trail(session: Session, case_id: int) -> list[Event]:
    """A case's events, oldest first (including those of its messages)."""
    from intake.models import Message

    message_ids = list(session.exec(select(Message.id).where(Message.case_id == case_id)))
    query = select(Event).where((Event.case_id == case_id) | (Event.message_id.in_(message_ids)))  # type: ignore[union-attr]
    return list(session.exec(query.order_by(Event.at, Event.id)))  # type: ignore[arg-type]
