"""The people the organisation holds data about: subject records, their blocking keys, import, export and count."""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import sys
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from sqlalchemy import JSON, BigInteger, Column, Index, Integer, Text, text
from sqlalchemy.engine import Connection
from sqlmodel import Field, Session, SQLModel

from intake.errors import InputError
from intake.keys import (
    employer_key,
    key_hashes,
    name_tokens,
    norm_date,
    norm_email,
    norm_identifier,
    norm_phone,
)

ACCOUNT_STATUSES = ("active", "suspended", "expired")
FIELDS = (
    "subject_id",
    "name",
    "email",
    "phone",
    "employer",
    "role",
    "account_status",
    "status_changed_at",
    "date_of_birth",
    "address",
    "account_id",
)
# Header spellings seen in real exports, mapped to our field names (after lower-casing and spaces -> "_").
ALIASES = {
    "id": "subject_id",
    "subject": "subject_id",
    "full_name": "name",
    "fullname": "name",
    "e_mail": "email",
    "mail": "email",
    "email_address": "email",
    "telephone": "phone",
    "phone_number": "phone",
    "mobile": "phone",
    "company": "employer",
    "organisation": "employer",
    "organization": "employer",
    "status": "account_status",
    "dob": "date_of_birth",
    "birth_date": "date_of_birth",
    "birthdate": "date_of_birth",
    "customer_number": "account_id",
    "employee_number": "account_id",
    "account_number": "account_id",
    "customer_id": "account_id",
}
MAX_FIELD_CHARS = 1000
MAX_REPORTED_ERRORS = 1000
BATCH_ROWS = 50_000  # rows per transaction
KEYS_PER_INSERT = 32  # rows of one INSERT statement into subject_key during a bulk import (see _insert_many)
SUBJECTS_PER_INSERT = 8  # and into subject
CHUNK_ROWS = 5000  # rows per unit of work handed to a worker process
PROGRESS_EVERY = 5000
IMPORT_WORKERS = 2
IMPORT_CACHE_KIB = 262_144  # SQLite page cache during an import (256 MiB)
PARALLEL_BYTES = 4_000_000  # smaller files are imported in-process: starting workers would cost more
RANGE_BYTES = 1_000_000  # bytes of a CSV file a worker reads itself, about 5,500 rows


class Subject(SQLModel, table=True):
    """One person the organisation holds data about, keyed by the organisation's own `subject_id`."""

    __tablename__ = "subject"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    subject_id: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    name: str | None = Field(default=None, sa_column=Column(Text))
    email: str | None = Field(default=None, sa_column=Column(Text))
    phone: str | None = Field(default=None, sa_column=Column(Text))
    employer: str | None = Field(default=None, sa_column=Column(Text))
    role: str | None = Field(default=None, sa_column=Column(Text))  # user, customer_contact, or other values
    account_status: str | None = Field(default=None, sa_column=Column(Text))  # active, suspended, expired
    status_changed_at: str | None = Field(default=None, sa_column=Column(Text))  # ISO 8601 as imported
    date_of_birth: str | None = Field(default=None, sa_column=Column(Text))  # ISO date
    address: str | None = Field(default=None, sa_column=Column(Text))
    account_id: str | None = Field(default=None, sa_column=Column(Text))  # customer, employee or account number
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))


class SubjectKey(SQLModel, table=True):
    """A hashed blocking key of a subject: candidate generation is one index range scan per key."""

    __tablename__ = "subject_key"
    # A plain table with a separate index (not a clustered primary key) so a first import can append rows and
    # build the index once at the end; the index covers (key, subject), so look-ups never touch the table.
    __table_args__ = (Index("ix_subject_key", "key", "subject"),)

    id: int | None = Field(
        default=None, sa_column=Column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    )
    key: int = Field(sa_column=Column(BigInteger, nullable=False))
    subject: int = Field(sa_column=Column(Integer, nullable=False))


class SubjectTerm(SQLModel, table=True):
    """How many subjects carry a name word or employer: rare values agreeing weigh more than common ones."""

    __tablename__ = "subject_term"

    term: str = Field(sa_column=Column(Text, primary_key=True))
    n: int = Field(default=0, sa_column=Column(Integer, nullable=False, default=0))


