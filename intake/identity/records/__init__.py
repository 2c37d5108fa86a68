"""The people the organisation holds data about: subject records, their blocking keys, import, export and count.

tables.py holds the subject, key, term and employer tables and the record's FIELDS; index.py a record's blocking
keys and terms; clean.py maps a row's columns to the fields and checks them; prepare.py cleans and indexes chunks
of rows (in worker processes for big files); read.py reads files into prepared chunks; write.py stores them. The
import, export, count and removal of subjects are here. Settings read by a module (PARALLEL_BYTES, RANGE_BYTES,
CHUNK_ROWS, IMPORT_WORKERS in read.py, SORT_KEYS in prepare.py, KEYS_PER_INSERT and SUBJECTS_PER_INSERT in write.py)
are changed on that module: the names here are copies.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import inspect, text
from sqlmodel import Session

from intake.errors import InputError
from intake.identity.records import formula
from intake.identity.records.clean import (
    ALIASES,
    MAX_FIELD_CHARS,
    Cleaned,
    _check,
    _clean_cells,
    _clean_row,
    _Columns,
    _columns,
    _field_name,
)
from intake.identity.records.index import _index, subject_index
from intake.identity.records.prepare import SORT_KEYS, PreparedRow, RawRow, _prepare, _Prepared, _row_terms
from intake.identity.records.read import (
    CHUNK_ROWS,
    IMPORT_WORKERS,
    PARALLEL_BYTES,
    RANGE_BYTES,
    _chunks,
    _csv_layout,
    _csv_records,
    _CsvLayout,
    _prepare_range,
    _prepared,
    _rows,
)
from intake.identity.records.tables import ACCOUNT_STATUSES, FIELDS, Employer, Subject, SubjectKey, SubjectTerm
from intake.identity.records.write import KEYS_PER_INSERT, SUBJECTS_PER_INSERT, ImportReport, _insert_many, _Writer

__all__ = [
    "ACCOUNT_STATUSES",
    "ALIASES",
    "BATCH_ROWS",
    "CHUNK_ROWS",
    "FIELDS",
    "IMPORT_WORKERS",
    "KEYS_PER_INSERT",
    "MAX_FIELD_CHARS",
    "PARALLEL_BYTES",
    "RANGE_BYTES",
    "SORT_KEYS",
    "SUBJECTS_PER_INSERT",
    "Cleaned",
    "Employer",
    "ImportReport",
    "PreparedRow",
    "RawRow",
    "Subject",
    "SubjectKey",
    "SubjectTerm",
    "_CsvLayout",
    "_Columns",
    "_Prepared",
    "_Writer",
    "_all",
    "_check",
    "_chunks",
    "_clean_cells",
    "_clean_row",
    "_columns",
    "_csv_layout",
    "_csv_records",
    "_field_name",
    "_index",
    "_insert_many",
    "_prepare",
    "_prepare_range",
    "_prepared",
    "_row_terms",
    "_rows",
    "count",
    "export",
    "get",
    "import_file",
    "put",
    "remove",
    "subject_index",
]

MAX_REPORTED_ERRORS = 1000
BATCH_ROWS = 50_000  # rows per transaction
PROGRESS_EVERY = 5000
IMPORT_CACHE_KIB = 262_144  # SQLite page cache during an import (256 MiB)


def import_file(
    session: Session, path: Path, progress: Callable[[int], None] | None = None, organisation: str | None = None
) -> ImportReport:
    """Upsert subjects from CSV or JSON Lines by subject_id; bad rows are reported by line and column, good ones kept.

    `organisation`: whose subjects they are, where several organisations share the deployment (None: the default).

    Into a populated table every batch commits (a long import keeps its work if interrupted); into an empty one
    the whole file is one transaction with the key index built at the end (fast, and all-or-nothing).
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    report = ImportReport()
    # The chunks of the current batch and their subject_ids: a batch ends at BATCH_ROWS distinct subjects.
    pending: list[_Prepared] = []
    batch_ids: set[str] = set()
    pending_rows = 0
    processed = 0
    reported = 0
    conn = session.connection()
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        # One fsync per commit is plenty for a re-runnable import, and a big page cache keeps the B-trees in memory.
        conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
        conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    writer = _Writer(conn, organisation=organisation)
    try:
        for prepared in _prepared(path):
            processed += prepared.processed
            for message in prepared.errors:
                report.error_count += 1
                if len(report.errors) < MAX_REPORTED_ERRORS:
                    report.errors.append(message)
            if prepared.rows:
                pending.append(prepared)
                pending_rows += len(prepared.rows)
                batch_ids.update([values[0] for values in prepared.rows])
            if len(batch_ids) >= BATCH_ROWS:
                writer.write_chunks(pending, len(batch_ids) == pending_rows, report)
                pending.clear()
                batch_ids.clear()
                pending_rows = 0
                if not writer.bulk:
                    writer.commit_point()
                    session.commit()
                    # The session hands out a fresh connection after a commit; the old one is closed.
                    writer.conn = session.connection()
                    writer.lock()
            if progress is not None and processed - reported >= PROGRESS_EVERY:
                reported = processed
                progress(processed)
        if pending:
            writer.write_chunks(pending, len(batch_ids) == pending_rows, report)
        writer.finish()
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        if sqlite:
            session.connection().exec_driver_sql("PRAGMA synchronous=FULL")
            session.connection().exec_driver_sql("PRAGMA cache_size=-2000")
    if report.error_count > len(report.errors):
        report.errors.append(f"{path}: {report.error_count - len(report.errors)} more bad rows not listed")
    if progress is not None:
        progress(processed)
    return report


