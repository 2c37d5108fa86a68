"""The data held about a subject as files: personal-data.json (every field) and personal-data.csv."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from intake.identity.records import formula
from intake.identity.records.tables import FIELDS


def flat(record: dict[str, Any], flags: dict[str, str] | None = None) -> dict[str, Any]:
    """Every field of the record with a value, then the organisation's extra attributes, then the flags set."""
    out = {k: record[k] for k in FIELDS if record.get(k) is not None}
    out.update({k: v for k, v in (record.get("attributes") or {}).items() if k not in out})
    out.update({f"flag_{k}": v for k, v in (flags or {}).items()})
    return out


def as_json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def as_csv(data: dict[str, Any]) -> bytes:
    """One header line and one row; values that are not text are written as JSON, formulas neutralised."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([formula.neutral(k) for k in data])
    cells = [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in data.values()]
    writer.writerow([formula.neutral(v) for v in cells])
    # A byte order mark so that spreadsheet programs read the accents right.
    return ("\ufeff" + out.getvalue()).encode()


def files(data: dict[str, Any], formats: list[str]) -> dict[str, tuple[str, bytes]]:
    """{filename: (content type, bytes)} in the formats asked for."""
    out: dict[str, tuple[str, bytes]] = {}
    if "json" in formats:
        out["personal-data.json"] = ("application/json", as_json(data))
    if "csv" in formats:
        out["personal-data.csv"] = ("text/csv", as_csv(data))
    return out