class Employer(SQLModel, table=True):
    """A client organisation whose employees use the product, with the admin who manages their accounts."""

    __tablename__ = "employer"
    __table_args__ = (Index("ix_employer_key", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(Text, nullable=False, unique=True))
    key: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))  # employer_key(name)
    admin_name: str | None = Field(default=None, sa_column=Column(Text))
    admin_email: str | None = Field(default=None, sa_column=Column(Text))
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, default=dict))


@dataclass
class ImportReport:
    inserted: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)
    error_count: int = 0


def subject_index(row: dict[str, Any]) -> tuple[set[int], set[str]]:
    """The hashed blocking keys of one record and its frequency terms (the same functions build a request's keys)."""
    return _index(
        row.get("name"),
        norm_email(row.get("email")),
        row.get("phone"),
        row.get("account_id"),
        norm_date(row.get("date_of_birth")),
        row.get("employer"),
    )


def _index(
    name: str | None, email: str | None, phone: str | None, account: str | None, dob: str | None, employer: str | None
) -> tuple[set[int], set[str]]:
    """subject_index of a record whose email and date of birth are normalised already (the import's cleaning did it).

    The keys are name_keys(tokens) and the e/p/a/d/w keys below, hashed as hkey does; they are written here as
    "kind:value" strings directly because this runs once per imported row (tests compare it with name_keys + hkey).
    """
    keys: list[str] = []
    if email:
        keys.append("e:" + email)
    phone = norm_phone(phone)
    if phone:
        keys.append("p:" + phone)
    account = norm_identifier(account)
    if account:
        keys.append("a:" + account)
    if dob:
        keys.append("d:" + dob)
    words = [t for t in name_tokens(name) if len(t) > 1]
    if len(words) == 1:
        keys.append("n:" + words[0])
    elif words:
        first, last = words[0], words[-1]
        for other in words[1:]:
            keys.append(f"n:{first}|{other}" if first <= other else f"n:{other}|{first}")
        # Initials: "J. Smith" and "Smith, J." both find John Smith.
        keys.append(f"i:{first[0]}|{last}")
        keys.append(f"i:{last[0]}|{first}")
    terms = {"n:" + t for t in words}
    emp = employer_key(employer)
    if emp:
        terms.add("w:" + emp)
        if words:
            # Employer with either end of the name: still found when the other half is misspelt.
            keys.append(f"w:{emp}|{words[0]}")
            keys.append(f"w:{emp}|{words[-1]}")
    return key_hashes(keys), terms


@lru_cache(maxsize=1024)
def _field_name(header: str) -> str:
    key = header.strip().lower().replace(" ", "_").replace("-", "_")
    return ALIASES.get(key, key)


# Positions in FIELDS (and in a stored row's values) that the cleaning and key building read.
_SID, _NAME, _EMAIL, _PHONE, _EMPLOYER, _ROLE, _STATUS, _CHANGED, _DOB, _ADDRESS, _ACCOUNT = range(len(FIELDS))
_SLOT = {f: i for i, f in enumerate(FIELDS)}
Cleaned = tuple[list[Any] | None, dict[str, Any], str | None]  # FIELDS values, attributes, or the error


def _clean_row(raw: dict[str, Any], where: str) -> Cleaned:
    """A record's FIELDS values and attributes ready to store, or the error naming the column that is wrong."""
    values: list[Any] = [None] * len(FIELDS)
    attributes: dict[str, Any] = {}
    for header, value in raw.items():
        if header is None:  # a CSV line with more cells than the header
            return None, attributes, f"{where}: more values than columns in the header"
        slot = _SLOT.get(_field_name(header))
        if value.__class__ is str:
            value = value.strip() or None
        if slot is not None:
            if value is not None:
                if value.__class__ is not str:
                    value = json.dumps(value) if isinstance(value, (dict, list)) else str(value)
                if len(value) > MAX_FIELD_CHARS:
                    return None, attributes, f"{where}: column {header!r} is longer than {MAX_FIELD_CHARS} characters"
            values[slot] = value
        elif value is not None:
            attributes[header.strip()] = value
    return values, attributes, _check(values, where)


@dataclass(frozen=True)
class _Columns:
    """Where a CSV header's cells go, worked out once per file instead of once per cell."""

    width: int
    fields: list[tuple[int, int, str]]  # (cell, FIELDS slot, header) in header order
    attributes: list[tuple[int, str]]  # (cell, attribute name) for the other columns
    distinct: bool  # no header twice: a row's dict would hold every cell, so cells can be read by position


