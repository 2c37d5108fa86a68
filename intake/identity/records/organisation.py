"""The organisation's own database as the source of record: its queries, run with bound parameters, rows mapped.

`[records]` in intake.toml names a SQLAlchemy URL and the organisation's queries. Every value goes in as a bind
parameter (`:subject_id`, `:value`...); the text of a query is never formatted with data, so a name such as
O'Brien; DROP TABLE is a value, not SQL. Each query's parameters are checked when the table is read: one the
query needs and intake does not supply, or one intake needs and the query lacks, is named with its key.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from intake.errors import SettingsError, Unavailable
from intake.identity.records.clean import _field_name
from intake.identity.records.tables import FIELDS

log = logging.getLogger(__name__)

MODES = ("live", "copy")
# What each query may bind, and what it must: intake supplies exactly these values.
FIND_PARAMS = frozenset(
    {"email", "phone", "account_id", "name", "given_name", "family_name", "date_of_birth", "employer"}
)
PARAMS: dict[str, tuple[frozenset[str], frozenset[str]]] = {  # key: (allowed, required)
    "select": (frozenset({"subject_id"}), frozenset({"subject_id"})),
    "sync": (frozenset({"since"}), frozenset()),
    "erase": (frozenset({"subject_id"}), frozenset({"subject_id"})),
    "anonymise": (frozenset({"subject_id"}), frozenset({"subject_id"})),
    "flag": (frozenset({"subject_id", "flag", "set_on", "reference"}), frozenset({"subject_id", "flag"})),
    "accounts": (frozenset(), frozenset()),
}
UPDATE_PARAMS = frozenset({"subject_id", "value"})
FETCH_LIMIT = 64  # rows one look-up of `find` reads at most: a common name must not read the whole CRM


@dataclass
class RecordsConfig:
    """Where the organisation keeps its records ([records] in intake.toml, INTAKE_RECORDS_<KEY>); empty `url`
    means intake's own subject table, filled by `intake subjects import`."""

    url: str = ""
    """SQLAlchemy URL of the organisation's database (postgresql+psycopg://..., mysql+pymysql://...); empty: intake's
    own table."""
    mode: str = "live"
    """live: every look-up and change goes to that database; copy: `intake subjects sync` copies its rows into
    intake's table, verification reads the copy, fulfilment reads and changes the organisation's database."""
    find: str = ""
    """Live mode: the candidate rows for a request, by any of :email, :phone, :account_id, :name, :given_name,
    :family_name, :date_of_birth, :employer."""
    select: str = ""
    """One subject's row by :subject_id (the export at approval, the record a change starts from)."""
    sync: str = ""
    """Copy mode: the rows to copy, all of them, or those changed since :since (the start of the last sync)."""
    update: dict[str, str] = field(default_factory=dict)
    """[records.update]: per field, the statement that sets it to :value for :subject_id (rectification, expiry)."""
    erase: str = ""
    """The statement that erases :subject_id (a DELETE, or an UPDATE that empties the row as the schema needs)."""
    anonymise: str = ""
    """The statement that empties :subject_id's row but the fields [retention] statutory keeps."""
    flag: str = ""
    """Optional: the statement that records :flag (restricted, objected...) for :subject_id, with :set_on and
    :reference; intake's own subject_flag table holds every flag whether or not this is set."""
    accounts: str = ""
    """Optional: subject_id, account_status and status_changed_at of the expired and suspended accounts, for the
    purge; without it the purge leaves the organisation's accounts to its own systems."""
    sync_hours: int = 0
    """Copy mode: hours between the syncs `intake run` does itself (checked hourly); 0: none, run `intake subjects
    sync` from cron instead."""
    columns: dict[str, str] = field(default_factory=dict)
    """[records.columns]: intake field = the organisation's column name, for columns not named like the field."""

    def __post_init__(self) -> None:
        for key in ("update", "columns"):
            if not isinstance(getattr(self, key), dict):
                raise SettingsError(f"[records] {key}: expected a table, [records.{key}] in intake.toml")
        if not self.url:
            return
        try:
            make_url(self.url)
        except ArgumentError:
            raise SettingsError(f"[records] url: not a database URL: {self.url!r}") from None
        if self.mode not in MODES:
            raise SettingsError(f"[records] mode: use live or copy, got {self.mode!r}")
        if self.sync_hours < 0:
            raise SettingsError("[records] sync_hours: must be 0 (none) or more")
        needed = ("find", "select") if self.mode == "live" else ("sync", "select")
        for key in needed:
            if not getattr(self, key).strip():
                raise SettingsError(f"[records] {key}: the {self.mode} mode needs this query")
        if self.find:
            _check_params("find", self.find, FIND_PARAMS, frozenset())
            if not _params(self.find):
                raise SettingsError(f"[records] find: binds nothing; use some of :{', :'.join(sorted(FIND_PARAMS))}")
        for key, (allowed, required) in PARAMS.items():
            if getattr(self, key):
                _check_params(key, getattr(self, key), allowed, required)
        for name, sql in self.update.items():
            if name not in FIELDS or name == "subject_id":
                raise SettingsError(f"[records.update] {name}: not a field intake changes; use {', '.join(FIELDS[1:])}")
            _check_params(f"[records.update] {name}", sql, UPDATE_PARAMS, UPDATE_PARAMS)
        for name in self.columns:
            if name not in FIELDS:
                raise SettingsError(f"[records.columns] {name}: not an intake field; use {', '.join(FIELDS)}")

    @property
    def where(self) -> str:
        """The URL without its password, for messages."""
        return make_url(self.url).render_as_string(hide_password=True)


