"""Retention with a frozen clock on both sides of every boundary, and the audit trail's hash chain."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlmodel import select

from intake import audit, db, review, store
from intake.fulfil import holds, purge, register
from intake.identity import records
from intake.models import Case, Event, JobRun, Message, RegisterEntry
from intake.run import worker
from intake.settings import Settings

CHANGED = datetime(2026, 1, 1, tzinfo=UTC)


def _at(days: int) -> datetime:
    return CHANGED + timedelta(days=days, hours=12)


def _subjects(settings: Settings, tmp: Path, *rows: dict[str, str]) -> None:
    path = tmp / "s.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with db.session(settings.database_url) as s:
        records.import_file(s, path)


def _status(settings: Settings, sid: str) -> str | None:
    with db.session(settings.database_url) as s:
        found = records.get(s, sid)
        return None if found is None else found["account_status"]


def test_an_expired_account_stays_44_days_and_goes_on_the_45th(settings: Settings, tmp_path: Path) -> None:
    _subjects(settings, tmp_path, {"subject_id": "E", "name": "Ex Pired", "account_status": "expired",
                                   "status_changed_at": CHANGED.date().isoformat()})  # fmt: skip
    with db.session(settings.database_url) as s:
        assert purge.purge(s, settings, now=_at(44)).expired_removed == 0
    assert _status(settings, "E") == "expired"
    with db.session(settings.database_url) as s:
        report = purge.purge(s, settings, now=_at(45))
    assert report.expired_removed == 1 and _status(settings, "E") is None


def test_a_suspended_account_closes_after_45_days_and_is_removed_45_days_later(
    settings: Settings, tmp_path: Path
) -> None:
    _subjects(settings, tmp_path, {"subject_id": "S", "name": "Sus Pended", "account_status": "suspended",
                                   "status_changed_at": CHANGED.date().isoformat()})  # fmt: skip
    with db.session(settings.database_url) as s:
        assert purge.purge(s, settings, now=_at(44)).suspended_expired == 0
    assert _status(settings, "S") == "suspended"
    with db.session(settings.database_url) as s:
        assert purge.purge(s, settings, now=_at(45)).suspended_expired == 1
    assert _status(settings, "S") == "expired"
    with db.session(settings.database_url) as s:
        # Expired as of day 45 (not of the day the purge noticed): removed on day 90, kept on day 89.
        assert records.get(s, "S")["status_changed_at"] == (CHANGED.date() + timedelta(days=45)).isoformat()  # type: ignore[index]
        assert purge.purge(s, settings, now=_at(89)).expired_removed == 0
        assert purge.purge(s, settings, now=_at(90)).expired_removed == 1


def test_a_held_subject_is_skipped_and_listed_and_the_run_audits_counts_only(
    settings: Settings, tmp_path: Path
) -> None:
    old = {"account_status": "expired", "status_changed_at": CHANGED.date().isoformat()}
    _subjects(settings, tmp_path, {"subject_id": "H", "name": "Held Person", **old}, {"subject_id": "G", **old})
    with db.session(settings.database_url) as s:
        holds.place(s, "H", "litigation", "alice")
        dry = purge.purge(s, settings, now=_at(60), dry_run=True)
        assert (dry.expired_removed, dry.held) == (1, ["H"])
        assert records.get(s, "G") is not None  # a dry run changes nothing
        report = purge.purge(s, settings, now=_at(60))
    assert (report.expired_removed, report.held) == (1, ["H"])
    assert _status(settings, "H") == "expired" and _status(settings, "G") is None
    with db.session(settings.database_url) as s:
        (run,) = s.exec(select(Event).where(Event.action == "purge.run")).all()
    assert run.detail == {
        "expired_removed": 1, "suspended_expired": 0, "cases_reduced": 0, "messages_deleted": 0,
        "downloads_deleted": 0, "held_skipped": 1,
    }  # fmt: skip


REQUEST = (
    b"From: Jane Doe <jane@example.com>\r\nTo: dpo@example.org\r\nMessage-ID: <req-1@example.com>\r\n"
    b"Subject: My data\r\n\r\nI am Jane Doe and I work at Acme Ltd. Please send me a copy of my personal data.\r\n"
)


def _closed_case(settings: Settings) -> str:
    with db.session(settings.database_url) as s:
        store.put(s, REQUEST, mailbox="smtp", source="smtp", envelope_from="jane@example.com")
    worker.drain(settings)
    with db.session(settings.database_url) as s:
        ref = s.exec(select(Case)).one().reference
        review.close(s, ref, "alice")
        case = review.load(s, ref)
        case.updated_at = CHANGED
        s.add(case)
        s.commit()
    return ref


def test_a_closed_case_becomes_an_anonymised_register_row_after_cases_days(settings: Settings) -> None:
    ref = _closed_case(settings)
    days = settings.retention.cases_days
    with db.session(settings.database_url) as s:
        assert purge.purge(s, settings, now=CHANGED + timedelta(days=days) - timedelta(seconds=1)).cases_reduced == 0
        assert s.exec(select(Message)).first() is not None
        report = purge.purge(s, settings, now=CHANGED + timedelta(days=days))
        assert (report.cases_reduced, report.messages_deleted) == (1, 1)
        assert s.exec(select(Case)).first() is None and s.exec(select(Message)).first() is None
        (entry,) = s.exec(select(RegisterEntry)).all()
        assert entry.reference == ref and entry.rights == ["access"] and entry.status == "closed"
        stored = json.dumps([register.rows(s)], default=str)
    assert "jane" not in stored.lower()  # no requester, no text: the register row only
    with db.session(settings.database_url) as s:
        assert audit.verify(s)[1] is None  # the case's events were emptied, not deleted: the chain still holds


def test_the_daily_purge_runs_once_a_day_whatever_the_processes(settings: Settings) -> None:
    with db.session(settings.database_url) as s:
        assert purge.daily(s, settings, now=_at(1)) is not None
        assert purge.daily(s, settings, now=_at(1)) is None
        assert purge.daily(s, settings, now=_at(2)) is not None
        assert len(s.exec(select(JobRun).where(JobRun.job == "purge")).all()) == 2


def _trail(settings: Settings, n: int = 4) -> None:
    with db.session(settings.database_url) as s:
        for i in range(n):
            audit.record(s, "test.step", detail={"i": i})
            s.commit()


def _verify_cli(settings: Settings) -> subprocess.CompletedProcess[str]:
    env = {"INTAKE_DATABASE_URL": settings.database_url, "INTAKE_VAR_DIR": settings.var_dir, "PATH": "/usr/bin"}
    import os

    return subprocess.run(
        [sys.executable, "-m", "intake", "audit", "verify"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_audit_verify_passes_an_intact_trail_and_names_an_edited_event(settings: Settings) -> None:
    _trail(settings)
    done = _verify_cli(settings)
    assert done.returncode == 0 and "intact: 4 events" in done.stdout
    with db.session(settings.database_url) as s:
        s.connection().execute(text("UPDATE event SET detail = '{\"i\": 9}' WHERE seq = 3"))
        s.commit()
        event_id = s.exec(select(Event.id).where(Event.seq == 3)).one()
    done = _verify_cli(settings)
    assert done.returncode == 1 and f"event {event_id} (#3): its content was edited" in done.stderr


def test_audit_verify_names_a_deleted_and_a_reordered_event(settings: Settings) -> None:
    _trail(settings)
    with db.session(settings.database_url) as s:
        s.connection().execute(text("DELETE FROM event WHERE seq = 2"))
        s.commit()
        checked, found = audit.verify(s)
    assert found is not None and found.seq == 3 and "#2 is missing" in found.problem
    with db.session(settings.database_url) as s:
        s.connection().execute(text("DELETE FROM event"))
        s.commit()
    _trail(settings)
    with db.session(settings.database_url) as s:
        conn = s.connection()
        conn.execute(text("UPDATE event SET seq = -1 WHERE seq = 2"))
        conn.execute(text("UPDATE event SET seq = 2 WHERE seq = 3"))
        conn.execute(text("UPDATE event SET seq = 3 WHERE seq = -1"))
        s.commit()
        _, found = audit.verify(s)
    assert found is not None and found.seq == 2


def test_two_writers_at_once_on_postgresql_keep_one_unbroken_chain(pg_url: str) -> None:
    db.upgrade(pg_url)

    def write(who: str) -> None:
        with db.session(pg_url) as s:
            for i in range(40):
                audit.record(s, "test.concurrent", actor=who, detail={"i": i})
                audit.record(s, "test.concurrent", actor=who, detail={"i": i, "second": True})
                s.commit()

    threads = [threading.Thread(target=write, args=(f"w{n}",)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with db.session(pg_url) as s:
        checked, found = audit.verify(s)
    assert (checked, found) == (240, None)