def _columns(headers: list[str]) -> _Columns:
    fields: list[tuple[int, int, str]] = []
    attributes: list[tuple[int, str]] = []
    for cell, header in enumerate(headers):
        slot = _SLOT.get(_field_name(header))
        if slot is None:
            attributes.append((cell, header.strip()))
        else:
            fields.append((cell, slot, header))
    return _Columns(len(headers), fields, attributes, len(set(headers)) == len(headers))


def _clean_cells(cells: list[str], columns: _Columns, where: str) -> Cleaned:
    """_clean_row of the dict DictReader would make of `cells` (a full row of a header without repeated names)."""
    values: list[Any] = [None] * len(FIELDS)
    for cell, slot, header in columns.fields:
        value = cells[cell].strip() or None
        if value is not None and len(value) > MAX_FIELD_CHARS:
            return None, {}, f"{where}: column {header!r} is longer than {MAX_FIELD_CHARS} characters"
        values[slot] = value
    attributes = {name: value for cell, name in columns.attributes if (value := cells[cell].strip())}
    return values, attributes, _check(values, where)


def _check(values: list[Any], where: str) -> str | None:
    """The checks after the columns are read; normalises status and date of birth in place. None when all is well."""
    if not values[_SID]:
        return f"{where}: column 'subject_id' is empty"
    status = values[_STATUS]
    if status is not None:
        status = status.lower()
        if status not in ACCOUNT_STATUSES:
            return f"{where}: column 'account_status' must be one of {', '.join(ACCOUNT_STATUSES)}"
        values[_STATUS] = status
    if values[_DOB] is not None:
        dob = norm_date(values[_DOB])
        if dob is None:
            return f"{where}: column 'date_of_birth' is not a date (YYYY-MM-DD): {values[_DOB][:40]!r}"
        values[_DOB] = dob
    if values[_CHANGED] is not None:
        try:
            datetime.fromisoformat(values[_CHANGED])
        except ValueError:
            return f"{where}: column 'status_changed_at' is not an ISO date-time"
    return None  # the email is checked last, in _prepare, which keeps its normalised form for the keys


# One cleaned row on its way to the database: (subject_id, other FIELDS..., attributes JSON) and its keys.
PreparedRow = tuple[tuple[Any, ...], list[int]]
RawRow = tuple[str, dict[str, Any] | None, str | None]  # where ("FILE:LINE"), raw row or None, parse error
# A module-level encoder: json.dumps with any option builds a new JSONEncoder per call.
_encode_json = json.JSONEncoder(ensure_ascii=False).encode
_json_string = json.encoder.encode_basestring  # what that encoder writes for a str (ensure_ascii=False)
_LOW32 = 0xFFFFFFFF
SORT_KEYS = True  # hand keys over in key order (see _Prepared); a switch so the benchmark can measure what it buys


@dataclass
class _Prepared:
    """A chunk of rows cleaned and indexed (in a worker process for big files), ready for the database.

    `rows` are the value tuples (subject_id, other FIELDS..., attributes JSON); `keys[j]` is a blocking key of
    `rows[owners[j]]`. The keys come in (key, owner) order: appended to subject_key in runs sorted like that, the
    index built at the end of a bulk import costs a third of what it costs over keys in row order (its sort then
    merges mostly presorted runs). Arrays, not lists of tuples: they cross from worker processes as one block of
    bytes each, and the importing process hands them to executemany through zip, without a Python loop.
    `terms` counts the chunk's name words and employers (merged per chunk, not per row, by the importing process);
    `start` and `end` are the byte range a worker actually read, and `end_line` the line number after it.
    """

    rows: list[tuple[Any, ...]]
    errors: list[str]
    processed: int
    keys: array[int] = field(default_factory=lambda: array("q"))
    owners: array[int] = field(default_factory=lambda: array("q"))
    terms: Counter[str] = field(default_factory=Counter)
    start: int = 0
    end: int = 0
    end_line: int = 0

    def prepared_rows(self) -> list[PreparedRow]:
        """(values, keys) per row, for the general write path (updates, repeated subject_ids, a populated table)."""
        keys: list[list[int]] = [[] for _ in self.rows]
        for key, owner in zip(self.keys, self.owners, strict=True):
            keys[owner].append(key)
        return list(zip(self.rows, keys, strict=True))


