"""The DPO's reminder: cases due within 7 days and those overdue, mailed daily and on demand."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from intake import audit
from intake.models import Case, CaseStatus, JobRun, Outbox, utcnow
from intake.outbox import signature
from intake.outbox.send import Outgoing, compose, signed_message_id
from intake.settings import Settings

DONE = {CaseStatus.closed, CaseStatus.sent, CaseStatus.withdrawn, CaseStatus.spam}


def due_soon(
    session: Session, today: date, days: int = 7, organisation: str | None = None
) -> tuple[list[Case], list[Case]]:
    """(overdue, due within `days`), earliest first; `organisation`: only its cases."""
    query = select(Case).where(Case.status.not_in(DONE), Case.due_on.is_not(None))  # type: ignore[attr-defined,union-attr]
    if organisation is not None:
        query = query.where(Case.organisation == organisation)
    rows = session.exec(query.order_by(Case.due_on)).all()  # type: ignore[arg-type]
    overdue = [c for c in rows if c.due_on and c.due_on < today]
    soon = [c for c in rows if c.due_on and today <= c.due_on <= today + timedelta(days=days)]
    return overdue, soon


def text(overdue: list[Case], soon: list[Case], today: date) -> str:
    def line(c: Case) -> str:
        return f"  {c.reference}  due {c.due_on}  {c.status:<18}  {c.requester}"

    parts = [f"intake digest for {today.isoformat()}", ""]
    parts += [f"Overdue ({len(overdue)}):", *([line(c) for c in overdue] or ["  none"]), ""]
    parts += [f"Due within 7 days ({len(soon)}):", *([line(c) for c in soon] or ["  none"]), ""]
    parts.append("Review them with: intake review")
    return "\n".join(parts) + "\n"


def send_digest(session: Session, settings: Settings, today: date | None = None, force: bool = False) -> Outbox | None:
    """Queue the digest to the DPO address; once a day unless forced, and only when there is something to say.

    Where several organisations share the deployment, `settings` are one's (`settings.tenant(id)`): its cases go
    to its own From address, once a day each."""
    today = today or utcnow().date()
    org = settings.organisation_id if settings.multi else None
    job = "digest" if org is None else f"digest-{org}"  # an id has at most 24 characters: JobRun.job holds 32
    if not force and session.get(JobRun, (job, today.isoformat())) is not None:
        return None
    overdue, soon = due_soon(session, today, organisation=org)
    if not overdue and not soon and not force:
        return None
    body = text(overdue, soon, today)
    subject = f"[intake] {len(overdue)} overdue, {len(soon)} due within 7 days"
    message_id = signed_message_id(settings, "DIGEST")
    out = Outgoing("digest", settings.reply_from, subject, body, "en", automatic=True)
    row = Outbox(
        purpose="digest",
        message_id=message_id,
        mail_from=settings.reply_from,
        rcpt_to=settings.reply_from,
        subject=subject,
        raw=signature.signed(settings, compose(settings, out, message_id)),
    )
    session.add(row)
    if not force:
        # The day's key, committed with the mail: of two processes queuing at once, the second's insert fails
        # (on PostgreSQL it waits for the first's commit), so the digest is queued once. A check alone is not.
        session.add(JobRun(job=job, period=today.isoformat()))
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        return None
    audit.record(session, "digest.queued", detail={"overdue": len(overdue), "soon": len(soon), "outbox_id": row.id})
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return None
    return row
