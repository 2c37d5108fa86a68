"""`intake subjects sync`: the organisation's rows copied into intake's subject table (`[records] mode = "copy"`).

Incremental: the `sync` query may bind :since, the start of the last sync (UTC, without time zone), and then only
rows changed since are read; the start, not the end, so that a row changed while the last sync ran is read again
(an upsert by subject_id is idempotent). `--full` reads every row from 1970 on and removes from the copy the
subjects the organisation no longer holds; an incremental sync cannot see a deleted row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from intake import audit
from intake.errors import SettingsError
from intake.identity.records import remove
from intake.identity.records.organisation import Organisation, RecordsConfig, _params
from intake.identity.records.prepare import RawRow, _prepare
from intake.identity.records.write import ImportReport, _Writer
from intake.models import JobRun

JOB = "records.sync"
BATCH_ROWS = 5000  # rows per transaction of intake's: a long sync keeps its work if interrupted
EPOCH = datetime(1970, 1, 1)


@dataclass
class SyncReport:
    """What a sync did: rows read, inserted, updated, removed (full only), the rows rejected and why."""

    read: int = 0
    inserted: int = 0
    updated: int = 0
    removed: int = 0
    since: str | None = None  # None: every row was read
    errors: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "inserted": self.inserted,
            "updated": self.updated,
            "removed": self.removed,
            "rejected": len(self.errors),
            "since": self.since,
        }


def _job(organisation: str | None) -> str:
    """The job_run key of one organisation's syncs (an id has at most 24 characters: the key holds 32)."""
    return JOB if organisation is None else f"sync-{organisation}"


def last_start(session: Session, organisation: str | None = None) -> datetime | None:
    """When the last sync that finished had started, or None before the first."""
    periods = session.exec(select(JobRun.period).where(JobRun.job == _job(organisation))).all()
    return datetime.fromisoformat(max(periods)) if periods else None


def check(config: RecordsConfig) -> None:
    """Refuse, in one line, a sync the settings do not call for."""
    if not config.url:
        raise SettingsError("[records] url: not set; `intake subjects import FILE` fills intake's own table")
    if config.mode != "copy":
        raise SettingsError(
            '[records] mode: "live" asks the organisation\'s database for every request; set mode = "copy" (and a '
            "sync query) to keep a copy in intake"
        )


def sync(
    session: Session,
    config: RecordsConfig,
    full: bool = False,
    progress: Callable[[int], None] | None = None,
    now: datetime | None = None,
    organisation: str | None = None,
) -> SyncReport:
    """Copy the organisation's rows (those changed since the last sync, or all with `full`) into intake's table.

    `organisation`: whose rows they are where several share the table; a full sync then drops only its subjects."""
    check(config)
    started = (now or datetime.now(UTC)).replace(tzinfo=None, microsecond=0)
    since = None if full else last_start(session, organisation)
    report = SyncReport(since=since.isoformat() if since else None)
    params = {"since": since or EPOCH} if "since" in _params(config.sync) else {}
    if not params:
        full, report.since = True, None  # a query without :since reads every row each time
    org = Organisation(config)
    writer = _Writer(session.connection(), allow_bulk=False, organisation=organisation)
    seen: set[str] = set()
    batch: list[RawRow] = []

    def flush() -> None:
        prepared = _prepare(batch)
        report.errors += prepared.errors
        ids = [values[0] for values in prepared.rows]
        done = ImportReport()
        writer.write_chunks([prepared], len(set(ids)) == len(ids), done)
        writer.commit_point()
        session.commit()
        writer.conn = session.connection()  # the session hands out a fresh connection after a commit
        writer.lock()
        report.inserted += done.inserted
        report.updated += done.updated
        batch.clear()
        if progress is not None:
            progress(report.read)

    try:
        for record in org.stream("sync", params):
            report.read += 1
            raw = {k: v for k, v in record.items() if k != "attributes" and v is not None}
            raw.update({k: v for k, v in record["attributes"].items() if k not in raw})
            if record["subject_id"]:
                seen.add(record["subject_id"])
            batch.append((f"[records] sync row {report.read}", raw, None))
            if len(batch) >= BATCH_ROWS:
                flush()
        flush()
        if full and not report.errors:
            # Only after a clean full read: a row rejected here is still the organisation's, not a deletion.
            mine = "" if organisation is None else " WHERE organisation = :org"
            found = session.connection().execute(text(f"SELECT subject_id FROM subject{mine}"), {"org": organisation})
            held = [r[0] for r in found]
            gone = sorted(set(held) - seen)
            report.removed = remove(session, gone, commit=False) if gone else 0
        session.add(JobRun(job=_job(organisation), period=started.isoformat()))
        audit.record(session, "records.synced", detail=report.counts())
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return report


def periodic(
    session: Session, config: RecordsConfig, now: datetime | None = None, organisation: str | None = None
) -> SyncReport | None:
    """The sync `intake run` does when `sync_hours` have passed since the last one started; None when not due."""
    if not config.url or config.mode != "copy" or config.sync_hours < 1:
        return None
    now = (now or datetime.now(UTC)).replace(tzinfo=None)
    last = last_start(session, organisation)
    if last is not None and now - last < timedelta(hours=config.sync_hours):
        return None
    return sync(session, config, now=now, organisation=organisation)