def _prepare(chunk: Iterable[RawRow], columns: _Columns | None = None) -> _Prepared:
    """Clean and index raw rows: dicts, or (with `columns`) lists of a CSV row's cells."""
    out = _Prepared([], [], 0)
    rows = out.rows
    terms: list[str] = []
    # Each key shifted left 32 bits with its row's index in the low bits: one int sort orders by (key, owner).
    packed: list[int] = []
    for where, raw, problem in chunk:
        out.processed += 1
        if problem is not None or raw is None:
            out.errors.append(f"{where}: {problem}")
            continue
        if raw.__class__ is list:
            values, attributes, problem = _clean_cells(raw, columns, where)  # type: ignore[arg-type]
        else:
            values, attributes, problem = _clean_row(raw, where)
        if values is None or problem is not None:
            out.errors.append(problem or f"{where}: unusable row")
            continue
        email = values[_EMAIL] and norm_email(values[_EMAIL])
        if values[_EMAIL] is not None and email is None:
            out.errors.append(f"{where}: column 'email' is not an email address: {values[_EMAIL][:80]!r}")
            continue
        keys, row_terms = _index(
            values[_NAME],
            email,
            values[_PHONE],
            values[_ACCOUNT],
            values[_DOB],
            values[_EMPLOYER],
        )
        owner = len(rows)
        if not attributes:
            values.append("{}")
        elif raw.__class__ is list:
            # Text keys and values only: the encoder's output without building an encoder per call.
            values.append(
                "{" + ", ".join([f"{_json_string(k)}: {_json_string(v)}" for k, v in attributes.items()]) + "}"
            )
        else:
            values.append(_encode_json(attributes))
        rows.append(tuple(values))
        packed.extend([(k << 32) | owner for k in keys])
        terms.extend(row_terms)
    if SORT_KEYS:
        packed.sort()
    out.keys = array("q", [p >> 32 for p in packed])
    out.owners = array("q", [p & _LOW32 for p in packed])
    out.terms.update(terms)
    return out


