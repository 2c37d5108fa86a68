"""Chunks of raw rows cleaned and indexed (in worker processes for big files), ready for the database."""

from __future__ import annotations

import json
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from intake.identity.normalise import norm_email
from intake.identity.records.clean import (
    _ACCOUNT,
    _DOB,
    _EMAIL,
    _EMPLOYER,
    _NAME,
    _PHONE,
    _clean_cells,
    _clean_row,
    _Columns,
)
from intake.identity.records.index import _index, subject_index
from intake.identity.records.tables import FIELDS

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
            values, attributes, problem = _clean_cells(raw, columns, where)
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
