"""Retention: expired accounts removed, suspended ones closed, intake's own old cases reduced to register rows.

Run by `intake purge` and once a day by `intake run` (keyed by its day in job_run, so of several processes one
does it). Every date is computed from `now`, so tests freeze the clock on both sides of each boundary.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from intake import audit
from intake.fulfil import holds, links
from intake.fulfil.register import entry_of
from intake.identity.records.tables import FIELDS
from intake.identity.source import source
from intake.models import Case, CaseStatus, Confirmation, Draft, Event, JobRun, Message, Note, Outbox, utcnow
from intake.settings import Settings

# Cases that are over: their retention period counts from their last change of status.
FINISHED = (CaseStatus.closed, CaseStatus.sent, CaseStatus.withdrawn, CaseStatus.spam, CaseStatus.rejected)


@dataclass
class PurgeReport:
    """What one run did (or, dry, would do): counts, and the held subjects it left alone."""

    expired_removed: int = 0
    suspended_expired: int = 0
    cases_reduced: int = 0
    messages_deleted: int = 0
    downloads_deleted: int = 0  # exports whose link expired, or whose record or case was purged
    held: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {k: v for k, v in asdict(self).items() if k != "held"} | {"held_skipped": len(self.held)}


def _day(value: Any) -> date | None:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).date() if value else None
    except ValueError:
        return None


def _accounts(
    session: Session, settings: Settings, today: date, held: set[str], report: PurgeReport, dry_run: bool
) -> None:
    """Expired accounts removed and suspended ones closed, in the source of record (identity.source).

    A dry run writes nothing at all: the organisation's database commits each write at once, where intake's own
    table would only be rolled back."""
    records = source(settings)
    keep = set(settings.retention.kept)
    for subject_id, status, changed_at in records.accounts(session):
        changed = _day(changed_at)
        if changed is None:
            continue  # no date, no clock: the DPO sees it in `intake subjects export`
        if status == "suspended":
            closes = changed + timedelta(days=settings.retention.suspended_days)
            if today < closes:
                continue
            if subject_id in held:
                report.held.append(subject_id)
                continue
            record = records.get(session, subject_id) or {"subject_id": subject_id}
            # Dated the day it closed, not the day the purge noticed: removal follows 45 days after that.
            if not dry_run:
                records.change(session, record, {"account_status": "expired", "status_changed_at": closes.isoformat()})
            report.suspended_expired += 1
            changed, status = closes, "expired"
        if status == "expired" and today >= changed + timedelta(days=settings.policy.retention_days):
            if subject_id in held:
                report.held.append(subject_id)
                continue
            record = records.get(session, subject_id) or {"subject_id": subject_id}
            if any(record.get(f) or (record.get("attributes") or {}).get(f) for f in keep):
                if any(record.get(f) for f in FIELDS if f != "subject_id" and f not in keep):
                    if not dry_run:
                        records.erase(session, record, keep)
                        report.downloads_deleted += links.revoke_subject(session, subject_id, "purged")
                    report.expired_removed += 1
            else:
                if not dry_run:
                    records.erase(session, record, None)
                    report.downloads_deleted += links.revoke_subject(session, subject_id, "purged")
                report.expired_removed += 1


def _cases(
    session: Session, settings: Settings, now: datetime, held: set[str], report: PurgeReport, org: str | None = None
) -> None:
    cutoff = now - timedelta(days=settings.retention.cases_days)
    query = select(Case).where(Case.status.in_(FINISHED), Case.updated_at <= cutoff)  # type: ignore[attr-defined]
    if org is not None:
        query = query.where(Case.organisation == org)
    old = session.exec(query.order_by(Case.id)).all()  # type: ignore[arg-type]
    for case in old:
        if case.subject_id and case.subject_id in held:
            report.held.append(case.subject_id)
            continue
        session.add(entry_of(session, case, now))
        report.downloads_deleted += links.revoke(session, links.of_case(session, case.id), "purged")
        ids = [m for m in session.exec(select(Message.id).where(Message.case_id == case.id)).all()]
        _redact(session, case.id, ids)
        session.execute(update(Case).where(Case.linked_case_id == case.id).values(linked_case_id=None))  # type: ignore[arg-type]
        for model in (Confirmation, Draft, Note):  # notes are the team's words about the requester: they go too
            for row in session.exec(select(model).where(model.case_id == case.id)).all():
                session.delete(row)
        session.flush()
        for sent in session.exec(select(Outbox).where(Outbox.case_id == case.id)).all():
            session.delete(sent)
        for received in session.exec(select(Message).where(Message.case_id == case.id)).all():
            session.delete(received)
            report.messages_deleted += 1
        session.flush()
        session.delete(case)
        report.cases_reduced += 1
    # Mail that never became a case (auto-replies, bounces, spam) goes after the same period from its arrival.
    strays = select(Message).where(Message.case_id.is_(None), Message.received_at <= cutoff)  # type: ignore[union-attr]
    if org is not None:
        strays = strays.where(Message.organisation == org)
    stray = session.exec(strays).all()
    if stray:
        _redact(session, None, [m.id for m in stray])
    for message in stray:
        session.delete(message)
        report.messages_deleted += 1
    session.flush()


def _redact(session: Session, case_id: int | None, message_ids: list[int | None]) -> None:
    """Empty the events of a purged case and its messages; their digests and hashes stay, so the chain verifies."""
    where = Event.message_id.in_([m for m in message_ids if m is not None])  # type: ignore[union-attr]
    if case_id is not None:
        where = where | (Event.case_id == case_id)
    session.flush()
    session.execute(
        update(Event).where(where).values(case_id=None, message_id=None, actor="", detail={}, redacted=True)
    )


def purge(session: Session, settings: Settings, now: datetime | None = None, dry_run: bool = False) -> PurgeReport:
    """Apply the retention rules once; committed (and audited, counts only) unless `dry_run`."""
    now = now or utcnow()
    today = now.date()
    held = holds.held_subjects(session, today)
    report = PurgeReport()
    each, org = _scope(settings)
    try:
        for one in each:  # each organisation's accounts, from its own records
            _accounts(session, one, today, held, report, dry_run)
        _cases(session, settings, now, held, report, org)
        report.downloads_deleted += links.purge_expired(session, now)
    except BaseException:
        session.rollback()
        raise
    report.held = sorted(set(report.held))
    if dry_run:
        session.rollback()
        return report
    audit.record(session, "purge.run", detail=report.counts())
    session.commit()
    return report


def _scope(settings: Settings) -> tuple[list[Settings], str | None]:
    """What a purge covers: with the deployment's settings every organisation; with one's (`settings.tenant(id)`,
    `intake --organisation ID purge`) its accounts and its cases alone."""
    if settings.multi and settings.organisation_id not in settings.tenants:
        return [settings.tenant(org) for org in settings.organisations], None
    return [settings], (settings.organisation_id if settings.multi else None)


def daily(session: Session, settings: Settings, now: datetime | None = None) -> PurgeReport | None:
    """The day's purge, once whatever the number of processes: the day's job_run row commits with the purge, and a
    second process's insert of it fails (on PostgreSQL it waits for the first's commit first). None when done."""
    now = now or utcnow()
    period = now.date().isoformat()
    if session.get(JobRun, ("purge", period)) is not None:
        return None
    session.add(JobRun(job="purge", period=period))
    try:
        session.flush()
        return purge(session, settings, now)
    except IntegrityError:
        session.rollback()
        return None