def _row_terms(values: tuple[Any, ...]) -> set[str]:
    """The terms of a prepared row (for the rare subject that appears twice in one batch)."""
    return subject_index(dict(zip(FIELDS, values, strict=False)))[1]


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line number, raw row or None, parse error) for a CSV or JSON Lines file."""
    suffix = path.suffix.lower()
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        try:
            if suffix in {".jsonl", ".ndjson", ".json"}:
                for number, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        obj = json.loads(line)
                    except json.JSONDecodeError as exc:
                        yield number, None, f"not valid JSON ({exc.msg})"
                        continue
                    if not isinstance(obj, dict):
                        yield number, None, "expected a JSON object"
                        continue
                    yield number, obj, None
            elif suffix in {".csv", ".tsv"}:
                csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
                reader = csv.DictReader(handle, delimiter="\t" if suffix == ".tsv" else ",")
                headers = [_field_name(h) for h in reader.fieldnames or []]
                if "subject_id" not in headers:
                    raise InputError(
                        f"{path}: no subject_id column (the header has: {', '.join(headers) or 'nothing'})"
                    )
                for raw in reader:
                    yield reader.line_num, raw, None
            else:
                raise InputError(f"{path}: unknown format {suffix or '(no extension)'!r}; use .csv or .jsonl")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None


class _Writer:
    """Batched upserts with driver-level executemany: the ORM per row would be 20x too slow for a million rows.

    Into an empty table (`bulk`) the key index is dropped and rebuilt once at the end, all in one transaction:
    appending then sorting is about three times faster than ten random B-tree inserts per row (1.8 s against
    6.4 s for 900,000 keys), and the import is all-or-nothing. Into a populated table every batch is its own
    transaction with incremental index updates.
    """

    def __init__(self, conn: Connection, allow_bulk: bool = True) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.ph = "?" if self.sqlite else "%s"
        self.lock()
        self.next_id = int(conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM subject").scalar() or 0) + 1
        self.bulk = allow_bulk and self.next_id == 1
        self.terms: Counter[str] = Counter()
        # Hashes of the subject_ids a bulk import has written: only those can be in the table already, so the rest of
        # a batch needs no look-up (a collision merely adds one to the look-up, which then finds nothing).
        self.seen: set[int] = set()
        self.later_deletes: list[tuple[int, int]] = []
        cols = ", ".join(FIELDS[1:])
        marks = ", ".join([self.ph] * (len(FIELDS) + 2))
        self.insert_head = f"INSERT INTO subject (id, subject_id, {cols}, attributes)"
        self.insert_sql = f"{self.insert_head} VALUES ({marks})"
        sets = ", ".join(f"{c} = {self.ph}" for c in FIELDS[1:])
        self.update_sql = f"UPDATE subject SET {sets}, attributes = {self.ph} WHERE id = {self.ph}"
        self.key_insert = f"INSERT INTO subject_key (key, subject) VALUES ({self.ph}, {self.ph})"
        self.key_delete = f"DELETE FROM subject_key WHERE key = {self.ph} AND subject = {self.ph}"
        if self.bulk:
            conn.exec_driver_sql("DROP INDEX IF EXISTS ix_subject_key")

    def lock(self) -> None:
        if not self.sqlite:
            # Ids are assigned here, so two imports at once must not interleave (readers are not blocked).
            self.conn.exec_driver_sql("LOCK TABLE subject IN SHARE ROW EXCLUSIVE MODE")

    def existing(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        cols = "id, subject_id, name, email, phone, employer, date_of_birth, account_id"
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            sql = f"SELECT {cols} FROM subject WHERE subject_id IN ({', '.join([self.ph] * len(chunk))})"
            for r in self.conn.exec_driver_sql(sql, tuple(chunk)).mappings():
                found[r["subject_id"]] = dict(r)
        return found

    def write_chunks(self, chunks: list[_Prepared], distinct: bool, report: ImportReport) -> None:
        """One batch of prepared chunks in file order; `distinct` when no subject_id occurs twice among them."""
        if self.bulk and distinct:
            hashes = [hash(values[0]) for chunk in chunks for values in chunk.rows]
            if self.seen.isdisjoint(hashes):
                # Only new subjects: each chunk is appended as it is, keys in the order they came.
                self.seen.update(hashes)
                for chunk in chunks:
                    self.append(chunk, report)
                return
        batch: dict[str, PreparedRow] = {}
        terms: Counter[str] = Counter()
        for chunk in chunks:
            terms.update(chunk.terms)
            for item in chunk.prepared_rows():
                # The same subject twice in one batch: the later line wins, as it would across batches, and the
                # earlier line's terms are taken back out of the counts.
                sid = item[0][0]
                earlier = batch.get(sid)
                if earlier is not None:
                    terms.subtract(_row_terms(earlier[0]))
                batch[sid] = item
        self.write(batch, terms, report)

    def append(self, chunk: _Prepared, report: ImportReport) -> None:
        """Insert a chunk of subjects known to be new, with ids in file order, as `write` would number them."""
        base = self.next_id
        self.next_id += len(chunk.rows)
        subjects: list[Any] = []
        for rid, values in enumerate(chunk.rows, base):
            subjects.append(rid)
            subjects.extend(values)
        # Each key beside its row's index in the chunk; the database adds `base` to make it the subject id.
        keys = array("q", bytes(16 * len(chunk.keys)))
        keys[0::2], keys[1::2] = chunk.keys, chunk.owners
        # The driver's own cursor: it takes parameters from an iterator, where exec_driver_sql wants a list.
        cursor = self.conn.connection.cursor()
        try:
            subject_row = f"({', '.join([self.ph] * (len(FIELDS) + 2))})"
            _insert_many(cursor, self.insert_head, subject_row, subjects, len(FIELDS) + 2, SUBJECTS_PER_INSERT)
            key_row = f"({self.ph}, {self.ph} + {base:d})"
            _insert_many(cursor, "INSERT INTO subject_key (key, subject)", key_row, keys, 2, KEYS_PER_INSERT)
        finally:
            cursor.close()
        self.terms.update(chunk.terms)
        report.inserted += len(chunk.rows)

    def write(self, batch: dict[str, PreparedRow], terms: Counter[str], report: ImportReport) -> None:
        """Insert or update a batch; `terms` are the batch's term counts (each subject once, as it is now)."""
        self.terms.update(terms)
        if self.bulk:
            old = self.existing([sid for sid in batch if hash(sid) in self.seen])
            self.seen.update(map(hash, batch))
        else:
            old = self.existing(list(batch))
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        new_keys: list[tuple[int, int]] = []
        gone_keys: list[tuple[int, int]] = []
        for sid, (values, keys) in batch.items():
            prior = old.get(sid)
            if prior is None:
                rid = self.next_id
                self.next_id += 1
                inserts.append((rid, *values))
                new_keys.extend(zip(keys, repeat(rid)))
                report.inserted += 1
            else:
                rid = prior["id"]
                updates.append((*values[1:], rid))
                before, before_terms = subject_index(prior)
                now = set(keys)
                gone_keys.extend((k, rid) for k in before - now)
                new_keys.extend((k, rid) for k in now - before)
                self.terms.subtract(before_terms)
                report.updated += 1
        ex = self.conn.exec_driver_sql
        if inserts:
            ex(self.insert_sql, inserts)
        if updates:
            ex(self.update_sql, updates)
        if gone_keys:
            if self.bulk:
                self.later_deletes.extend(gone_keys)  # no index to find them by until the end
            else:
                ex(self.key_delete, gone_keys)
        if new_keys:
            if not self.bulk:
                new_keys.sort()  # in key order the B-tree pages are visited once each
            ex(self.key_insert, new_keys)

    def commit_point(self) -> None:
        """End of a batch: store the term counts; a non-bulk import commits here (the caller does)."""
        rows = [(t, n) for t, n in self.terms.items() if n]
        if rows:
            sql = (
                f"INSERT INTO subject_term (term, n) VALUES ({self.ph}, {self.ph}) "
                "ON CONFLICT (term) DO UPDATE SET n = subject_term.n + excluded.n"
            )
            self.conn.exec_driver_sql(sql, rows)
        self.terms.clear()

    def finish(self) -> None:
        self.commit_point()
        if self.bulk:
            self.conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_subject_key ON subject_key (key, subject)")
            if self.later_deletes:
                self.conn.exec_driver_sql(self.key_delete, self.later_deletes)
        if not self.sqlite:
            self.conn.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('subject', 'id'), GREATEST((SELECT MAX(id) FROM subject), 1))"
            )
            self.conn.exec_driver_sql("ANALYZE subject_key")


