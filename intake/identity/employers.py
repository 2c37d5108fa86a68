"""The client organisations whose employees use the product, with the admin contact who manages their accounts."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import ColumnElement, insert
from sqlmodel import Session, select

from intake.errors import InputError
from intake.identity.normalise import employer_key
from intake.identity.records import Employer

_ALIASES = {
    "name": "name",
    "employer": "name",
    "organisation": "name",
    "organization": "name",
    "company": "name",
    "admin_name": "admin_name",
    "admin": "admin_name",
    "contact_name": "admin_name",
    "admin_email": "admin_email",
    "contact_email": "admin_email",
    "email": "admin_email",
}


@dataclass
class EmployerReport:
    inserted: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)


def _rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    if path.suffix.lower() in {".jsonl", ".ndjson", ".json"}:
        rows = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    rows.append((number, {str(k): str(v) for k, v in json.loads(line).items() if v is not None}))
                except (json.JSONDecodeError, AttributeError):
                    rows.append((number, {"__error__": "not a JSON object"}))
        return rows
    reader = csv.DictReader(text.splitlines())
    return [(i + 2, {k: v for k, v in row.items() if k}) for i, row in enumerate(reader)]


def _of(organisation: str | None) -> ColumnElement[bool]:
    """One organisation's employers; None (one organisation in the deployment) means the default one's."""
    return Employer.__table__.c.organisation == (organisation or "default")  # type: ignore[attr-defined]


def import_file(session: Session, path: Path, organisation: str | None = None) -> EmployerReport:
    """Upsert organisations by name (compared without legal forms) for one organisation of the deployment (None:
    the only one); bad rows are reported, good rows kept."""
    report = EmployerReport()
    for line, raw in _rows(path):
        if "__error__" in raw:
            report.errors.append(f"{path}:{line}: {raw['__error__']}")
            continue
        row = {_ALIASES[k.strip().lower()]: (v or "").strip() for k, v in raw.items() if k.strip().lower() in _ALIASES}
        if not row.get("name"):
            report.errors.append(f"{path}:{line}: column 'name' is empty")
            continue
        email = row.get("admin_email") or None
        if email and ("@" not in email or " " in email):
            report.errors.append(f"{path}:{line}: column 'admin_email' is not an address: {email!r}")
            continue
        key = employer_key(row["name"])
        existing = session.exec(select(Employer).where(Employer.key == key, _of(organisation))).first()
        if existing is None:
            session.execute(
                insert(Employer.__table__).values(  # type: ignore[attr-defined]
                    name=row["name"],
                    key=key,
                    admin_name=row.get("admin_name") or None,
                    admin_email=email,
                    attributes={},
                    organisation=organisation or "default",
                )
            )
            report.inserted += 1
        else:
            existing.admin_name = row.get("admin_name") or existing.admin_name
            existing.admin_email = email or existing.admin_email
            session.add(existing)
            report.updated += 1
        session.flush()
    session.commit()
    return report


def find(session: Session, name: str | None, organisation: str | None = None) -> Employer | None:
    """The client a subject record names, matched without legal forms ("Acme Ltd" is "ACME Limited"), among one
    organisation's clients (None: the only organisation's)."""
    if not name:
        return None
    return session.exec(select(Employer).where(Employer.key == employer_key(name), _of(organisation))).first()


def listed(session: Session, organisation: str | None = None) -> list[Employer]:
    """One organisation's clients, by name."""
    return list(session.exec(select(Employer).where(_of(organisation)).order_by(Employer.name)).all())
