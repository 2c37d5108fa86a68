"""One imported row's columns mapped to the record's fields, cleaned and checked, or the error naming the column."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from intake.identity.normalise import norm_date
from intake.identity.records import formula
from intake.identity.records.tables import ACCOUNT_STATUSES, FIELDS

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
        if value is not None and value[0] == "'":  # the quote our CSV export put before a formula comes off
            value = formula.restored(value)
        if value is not None and len(value) > MAX_FIELD_CHARS:
            return None, {}, f"{where}: column {header!r} is longer than {MAX_FIELD_CHARS} characters"
        values[slot] = value
    attributes = {name: formula.restored(value) for cell, name in columns.attributes if (value := cells[cell].strip())}
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