def _insert_many(cursor: Any, head: str, row: str, flat: Sequence[Any], width: int, per: int) -> None:
    """`head VALUES row` for every `width` values of `flat`, `per` rows to a statement.

    A statement per row costs the driver a round of binding, stepping and resetting per row: with 32 keys to a
    statement a key costs 0.23 µs instead of 0.63, with 8 subjects to a statement a subject 2.7 µs instead of 3.3
    (SQLite 3.40). The rows go in the order given, so ids and table order are what one statement per row gives.
    """
    rows = len(flat) // width
    full = rows - rows % per
    if full:
        cursor.executemany(
            f"{head} VALUES {', '.join([row] * per)}", zip(*[iter(flat[: full * width])] * (width * per), strict=True)
        )
    if full < rows:
        cursor.executemany(f"{head} VALUES {row}", zip(*[iter(flat[full * width :])] * width, strict=True))


def _chunks(path: Path) -> Iterator[list[RawRow]]:
    chunk: list[RawRow] = []
    for number, raw, problem in _rows(path):
        chunk.append((f"{path}:{number}", raw, problem))
        if len(chunk) >= CHUNK_ROWS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# Byte ranges of a CSV file that worker processes read themselves, so that only finished rows cross between
# processes: parsing in the importing process and pickling raw rows to the workers cost it more than the inserts.


@dataclass(frozen=True)
class _CsvLayout:
    """Where a CSV file's records start, what its header says, and the byte ranges to hand out."""

    headers: list[str]
    delimiter: str
    ranges: list[tuple[int, int, int]]  # (start byte, end byte, line number at start); starts at a line start


