"""The register of requests: every case (or what stays of it after retention) as one row a regulator can read."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from typing import Any, TextIO

from sqlmodel import Session, select

from intake.models import Case, Draft, DraftStatus, Event, RegisterEntry

COLUMNS = (
    "reference",
    "received",
    "rights",
    "language",
    "jurisdiction",
    "verification",
    "status",
    "due_on",
    "closed",
    "days_taken",
    "deadline",
    "approved_by",
    "steps",
)


def _steps(session: Session, case: Case) -> dict[str, str]:
    """The date each status was first reached, from the audit trail."""
    out: dict[str, str] = {}
    events = session.exec(
        select(Event).where(Event.case_id == case.id, Event.action == "case.status").order_by(Event.id)  # type: ignore[arg-type]
    ).all()
    for event in events:
        out.setdefault(str(event.detail.get("to")), event.at.date().isoformat())
    return out


def entry_of(session: Session, case: Case, now: datetime) -> RegisterEntry:
    """The register row a case leaves behind: no requester, no texts; the rights, outcomes and dates."""
    approvers = session.exec(
        select(Draft.approved_by).where(Draft.case_id == case.id, Draft.status == DraftStatus.approved)
    ).all()
    return RegisterEntry(
        reference=case.reference,
        received_at=case.received_at,
        rights=list((case.extraction or {}).get("rights", [])),
        language=case.language,
        jurisdiction=case.jurisdiction,
        verification=(case.verification or {}).get("status"),
        status=case.status,
        due_on=case.due_on,
        closed_at=case.updated_at,
        approved_by=", ".join(sorted({a for a in approvers if a and a != "system"})) or None,
        steps=_steps(session, case),
        purged_at=now,
    )


# The statuses that answer a request. A refusal that is only drafted (`rejected`) has not answered it yet.
FINISHED = ("sent", "closed", "withdrawn", "spam")


def _closed(entry: RegisterEntry) -> date | None:
    """The day the request was answered: the first step into a finished status, not the last edit of the case
    (a reply sent on time and the case closed a week later met its deadline)."""
    if entry.closed_at is None:
        return None
    reached = [date.fromisoformat(str(day)) for status, day in entry.steps.items() if status in FINISHED]
    return min(reached) if reached else entry.closed_at.date()


def _row(entry: RegisterEntry) -> dict[str, Any]:
    closed = _closed(entry)
    days = (closed - entry.received_at.date()).days if closed else None
    met = None if closed is None or entry.due_on is None else ("met" if closed <= entry.due_on else "missed")
    return {
        "reference": entry.reference,
        "received": entry.received_at.date().isoformat(),
        "rights": entry.rights,
        "language": entry.language,
        "jurisdiction": entry.jurisdiction,
        "verification": entry.verification,
        "status": entry.status,
        "due_on": entry.due_on.isoformat() if entry.due_on else None,
        "closed": closed.isoformat() if closed else None,
        "days_taken": days,
        "deadline": met,
        "approved_by": entry.approved_by,
        "steps": entry.steps,
    }


def rows(session: Session, since: date | None = None) -> list[dict[str, Any]]:
    """Every request, live cases and purged ones alike, oldest first; `since` keeps those received from that day."""
    from intake.models import utcnow

    now = utcnow()
    live = [entry_of(session, c, now) for c in session.exec(select(Case).order_by(Case.id)).all()]  # type: ignore[arg-type]
    for entry in live:
        if entry.status not in FINISHED:
            entry.closed_at = None
    kept = list(session.exec(select(RegisterEntry)).all())
    out = [_row(e) for e in [*kept, *live] if since is None or e.received_at.date() >= since]
    return sorted(out, key=lambda r: (r["received"], r["reference"]))


def write(out: TextIO, found: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        out.write(json.dumps(found, ensure_ascii=False, indent=2) + "\n")
        return
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS))
    writer.writeheader()
    for row in found:
        writer.writerow(
            {k: json.dumps(v) if isinstance(v, list | dict) else ("" if v is None else v) for k, v in row.items()}
        )