def _params(sql: str) -> set[str]:
    return set(text(sql).compile().params)


def _check_params(key: str, sql: str, allowed: frozenset[str], required: frozenset[str]) -> None:
    name = key if key.startswith("[") else f"[records] {key}"
    try:
        used = _params(sql)
    except SQLAlchemyError as exc:
        raise SettingsError(f"{name}: not a query intake can read ({exc})") from None
    unknown = sorted(used - allowed)
    if unknown:
        offer = f"it binds :{', :'.join(sorted(allowed))}" if allowed else "it binds none"
        raise SettingsError(f"{name}: uses :{unknown[0]}, which intake does not supply ({offer})")
    lacking = sorted(required - used)
    if lacking:
        raise SettingsError(f"{name}: must use :{lacking[0]} (bound by intake, never written into the text)")


_engines: dict[str, Engine] = {}


class Organisation:
    """The organisation's database: runs the configured queries, each write in a transaction of its own."""

    def __init__(self, config: RecordsConfig) -> None:
        self.config = config
        self.to_field = {column.lower(): name for name, column in config.columns.items()}

    @property
    def engine(self) -> Engine:
        url = self.config.url
        if url not in _engines:
            try:
                _engines[url] = create_engine(url, pool_pre_ping=True)
            except NoSuchModuleError:
                driver = make_url(url).drivername
                raise SettingsError(f"[records] url: no database driver for {driver!r} installed") from None
            except (ArgumentError, ImportError) as exc:
                raise SettingsError(f"[records] url: cannot use {self.config.where} ({exc})") from None
        return _engines[url]

    def rows(self, key: str, params: dict[str, Any], limit: int | None = None) -> list[dict[str, Any]]:
        """The rows query `key` returns, each as {field: value, "attributes": {...}} (at most `limit`)."""
        return list(self.stream(key, params, limit))

    def stream(self, key: str, params: dict[str, Any], limit: int | None = None) -> Iterator[dict[str, Any]]:
        sql = getattr(self.config, key)
        try:
            with self.engine.connect() as conn:
                result = conn.execution_options(stream_results=limit is None).execute(text(sql), params)
                names = list(result.keys())
                taken = 0
                while limit is None or taken < limit:
                    batch = result.fetchmany(1000 if limit is None else limit - taken)
                    if not batch:
                        break
                    taken += len(batch)
                    for row in batch:
                        yield self.record(dict(zip(names, row, strict=True)))
        except SQLAlchemyError as exc:
            raise self.failure(f"[records] {key}", exc) from None

    def execute(self, statements: list[tuple[str, str, dict[str, Any]]]) -> int:
        """Run (key, sql, params) statements in one transaction of the organisation's; the rows they touched."""
        touched = 0
        running = "[records] url"  # the key an error names: the statement that failed, or the connection
        try:
            with self.engine.begin() as conn:
                for key, sql, params in statements:
                    running = key
                    touched += max(0, conn.execute(text(sql), params).rowcount or 0)
        except SQLAlchemyError as exc:
            raise self.failure(running, exc) from None
        return touched

    def failure(self, key: str, exc: SQLAlchemyError) -> SettingsError | Unavailable:
        """One line naming the key: the database unreachable, or the query refused (no values quoted)."""
        if isinstance(exc, DBAPIError) and exc.connection_invalidated or _unreachable(exc):
            first = str(getattr(exc, "orig", exc)).strip().splitlines()[0][:200]
            where = self.config.where
            return Unavailable(f"[records] url: cannot reach the organisation's database {where} ({first})")
        # The driver's message names the column or the syntax error; SQLAlchemy's own adds the parameters (data).
        first = str(getattr(exc, "orig", None) or type(exc).__name__).strip().splitlines()[0][:200]
        return SettingsError(f"{key}: the organisation's database refused the query ({first})")

    def record(self, row: dict[str, Any]) -> dict[str, Any]:
        """A row of the organisation's as intake's record: its fields, and every other column as an attribute."""
        out: dict[str, Any] = dict.fromkeys(FIELDS)
        attributes: dict[str, Any] = {}
        for column, value in row.items():
            name = self.to_field.get(column.lower()) or _field_name(column)
            value = _plain(value)
            if name in out:
                out[name] = None if value is None else str(value)
            elif value is not None:
                attributes[column] = value
        if out["account_status"]:
            out["account_status"] = out["account_status"].lower()
        out["attributes"] = attributes
        return out


def _plain(value: Any) -> Any:
    """A database value as JSON can hold it: dates as ISO text, decimals as text, bytes left out."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict | list):
        return json.loads(json.dumps(value, default=str))
    return value


def _unreachable(exc: SQLAlchemyError) -> bool:
    """Whether the error is the connection failing (refused, unknown host, bad login), not the query."""
    from sqlalchemy.exc import InterfaceError, OperationalError

    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    words = str(getattr(exc, "orig", exc)).lower()
    return any(
        w in words
        for w in ("connect", "connection", "refused", "resolve", "host", "authentication", "access denied", "timeout")
    )


def dispose() -> None:
    """Close the pooled connections to the organisation's databases (tests, before forking)."""
    for engine in _engines.values():
        engine.dispose()
    _engines.clear()