def _csv_records(f: BinaryIO, start: int, delimiter: str) -> Iterator[tuple[int, list[str], int]]:
    """(lines read so far, cells, byte offset after the record) for the CSV records from byte `start` on.

    Lines are split at b"\n" only, which equals the text reader's splitting because files with a bare "\r" never
    come here; the csv module pulls exactly the lines of one record per step, so the offset is a record boundary.
    """
    f.seek(start)
    pos = start

    def lines() -> Iterator[str]:
        nonlocal pos
        for raw in f:
            pos += len(raw)
            yield raw.decode("utf-8")

    reader = csv.reader(lines(), delimiter=delimiter)
    for cells in reader:
        yield reader.line_num, cells, pos


def _csv_layout(path: Path) -> _CsvLayout | None:
    """The byte ranges for the workers, or None when the file must take the sequential path.

    Ranges end at a newline with an even number of quote characters before it, which in well-formed CSV is
    outside any quoted field; a quoted field with a newline therefore stays in one range. Stray quotes can fool
    this, so each range's true end is checked against the next range's start (see `_prepared`).
    """
    suffix = path.suffix.lower()
    if suffix not in {".csv", ".tsv"}:
        return None
    delimiter = "\t" if suffix == ".tsv" else ","
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with path.open("rb") as f:
            start = 3 if f.read(3) == b"\xef\xbb\xbf" else 0
            first = next(_csv_records(f, start, delimiter), None)
            if first is None:
                return None
            lines, headers, pos = first
            if "subject_id" not in {_field_name(h) for h in headers}:
                return None  # the sequential path reports it
            ranges: list[tuple[int, int, int]] = []
            line = lines + 1
            odd = False
            f.seek(pos)
            while True:
                block = bytearray(f.read(RANGE_BYTES))
                if not block:
                    break
                odd ^= bool(block.count(b'"') & 1)
                while odd or not block.endswith(b"\n"):
                    more = f.readline()
                    if not more:
                        break
                    block += more
                    odd ^= bool(more.count(b'"') & 1)
                if block.count(b"\r") != block.count(b"\r\n"):
                    return None  # a bare carriage return ends a line for the csv module: not worth the care
                ranges.append((pos, pos + len(block), line))
                pos += len(block)
                line += block.count(b"\n")
    except (UnicodeDecodeError, csv.Error, OSError):
        return None  # the sequential path reports it
    return _CsvLayout(headers, delimiter, ranges)


def _prepare_range(path: str, layout: _CsvLayout, index: int, start: int, line: int) -> _Prepared:
    """Read, clean and index the records from byte `start` to the first record boundary at or after the range end.

    `start` is the range's own start, or the previous range's true end when a quoted newline fooled the split.
    Rows are the dicts csv.DictReader would give, so errors and attributes are exactly those of the sequential path.
    """
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    end = layout.ranges[index][1]
    headers = layout.headers
    columns = _columns(headers)
    width = len(headers)
    by_position = width if columns.distinct else -1
    out = _Prepared([], [], 0, start=start, end=start, end_line=line)
    if start >= end:
        return out  # the previous range already read past this one
    base = line - 1

    def records() -> Iterator[tuple[str, Any, None]]:
        for lines, cells, pos in _csv_records(handle, start, layout.delimiter):
            out.end, out.end_line = pos, line + lines
            if len(cells) == by_position:
                yield f"{path}:{base + lines}", cells, None  # the common case, read by position
            elif cells:  # DictReader skips blank lines
                raw: dict[Any, Any] = dict(zip(headers, cells, strict=False))
                if len(cells) > width:
                    raw[None] = cells[width:]
                elif len(cells) < width:
                    for h in headers[len(cells) :]:
                        raw.setdefault(h, None)
                yield f"{path}:{base + lines}", raw, None
            if pos >= end:
                return

    with open(path, "rb") as handle:
        try:
            prepared = _prepare(records(), columns)
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None
    out.rows, out.errors, out.processed = prepared.rows, prepared.errors, prepared.processed
    out.keys, out.owners, out.terms = prepared.keys, prepared.owners, prepared.terms
    return out