def _all(session: Session, organisation: str | None = None) -> Iterator[dict[str, Any]]:
    conn = session.connection()
    cols = ", ".join(FIELDS) + ", attributes"
    mine = "" if organisation is None else " AND organisation = :org"
    last = 0
    while True:
        page = conn.execute(
            text(f"SELECT id, {cols} FROM subject WHERE id > {last}{mine} ORDER BY id LIMIT 10000"),
            {"org": organisation},
        ).mappings()
        rows = [dict(r) for r in page]
        if not rows:
            return
        for r in rows:
            last = r.pop("id")
            attrs = r.pop("attributes")
            r["attributes"] = json.loads(attrs) if isinstance(attrs, str) else (attrs or {})
            yield r


def _flags(session: Session, organisation: str | None = None) -> dict[str, dict[str, str]]:
    """The rights each subject exercised, as {subject_id: {"flag_restricted": "DATE REFERENCE"}} (subject_flag);
    `organisation`: only those its cases set."""
    out: dict[str, dict[str, str]] = {}
    if not inspect(session.connection()).has_table("subject_flag"):
        return out  # a records-only schema (migration 0002), as a plain export tool may use
    mine = (
        ""
        if organisation is None
        else " WHERE case_reference IN (SELECT reference FROM cases WHERE organisation = :org)"
    )
    rows = session.connection().execute(
        text(f"SELECT subject_id, flag, set_on, case_reference FROM subject_flag{mine} ORDER BY id"),
        {"org": organisation},
    )
    for sid, flag, on, ref in rows:
        out.setdefault(sid, {})[f"flag_{flag}"] = f"{on} {ref}"
    return out


def _exported(
    session: Session, flags: dict[str, dict[str, str]], unrecorded: bool, organisation: str | None = None
) -> Iterator[dict[str, Any]]:
    """Every subject of the table (or of one organisation); with `unrecorded`, then each flagged subject the table
    does not hold."""
    seen: set[str] = set()
    for r in _all(session, organisation):
        seen.add(r["subject_id"])
        yield r
    if unrecorded:
        for sid in flags:
            if sid not in seen:
                yield {**dict.fromkeys(FIELDS), "subject_id": sid, "attributes": {}}