def _prepared(path: Path) -> Iterator[_Prepared]:
    """Cleaned and indexed chunks in file order; big files use worker processes so both cores work."""
    workers = min(IMPORT_WORKERS, os.cpu_count() or 1)
    if workers < 2 or path.stat().st_size < PARALLEL_BYTES:
        yield from map(_prepare, _chunks(path))
        return
    layout = _csv_layout(path)
    # fork, where there is one: the workers only run pure functions of this module, and unlike spawn it does not
    # re-run the caller's __main__ (scripts without a main guard would otherwise recurse).
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method)) as pool:
        # A bounded window of chunks in flight keeps memory flat however big the file is.
        if layout is None:
            chunks: deque[Future[_Prepared]] = deque()
            for chunk in _chunks(path):
                chunks.append(pool.submit(_prepare, chunk))
                if len(chunks) > 2 * workers:
                    yield chunks.popleft().result()
            while chunks:
                yield chunks.popleft().result()
            return
        window: deque[tuple[int, Future[_Prepared]]] = deque()
        name = str(path)
        todo = iter(enumerate(layout.ranges))
        for index, (start, _end, line) in todo:
            window.append((index, pool.submit(_prepare_range, name, layout, index, start, line)))
            if len(window) > 2 * workers:
                break
        done_end, done_line = layout.ranges[0][0], layout.ranges[0][2]
        while window:
            index, future = window.popleft()
            prepared = future.result()
            for following, (start, _end, line) in todo:
                window.append((following, pool.submit(_prepare_range, name, layout, following, start, line)))
                break
            if prepared.start != done_end:
                # The previous range ended elsewhere (a quoted newline after a stray quote): read this range again
                # from where the previous one really ended, in this process; rare, and always correct.
                prepared = _prepare_range(name, layout, index, done_end, done_line)
            done_end, done_line = prepared.end, prepared.end_line
            yield prepared


def import_file(session: Session, path: Path, progress: Callable[[int], None] | None = None) -> ImportReport:
    """Upsert subjects from CSV or JSON Lines by subject_id; bad rows are reported by line and column, good ones kept.

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
    writer = _Writer(conn)
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


def _all(session: Session) -> Iterator[dict[str, Any]]:
    conn = session.connection()
    cols = ", ".join(FIELDS) + ", attributes"
    last = 0
    while True:
        page = conn.exec_driver_sql(
            f"SELECT id, {cols} FROM subject WHERE id > {last} ORDER BY id LIMIT 10000"
        ).mappings()
        rows = [dict(r) for r in page]
        if not rows:
            return
        for r in rows:
            last = r.pop("id")
            attrs = r.pop("attributes")
            r["attributes"] = json.loads(attrs) if isinstance(attrs, str) else (attrs or {})
            yield r


def export(session: Session, out: TextIO, fmt: str = "jsonl") -> int:
    """Write every subject as JSON Lines or CSV (attributes as columns), in a form `import_file` reads back."""
    if fmt not in {"jsonl", "csv"}:
        raise InputError(f"export format {fmt!r}: use jsonl or csv")
    written = 0
    if fmt == "jsonl":
        for r in _all(session):
            attrs = r.pop("attributes")
            record = {k: v for k, v in r.items() if v is not None}
            record.update({k: v for k, v in attrs.items() if k not in record})
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
        return written
    extra: list[str] = []
    seen: set[str] = set()
    for r in _all(session):
        for k in r["attributes"]:
            if k not in seen and k not in FIELDS:
                seen.add(k)
                extra.append(k)
    writer = csv.DictWriter(out, fieldnames=[*FIELDS, *extra], extrasaction="ignore")
    writer.writeheader()
    for r in _all(session):
        attrs = r.pop("attributes")
        r.update({k: (v if isinstance(v, str) else json.dumps(v)) for k, v in attrs.items() if k not in FIELDS})
        writer.writerow({k: ("" if v is None else v) for k, v in r.items()})
        written += 1
    return written


def count(session: Session) -> int:
    return int(session.connection().execute(text("SELECT COUNT(*) FROM subject")).scalar() or 0)


def remove(session: Session, subject_ids: list[str]) -> int:
    """Delete subjects with their keys and term counts (an erasure, or a test taking the true person away)."""
    conn = session.connection()
    writer = _Writer(conn, allow_bulk=False)
    found = writer.existing(list(subject_ids))
    ph = writer.ph
    for prior in found.values():
        keys, terms = subject_index(prior)
        conn.exec_driver_sql(writer.key_delete, [(k, prior["id"]) for k in keys])
        conn.exec_driver_sql(f"DELETE FROM subject WHERE id = {ph}", (prior["id"],))
        writer.terms.subtract(terms)
    writer.commit_point()
    session.commit()
    return len(found)