def export(
    session: Session, out: TextIO, fmt: str = "jsonl", unrecorded: bool = False, organisation: str | None = None
) -> int:
    """Write every subject as JSON Lines or CSV (attributes as columns), in a form `import_file` reads back.

    The rights a subject exercised (restriction, objection...) come along as flag_<name> = "DATE REFERENCE", so
    the systems that read the export can honour them. `unrecorded` adds a row (subject_id and flags) for each
    flagged subject without a record here: in live mode the records are the organisation's, the flags intake's.
    `organisation`: one organisation's subjects and flags, where several share the deployment."""
    if fmt not in {"jsonl", "csv"}:
        raise InputError(f"export format {fmt!r}: use jsonl or csv")
    written = 0
    flags = _flags(session, organisation)
    if fmt == "jsonl":
        for r in _exported(session, flags, unrecorded, organisation):
            attrs = {**r.pop("attributes"), **flags.get(r["subject_id"], {})}
            record = {k: v for k, v in r.items() if v is not None}
            record.update({k: v for k, v in attrs.items() if k not in record})
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
        return written
    extra: list[str] = []
    seen: set[str] = set()
    for r in _exported(session, flags, unrecorded, organisation):
        for k in [*r["attributes"], *flags.get(r["subject_id"], {})]:
            if k not in seen and k not in FIELDS:
                seen.add(k)
                extra.append(k)
    writer = csv.DictWriter(out, fieldnames=[*FIELDS, *extra], extrasaction="ignore")
    writer.writeheader()
    for r in _exported(session, flags, unrecorded, organisation):
        attrs = {**r.pop("attributes"), **flags.get(r["subject_id"], {})}
        r.update({k: (v if isinstance(v, str) else json.dumps(v)) for k, v in attrs.items() if k not in FIELDS})
        # A value a spreadsheet would run (a rectified "=HYPERLINK(...)") is quoted; import_file takes it off.
        writer.writerow({k: ("" if v is None else formula.neutral(str(v))) for k, v in r.items()})
        written += 1
    return written


def count(session: Session, organisation: str | None = None) -> int:
    mine = "" if organisation is None else " WHERE organisation = :org"
    found = session.connection().execute(text(f"SELECT COUNT(*) FROM subject{mine}"), {"org": organisation})
    return int(found.scalar() or 0)


def get(session: Session, subject_id: str, organisation: str | None = None) -> dict[str, Any] | None:
    """One subject's record as held now: every field and the attributes (a dict), or None when there is none (or
    it is not `organisation`'s, when one is given)."""
    cols = ", ".join(FIELDS) + ", attributes"
    mine = "" if organisation is None else " AND organisation = :org"
    row = (
        session.connection()
        .execute(
            text(f"SELECT {cols} FROM subject WHERE subject_id = :sid{mine}"), {"sid": subject_id, "org": organisation}
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    record = dict(row)
    attrs = record["attributes"]
    record["attributes"] = json.loads(attrs) if isinstance(attrs, str) else dict(attrs or {})
    return record


def put(session: Session, record: dict[str, Any], organisation: str | None = None) -> None:
    """Write one subject's whole record (as `get` returns it) in the caller's transaction: cleaned and checked as an
    import cleans a row, its blocking keys and term counts kept in step. Raises InputError naming the field."""
    raw = {k: v for k, v in record.items() if k != "attributes"}
    raw.update({k: v for k, v in (record.get("attributes") or {}).items() if k not in FIELDS})
    prepared = _prepare([(f"subject {record.get('subject_id')}", raw, None)])
    if prepared.errors:
        raise InputError(prepared.errors[0])
    writer = _Writer(session.connection(), allow_bulk=False, organisation=organisation)
    writer.write_chunks([prepared], True, ImportReport())
    writer.commit_point()


def remove(session: Session, subject_ids: list[str], commit: bool = True) -> int:
    """Delete subjects with their keys and term counts (an erasure, or a test taking the true person away).

    `commit=False` leaves the deletion in the caller's transaction (an erasure commits it with its case change)."""
    conn = session.connection()
    writer = _Writer(conn, allow_bulk=False)
    found = writer.existing(list(subject_ids))
    ph = writer.ph
    for prior in found.values():
        keys, terms = subject_index(prior)
        if keys:  # a record with no name, email, phone... has no keys, and executemany wants at least one row
            conn.exec_driver_sql(writer.key_delete, [(k, prior["id"]) for k in keys])
        conn.exec_driver_sql(f"DELETE FROM subject WHERE id = {ph}", (prior["id"],))
        writer.terms.subtract(terms)
    writer.commit_point()
    if commit:
        session.commit()
    return len(found)
